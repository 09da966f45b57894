#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace scimmon {

/// A stored SCIM resource: the server-assigned id, the client's attributes in canonical form and
/// the metadata the service provider keeps (RFC 7643 §3.1). `data` holds core attributes at the top
/// level and extension attributes under their schema URN; it never holds `id`, `meta`, `schemas`,
/// or a group's `members` (those live in the memberships table).
struct Resource
{
    QString id;
    QJsonObject data;
    QDateTime created; ///< UTC, millisecond precision.
    QDateTime lastModified; ///< UTC, millisecond precision.
    qint64 version = 1; ///< Incremented by every change; `meta.version` is W/"<version>".

    /// `meta.version` / the ETag header value (RFC 7644 §3.14): a weak entity tag.
    QString etag() const { return QStringLiteral("W/\"%1\"").arg(version); }
};

/// One member of a group (RFC 7643 §4.2 `members`): the member's id and type ("User" or "Group"),
/// with `display` filled from the member's current name when read.
struct MemberRef
{
    QString value;
    QString type;
    QString display;

    friend bool operator==(const MemberRef &a, const MemberRef &b) { return a.value == b.value; }
};

/// A group a user belongs to, for the User's read-only `groups` attribute (RFC 7643 §4.1.2).
struct GroupRef
{
    QString value;
    QString display;
};

} // namespace scimmon
