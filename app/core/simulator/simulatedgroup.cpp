#include "simulator/simulatedgroup.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace scimmon {

QJsonObject SimulatedGroup::toJson() const
{
    QJsonObject o{{u"objectId"_s, objectId},
                  {u"displayName"_s, displayName},
                  {u"members"_s, QJsonArray::fromStringList(members)},
                  {u"hardDeleted"_s, hardDeleted},
                  {u"targetId"_s, targetId},
                  {u"syncedName"_s, syncedName},
                  {u"syncedMembers"_s, QJsonArray::fromStringList(syncedMembers)}};
    if (escrow.active())
        o.insert(u"escrow"_s, escrow.toJson());
    return o;
}

SimulatedGroup SimulatedGroup::fromJson(const QJsonObject &o)
{
    auto strings = [](const QJsonValue &v) {
        QStringList out;
        for (const QJsonValue &s : v.toArray())
            out.append(s.toString());
        return out;
    };
    SimulatedGroup g;
    g.objectId = o.value("objectId"_L1).toString();
    g.displayName = o.value("displayName"_L1).toString();
    g.members = strings(o.value("members"_L1));
    g.hardDeleted = o.value("hardDeleted"_L1).toBool();
    g.targetId = o.value("targetId"_L1).toString();
    g.syncedName = o.value("syncedName"_L1).toString();
    g.syncedMembers = strings(o.value("syncedMembers"_L1));
    g.escrow = Escrow::fromJson(o.value("escrow"_L1).toObject());
    return g;
}

} // namespace scimmon
