#include "simulator/attributemapping.h"

#include "scim/scimconstants.h"

using namespace Qt::StringLiterals;

namespace scimmon {

const QString AttributeMapping::kUserName = u"userName"_s;
const QString AttributeMapping::kExternalId = u"externalId"_s;
const QString AttributeMapping::kActive = u"active"_s;
const QString AttributeMapping::kDisplayName = u"displayName"_s;
const QString AttributeMapping::kGivenName = u"name.givenName"_s;
const QString AttributeMapping::kFamilyName = u"name.familyName"_s;
const QString AttributeMapping::kFormatted = u"name.formatted"_s;
const QString AttributeMapping::kWorkEmail = u"emails[type eq \"work\"].value"_s;
const QString AttributeMapping::kTitle = u"title"_s;
const QString AttributeMapping::kEmployeeNumber = schema::kEnterpriseUser + u":employeeNumber"_s;
const QString AttributeMapping::kDepartment = schema::kEnterpriseUser + u":department"_s;
const QString AttributeMapping::kManager = schema::kEnterpriseUser + u":manager"_s;

namespace {

void put(QJsonObject &flat, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        flat.insert(key, value);
}

} // namespace

QJsonObject AttributeMapping::oktaUser(const SimulatedUser &u)
{
    QJsonObject flat;
    put(flat, kUserName, u.userPrincipalName);
    put(flat, kExternalId, u.objectId);
    flat.insert(kActive, u.desiredActive());
    put(flat, kDisplayName, u.displayName);
    put(flat, kGivenName, u.givenName);
    put(flat, kFamilyName, u.surname);
    put(flat, kWorkEmail, u.mail);
    put(flat, kTitle, u.title);
    return flat;
}

QJsonObject AttributeMapping::entraUser(const SimulatedUser &u, const SimulatedDirectory &directory)
{
    QJsonObject flat = oktaUser(u);
    if (!u.givenName.isEmpty() || !u.surname.isEmpty())
        put(flat, kFormatted, QString(u.givenName + u' ' + u.surname).trimmed());
    put(flat, kEmployeeNumber, u.employeeNumber);
    put(flat, kDepartment, u.department);
    if (const SimulatedUser *boss = directory.user(u.managerObjectId); boss && !boss->hardDeleted)
        put(flat, kManager, boss->targetId);
    return flat;
}

QJsonObject AttributeMapping::withoutManager(QJsonObject flat)
{
    flat.remove(kManager);
    return flat;
}

QString AttributeMapping::text(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool() ? u"True"_s : u"False"_s;
    if (value.isUndefined() || value.isNull())
        return {};
    return value.toVariant().toString();
}

} // namespace scimmon
