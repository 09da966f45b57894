#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace scimmon {

/// RFC 7643 §2.3 attribute data types.
enum class AttributeType { String, Boolean, Decimal, Integer, DateTime, Reference, Binary, Complex };

/// RFC 7643 §7 `mutability`.
enum class Mutability { ReadOnly, ReadWrite, Immutable, WriteOnly };

/// RFC 7643 §7 `returned`.
enum class Returned { Always, Never, Default, Request };

/// One attribute definition of a schema (RFC 7643 §7), with its sub-attributes when complex.
struct AttributeDef
{
    QString name;
    AttributeType type = AttributeType::String;
    bool multiValued = false;
    bool required = false;
    bool caseExact = false;
    Mutability mutability = Mutability::ReadWrite;
    Returned returned = Returned::Default;
    QString uniqueness = QStringLiteral("none");
    QString description;
    QStringList canonicalValues;
    QStringList referenceTypes;
    QList<AttributeDef> subAttributes;

    /// The sub-attribute called `name`, matched without regard to case (RFC 7643 §2.1); nullptr if none.
    const AttributeDef *subAttribute(QStringView name) const;
    /// True for string-like types compared as text (string, reference, binary, dateTime as text).
    bool isTextual() const;
    /// The definition as RFC 7643 §7 JSON: every characteristic present, no nulls, camelCase values.
    QJsonObject toJson() const;
    /// Reads a definition from the compact form of resources/schemas/*.json, where absent
    /// characteristics take the RFC 7643 §2.2 defaults.
    static AttributeDef fromJson(const QJsonObject &json);
};

/// A schema document (RFC 7643 §7): its URN id, name, description and attributes.
struct Schema
{
    QString id;
    QString name;
    QString description;
    QList<AttributeDef> attributes;

    /// The top-level attribute called `name`, matched without regard to case; nullptr if none.
    const AttributeDef *attribute(QStringView name) const;
    /// The schema resource as served by GET /Schemas (RFC 7643 §7, RFC 7644 §4), with
    /// `meta.location` under `baseUrl` (the Tenant URL, no trailing slash).
    QJsonObject toJson(const QString &baseUrl) const;
    static Schema fromJson(const QJsonObject &json);
};

} // namespace scimmon
