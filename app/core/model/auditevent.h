#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace scimmon {

/// One attribute an audited change touched, with its value before and after (undefined: absent).
struct AuditChange
{
    QString attribute; ///< path such as "name.givenName" or "urn:…:enterprise:2.0:User:department"
    QJsonValue oldValue;
    QJsonValue newValue;
};

/// One entry of the audit trail: who changed what, when, through which request, with what result.
struct AuditEvent
{
    qint64 id = 0;
    QDateTime time; ///< UTC
    QString actor; ///< the Secret Token's label, or "local" for actions in the app
    QString action; ///< user.created, group.member_added, token.revoked, ... (docs/audit-csv.md)
    QString targetType; ///< User, Group, Token, Settings, Data or Fault rule
    QString targetId;
    QString targetName; ///< userName, displayName or token label at the time of the event
    QString memberId; ///< group.member_added / group.member_removed: the member
    QString memberName;
    QList<AuditChange> changes;
    QString requestRef; ///< the request_log row's request_ref; empty for local actions
    QString result = QStringLiteral("success"); ///< "success", or the SCIM error of a refused change
};

/// One audit event as text, the way the store holds it, for exports that stream millions of rows
/// without converting each value: `time` is ISO 8601 UTC, `changes` is AuditLog::serialize()'s text.
struct AuditRow
{
    qint64 id = 0;
    QString time;
    QString actor;
    QString action;
    QString targetType;
    QString targetId;
    QString targetName;
    QString memberId;
    QString memberName;
    QString changes;
    QString requestRef;
    QString result;
};

/// Which audit events to list or export. Empty fields do not restrict.
struct AuditFilter
{
    QDateTime from; ///< inclusive, UTC
    QDateTime to; ///< inclusive, UTC
    QStringList actions; ///< any of these actions
    QString actor; ///< exactly this actor
    QString search; ///< text in the target's or member's id or name, any case
};

} // namespace scimmon
