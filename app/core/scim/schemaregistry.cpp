#include "scim/schemaregistry.h"

#include "scim/scimconstants.h"

#include <QFile>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace scimmon {

namespace {

Schema loadSchema(const QString &resource)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("SCIM schema resource %s is missing from the build", qPrintable(resource));
    return Schema::fromJson(QJsonDocument::fromJson(file.readAll()).object());
}

QList<AttributeDef> commonAttributes()
{
    AttributeDef id;
    id.name = u"id"_s;
    id.caseExact = true;
    id.mutability = Mutability::ReadOnly;
    id.returned = Returned::Always;
    id.uniqueness = u"server"_s;
    id.description = u"Unique identifier assigned by the service provider."_s;

    AttributeDef externalId;
    externalId.name = u"externalId"_s;
    externalId.caseExact = true;
    externalId.description = u"Identifier of the resource as defined by the provisioning client."_s;

    auto metaSub = [](const QString &name, AttributeType type, const QString &description) {
        AttributeDef d;
        d.name = name;
        d.type = type;
        d.caseExact = true;
        d.mutability = Mutability::ReadOnly;
        d.description = description;
        return d;
    };
    AttributeDef meta;
    meta.name = u"meta"_s;
    meta.type = AttributeType::Complex;
    meta.mutability = Mutability::ReadOnly;
    meta.description = u"Resource metadata."_s;
    meta.subAttributes = {
        metaSub(u"resourceType"_s, AttributeType::String, u"The name of the resource type."_s),
        metaSub(u"created"_s, AttributeType::DateTime, u"When the resource was added."_s),
        metaSub(u"lastModified"_s, AttributeType::DateTime, u"When the resource was last changed."_s),
        metaSub(u"location"_s, AttributeType::Reference, u"The URI of the resource."_s),
        metaSub(u"version"_s, AttributeType::String, u"The weak entity tag of the resource."_s),
    };
    return {id, externalId, meta};
}

bool startsWithCi(QStringView s, QStringView prefix)
{
    return s.startsWith(prefix, Qt::CaseInsensitive);
}

} // namespace

QString AttributeRef::toString() const
{
    QString path = name;
    if (!subName.isEmpty())
        path += u'.' + subName;
    return isExtension() ? schemaUrn + u':' + path : path;
}

const SchemaRegistry &SchemaRegistry::instance()
{
    static const SchemaRegistry registry;
    return registry;
}

SchemaRegistry::SchemaRegistry()
    : m_user(loadSchema(u":/schemas/user.json"_s))
    , m_enterprise(loadSchema(u":/schemas/enterprise-user.json"_s))
    , m_group(loadSchema(u":/schemas/group.json"_s))
    , m_common(commonAttributes())
{
}

const Schema &SchemaRegistry::core(ResourceKind kind) const
{
    return kind == ResourceKind::User ? m_user : m_group;
}

QList<const Schema *> SchemaRegistry::extensions(ResourceKind kind) const
{
    if (kind == ResourceKind::User)
        return {&m_enterprise};
    return {};
}

QList<const Schema *> SchemaRegistry::all() const
{
    return {&m_user, &m_group, &m_enterprise};
}

const Schema *SchemaRegistry::schema(QStringView urn) const
{
    for (const Schema *s : all())
        if (s->id.compare(urn, Qt::CaseInsensitive) == 0)
            return s;
    return nullptr;
}

const AttributeDef *SchemaRegistry::common(QStringView name) const
{
    for (const auto &attr : m_common)
        if (attr.name.compare(name, Qt::CaseInsensitive) == 0)
            return &attr;
    return nullptr;
}

std::pair<QString, QString> SchemaRegistry::splitUrn(ResourceKind kind, QStringView path) const
{
    if (!startsWithCi(path, u"urn:"))
        return {QString(), path.toString()};
    QList<const Schema *> candidates = extensions(kind);
    candidates.prepend(&core(kind));
    for (const Schema *s : candidates) {
        const auto idLen = s->id.size();
        if (path.size() > idLen && startsWithCi(path, s->id) && (path[idLen] == u':' || path[idLen] == u'.')) {
            const QString rest = path.mid(idLen + 1).toString();
            return {s == &core(kind) ? QString() : s->id, rest};
        }
    }
    if (path.compare(core(kind).id, Qt::CaseInsensitive) == 0)
        return {QString(), QString()};
    for (const Schema *s : extensions(kind))
        if (path.compare(s->id, Qt::CaseInsensitive) == 0)
            return {s->id, QString()};
    // Unknown extension: the attribute is what follows the last ':'.
    const auto colon = path.lastIndexOf(u':');
    return {path.left(colon).toString(), path.mid(colon + 1).toString()};
}

AttributeRef SchemaRegistry::resolve(ResourceKind kind, QStringView path) const
{
    const auto [urn, rest] = splitUrn(kind, path);
    const auto dot = rest.indexOf(u'.');
    const QString name = dot < 0 ? rest : rest.left(dot);
    const QString sub = dot < 0 ? QString() : rest.mid(dot + 1);
    return resolve(kind, urn, name, sub);
}

AttributeRef SchemaRegistry::resolve(ResourceKind kind, const QString &urn, const QString &name,
                                     const QString &sub) const
{
    AttributeRef ref;
    ref.schemaUrn = urn;
    ref.name = name;
    ref.subName = sub;
    if (urn.isEmpty()) {
        ref.attr = core(kind).attribute(name);
        if (!ref.attr)
            ref.attr = common(name);
        // Entra's older samples name extension attributes without their URN ("manager").
        for (const Schema *ext : extensions(kind)) {
            if (ref.attr)
                break;
            if ((ref.attr = ext->attribute(name)))
                ref.schemaUrn = ext->id;
        }
    } else if (const Schema *s = schema(urn)) {
        ref.schemaUrn = s->id;
        ref.attr = s->attribute(name);
    }
    if (ref.attr) {
        ref.name = ref.attr->name;
        if (!sub.isEmpty()) {
            ref.sub = ref.attr->subAttribute(sub);
            if (ref.sub)
                ref.subName = ref.sub->name;
        }
    }
    return ref;
}

} // namespace scimmon
