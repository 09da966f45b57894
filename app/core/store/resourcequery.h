#pragma once

#include <QList>
#include <QString>

namespace scimmon {

/// A column the store can look resources up by without scanning (every one is indexed).
enum class IndexedField {
    Id, ///< `id`, exact
    Name, ///< userName (users) or displayName (groups), compared case-folded
    DisplayName, ///< a user's displayName, compared case-folded
    ExternalId, ///< `externalId`, exact
    Email, ///< any of a user's `emails[].value`, case-folded; `emailType` narrows by type
};

/// One `field = value` condition of a store lookup.
struct IndexCondition
{
    IndexedField field = IndexedField::Id;
    QString value;
    QString emailType; ///< Email only: the element's `type` (case-folded); empty for any type
};

/// A store lookup: every condition must hold (AND). Results come in `sort` order, ties in
/// creation order, which is stable across pages (RFC 7644 §3.4.2.4). `limit` < 0 means no limit.
/// A column the store can sort by (RFC 7644 §3.4.2.3 `sortBy` on these is answered in SQL).
enum class SortKey {
    Created, ///< creation order (the default, stable across pages)
    Id, ///< `id`
    Name, ///< userName (users) or displayName (groups), without regard to case
    DisplayName, ///< a user's displayName, without regard to case
    ExternalId, ///< `externalId`, exact
    LastModified, ///< `meta.lastModified`
};

struct ResourceQuery
{
    QList<IndexCondition> conditions;
    qint64 offset = 0;
    qint64 limit = -1;
    SortKey sort = SortKey::Created;
    bool descending = false; ///< resources without a value sort last in both directions
};

} // namespace scimmon
