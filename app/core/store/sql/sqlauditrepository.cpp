#include "store/sql/sqlauditrepository.h"

#include "audit/auditlog.h"
#include "model/requestfilter.h"
#include "store/sql/sqldatabase.h"
#include "store/sql/sqlvalues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace scimmon {

using namespace sql;

namespace {

const QString kColumns = u"id, time, actor, action, target_type, target_id, target_name, member_id, member_name, "
                         "changes, request_ref, result"_s;

QList<AuditChange> changesFrom(const QVariant &v)
{
    QList<AuditChange> out;
    for (const auto &item : QJsonDocument::fromJson(v.toString().toUtf8()).array()) {
        const QJsonObject o = item.toObject();
        out.append({o.value("attribute"_L1).toString(), o.value("old"_L1), o.value("new"_L1)});
    }
    return out;
}

AuditEvent readEvent(const SqlCursor &c)
{
    AuditEvent e;
    e.id = c.value("id"_L1).toLongLong();
    e.time = parseTs(c.value("time"_L1));
    e.actor = c.value("actor"_L1).toString();
    e.action = c.value("action"_L1).toString();
    e.targetType = c.value("target_type"_L1).toString();
    e.targetId = c.value("target_id"_L1).toString();
    e.targetName = c.value("target_name"_L1).toString();
    e.memberId = c.value("member_id"_L1).toString();
    e.memberName = c.value("member_name"_L1).toString();
    e.changes = changesFrom(c.value("changes"_L1));
    e.requestRef = c.value("request_ref"_L1).toString();
    e.result = c.value("result"_L1).toString();
    return e;
}

} // namespace

SqlAuditRepository::SqlAuditRepository(SqlDatabase &db)
    : m_db(db)
{
}

bool SqlAuditRepository::append(const QList<AuditEvent> &events)
{
    for (const AuditEvent &e : events) {
        const AuditLog::SerializedChanges changes = AuditLog::serialize(e.changes);
        if (!m_db.run(u"INSERT INTO audit_events (time, actor, action, target_type, target_id, target_name, "
                      "member_id, member_name, changes, changes_text, request_ref, result, receiver) "
                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                      {ts(e.time), e.actor, e.action, e.targetType, nullable(e.targetId), nullable(e.targetName),
                       nullable(e.memberId), nullable(e.memberName), nullable(changes.json), nullable(changes.text),
                       nullable(e.requestRef), e.result, m_db.receiverName()}))
            return false;
    }
    return true;
}

QString SqlAuditRepository::where(const AuditFilter &filter, QVariantList &values) const
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
        terms.append(
            m_db.dialect().contains(u"lower(coalesce(target_name, '') || ' ' || coalesce(target_id, '') || ' ' || "
                                    "coalesce(member_name, '') || ' ' || coalesce(member_id, ''))"_s));
        values.append(RequestFilter::asciiLower(filter.search));
    }
    return terms.isEmpty() ? QString() : u" WHERE "_s + terms.join(u" AND "_s);
}

qint64 SqlAuditRepository::count(const AuditFilter &filter)
{
    QVariantList values;
    return m_db.scalar(u"SELECT COUNT(*) FROM audit_events"_s + where(filter, values), values);
}

QList<AuditEvent> SqlAuditRepository::events(const AuditFilter &filter, qint64 offset, qint64 limit)
{
    QVariantList values;
    const QString sql = u"SELECT %1 FROM audit_events"_s.arg(kColumns) + where(filter, values)
        + u" ORDER BY id DESC LIMIT ? OFFSET ?"_s;
    values.append(limit);
    values.append(offset);
    QList<AuditEvent> out;
    SqlCursor c = m_db.run(sql, values);
    while (c.next())
        out.append(readEvent(c));
    return out;
}

bool SqlAuditRepository::forEach(const AuditFilter &filter, const std::function<bool(const AuditEvent &)> &visit)
{
    QVariantList values;
    // A statement of its own, forward-only, so rows stream instead of being cached.
    SqlCursor c = m_db.run(u"SELECT %1 FROM audit_events"_s.arg(kColumns) + where(filter, values) + u" ORDER BY id"_s,
                           values, SqlDatabase::Cache::No);
    if (!c)
        return false;
    while (c.next())
        if (!visit(readEvent(c)))
            return false;
    return c.error().type() == QSqlError::NoError || m_db.fail(StoreError::Kind::Io, c.error().text());
}

bool SqlAuditRepository::forEachRow(const AuditFilter &filter, const std::function<bool(const AuditRow &)> &visit)
{
    QVariantList values;
    SqlCursor c = m_db.run(u"SELECT id, time, actor, action, target_type, target_id, target_name, member_id, "
                           "member_name, changes_text, request_ref, result FROM audit_events"_s
                               + where(filter, values) + u" ORDER BY id"_s,
                           values, SqlDatabase::Cache::No);
    if (!c)
        return false;
    AuditRow row;
    while (c.next()) {
        row.id = c.value("id"_L1).toLongLong();
        row.time = c.value("time"_L1).toString();
        row.actor = c.value("actor"_L1).toString();
        row.action = c.value("action"_L1).toString();
        row.targetType = c.value("target_type"_L1).toString();
        row.targetId = c.value("target_id"_L1).toString();
        row.targetName = c.value("target_name"_L1).toString();
        row.memberId = c.value("member_id"_L1).toString();
        row.memberName = c.value("member_name"_L1).toString();
        row.changes = c.value("changes_text"_L1).toString();
        row.requestRef = c.value("request_ref"_L1).toString();
        row.result = c.value("result"_L1).toString();
        if (!visit(row))
            return false;
    }
    return c.error().type() == QSqlError::NoError || m_db.fail(StoreError::Kind::Io, c.error().text());
}

} // namespace scimmon
