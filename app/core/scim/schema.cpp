#include "scim/schema.h"

#include "scim/scimconstants.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace scimmon {

namespace {

/// One row of a table between an enumeration and its RFC 7643 §7 keyword.
template<class E>
struct Keyword
{
    E value;
    QLatin1StringView name;
};

constexpr Keyword<AttributeType> kTypes[] = {
    {AttributeType::String, "string"_L1},     {AttributeType::Boolean, "boolean"_L1},
    {AttributeType::Decimal, "decimal"_L1},   {AttributeType::Integer, "integer"_L1},
    {AttributeType::DateTime, "dateTime"_L1}, {AttributeType::Reference, "reference"_L1},
    {AttributeType::Binary, "binary"_L1},     {AttributeType::Complex, "complex"_L1},
};
constexpr Keyword<Mutability> kMutabilities[] = {
    {Mutability::ReadWrite, "readWrite"_L1},
    {Mutability::ReadOnly, "readOnly"_L1},
    {Mutability::Immutable, "immutable"_L1},
    {Mutability::WriteOnly, "writeOnly"_L1},
};
constexpr Keyword<Returned> kReturned[] = {
    {Returned::Default, "default"_L1},
    {Returned::Always, "always"_L1},
    {Returned::Never, "never"_L1},
    {Returned::Request, "request"_L1},
};

/// The keyword of `value`; the table's first keyword (the RFC default) if absent.
template<class E, size_t N>
QString keyword(const Keyword<E> (&table)[N], E value)
{
    for (const auto &row : table)
        if (row.value == value)
            return row.name;
    return table[0].name;
}

/// The value named `name`; the table's first value (the RFC default) for an unknown or absent name.
template<class E, size_t N>
E fromKeyword(const Keyword<E> (&table)[N], const QString &name)
{
    for (const auto &row : table)
        if (name == row.name)
            return row.value;
    return table[0].value;
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
        {u"type"_s, keyword(kTypes, type)},
        {u"multiValued"_s, multiValued},
        {u"description"_s, description},
        {u"required"_s, required},
        {u"mutability"_s, keyword(kMutabilities, mutability)},
        {u"returned"_s, keyword(kReturned, returned)},
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
    def.type = fromKeyword(kTypes, json.value("type"_L1).toString());
    def.multiValued = json.value("multiValued"_L1).toBool(false);
    def.required = json.value("required"_L1).toBool(false);
    def.caseExact = json.value("caseExact"_L1).toBool(false);
    def.mutability = fromKeyword(kMutabilities, json.value("mutability"_L1).toString());
    def.returned = fromKeyword(kReturned, json.value("returned"_L1).toString());
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
