#include "conformance/conformancecase.h"

using namespace Qt::StringLiterals;

namespace scimmon {

ConformanceCase &ConformanceCase::step(const QString &stepTitle, const QString &expectation, const QString &stepWhy,
                                       ConformanceCaseStep::Request request, ConformanceCaseStep::Check check)
{
    steps.append({stepTitle, expectation, stepWhy, std::move(request), std::move(check)});
    return *this;
}

ConformanceCase &ConformanceCase::addSteps(const QList<ConformanceCaseStep> &more)
{
    steps.append(more);
    return *this;
}

QString ConformanceCase::unsupportedBy(const ConformanceCapabilities &c) const
{
    for (ConformanceNeed need : needs) {
        const char *feature = nullptr;
        bool supported = true;
        switch (need) {
        case ConformanceNeed::Patch:
            feature = "patch";
            supported = c.patch;
            break;
        case ConformanceNeed::Bulk:
            feature = "bulk";
            supported = c.bulk;
            break;
        case ConformanceNeed::Filter:
            feature = "filter";
            supported = c.filter;
            break;
        case ConformanceNeed::Sort:
            feature = "sort";
            supported = c.sort;
            break;
        case ConformanceNeed::Etag:
            feature = "etag";
            supported = c.etag;
            break;
        case ConformanceNeed::TokenEndpoint:
            break; // decided by the runner's options, not by the ServiceProviderConfig
        }
        if (!supported && feature)
            return u"the target's /ServiceProviderConfig says %1.supported is false (RFC 7643 §5)"_s.arg(
                QLatin1StringView(feature));
    }
    return {};
}

} // namespace scimmon
