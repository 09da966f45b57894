#include "scim/resourcemapper.h"

#include "model/utctimestamp.h"
#include "scim/jsonutil.h"
#include "scim/schemaregistry.h"
#include "scim/scimconstants.h"
#include "scim/valuecompare.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace scimmon {

namespace {

QString jsonTypeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool:
        return u"a boolean"_s;
    case QJsonValue::Double:
        return u"a number"_s;
    case QJsonValue::String:
        return u"a string"_s;
    case QJsonValue::Array:
        return u"an array"_s;
    case QJsonValue::Object:
        return u"an object"_s;
    default:
        return u"null"_s;
    }
}

QString timestamp(const QDateTime &dt)
{
    return UtcTimestamp::text(dt);
}

bool isReservedKey(const QString &key)
{
    return key.compare("schemas"_L1, Qt::CaseInsensitive) == 0 || key.compare("id"_L1, Qt::CaseInsensitive) == 0
        || key.compare("meta"_L1, Qt::CaseInsensitive) == 0;
}

/// Reads the attributes of one schema (`attrs`) from `source` into `out`.
std::optional<ScimError> readAttributes(const Schema &schema, const QJsonObject &source, QJsonObject &out,
                                        const QString &pathPrefix, bool allowCommon, ResourceKind kind,
                                        QList<Quirk> *quirks)
{
    const auto &registry = SchemaRegistry::instance();
    for (auto it = source.begin(); it != source.end(); ++it) {
        const QString &key = it.key();
        if (isReservedKey(key) || key.startsWith("urn:"_L1, Qt::CaseInsensitive))
            continue;
        const AttributeDef *def = schema.attribute(key);
        if (!def && allowCommon)
            def = registry.common(key);
        if (!def || def->mutability == Mutability::ReadOnly)
            continue;
        if (kind == ResourceKind::Group && def->name == "members"_L1 && pathPrefix.isEmpty())
            continue; // handled by the caller
        auto value = ResourceMapper::normalize(*def, it.value(), pathPrefix + def->name, false, quirks);
        if (!value)
            return value.error();
        if (def->mutability == Mutability::WriteOnly)
            continue; // accepted, never stored (RFC 7643 §7 writeOnly; password)
        if (!value.value().isUndefined())
            out.insert(def->name, value.value());
    }
    return std::nullopt;
}

} // namespace

Result<QJsonValue> ResourceMapper::normalize(const AttributeDef &def, const QJsonValue &value, const QString &path,
                                             bool element, QList<Quirk> *quirks)
{
    if (value.isNull() || value.isUndefined())
        return QJsonValue(QJsonValue::Undefined);

    if (def.multiValued && !element) {
        const QJsonArray items = value.isArray() ? value.toArray() : QJsonArray{value};
        QJsonArray out;
        for (const auto &item : items) {
            auto r = normalize(def, item, path, true, quirks);
            if (!r)
                return r;
            if (!r.value().isUndefined())
                out.append(r.value());
        }
        return out.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(out);
    }

    if (def.type != AttributeType::Complex && !def.multiValued && value.isArray() && value.toArray().size() == 1) {
        // An old Microsoft library sends single values as [{"$ref": null, "value": …}].
        const QJsonValue only = value.toArray().first();
        const QJsonValue inner = only.isObject() ? json::valueCi(only.toObject(), u"value") : only;
        if (!inner.isUndefined()) {
            if (quirks)
                quirks->append(Quirk{Quirk::Kind::OneElementArray, {path}});
            return normalize(def, inner, path, element, quirks);
        }
    }
    switch (def.type) {
    case AttributeType::Complex: {
        if (value.isArray()) {
            // Entra sends a single-valued complex attribute (manager) as a one-element array.
            const QJsonArray arr = value.toArray();
            if (arr.isEmpty())
                return QJsonValue(QJsonValue::Undefined);
            if (arr.size() == 1 && !def.multiValued)
                return normalize(def, arr.first(), path, element, quirks);
            return ScimError::invalidValue(
                u"'%1' takes a single value, not an array of %2."_s.arg(path).arg(arr.size()));
        }
        if (!value.isObject()) {
            // A bare value for a complex attribute is its "value" sub-attribute (manager sent as an id).
            const AttributeDef *sub = def.subAttribute(u"value");
            if (!sub)
                return ScimError::invalidValue(
                    u"'%1' is a complex attribute; %2 is not allowed."_s.arg(path, jsonTypeName(value)));
            auto v = normalize(*sub, value, path + u".value"_s, false, quirks);
            if (!v)
                return v;
            if (v.value().isUndefined())
                return v;
            if (quirks)
                quirks->append(Quirk{Quirk::Kind::BareComplexValue, {path}});
            return QJsonValue(QJsonObject{{sub->name, v.value()}});
        }
        const QJsonObject obj = value.toObject();
        QJsonObject out;
        for (auto it = obj.begin(); it != obj.end(); ++it) {
            const AttributeDef *sub = def.subAttribute(it.key());
            if (!sub || sub->mutability == Mutability::ReadOnly)
                continue;
            auto v = normalize(*sub, it.value(), path + u'.' + sub->name, false, quirks);
            if (!v)
                return v;
            if (!v.value().isUndefined())
                out.insert(sub->name, v.value());
        }
        return out.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(out);
    }
    case AttributeType::Boolean: {
        if (value.isBool())
            return value;
        if (const auto b = ValueCompare::toBoolean(value)) {
            if (quirks)
                quirks->append(
                    Quirk{Quirk::Kind::BooleanAsString, {path, value.toString(), *b ? u"true"_s : u"false"_s}});
            return QJsonValue(*b);
        }
        if (value.isString() && value.toString().isEmpty())
            return QJsonValue(QJsonValue::Undefined);
        return ScimError::invalidValue(u"'%1' must be true or false, not %2."_s.arg(path, jsonTypeName(value)));
    }
    case AttributeType::Integer:
        if (value.isDouble() && value.toDouble() == double(value.toInteger()))
            return value;
        return ScimError::invalidValue(u"'%1' must be an integer, not %2."_s.arg(path, jsonTypeName(value)));
    case AttributeType::Decimal:
        if (value.isDouble())
            return value;
        return ScimError::invalidValue(u"'%1' must be a number, not %2."_s.arg(path, jsonTypeName(value)));
    case AttributeType::DateTime:
        if (value.isString()) {
            if (value.toString().isEmpty())
                return QJsonValue(QJsonValue::Undefined);
            if (ValueCompare::parseDateTime(value.toString()).isValid())
                return value;
            return ScimError::invalidValue(
                u"'%1' must be an RFC 3339 date and time such as 2026-01-31T08:00:00Z, not \"%2\"."_s.arg(
                    path, value.toString()));
        }
        return ScimError::invalidValue(
            u"'%1' must be a date and time string, not %2."_s.arg(path, jsonTypeName(value)));
    case AttributeType::String:
    case AttributeType::Reference:
    case AttributeType::Binary:
        break;
    }
    if (!value.isString())
        return ScimError::invalidValue(u"'%1' must be a string, not %2."_s.arg(path, jsonTypeName(value)));
    if (value.toString().isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    return value;
}

Result<QList<MemberRef>> ResourceMapper::members(const QJsonValue &value, QList<Quirk> *quirks)
{
    const AttributeDef *def = SchemaRegistry::instance().core(ResourceKind::Group).attribute(u"members");
    // Every element must name its member; normalize() alone would drop one that has only read-only parts.
    const QJsonArray raw = value.isArray() ? value.toArray() : QJsonArray{value};
    for (const auto &item : raw) {
        if (item.isNull())
            continue;
        const QJsonValue id = item.isObject() ? json::valueCi(item.toObject(), u"value") : item;
        if (!id.isString() || id.toString().isEmpty())
            return ScimError::invalidValue(u"Every element of 'members' needs a 'value' with the member's id."_s);
    }
    auto normalized = normalize(*def, value, u"members"_s, false, quirks);
    if (!normalized)
        return normalized.error();
    QList<MemberRef> out;
    for (const auto &item : normalized.value().toArray()) {
        const QJsonObject obj = item.toObject();
        MemberRef m;
        m.value = obj.value("value"_L1).toString();
        if (m.value.isEmpty())
            return ScimError::invalidValue(u"Every element of 'members' needs a 'value' with the member's id."_s);
        const QString type = obj.value("type"_L1).toString();
        if (!type.isEmpty()) {
            if (type.compare("User"_L1, Qt::CaseInsensitive) == 0)
                m.type = u"User"_s;
            else if (type.compare("Group"_L1, Qt::CaseInsensitive) == 0)
                m.type = u"Group"_s;
            else
                return ScimError::invalidValue(u"Member type \"%1\" is not User or Group."_s.arg(type));
        }
        if (!out.contains(m))
            out.append(m);
    }
    return out;
}

Result<ClientResource> ResourceMapper::fromClient(ResourceKind kind, const QJsonObject &body, QList<Quirk> *quirks)
{
    const auto &registry = SchemaRegistry::instance();
    ClientResource result;
    const Schema &core = registry.core(kind);
    if (auto err = readAttributes(core, body, result.data, QString(), true, kind, quirks))
        return *err;

    for (auto it = body.begin(); it != body.end(); ++it) {
        const QString &key = it.key();
        if (!key.startsWith("urn:"_L1, Qt::CaseInsensitive))
            continue;
        if (key.compare(core.id, Qt::CaseInsensitive) == 0) {
            // Core attributes sent under the core schema URN.
            if (auto err = readAttributes(core, it.value().toObject(), result.data, QString(), true, kind, quirks))
                return *err;
            continue;
        }
        const Schema *ext = nullptr;
        for (const Schema *s : registry.extensions(kind))
            if (s->id.compare(key, Qt::CaseInsensitive) == 0)
                ext = s;
        if (ext) {
            if (!it.value().isObject() && !it.value().isNull())
                return ScimError::invalidValue(u"'%1' must be an object of extension attributes."_s.arg(ext->id));
            QJsonObject extData;
            if (auto err = readAttributes(*ext, it.value().toObject(), extData, ext->id + u':', false, kind, quirks))
                return *err;
            if (!extData.isEmpty())
                result.data.insert(ext->id, extData);
        } else if (!json::isEmptyValue(it.value())) {
            result.data.insert(key, it.value()); // custom extension of the IdP's mapping: kept as sent
        }
    }

    if (kind == ResourceKind::Group) {
        const QJsonValue members = json::valueCi(body, u"members");
        if (!members.isUndefined()) {
            auto list = ResourceMapper::members(members, quirks);
            if (!list)
                return list.error();
            result.members = list.value();
        }
    }
    if (auto err = checkRequired(kind, result.data))
        return *err;
    return result;
}

std::optional<ScimError> ResourceMapper::checkRequired(ResourceKind kind, const QJsonObject &data)
{
    if (kind == ResourceKind::User && userName(data).trimmed().isEmpty())
        return ScimError::invalidValue(u"'userName' is required and must be a non-empty string."_s);
    if (kind == ResourceKind::Group && displayName(data).trimmed().isEmpty())
        return ScimError::invalidValue(u"'displayName' is required and must be a non-empty string."_s);
    return std::nullopt;
}

QJsonObject ResourceMapper::toRepresentation(ResourceKind kind, const Resource &resource, const QString &baseUrl,
                                             const QList<MemberRef> *members, const QList<GroupRef> *groups)
{
    const auto &registry = SchemaRegistry::instance();
    QJsonObject out = resource.data;
    QJsonArray schemas{registry.core(kind).id};
    for (auto it = resource.data.begin(); it != resource.data.end(); ++it)
        if (it.key().startsWith("urn:"_L1))
            schemas.append(it.key());
    const QString location = baseUrl + u'/' + endpointName(kind) + u'/' + resource.id;
    out.insert(u"schemas"_s, schemas);
    out.insert(u"id"_s, resource.id);
    out.insert(u"meta"_s,
               QJsonObject{
                   {u"resourceType"_s, resourceTypeName(kind)},
                   {u"created"_s, timestamp(resource.created)},
                   {u"lastModified"_s, timestamp(resource.lastModified)},
                   {u"location"_s, location},
                   {u"version"_s, resource.etag()},
               });
    if (kind == ResourceKind::Group && members) {
        QJsonArray arr;
        for (const auto &m : *members) {
            QJsonObject member{
                {u"value"_s, m.value},
                {u"$ref"_s,
                 QString(baseUrl + u'/' + (m.type == "Group"_L1 ? u"Groups"_s : u"Users"_s) + u'/' + m.value)},
                {u"type"_s, m.type}};
            if (!m.display.isEmpty())
                member.insert(u"display"_s, m.display);
            arr.append(member);
        }
        out.insert(u"members"_s, arr);
    }
    if (kind == ResourceKind::User && groups && !groups->isEmpty()) {
        QJsonArray arr;
        for (const auto &g : *groups)
            arr.append(QJsonObject{{u"value"_s, g.value},
                                   {u"$ref"_s, QString(baseUrl + u"/Groups/"_s + g.value)},
                                   {u"display"_s, g.display},
                                   {u"type"_s, u"direct"_s}});
        out.insert(u"groups"_s, arr);
    }
    return out;
}

QString ResourceMapper::userName(const QJsonObject &data)
{
    return data.value("userName"_L1).toString();
}

QString ResourceMapper::displayName(const QJsonObject &data)
{
    return data.value("displayName"_L1).toString();
}

QString ResourceMapper::externalId(const QJsonObject &data)
{
    return data.value("externalId"_L1).toString();
}

bool ResourceMapper::active(const QJsonObject &data)
{
    // RFC 7643 leaves the default open; a user created without `active` is treated as active.
    return data.value("active"_L1).toBool(true);
}

QList<std::pair<QString, QString>> ResourceMapper::emails(const QJsonObject &data)
{
    QList<std::pair<QString, QString>> out;
    for (const auto &e : data.value("emails"_L1).toArray()) {
        const QJsonObject obj = e.toObject();
        const QString value = obj.value("value"_L1).toString();
        if (!value.isEmpty())
            out.append({obj.value("type"_L1).toString(), value});
    }
    return out;
}

QString ResourceMapper::workEmail(const QJsonObject &data)
{
    for (const auto &[type, value] : emails(data))
        if (type.compare("work"_L1, Qt::CaseInsensitive) == 0 && !value.trimmed().isEmpty())
            return value;
    return {};
}

} // namespace scimmon
