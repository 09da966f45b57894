#include "simulator/oktarequests.h"

#include "scim/scimconstants.h"
#include "simulator/attributemapping.h"
#include "simulator/entrarequests.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace scimmon {

namespace {

QString quoted(const QString &value)
{
    QString escaped = value;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s);
    return u"\""_s + escaped + u"\""_s;
}

ScimCall call(const QByteArray &method, const QString &path, const QJsonObject &body = {}, bool knownId = true)
{
    ScimCall c;
    c.method = method;
    c.path = path;
    c.body = body;
    c.hasBody = !body.isEmpty();
    c.knownId = knownId;
    return c;
}

QJsonArray memberArray(const QList<QPair<QString, QString>> &members)
{
    QJsonArray out;
    for (const auto &[value, display] : members)
        out.append(QJsonObject{{u"value"_s, value}, {u"display"_s, display}});
    return out;
}

} // namespace

ScimCall OktaRequests::connectorTestUsers()
{
    ScimCall c = call("GET", u"/Users"_s, {}, false);
    c.query = {{u"startIndex"_s, u"1"_s}, {u"count"_s, u"2"_s}};
    return c;
}

ScimCall OktaRequests::connectorTestGroups()
{
    return importPage(u"Groups"_s, 1);
}

ScimCall OktaRequests::importPage(const QString &collection, int startIndex)
{
    ScimCall c = call("GET", u"/"_s + collection, {}, false);
    c.query = {{u"startIndex"_s, QString::number(startIndex)}, {u"count"_s, QString::number(kPageSize)}};
    return c;
}

ScimCall OktaRequests::matchUser(const QString &userName)
{
    ScimCall c = call("GET", u"/Users"_s, {}, false);
    c.query = {{u"filter"_s, u"userName eq "_s + quoted(userName)},
               {u"startIndex"_s, u"1"_s},
               {u"count"_s, QString::number(kPageSize)}};
    return c;
}

QJsonObject OktaRequests::userResource(const QJsonObject &flat, const QString &password)
{
    using M = AttributeMapping;
    QJsonObject body{{u"schemas"_s, QJsonArray{schema::kUser}},
                     {u"userName"_s, flat.value(M::kUserName)},
                     {u"externalId"_s, flat.value(M::kExternalId)},
                     {u"locale"_s, u"en-US"_s},
                     {u"groups"_s, QJsonArray()},
                     {u"active"_s, flat.value(M::kActive).toBool()}};
    QJsonObject name;
    if (flat.contains(M::kGivenName))
        name.insert(u"givenName"_s, flat.value(M::kGivenName));
    if (flat.contains(M::kFamilyName))
        name.insert(u"familyName"_s, flat.value(M::kFamilyName));
    if (!name.isEmpty())
        body.insert(u"name"_s, name);
    if (flat.contains(M::kWorkEmail))
        body.insert(u"emails"_s,
                    QJsonArray{QJsonObject{
                        {u"primary"_s, true}, {u"value"_s, flat.value(M::kWorkEmail)}, {u"type"_s, u"work"_s}}});
    if (flat.contains(M::kDisplayName))
        body.insert(u"displayName"_s, flat.value(M::kDisplayName));
    if (flat.contains(M::kTitle))
        body.insert(u"title"_s, flat.value(M::kTitle));
    if (!password.isEmpty())
        body.insert(u"password"_s, password);
    return body;
}

ScimCall OktaRequests::createUser(const QJsonObject &flat, const QString &password)
{
    return call("POST", u"/Users"_s, userResource(flat, password), false);
}

ScimCall OktaRequests::getUser(const QString &id)
{
    return call("GET", u"/Users/"_s + id);
}

ScimCall OktaRequests::putUser(const QString &id, const QJsonObject &flat)
{
    QJsonObject body = userResource(flat, QString());
    body.insert(u"id"_s, id);
    return call("PUT", u"/Users/"_s + id, body);
}

ScimCall OktaRequests::setActive(const QString &id, bool active)
{
    return call("PATCH", u"/Users/"_s + id,
                EntraRequests::patchOp(
                    {QJsonObject{{u"op"_s, u"replace"_s}, {u"value"_s, QJsonObject{{u"active"_s, active}}}}}));
}

ScimCall OktaRequests::matchGroup(const QString &displayName)
{
    ScimCall c = call("GET", u"/Groups"_s, {}, false);
    c.query = {{u"filter"_s, u"displayName eq "_s + quoted(displayName)},
               {u"startIndex"_s, u"1"_s},
               {u"count"_s, QString::number(kPageSize)}};
    return c;
}

ScimCall OktaRequests::createGroup(const QString &displayName)
{
    return call("POST", u"/Groups"_s,
                QJsonObject{{u"schemas"_s, QJsonArray{schema::kGroup}},
                            {u"displayName"_s, displayName},
                            {u"members"_s, QJsonArray()}},
                false);
}

ScimCall OktaRequests::patchGroup(const QString &id, const QString &displayName,
                                  const QList<QPair<QString, QString>> &added, const QStringList &removed)
{
    QJsonArray ops{QJsonObject{{u"op"_s, u"replace"_s},
                               {u"value"_s, QJsonObject{{u"id"_s, id}, {u"displayName"_s, displayName}}}}};
    if (!added.isEmpty())
        ops.append(QJsonObject{{u"op"_s, u"add"_s}, {u"path"_s, u"members"_s}, {u"value"_s, memberArray(added)}});
    for (const QString &member : removed)
        ops.append(QJsonObject{{u"op"_s, u"remove"_s}, {u"path"_s, u"members[value eq %1]"_s.arg(quoted(member))}});
    return call("PATCH", u"/Groups/"_s + id, EntraRequests::patchOp(ops));
}

ScimCall OktaRequests::getGroup(const QString &id)
{
    return call("GET", u"/Groups/"_s + id);
}

ScimCall OktaRequests::putGroup(const QString &id, const QString &displayName,
                                const QList<QPair<QString, QString>> &members)
{
    return call("PUT", u"/Groups/"_s + id,
                QJsonObject{{u"schemas"_s, QJsonArray{schema::kGroup}},
                            {u"id"_s, id},
                            {u"displayName"_s, displayName},
                            {u"members"_s, memberArray(members)}});
}

ScimCall OktaRequests::deleteGroup(const QString &id)
{
    return call("DELETE", u"/Groups/"_s + id);
}

} // namespace scimmon
