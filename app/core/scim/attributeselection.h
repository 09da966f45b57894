#pragma once

#include "model/resourcekind.h"
#include "scim/schemaregistry.h"

#include <QJsonObject>
#include <QList>

namespace scimmon {

/// The `attributes` / `excludedAttributes` query parameters (RFC 7644 §3.4.2.5, §3.9): which
/// attributes of a representation go into a response. `id` and `schemas` are always returned,
/// `returned: never` attributes never are.
class AttributeSelection
{
public:
    AttributeSelection() = default;
    /// Parses the comma-separated lists (either may be empty). Names resolve without regard to
    /// case; `name.givenName` and URN-qualified names select sub-attributes and extension attributes.
    static AttributeSelection parse(ResourceKind kind, const QString &attributes, const QString &excluded);

    /// True when nothing is selected or excluded: the full default representation is returned.
    bool isDefault() const { return m_include.isEmpty() && m_exclude.isEmpty(); }
    /// True when the representation would carry group members (lets the caller skip loading them).
    bool wantsAttribute(const QString &name) const;
    /// Applies the selection to a full representation.
    QJsonObject apply(const QJsonObject &representation) const;

private:
    static bool containsRef(const QList<AttributeRef> &refs, const QString &urn, const QString &name);
    QList<AttributeRef> m_include;
    QList<AttributeRef> m_exclude;
};

} // namespace scimmon
