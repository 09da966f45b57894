#include "simulator/simulationreport.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace scimmon {

QString outcomeKey(SimulationReport::Outcome outcome)
{
    switch (outcome) {
    case SimulationReport::Outcome::Completed:
        return u"completed"_s;
    case SimulationReport::Outcome::Aborted:
        return u"aborted"_s;
    case SimulationReport::Outcome::Cancelled:
        return u"cancelled"_s;
    }
    return {};
}

qint64 SimulationReport::count(const QString &status) const
{
    return std::count_if(entries.begin(), entries.end(),
                         [&](const ProvisioningLogEntry &e) { return e.status == status; });
}

int SimulationReport::exitCode() const
{
    if (outcome == Outcome::Aborted)
        return 2;
    if (outcome == Outcome::Cancelled || count(u"Failure"_s) > 0)
        return 1;
    return 0;
}

QJsonObject SimulationReport::toJson() const
{
    QJsonArray objects;
    for (const ProvisioningLogEntry &e : entries)
        objects.append(e.toJson());
    QJsonObject o{
        {u"runId"_s, runId},
        {u"idp"_s, idpKey(idp)},
        {u"flavor"_s, flavorKey(flavor)},
        {u"cycle"_s, cycleKey(cycle)},
        {u"target"_s, target},
        {u"started"_s, started.toString(Qt::ISODateWithMs)},
        {u"finished"_s, finished.toString(Qt::ISODateWithMs)},
        {u"outcome"_s, outcomeKey(outcome)},
        {u"exitCode"_s, exitCode()},
        {u"requests"_s, requests},
        {u"counts"_s,
         QJsonObject{{u"objects"_s, qint64(entries.size())},
                     {u"success"_s, count(u"Success"_s)},
                     {u"failure"_s, count(u"Failure"_s)},
                     {u"skipped"_s, count(u"Skipped"_s)},
                     {u"warning"_s, count(u"Warning"_s)}}},
        {u"quarantine"_s, QJsonObject{{u"quarantined"_s, quarantine.quarantined}, {u"reason"_s, quarantine.reason}}},
        {u"changes"_s, QJsonArray::fromStringList(changes)},
        {u"objects"_s, objects}};
    if (!message.isEmpty())
        o.insert(u"message"_s, message);
    return o;
}

} // namespace scimmon
