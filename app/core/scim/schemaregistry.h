#pragma once

#include "model/resourcekind.h"
#include "scim/schema.h"

#include <QList>

namespace scimmon {

/// Where an attribute named in a filter or a PATCH path lives, resolved against the schemas.
/// Names are matched without regard to case (RFC 7643 §2.1) and given back in canonical case.
struct AttributeRef
{
    QString schemaUrn; ///< Extension URN holding the attribute; empty for core and common.
    QString name; ///< Canonical attribute name (as given when unknown).
    QString subName; ///< Canonical sub-attribute name; empty when none.
    const AttributeDef *attr = nullptr; ///< Definition, nullptr for attributes no schema declares.
    const AttributeDef *sub = nullptr; ///< Sub-attribute definition, nullptr when none or unknown.

    bool isExtension() const { return !schemaUrn.isEmpty(); }
    /// The definition that governs the compared value: the sub-attribute's if any, else the attribute's.
    const AttributeDef *leaf() const { return subName.isEmpty() ? attr : sub; }
    /// "name.subName", prefixed with the extension URN and ':' when it lives in an extension.
    QString toString() const;
};

/// The schemas this service provider serves (User, EnterpriseUser, Group), loaded once from the
/// documents in resources/schemas, plus the common attributes id, externalId and meta of RFC 7643 §3.1.
class SchemaRegistry
{
public:
    /// The process-wide registry; thread-safe after first use (built under a static initialiser).
    static const SchemaRegistry &instance();

    /// The core schema of `kind`.
    const Schema &core(ResourceKind kind) const;
    /// The extension schemas of `kind` (EnterpriseUser for User; none for Group).
    QList<const Schema *> extensions(ResourceKind kind) const;
    /// Every schema, in the order /Schemas lists them.
    QList<const Schema *> all() const;
    /// The schema whose id equals `urn` without regard to case; nullptr if none.
    const Schema *schema(QStringView urn) const;
    /// The common attribute (RFC 7643 §3.1) `id`, `externalId` or `meta`; nullptr for other names.
    const AttributeDef *common(QStringView name) const;

    /// Resolves a dotted attribute path such as `name.givenName`, `meta.lastModified`,
    /// `urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value` or the legacy
    /// `urn:…:enterprise:2.0:User.manager` for `kind`. Unknown URNs are split at their last ':'
    /// and kept (custom extension attributes); unknown names resolve with `attr == nullptr`. A name
    /// without URN that only an extension declares (Entra's "manager") resolves to that extension.
    AttributeRef resolve(ResourceKind kind, QStringView path) const;
    /// Resolves an attribute given as separate parts (the URN may be empty for the core schema).
    AttributeRef resolve(ResourceKind kind, const QString &urn, const QString &name, const QString &sub) const;

    /// Splits a URN-qualified path into {canonical extension URN or "", remainder}. A path that
    /// names the core schema URN yields an empty URN. A path without a URN is returned whole.
    std::pair<QString, QString> splitUrn(ResourceKind kind, QStringView path) const;

private:
    SchemaRegistry();
    Schema m_user;
    Schema m_enterprise;
    Schema m_group;
    QList<AttributeDef> m_common;
};

} // namespace scimmon
