// SqliteStore: the audit trail and name lookups for it.

#include "store/sqlite/sqlitestore.h"

#include "audit/auditlog.h"
#include "store/sqlvalues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace scimmon {

using namespace sql;

namespace {

const QString kAuditColumns = u"id, time, actor, action, target_type, target_id, target_name, member_id, member_name, "
                              "changes, request_ref, result"_s;

QString changesJson(const QList<AuditChange> &changes)
{
    if (changes.isEmpty())
        return QString();
    QJsonArray arr;
    for (const AuditChange &c : changes) {
        QJsonObject o{{u"attribute"_s, c.attribute}};
        if (!c.oldValue.isUndefined())
            o.insert(u"old"_s, c.oldValue);
        if (!c.newValue.isUndefined())
            o.insert(u"new"_s, c.newValue);
        arr.append(o);
    }
    return QString::fromUtf8(QJsonDocument(arr).toJson(QJsonDocument::Compact));
}

QList<AuditChange> changesFrom(const QVariant &v)
{
    QList<AuditChange> out;
    for (const auto &item : QJsonDocument::fromJson(v.toString().toUtf8()).array()) {
        const QJsonObject o = item.toObject();
        out.append({o.value("attribute"_L1).toString(), o.value("old"_L1), o.value("new"_L1)});
    }
    return out;
}

} // namespace

bool SqliteStore::appendAudit(const QList<AuditEvent> &events)
{
    for (const AuditEvent &e : events) {
        QSqlQuery *q = run(u"INSERT INTO audit_events (time, actor, action, target_type, target_id, target_name, "
                           "member_id, member_name, changes, changes_text, request_ref, result) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                           {ts(e.time), e.actor, e.action, e.targetType, nullable(e.targetId), nullable(e.targetName),
                            nullable(e.memberId), nullable(e.memberName), nullable(changesJson(e.changes)),
                            nullable(AuditLog::changesText(e.changes)), nullable(e.requestRef), e.result});
        if (!q)
            return false;
        q->finish();
    }
    return true;
}

AuditEvent SqliteStore::readAudit(const QSqlQuery &q)
{
    AuditEvent e;
    e.id = q.value(0).toLongLong();
    e.time = parseTs(q.value(1));
    e.actor = q.value(2).toString();
    e.action = q.value(3).toString();
    e.targetType = q.value(4).toString();
    e.targetId = q.value(5).toString();
    e.targetName = q.value(6).toString();
    e.memberId = q.value(7).toString();
    e.memberName = q.value(8).toString();
    e.changes = changesFrom(q.value(9));
    e.requestRef = q.value(10).toString();
    e.result = q.value(11).toString();
    return e;
}

QString SqliteStore::auditWhere(const AuditFilter &filter, QVariantList &values)
{
    QStringList terms;
    if (filter.from.isValid()) {
        terms.append(u"time >= ?"_s);
        values.append(ts(filter.from));
    }
    if (filter.to.isValid()) {
        terms.append(u"time <= ?"_s);
        values.append(ts(filter.to));
    }
    if (!filter.actions.isEmpty()) {
        terms.append(u"action IN (%1)"_s.arg(placeholders(filter.actions.size())));
        for (const QString &a : filter.actions)
            values.append(a);
    }
    if (!filter.actor.isEmpty()) {
        terms.append(u"actor = ?"_s);
        values.append(filter.actor);
    }
    if (!filter.search.isEmpty()) {
        terms.append(u"(instr(lower(coalesce(target_name, '') || ' ' || coalesce(target_id, '') || ' ' || "
                     "coalesce(member_name, '') || ' ' || coalesce(member_id, '')), lower(?)) > 0)"_s);
        values.append(filter.search);
    }
    return terms.isEmpty() ? QString() : u" WHERE "_s + terms.join(u" AND "_s);
}

qint64 SqliteStore::countAudit(const AuditFilter &filter)
{
    QVariantList values;
    const QString sql = u"SELECT COUNT(*) FROM audit_events"_s + auditWhere(filter, values);
    QSqlQuery *q = run(sql, values);
    if (!q || !q->next())
        return -1;
    const qint64 n = q->value(0).toLongLong();
    q->finish();
    return n;
}

QList<AuditEvent> SqliteStore::auditEvents(const AuditFilter &filter, qint64 offset, qint64 limit)
{
    QVariantList values;
    const QString sql = u"SELECT %1 FROM audit_events"_s.arg(kAuditColumns) + auditWhere(filter, values)
        + u" ORDER BY id DESC LIMIT ? OFFSET ?"_s;
    values.append(limit);
    values.append(offset);
    QList<AuditEvent> out;
    QSqlQuery *q = run(sql, values);
    if (!q)
        return out;
    while (q->next())
        out.append(readAudit(*q));
    q->finish();
    return out;
}

bool SqliteStore::forEachAudit(const AuditFilter &filter, const std::function<bool(const AuditEvent &)> &visit)
{
    clearError();
    QVariantList values;
    const QString sql
        = u"SELECT %1 FROM audit_events"_s.arg(kAuditColumns) + auditWhere(filter, values) + u" ORDER BY id"_s;
    // A query of its own, forward-only, so rows stream instead of being cached.
    std::optional<QSqlQuery> q = runDynamic(sql, values);
    if (!q)
        return false;
    while (q->next())
        if (!visit(readAudit(*q)))
            return false;
    return q->lastError().type() == QSqlError::NoError || fail(*q);
}

bool SqliteStore::forEachAuditRow(const AuditFilter &filter, const std::function<bool(const AuditRow &)> &visit)
{
    clearError();
    QVariantList values;
    const QString sql = u"SELECT id, time, actor, action, target_type, target_id, target_name, member_id, member_name, "
                        "changes_text, request_ref, result FROM audit_events"_s
        + auditWhere(filter, values) + u" ORDER BY id"_s;
    std::optional<QSqlQuery> query = runDynamic(sql, values);
    if (!query)
        return false;
    QSqlQuery &q = *query;
    AuditRow row;
    while (q.next()) {
        row.id = q.value(0).toLongLong();
        row.time = q.value(1).toString();
        row.actor = q.value(2).toString();
        row.action = q.value(3).toString();
        row.targetType = q.value(4).toString();
        row.targetId = q.value(5).toString();
        row.targetName = q.value(6).toString();
        row.memberId = q.value(7).toString();
        row.memberName = q.value(8).toString();
        row.changes = q.value(9).toString();
        row.requestRef = q.value(10).toString();
        row.result = q.value(11).toString();
        if (!visit(row))
            return false;
    }
    return q.lastError().type() == QSqlError::NoError || fail(q);
}

QHash<QString, QString> SqliteStore::resourceNames(const QStringList &ids)
{
    return userOrGroupColumn(ids, u"user_name"_s, u"display_name"_s);
}

} // namespace scimmon
