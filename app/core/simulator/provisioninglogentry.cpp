#include "simulator/provisioninglogentry.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace scimmon {

QJsonObject ProvisioningLogEntry::toJson() const
{
    QJsonArray stepArray;
    for (const ProvisioningLogStep &s : steps)
        stepArray.append(QJsonObject{{u"name"_s, s.name}, {u"status"_s, s.status}, {u"detail"_s, s.detail}});
    QJsonArray modified;
    for (const ModifiedProperty &p : modifiedProperties)
        modified.append(QJsonObject{{u"name"_s, p.name}, {u"old"_s, p.oldValue}, {u"new"_s, p.newValue}});
    QJsonArray requestArray;
    for (const SentRequest &r : requests)
        requestArray.append(r.toJson());
    QJsonObject o{{u"cycleId"_s, cycleId},       {u"changeId"_s, changeId},
                  {u"objectType"_s, objectType}, {u"sourceId"_s, sourceId},
                  {u"identity"_s, identity},     {u"targetId"_s, targetId},
                  {u"action"_s, action},         {u"status"_s, status},
                  {u"steps"_s, stepArray},       {u"modifiedProperties"_s, modified},
                  {u"requests"_s, requestArray}};
    if (!errorCode.isEmpty()) {
        o.insert(u"errorCode"_s, errorCode);
        o.insert(u"errorDetail"_s, errorDetail);
    }
    if (escrowed)
        o.insert(u"escrowed"_s, true);
    if (retryCount > 0)
        o.insert(u"retryCount"_s, retryCount);
    if (referenceFailure)
        o.insert(u"referenceFailure"_s, true);
    // The answer and code of the last request, for a quick look at the report.
    if (!requests.isEmpty()) {
        o.insert(u"answer"_s, requests.constLast().status);
    }
    return o;
}

} // namespace scimmon
