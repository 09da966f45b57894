#include "scim/discovery.h"

#include "scim/schemaregistry.h"
#include "scim/scimconstants.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace scimmon {

namespace {

QJsonObject listResponse(const QJsonArray &resources)
{
    return QJsonObject{
        {u"schemas"_s, QJsonArray{schema::kListResponse}},
        {u"totalResults"_s, resources.size()},
        {u"startIndex"_s, 1},
        {u"itemsPerPage"_s, resources.size()},
        {u"Resources"_s, resources},
    };
}

QJsonObject resourceTypeJson(const QString &baseUrl, ResourceKind kind)
{
    const auto &registry = SchemaRegistry::instance();
    QJsonObject rt{
        {u"schemas"_s, QJsonArray{schema::kResourceType}},
        {u"id"_s, resourceTypeName(kind)},
        {u"name"_s, resourceTypeName(kind)},
        {u"endpoint"_s, QString(u'/' + endpointName(kind))},
        {u"description"_s, kind == ResourceKind::User ? u"User Account"_s : u"Group"_s},
        {u"schema"_s, registry.core(kind).id},
        {u"meta"_s,
         QJsonObject{{u"resourceType"_s, u"ResourceType"_s},
                     {u"location"_s, QString(baseUrl + u"/ResourceTypes/"_s + resourceTypeName(kind))}}},
    };
    QJsonArray extensions;
    for (const Schema *ext : registry.extensions(kind))
        extensions.append(QJsonObject{{u"schema"_s, ext->id}, {u"required"_s, false}});
    rt.insert(u"schemaExtensions"_s, extensions);
    return rt;
}

} // namespace

QJsonObject Discovery::serviceProviderConfig(const QString &baseUrl, qint64 maxPayloadBytes)
{
    return QJsonObject{
        {u"schemas"_s, QJsonArray{schema::kServiceProviderConfig}},
        {u"documentationUri"_s, u"https://scimmonitor.org/docs"_s},
        {u"patch"_s, QJsonObject{{u"supported"_s, true}}},
        {u"bulk"_s,
         QJsonObject{
             {u"supported"_s, true}, {u"maxOperations"_s, kMaxBulkOperations}, {u"maxPayloadSize"_s, maxPayloadBytes}}},
        {u"filter"_s, QJsonObject{{u"supported"_s, true}, {u"maxResults"_s, kMaxListResults}}},
        {u"changePassword"_s, QJsonObject{{u"supported"_s, false}}},
        {u"sort"_s, QJsonObject{{u"supported"_s, true}}},
        {u"etag"_s, QJsonObject{{u"supported"_s, true}}},
        {u"authenticationSchemes"_s,
         QJsonArray{QJsonObject{
             {u"type"_s, u"oauthbearertoken"_s},
             {u"name"_s, u"OAuth Bearer Token"_s},
             {u"description"_s, u"Authentication with the Secret Token as a bearer token (RFC 6750)."_s},
             {u"specUri"_s, u"https://www.rfc-editor.org/info/rfc6750"_s},
             {u"primary"_s, true},
         }}},
        {u"meta"_s,
         QJsonObject{{u"resourceType"_s, u"ServiceProviderConfig"_s},
                     {u"location"_s, QString(baseUrl + u"/ServiceProviderConfig"_s)}}},
    };
}

QJsonObject Discovery::resourceTypes(const QString &baseUrl)
{
    return listResponse(
        {resourceTypeJson(baseUrl, ResourceKind::User), resourceTypeJson(baseUrl, ResourceKind::Group)});
}

Result<QJsonObject> Discovery::resourceType(const QString &baseUrl, const QString &name)
{
    for (ResourceKind kind : {ResourceKind::User, ResourceKind::Group})
        if (name.compare(resourceTypeName(kind), Qt::CaseInsensitive) == 0)
            return resourceTypeJson(baseUrl, kind);
    return ScimError::notFound(u"There is no resource type \"%1\"; the types are User and Group."_s.arg(name));
}

QJsonObject Discovery::schemas(const QString &baseUrl)
{
    QJsonArray all;
    for (const Schema *s : SchemaRegistry::instance().all())
        all.append(s->toJson(baseUrl));
    return listResponse(all);
}

Result<QJsonObject> Discovery::schema(const QString &baseUrl, const QString &urn)
{
    if (const Schema *s = SchemaRegistry::instance().schema(urn))
        return s->toJson(baseUrl);
    return ScimError::notFound(u"There is no schema \"%1\"."_s.arg(urn));
}

} // namespace scimmon
