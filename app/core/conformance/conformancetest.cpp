#include "conformance/conformancetest.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace scimmon {

QJsonObject ConformanceTest::toJson() const
{
    QJsonArray stepsJson;
    for (const ConformanceStep &s : steps)
        stepsJson.append(s.toJson());
    QJsonObject o{{u"suite"_s, suite},
                  {u"name"_s, name},
                  {u"description"_s, description},
                  {u"why"_s, why},
                  {u"verdict"_s, verdictKey(verdict)},
                  {u"durationMs"_s, qRound(durationMs * 10) / 10.0},
                  {u"steps"_s, stepsJson}};
    if (!reason.isEmpty())
        o.insert(u"reason"_s, reason);
    return o;
}

} // namespace scimmon
