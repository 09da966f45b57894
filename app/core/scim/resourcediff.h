#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>

#include "model/auditevent.h"

namespace scimmon {

/// One attribute a write changed, for the provisioning log's before → after view.
struct AttributeDiff
{
    enum class Kind { Added, Removed, Changed };
    QString path; ///< e.g. "name.givenName", "emails[type eq \"work\"].value", "urn:…:User:department"
    QString before; ///< the old value as text (valueText()); empty when Added
    QString after; ///< the new value as text; empty when Removed
    Kind kind = Kind::Changed;
};

/// Compares two versions of a resource's attributes (RequestRecord::change) attribute by
/// attribute, in SCIM path notation: sub-attributes dotted, extension attributes under their
/// schema URN, elements of multi-valued complex attributes by their `type` when they have one
/// (`emails[type eq "work"].value`), else by position.
class ResourceDiff
{
public:
    /// The attributes that differ, sorted by path, as text. Empty when both are equal.
    static QList<AttributeDiff> diff(const QJsonObject &before, const QJsonObject &after);
    /// The same comparison with the values themselves (for the audit trail): an attribute that
    /// was absent has an undefined old value, one that was removed an undefined new value.
    static QList<AuditChange> changes(const QJsonObject &before, const QJsonObject &after);
    /// Every leaf attribute of `object` by path (see the class comment).
    static QMap<QString, QJsonValue> flatten(const QJsonObject &object);
    /// A value as shown: strings as they are, everything else as compact JSON.
    static QString valueText(const QJsonValue &value);
};

} // namespace scimmon
