#include "simulator/quarantinerules.h"

using namespace Qt::StringLiterals;

namespace scimmon {

QuarantineVerdict QuarantineRules::evaluate(const QuarantineCounters &c)
{
    if (c.invalidCredentials)
        return {true, u"Invalid credentials: the target refused the Secret Token (HTTP 401)."_s};
    if (c.notFoundOnQuery)
        return {true,
                u"SCIM compliance issue: a filter query was answered with HTTP 404 rather than the "
                "expected HTTP 200 with an empty ListResponse."_s};
    const qint64 all = c.failures + c.referenceFailures;
    if (all >= kHardCap)
        return {true, u"%1 failures in the cycle reach the hard limit of %2."_s.arg(all).arg(kHardCap)};
    if (all >= kMinimumFailures) {
        const qint64 counted = std::max<qint64>(1, c.events - c.referenceFailures);
        if (double(c.failures) / double(counted) > kFailureShare)
            return {true, u"More than 40 % of the exports failed (%1 of %2)."_s.arg(c.failures).arg(counted)};
        if (c.failures > kFailureCount)
            return {true, u"More than %1 exports failed (%2)."_s.arg(kFailureCount).arg(c.failures)};
    }
    return {};
}

qint64 QuarantineRules::failuresUntilQuarantine(const QuarantineCounters &c)
{
    if (evaluate(c).quarantined)
        return 0;
    if (c.failures + c.referenceFailures == 0)
        return -1;
    const qint64 counted = std::max<qint64>(1, c.events - c.referenceFailures);
    const qint64 toHardCap = kHardCap - (c.failures + c.referenceFailures);
    if (double(c.failures) / double(counted) > kFailureShare)
        return std::min(kMinimumFailures - (c.failures + c.referenceFailures), toHardCap);
    return std::min(kFailureCount + 1 - c.failures, toHardCap);
}

} // namespace scimmon
