#include "conformance/conformanceresult.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace scimmon {

int ConformanceResult::count(ConformanceVerdict verdict) const
{
    int n = 0;
    for (const ConformanceTest &t : tests)
        n += t.verdict == verdict ? 1 : 0;
    return n;
}

int ConformanceResult::exitCode() const
{
    if (!abortReason.isEmpty())
        return 2;
    return cancelled || count(ConformanceVerdict::Fail) > 0 ? 1 : 0;
}

QString ConformanceResult::summary() const
{
    if (!abortReason.isEmpty())
        return u"the check did not run: "_s + abortReason;
    return u"%1 tests: %2 passed, %3 failed, %4 skipped in %5 s%6"_s.arg(tests.size())
        .arg(count(ConformanceVerdict::Pass))
        .arg(count(ConformanceVerdict::Fail))
        .arg(count(ConformanceVerdict::Skip))
        .arg(durationMs / 1000.0, 0, 'f', 1)
        .arg(cancelled ? u" (cancelled)"_s : QString());
}

QJsonObject ConformanceResult::toJson() const
{
    QJsonArray testsJson;
    for (const ConformanceTest &t : tests)
        testsJson.append(t.toJson());
    QJsonArray sweepJson;
    for (const ConformanceStep &s : sweep)
        sweepJson.append(s.toJson());
    QJsonObject o{{u"target"_s, target},
                  {u"suites"_s, QJsonArray::fromStringList(suites)},
                  {u"prefix"_s, prefix},
                  {u"startedAt"_s, startedAt.toString(Qt::ISODateWithMs)},
                  {u"durationMs"_s, qRound(durationMs)},
                  {u"summary"_s, summary()},
                  {u"passed"_s, count(ConformanceVerdict::Pass)},
                  {u"failed"_s, count(ConformanceVerdict::Fail)},
                  {u"skipped"_s, count(ConformanceVerdict::Skip)},
                  {u"exitCode"_s, exitCode()},
                  {u"serviceProviderConfig"_s, serviceProviderConfig},
                  {u"leftovers"_s, QJsonArray::fromStringList(leftovers)},
                  {u"tests"_s, testsJson},
                  {u"sweep"_s, sweepJson}};
    if (!abortReason.isEmpty())
        o.insert(u"abortReason"_s, abortReason);
    if (cancelled)
        o.insert(u"cancelled"_s, true);
    return o;
}

} // namespace scimmon
