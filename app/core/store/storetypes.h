#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

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

/// A column the window's Users and Groups tables sort by. Each is indexed, so that a page in any
/// order is read without sorting every resource. Resources without a value come first in
/// ascending order and last in descending order; ties keep creation order.
enum class BrowseSort {
    Name, ///< userName (users) or displayName (groups), without regard to case
    DisplayName, ///< a user's displayName, without regard to case
    GivenName, ///< a user's name.givenName, without regard to case
    FamilyName, ///< a user's name.familyName, without regard to case
    WorkEmail, ///< a user's emails[type eq "work"].value, without regard to case
    ExternalId, ///< `externalId`, exact
    Active, ///< a user's `active` (deactivated users first in ascending order)
    Count, ///< the groups a user is a direct member of; a group's direct members
    Warnings, ///< the mapping-health warnings (MappingHealth::Attributes value)
    LastModified, ///< `meta.lastModified`
};

/// What the Users or Groups table asks the store for: a search, a filter, an order and a page.
struct BrowseQuery
{
    /// Text contained, without regard to case, in the userName, displayName, name.givenName,
    /// name.familyName, work email or externalId of a user; the displayName or externalId of a
    /// group. Empty: every resource.
    QString search;
    bool warningsOnly = false; ///< only resources with mapping-health warnings
    BrowseSort sort = BrowseSort::Name;
    bool descending = false;
    qint64 offset = 0;
    qint64 limit = 100; ///< rows in the page; 0 reads only the counts
    /// How many resources match, when the caller knows it from an earlier page of the same query
    /// (the store then does not count again); -1: unknown.
    qint64 knownMatching = -1;
};

/// One row of the Users or Groups table.
struct BrowseRow
{
    QString id;
    QString name; ///< userName (users) or displayName (groups)
    QString displayName; ///< a user's displayName
    QString givenName; ///< name.givenName
    QString familyName; ///< name.familyName
    QString workEmail; ///< the value of the user's emails element of type "work"
    QString externalId;
    bool active = true; ///< a user's `active` (true when absent)
    qint64 count = 0; ///< the groups a user is a direct member of; a group's direct members
    int warnings = 0; ///< MappingHealth::Attributes the resource lacks
    QDateTime lastModified; ///< UTC
};

/// One page of the Users or Groups table with its counts.
struct BrowsePage
{
    QList<BrowseRow> rows;
    qint64 matching = -1; ///< resources matching the search and filter; -1 on failure
    qint64 total = -1; ///< resources of the kind; -1 on failure
};

/// A Secret Token as stored: never the token itself, only its SHA-256 hash.
struct TokenRecord
{
    qint64 id = 0;
    QString label;
    QByteArray hash; ///< hex SHA-256 of the token text
    QDateTime created;
    QDateTime expires; ///< invalid: never expires
    QDateTime revoked; ///< invalid: not revoked
    QDateTime lastUsed;
    qint64 requestCount = 0;
};

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
    QString targetType; ///< User, Group, Token, Settings or Data
    QString targetId;
    QString targetName; ///< userName, displayName or token label at the time of the event
    QString memberId; ///< group.member_added / group.member_removed: the member
    QString memberName;
    QList<AuditChange> changes;
    QString requestRef; ///< the request_log row's request_ref; empty for local actions
    QString result = QStringLiteral("success"); ///< "success", or the SCIM error of a refused change
};

/// One audit event as text, the way the store holds it, for exports that stream millions of rows
/// without converting each value: `time` is ISO 8601 UTC, `changes` is AuditLog::changesText().
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

/// What a SCIM write changed: the resource's attributes before and after (canonical, see
/// Resource::data; empty before a create and after a delete) and the group members it added and
/// removed. Empty for reads and refused requests.
struct ResourceChange
{
    QJsonObject before;
    QJsonObject after;
    QStringList membersAdded; ///< ids; when read back from the log, at most the first 1,000
    QStringList membersRemoved; ///< ids; when read back from the log, at most the first 1,000
    qint64 membersAddedCount = 0; ///< exact count, also when the list is cut
    qint64 membersRemovedCount = 0; ///< exact count, also when the list is cut

    bool isEmpty() const
    {
        return before.isEmpty() && after.isEmpty() && membersAdded.isEmpty() && membersRemoved.isEmpty();
    }
};

/// One request seen by the receiver, as the provisioning log shows and stores it. Header and body
/// texts are already redacted (no Authorization value, no password) before they get here.
struct RequestRecord
{
    qint64 id = 0; ///< store row id, 0 until stored
    QDateTime time; ///< when the request arrived, UTC
    QString client; ///< client address
    QString method; ///< HTTP method as sent
    QString path; ///< path and query as sent
    int status = 0; ///< HTTP status answered
    double durationMs = 0; ///< from request parsed to response written, in milliseconds
    QString operation; ///< what the IdP did, in its words: "Create user", "Add members", ...
    QString resourceType; ///< "User", "Group" or empty
    QString resourceId; ///< id of the resource touched, if any
    QString target; ///< userName or displayName of the resource touched, if any
    QString tokenLabel; ///< label of the Secret Token used; empty when none matched
    QString authFailure; ///< why authentication failed; empty when it did not
    QString requestRef; ///< unique reference of the request; its audit events carry it
    QString requestHeaders; ///< "Name: value" lines
    QString requestBody;
    QString responseHeaders;
    QString responseBody;
    QStringList notes; ///< IdP quirks accepted while reading the request, one line each
    ResourceChange change; ///< what a write changed (member lists capped at 1,000 ids when stored)
    QString idp; ///< who sent it: "Entra", "Okta" or "Other" (RequestClassifier, from User-Agent and dialect)
    /// For a refused request (operation "Rejected" or "Auth failure"): what it tried, e.g. "Create user".
    QString attemptedOperation;
    qint64 cycleId = 0; ///< the provisioning cycle it belongs to (see CycleTracker); 0: none
};

} // namespace scimmon

Q_DECLARE_METATYPE(scimmon::RequestRecord)
