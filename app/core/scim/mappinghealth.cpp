#include "scim/mappinghealth.h"

#include "scim/resourcemapper.h"

using namespace Qt::StringLiterals;

namespace scimmon {

namespace {

bool hasText(const QJsonValue &v)
{
    return v.isString() && !v.toString().trimmed().isEmpty();
}

} // namespace

QList<MappingHealth::Attribute> MappingHealth::expected(ResourceKind kind)
{
    if (kind == ResourceKind::User)
        return {UserName, Active, WorkEmail, GivenName, FamilyName, ExternalId};
    return {DisplayName, ExternalId, Members};
}

MappingHealth::Attributes MappingHealth::missing(ResourceKind kind, const QJsonObject &data)
{
    Attributes out;
    const QJsonObject name = data.value("name"_L1).toObject();
    for (const Attribute a : expected(kind)) {
        bool present = true;
        switch (a) {
        case UserName:
            present = hasText(data.value("userName"_L1));
            break;
        case Active:
            present = data.value("active"_L1).isBool();
            break;
        case WorkEmail:
            present = !ResourceMapper::workEmail(data).isEmpty();
            break;
        case GivenName:
            present = hasText(name.value("givenName"_L1));
            break;
        case FamilyName:
            present = hasText(name.value("familyName"_L1));
            break;
        case ExternalId:
            present = hasText(data.value("externalId"_L1));
            break;
        case DisplayName:
            present = hasText(data.value("displayName"_L1));
            break;
        case Members: // in the memberships table: missingMembers()
            break;
        }
        if (!present)
            out |= a;
    }
    return out;
}

MappingHealth::Attributes MappingHealth::missingMembers(qint64 memberCount)
{
    return memberCount > 0 ? Attributes() : Attributes(Members);
}

QString MappingHealth::path(Attribute attribute)
{
    switch (attribute) {
    case UserName:
        return u"userName"_s;
    case Active:
        return u"active"_s;
    case WorkEmail:
        return u"emails[type eq \"work\"].value"_s;
    case GivenName:
        return u"name.givenName"_s;
    case FamilyName:
        return u"name.familyName"_s;
    case ExternalId:
        return u"externalId"_s;
    case DisplayName:
        return u"displayName"_s;
    case Members:
        return u"members"_s;
    }
    return {};
}

QString MappingHealth::entraSource(Attribute attribute)
{
    switch (attribute) {
    case UserName:
        return u"userPrincipalName"_s;
    case Active:
        return u"Switch([IsSoftDeleted], …)"_s;
    case WorkEmail:
        return u"mail"_s;
    case GivenName:
        return u"givenName"_s;
    case FamilyName:
        return u"surname"_s;
    case ExternalId:
        return u"objectId"_s;
    case DisplayName:
        return u"displayName"_s;
    case Members:
        return u"members"_s;
    }
    return {};
}

QStringList MappingHealth::paths(ResourceKind kind, Attributes attributes)
{
    QStringList out;
    for (const Attribute a : expected(kind))
        if (attributes.testFlag(a))
            out.append(path(a));
    return out;
}

QStringList MappingHealth::explanations(ResourceKind kind, Attributes attributes)
{
    QStringList out;
    for (const Attribute a : expected(kind)) {
        if (!attributes.testFlag(a))
            continue;
        if (a == Members)
            out.append(u"members is empty (Entra sends the group's members with Add members)."_s);
        else
            out.append(u"%1 is missing (Entra sends it from %2)."_s.arg(path(a), entraSource(a)));
    }
    return out;
}

} // namespace scimmon
