#include "simulator/entrarequests.h"

#include "scim/scimconstants.h"
#include "simulator/attributemapping.h"

using namespace Qt::StringLiterals;

namespace scimmon {

namespace {

const QString kAdscimGroup = u"http://schemas.microsoft.com/2006/11/ResourceManagement/ADSCIM/2.0/Group"_s;

QString quoted(const QString &value)
{
    QString escaped = value;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s);
    return u"\""_s + escaped + u"\""_s;
}

ScimCall get(const QString &path, QList<QPair<QString, QString>> query)
{
    ScimCall c;
    c.method = "GET";
    c.path = path;
    c.query = std::move(query);
    return c;
}

ScimCall withBody(const QByteArray &method, const QString &path, const QJsonObject &body, bool knownId)
{
    ScimCall c;
    c.method = method;
    c.path = path;
    c.body = body;
    c.hasBody = true;
    c.knownId = knownId;
    return c;
}

ScimCall del(const QString &path)
{
    ScimCall c;
    c.method = "DELETE";
    c.path = path;
    c.knownId = true;
    return c;
}

QJsonValue activeValue(const QJsonValue &v, bool flagged)
{
    if (flagged)
        return v.toBool();
    return v.toBool() ? u"True"_s : u"False"_s;
}

QJsonArray memberValues(const QStringList &ids)
{
    QJsonArray values;
    for (const QString &id : ids)
        values.append(QJsonObject{{u"$ref"_s, QJsonValue::Null}, {u"value"_s, id}});
    return values;
}

} // namespace

QJsonObject EntraRequests::patchOp(const QJsonArray &operations)
{
    return {{u"schemas"_s, QJsonArray{schema::kPatchOp}}, {u"Operations"_s, operations}};
}

ScimCall EntraRequests::testConnectionUsers(const QString &guid)
{
    return matchUser(guid);
}

ScimCall EntraRequests::testConnectionGroups(const QString &guid)
{
    return matchGroup(guid);
}

ScimCall EntraRequests::matchUser(const QString &userName)
{
    return get(u"/Users"_s, {{u"filter"_s, u"userName eq "_s + quoted(userName)}});
}

ScimCall EntraRequests::createUser(const QJsonObject &flat)
{
    using M = AttributeMapping;
    QJsonObject body{{u"schemas"_s, QJsonArray{schema::kUser, schema::kEnterpriseUser}},
                     {u"externalId"_s, flat.value(M::kExternalId)},
                     {u"userName"_s, flat.value(M::kUserName)},
                     {u"active"_s, flat.value(M::kActive).toBool()},
                     {u"meta"_s, QJsonObject{{u"resourceType"_s, u"User"_s}}},
                     {u"roles"_s, QJsonArray()}};
    if (flat.contains(M::kDisplayName))
        body.insert(u"displayName"_s, flat.value(M::kDisplayName));
    if (flat.contains(M::kWorkEmail))
        body.insert(u"emails"_s,
                    QJsonArray{QJsonObject{
                        {u"primary"_s, true}, {u"type"_s, u"work"_s}, {u"value"_s, flat.value(M::kWorkEmail)}}});
    QJsonObject name;
    if (flat.contains(M::kFormatted))
        name.insert(u"formatted"_s, flat.value(M::kFormatted));
    if (flat.contains(M::kFamilyName))
        name.insert(u"familyName"_s, flat.value(M::kFamilyName));
    if (flat.contains(M::kGivenName))
        name.insert(u"givenName"_s, flat.value(M::kGivenName));
    if (!name.isEmpty())
        body.insert(u"name"_s, name);
    if (flat.contains(M::kTitle))
        body.insert(u"title"_s, flat.value(M::kTitle));
    QJsonObject enterprise;
    if (flat.contains(M::kEmployeeNumber))
        enterprise.insert(u"employeeNumber"_s, flat.value(M::kEmployeeNumber));
    if (flat.contains(M::kDepartment))
        enterprise.insert(u"department"_s, flat.value(M::kDepartment));
    if (!enterprise.isEmpty())
        body.insert(schema::kEnterpriseUser, enterprise);
    return withBody("POST", u"/Users"_s, body, false);
}

QJsonArray EntraRequests::userOperations(const QJsonObject &before, const QJsonObject &after, bool flagged)
{
    using M = AttributeMapping;
    const QString add = flagged ? u"add"_s : u"Add"_s;
    const QString replace = flagged ? u"replace"_s : u"Replace"_s;
    const QString remove = flagged ? u"remove"_s : u"Remove"_s;
    QJsonArray ops;
    QJsonObject bundle; // flagged: single-valued replacements in one path-less op
    for (auto it = after.constBegin(); it != after.constEnd(); ++it) {
        const QString &path = it.key();
        const QJsonValue old = before.value(path);
        if (old == it.value())
            continue;
        const QJsonValue value = path == M::kActive ? activeValue(it.value(), flagged) : it.value();
        if (old.isUndefined()) {
            ops.append(QJsonObject{{u"op"_s, add}, {u"path"_s, path}, {u"value"_s, value}});
        } else if (flagged && path != M::kWorkEmail && path != M::kActive && path != M::kManager) {
            bundle.insert(path, value);
        } else {
            ops.append(QJsonObject{{u"op"_s, replace}, {u"path"_s, path}, {u"value"_s, value}});
        }
    }
    if (!bundle.isEmpty())
        ops.append(QJsonObject{{u"op"_s, replace}, {u"value"_s, bundle}});
    for (auto it = before.constBegin(); it != before.constEnd(); ++it)
        if (!after.contains(it.key()))
            ops.append(QJsonObject{{u"op"_s, remove}, {u"path"_s, it.key()}});
    return ops;
}

ScimCall EntraRequests::patchUser(const QString &id, const QJsonArray &operations)
{
    return withBody("PATCH", u"/Users/"_s + id, patchOp(operations), true);
}

ScimCall EntraRequests::deleteUser(const QString &id)
{
    return del(u"/Users/"_s + id);
}

ScimCall EntraRequests::matchGroup(const QString &displayName)
{
    return get(u"/Groups"_s,
               {{u"excludedAttributes"_s, u"members"_s}, {u"filter"_s, u"displayName eq "_s + quoted(displayName)}});
}

ScimCall EntraRequests::createGroup(const QString &objectId, const QString &displayName)
{
    return withBody("POST", u"/Groups"_s,
                    QJsonObject{{u"schemas"_s, QJsonArray{schema::kGroup, kAdscimGroup}},
                                {u"externalId"_s, objectId},
                                {u"displayName"_s, displayName},
                                {u"meta"_s, QJsonObject{{u"resourceType"_s, u"Group"_s}}}},
                    false);
}

ScimCall EntraRequests::renameGroup(const QString &id, const QString &displayName, bool flagged)
{
    return withBody("PATCH", u"/Groups/"_s + id,
                    patchOp({QJsonObject{{u"op"_s, flagged ? u"replace"_s : u"Replace"_s},
                                         {u"path"_s, u"displayName"_s},
                                         {u"value"_s, displayName}}}),
                    true);
}

ScimCall EntraRequests::addMembers(const QString &id, const QStringList &memberIds, bool flagged)
{
    return withBody("PATCH", u"/Groups/"_s + id,
                    patchOp({QJsonObject{{u"op"_s, flagged ? u"add"_s : u"Add"_s},
                                         {u"path"_s, u"members"_s},
                                         {u"value"_s, memberValues(memberIds)}}}),
                    true);
}

ScimCall EntraRequests::removeMembers(const QString &id, const QStringList &memberIds, bool flagged)
{
    QJsonArray ops;
    if (flagged) {
        for (const QString &member : memberIds)
            ops.append(QJsonObject{{u"op"_s, u"remove"_s}, {u"path"_s, u"members[value eq %1]"_s.arg(quoted(member))}});
    } else {
        ops.append(
            QJsonObject{{u"op"_s, u"Remove"_s}, {u"path"_s, u"members"_s}, {u"value"_s, memberValues(memberIds)}});
    }
    return withBody("PATCH", u"/Groups/"_s + id, patchOp(ops), true);
}

ScimCall EntraRequests::deleteGroup(const QString &id)
{
    return del(u"/Groups/"_s + id);
}

} // namespace scimmon
