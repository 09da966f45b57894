#include "schema.h"

#include "scimconstants.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace scimmon {

namespace {

struct TypeName
{
    AttributeType type;
    QLatin1StringView name;
};

constexpr TypeName kTypeNames[] = {
    {AttributeType::String, "string"_L1},     {AttributeType::Boolean, "boolean"_L1},
    {AttributeType::Decimal, "decimal"_L1},   {AttributeType::Integer, "integer"_L1},
    {AttributeType::DateTime, "dateTime"_L1}, {AttributeType::Reference, "reference"_L1},
    {AttributeType::Binary, "binary"_L1},     {AttributeType::Complex, "complex"_L1},
};

QString typeName(AttributeType type)
{
    for (const auto &entry : kTypeNames)
        if (entry.type == type)
            return entry.name;
    return u"string"_s;
}

AttributeType typeFromName(const QString &name)
{
    for (const auto &entry : kTypeNames)
        if (name == entry.name)
            return entry.type;
    return AttributeType::String;
}

QString mutabilityName(Mutability m)
{
    switch (m) {
    case Mutability::ReadOnly:
        return u"readOnly"_s;
    case Mutability::Immutable:
        return u"immutable"_s;
    case Mutability::WriteOnly:
        return u"writeOnly"_s;
    case Mutability::ReadWrite:
        break;
    }
    return u"readWrite"_s;
}

Mutability mutabilityFromName(const QString &name)
{
    if (name == "readOnly"_L1)
        return Mutability::ReadOnly;
    if (name == "immutable"_L1)
        return Mutability::Immutable;
    if (name == "writeOnly"_L1)
        return Mutability::WriteOnly;
    return Mutability::ReadWrite;
}

QString returnedName(Returned r)
{
    switch (r) {
    case Returned::Always:
        return u"always"_s;
    case Returned::Never:
        return u"never"_s;
    case Returned::Request:
        return u"request"_s;
    case Returned::Default:
        break;
    }
    return u"default"_s;
}

Returned returnedFromName(const QString &name)
{
    if (name == "always"_L1)
        return Returned::Always;
    if (name == "never"_L1)
        return Returned::Never;
    if (name == "request"_L1)
        return Returned::Request;
    return Returned::Default;
}

} // namespace

const AttributeDef *AttributeDef::subAttribute(QStringView subName) const
{
    for (const auto &sub : subAttributes)
        if (sub.name.compare(subName, Qt::CaseInsensitive) == 0)
            return &sub;
    return nullptr;
}

bool AttributeDef::isTextual() const
{
    return type == AttributeType::String || type == AttributeType::Reference || type == AttributeType::Binary;
}

QJsonObject AttributeDef::toJson() const
{
    QJsonObject json{
        {u"name"_s, name},
        {u"type"_s, typeName(type)},
        {u"multiValued"_s, multiValued},
        {u"description"_s, description},
        {u"required"_s, required},
        {u"mutability"_s, mutabilityName(mutability)},
        {u"returned"_s, returnedName(returned)},
    };
    if (type != AttributeType::Complex && type != AttributeType::Boolean) {
        json.insert(u"caseExact"_s, caseExact);
        json.insert(u"uniqueness"_s, uniqueness);
    }
    if (!canonicalValues.isEmpty())
        json.insert(u"canonicalValues"_s, QJsonArray::fromStringList(canonicalValues));
    if (!referenceTypes.isEmpty())
        json.insert(u"referenceTypes"_s, QJsonArray::fromStringList(referenceTypes));
    if (type == AttributeType::Complex) {
        QJsonArray subs;
        for (const auto &sub : subAttributes)
            subs.append(sub.toJson());
        json.insert(u"subAttributes"_s, subs);
    }
    return json;
}

AttributeDef AttributeDef::fromJson(const QJsonObject &json)
{
    AttributeDef def;
    def.name = json.value("name"_L1).toString();
    def.type = typeFromName(json.value("type"_L1).toString(u"string"_s));
    def.multiValued = json.value("multiValued"_L1).toBool(false);
    def.required = json.value("required"_L1).toBool(false);
    def.caseExact = json.value("caseExact"_L1).toBool(false);
    def.mutability = mutabilityFromName(json.value("mutability"_L1).toString());
    def.returned = returnedFromName(json.value("returned"_L1).toString());
    def.uniqueness = json.value("uniqueness"_L1).toString(u"none"_s);
    def.description = json.value("description"_L1).toString();
    for (const auto &v : json.value("canonicalValues"_L1).toArray())
        def.canonicalValues.append(v.toString());
    for (const auto &v : json.value("referenceTypes"_L1).toArray())
        def.referenceTypes.append(v.toString());
    for (const auto &v : json.value("subAttributes"_L1).toArray())
        def.subAttributes.append(fromJson(v.toObject()));
    return def;
}

const AttributeDef *Schema::attribute(QStringView attrName) const
{
    for (const auto &attr : attributes)
        if (attr.name.compare(attrName, Qt::CaseInsensitive) == 0)
            return &attr;
    return nullptr;
}

QJsonObject Schema::toJson(const QString &baseUrl) const
{
    QJsonArray attrs;
    for (const auto &attr : attributes)
        attrs.append(attr.toJson());
    return QJsonObject{
        {u"schemas"_s, QJsonArray{schema::kSchema}},
        {u"id"_s, id},
        {u"name"_s, name},
        {u"description"_s, description},
        {u"attributes"_s, attrs},
        {u"meta"_s,
         QJsonObject{{u"resourceType"_s, u"Schema"_s}, {u"location"_s, QString(baseUrl + u"/Schemas/"_s + id)}}},
    };
}

Schema Schema::fromJson(const QJsonObject &json)
{
    Schema s;
    s.id = json.value("id"_L1).toString();
    s.name = json.value("name"_L1).toString();
    s.description = json.value("description"_L1).toString();
    for (const auto &v : json.value("attributes"_L1).toArray())
        s.attributes.append(AttributeDef::fromJson(v.toObject()));
    return s;
}

} // namespace scimmon
