#include "simulator/simulateduser.h"

using namespace Qt::StringLiterals;

namespace scimmon {

QJsonObject SimulatedUser::toJson() const
{
    QJsonObject o{{u"objectId"_s, objectId},
                  {u"userPrincipalName"_s, userPrincipalName},
                  {u"mail"_s, mail},
                  {u"givenName"_s, givenName},
                  {u"surname"_s, surname},
                  {u"displayName"_s, displayName},
                  {u"department"_s, department},
                  {u"title"_s, title},
                  {u"employeeNumber"_s, employeeNumber},
                  {u"manager"_s, managerObjectId},
                  {u"accountEnabled"_s, accountEnabled},
                  {u"softDeleted"_s, softDeleted},
                  {u"hardDeleted"_s, hardDeleted},
                  {u"assigned"_s, assigned},
                  {u"targetId"_s, targetId},
                  {u"synced"_s, synced}};
    if (escrow.active())
        o.insert(u"escrow"_s, escrow.toJson());
    return o;
}

SimulatedUser SimulatedUser::fromJson(const QJsonObject &o)
{
    SimulatedUser u;
    u.objectId = o.value("objectId"_L1).toString();
    u.userPrincipalName = o.value("userPrincipalName"_L1).toString();
    u.mail = o.value("mail"_L1).toString();
    u.givenName = o.value("givenName"_L1).toString();
    u.surname = o.value("surname"_L1).toString();
    u.displayName = o.value("displayName"_L1).toString();
    u.department = o.value("department"_L1).toString();
    u.title = o.value("title"_L1).toString();
    u.employeeNumber = o.value("employeeNumber"_L1).toString();
    u.managerObjectId = o.value("manager"_L1).toString();
    u.accountEnabled = o.value("accountEnabled"_L1).toBool(true);
    u.softDeleted = o.value("softDeleted"_L1).toBool();
    u.hardDeleted = o.value("hardDeleted"_L1).toBool();
    u.assigned = o.value("assigned"_L1).toBool(true);
    u.targetId = o.value("targetId"_L1).toString();
    u.synced = o.value("synced"_L1).toObject();
    u.escrow = Escrow::fromJson(o.value("escrow"_L1).toObject());
    return u;
}

} // namespace scimmon
