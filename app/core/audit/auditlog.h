#pragma once

#include "model/auditevent.h"
#include "model/operation.h"
#include "model/resourcechange.h"
#include "model/resourcekind.h"
#include "scim/scimerror.h"

#include <QHash>

namespace scimmon {

/// Who is acting and through which request, for the audit events of a change.
struct AuditContext
{
    QString actor = QStringLiteral("local"); ///< the Secret Token's label, or "local" in the app
    QString requestRef; ///< the request's reference; empty for local actions
};

/// Builds audit events (docs/audit-csv.md lists the actions) from what a write changed, and records
/// local actions. Events for a SCIM write are appended by ResourceService inside the write's own
/// transaction, so an event never exists without its change and a change that fails leaves none.
class AuditLog
{
public:
    /// The attributes that differ between two canonical attribute sets, by the same SCIM paths
    /// as the provisioning log's diff (ResourceDiff::flatten): "name.givenName",
    /// "emails[type eq \"work\"].value", "urn:…:User:department". An attribute that was absent
    /// (or is removed) has an undefined old (or new) value. Sorted by path.
    static QList<AuditChange> diff(const QJsonObject &before, const QJsonObject &after);

    /// The audit action of a write classified as `operation` (RequestClassifier::ofWrite):
    /// user.created, user.updated, user.replaced, user.deactivated, user.reactivated,
    /// user.deleted, group.created, group.renamed, group.updated, group.deleted. A group's member
    /// changes are events of their own (group.member_added, group.member_removed), so AddMembers
    /// and RemoveMembers are group.updated here (used only when attributes changed too).
    static QString actionOf(Operation operation);

    /// The events of a successful write classified as `operation` on a resource of `kind`: one
    /// for the resource (actionOf(); none for a group whose attributes did not change, when only
    /// its members did) and one group.member_added / group.member_removed per member. `name` is
    /// the resource's userName or displayName; `memberNames` names members by id where known.
    static QList<AuditEvent> forWrite(Operation operation, ResourceKind kind, const QString &id, const QString &name,
                                      const ResourceChange &change, const QHash<QString, QString> &memberNames,
                                      const AuditContext &context, const QDateTime &time);

    /// The event of a refused write: the attempted action (`attempted`, e.g. CreateUser) with the
    /// SCIM error as its result.
    static AuditEvent forRefusal(Operation attempted, ResourceKind kind, const QString &id, const QString &name,
                                 const ScimError &error, const AuditContext &context, const QDateTime &time);

    /// Every action the audit trail records, in the order docs/audit-csv.md lists them.
    static QStringList actions();

    /// An event's changes in the two forms the audit trail stores, made in one pass so that each
    /// value is serialized once.
    struct SerializedChanges
    {
        /// The compact JSON array the store keeps: [{"attribute": path, "new": value, "old":
        /// value}, …], keys in that order, an absent (undefined) value left out; empty when there
        /// are no changes. Byte for byte what QJsonDocument writes for the same array.
        QString json;
        /// "attr: old → new; …" — one line of text (values as JSON, an absent or null value as
        /// "(none)"), as the CSV export and the audit view show them; empty when there are none.
        QString text;
    };

    /// Serializes `changes` (AuditEvent::changes) into both forms. A string value that needs no
    /// escaping is quoted directly; any other value goes through QJsonDocument. Never fails.
    static SerializedChanges serialize(const QList<AuditChange> &changes);

    /// One value of a change as serialize()'s text writes it: its compact JSON, or "(none)" when
    /// it is undefined or null.
    static QString valueText(const QJsonValue &value);

    /// "409 uniqueness: detail" — how a SCIM error is written as an event's result.
    static QString resultText(const ScimError &error);
};

} // namespace scimmon
