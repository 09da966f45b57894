#include "store/sql/sqlrequestlogrepository.h"

#include "store/sql/sqldatabase.h"
#include "store/sql/sqlvalues.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace scimmon {

using namespace sql;

namespace {

constexpr int kExportPage = 500; ///< entries per read while iterating for an export
constexpr int kTrafficDays = 7; ///< per-minute traffic rows kept, days
constexpr qsizetype kMaxStoredMembers = 1000; ///< member ids kept per list; the counts stay exact

const QString kColumns
    = u"id, time, client, method, path, status, duration_ms, operation, resource_type, "
      "resource_id, target, token_label, auth_failure, notes, quirks, request_headers, request_body, "
      "response_headers, response_body, change_before, change_after, members_added, "
      "members_removed, members_added_count, members_removed_count, request_ref, idp, "
      "attempted_operation, cycle_id, simulation_run, fault, receiver"_s;

const QString kCycleColumns = u"id, started, ended, trigger, idp, token_label, requests, test_connections, lookups, "
                              "created, updated, deactivated, reactivated, deleted, members_added, members_removed, "
                              "failures, receiver"_s;

QVariant jsonOrNull(const QJsonObject &o)
{
    return o.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(compact(o));
}

QVariant idsOrNull(const QStringList &ids)
{
    if (ids.isEmpty())
        return QVariant(QMetaType(QMetaType::QString));
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(ids.mid(0, kMaxStoredMembers))).toJson(QJsonDocument::Compact));
}

QStringList idsFrom(const QVariant &v)
{
    QStringList out;
    for (const auto &id : QJsonDocument::fromJson(v.toString().toUtf8()).array())
        out.append(id.toString());
    return out;
}

QJsonObject objectFrom(const QVariant &v)
{
    return QJsonDocument::fromJson(v.toString().toUtf8()).object();
}

QString whereText(const QStringList &terms)
{
    return terms.isEmpty() ? QString() : u" WHERE "_s + terms.join(u" AND "_s);
}

} // namespace

SqlRequestLogRepository::SqlRequestLogRepository(SqlDatabase &db)
    : m_db(db)
{
}

qint64 SqlRequestLogRepository::append(const RequestRecord &r)
{
    SqlCursor c = m_db.run(
        u"INSERT INTO request_log (time, client, method, path, status, duration_ms, operation, resource_type, "
        "resource_id, target, token_label, auth_failure, notes, quirks, request_headers, request_body, "
        "response_headers, response_body, change_before, change_after, members_added, members_removed, "
        "members_added_count, members_removed_count, request_ref, idp, attempted_operation, cycle_id, simulation_run, "
        "receiver, fault) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
        {required(ts(r.time)),
         required(r.client), // a refused request may not have named them (a request line of one word)
         required(r.method),
         required(r.path),
         r.status,
         r.durationMs,
         operationKey(r.operation),
         nullable(r.resourceType),
         nullable(r.resourceId),
         nullable(r.target),
         nullable(r.tokenLabel),
         nullable(r.authFailure),
         nullable(Quirk::linesOf(r.quirks)),
         r.quirks.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(Quirk::toJson(r.quirks)),
         r.requestHeaders,
         r.requestBody,
         r.responseHeaders,
         r.responseBody,
         jsonOrNull(r.change.before),
         jsonOrNull(r.change.after),
         idsOrNull(r.change.membersAdded),
         idsOrNull(r.change.membersRemoved),
         std::max<qint64>(r.change.membersAddedCount, r.change.membersAdded.size()),
         std::max<qint64>(r.change.membersRemovedCount, r.change.membersRemoved.size()),
         nullable(r.requestRef),
         idpKey(r.idp),
         nullable(operationKey(r.attemptedOperation)),
         r.cycleId > 0 ? QVariant(r.cycleId) : QVariant(QMetaType(QMetaType::LongLong)),
         nullable(r.simulationRun),
         m_db.receiverName(),
         nullable(r.fault)});
    return c && c.next() ? c.value("id"_L1).toLongLong() : 0;
}

RequestRecord SqlRequestLogRepository::read(const SqlCursor &c)
{
    RequestRecord r;
    r.id = c.value("id"_L1).toLongLong();
    r.time = parseTs(c.value("time"_L1));
    r.client = c.value("client"_L1).toString();
    r.method = c.value("method"_L1).toString();
    r.path = c.value("path"_L1).toString();
    r.status = c.value("status"_L1).toInt();
    r.durationMs = c.value("duration_ms"_L1).toDouble();
    r.operation = operationFromKey(c.value("operation"_L1).toString());
    r.resourceType = c.value("resource_type"_L1).toString();
    r.resourceId = c.value("resource_id"_L1).toString();
    r.target = c.value("target"_L1).toString();
    r.tokenLabel = c.value("token_label"_L1).toString();
    r.authFailure = c.value("auth_failure"_L1).toString();
    // Entries stored before quirks were typed have their English notes only.
    const QVariant quirks = c.value("quirks"_L1);
    r.quirks = quirks.isNull() ? Quirk::fromText(c.value("notes"_L1).toString()) : Quirk::fromJson(quirks.toString());
    r.requestHeaders = c.value("request_headers"_L1).toString();
    r.requestBody = c.value("request_body"_L1).toString();
    r.responseHeaders = c.value("response_headers"_L1).toString();
    r.responseBody = c.value("response_body"_L1).toString();
    r.change.before = objectFrom(c.value("change_before"_L1));
    r.change.after = objectFrom(c.value("change_after"_L1));
    r.change.membersAdded = idsFrom(c.value("members_added"_L1));
    r.change.membersRemoved = idsFrom(c.value("members_removed"_L1));
    r.change.membersAddedCount = c.value("members_added_count"_L1).toLongLong();
    r.change.membersRemovedCount = c.value("members_removed_count"_L1).toLongLong();
    r.requestRef = c.value("request_ref"_L1).toString();
    r.idp = idpFromKey(c.value("idp"_L1).toString());
    r.attemptedOperation = operationFromKey(c.value("attempted_operation"_L1).toString());
    r.cycleId = c.value("cycle_id"_L1).toLongLong();
    r.simulationRun = c.value("simulation_run"_L1).toString(); // NULL before migration 0008: real traffic
    r.fault = c.value("fault"_L1).toString(); // NULL: the service answered as itself
    r.receiver = c.value("receiver"_L1).toString();
    return r;
}

QList<RequestRecord> SqlRequestLogRepository::recent(int limit)
{
    QList<RequestRecord> out;
    SqlCursor c = m_db.run(u"SELECT %1 FROM request_log ORDER BY id DESC LIMIT ?"_s.arg(kColumns), {limit});
    while (c.next())
        out.prepend(read(c));
    return out;
}

qint64 SqlRequestLogRepository::count()
{
    return m_db.scalar(u"SELECT COUNT(*) FROM request_log"_s);
}

QStringList SqlRequestLogRepository::where(const RequestFilter &f, QVariantList &values) const
{
    const SqlDialect &dialect = m_db.dialect();
    QStringList terms;
    const QString needle = RequestFilter::asciiLower(f.text.trimmed());
    if (!needle.isEmpty()) {
        QStringList any;
        for (const char *column : {"path", "target", "resource_id", "client", "method", "operation",
                                   "attempted_operation", "token_label", "idp", "notes"}) {
            any.append(dialect.contains(u"lower(%1)"_s.arg(QLatin1StringView(column))));
            values.append(needle);
        }
        any.append(dialect.contains(u"CAST(status AS TEXT)"_s));
        values.append(needle);
        terms.append(u'(' + any.join(u" OR "_s) + u')');
    }
    if (!f.statusClasses.isEmpty()) {
        terms.append(u"status / 100 IN (%1)"_s.arg(placeholders(f.statusClasses.size())));
        for (int c : f.statusClasses)
            values.append(c);
    }
    if (!f.operations.isEmpty()) {
        terms.append(u"operation IN (%1)"_s.arg(placeholders(f.operations.size())));
        for (const Operation op : f.operations)
            values.append(operationKey(op));
    }
    if (f.resourceType == RequestFilter::kNoResourceType) {
        terms.append(u"(resource_type IS NULL OR resource_type = '')"_s);
    } else if (!f.resourceType.isEmpty()) {
        terms.append(u"resource_type = ?"_s);
        values.append(f.resourceType);
    }
    if (f.idp) {
        terms.append(u"COALESCE(NULLIF(idp, ''), 'Other') = ?"_s);
        values.append(idpKey(*f.idp));
    }
    if (f.from.isValid()) {
        terms.append(u"time >= ?"_s);
        values.append(ts(f.from));
    }
    if (f.to.isValid()) {
        terms.append(u"time <= ?"_s);
        values.append(ts(f.to));
    }
    if (!f.touching.isEmpty()) {
        // On the resource itself, or a membership change naming it (member ids are stored as
        // JSON arrays of strings, so the quoted id matches whole ids only).
        terms.append(u"(resource_id = ? OR id IN (SELECT id FROM request_log WHERE (members_added_count > 0 OR "
                     "members_removed_count > 0) AND (%1 OR %2)))"_s.arg(dialect.contains(u"members_added"_s),
                                                                         dialect.contains(u"members_removed"_s)));
        const QString quoted = u'"' + f.touching + u'"';
        values << f.touching << quoted << quoted;
    }
    if (f.cycleId != 0) {
        terms.append(u"cycle_id = ?"_s);
        values.append(f.cycleId);
    }
    return terms;
}

QList<RequestRecord> SqlRequestLogRepository::after(const RequestFilter &filter, qint64 afterId, int limit)
{
    QVariantList values;
    QStringList terms = where(filter, values);
    terms.prepend(u"id > ?"_s);
    values.prepend(afterId);
    values.append(limit);
    QList<RequestRecord> out;
    SqlCursor c = m_db.run(u"SELECT %1 FROM request_log%2 ORDER BY id LIMIT ?"_s.arg(kColumns, whereText(terms)),
                           values, SqlDatabase::Cache::No);
    while (c.next())
        out.append(read(c));
    return out;
}

QList<RequestRecord> SqlRequestLogRepository::page(const RequestFilter &filter, qint64 beforeId, qint64 afterId,
                                                   int limit)
{
    if (limit <= 0)
        return {};
    if (afterId > 0)
        return after(filter, afterId, limit);
    QVariantList values;
    QStringList terms = where(filter, values);
    if (beforeId > 0) {
        terms.prepend(u"id < ?"_s);
        values.prepend(beforeId);
    }
    values.append(limit);
    QList<RequestRecord> out;
    SqlCursor c = m_db.run(u"SELECT %1 FROM request_log%2 ORDER BY id DESC LIMIT ?"_s.arg(kColumns, whereText(terms)),
                           values, SqlDatabase::Cache::No);
    while (c.next())
        out.append(read(c));
    std::reverse(out.begin(), out.end());
    return out;
}

qint64 SqlRequestLogRepository::count(const RequestFilter &filter)
{
    QVariantList values;
    const QStringList terms = where(filter, values);
    SqlCursor c = m_db.run(u"SELECT COUNT(*) FROM request_log"_s + whereText(terms), values, SqlDatabase::Cache::No);
    return c && c.next() ? c.first().toLongLong() : -1;
}

RequestLogSnapshot SqlRequestLogRepository::snapshot(const RequestFilter &filter, int limit)
{
    RequestLogSnapshot snapshot;
    // A read transaction: every read in it sees the same snapshot, and it never blocks the writer.
    const bool inTransaction = m_db.begin(Database::Mode::Read);
    snapshot.records = page(filter, 0, 0, limit);
    if (m_db.lastError().ok()) {
        snapshot.total = count();
        snapshot.maxId = m_db.scalar(u"SELECT COALESCE(MAX(id), 0) FROM request_log"_s);
        snapshot.matching = filter.isEmpty() ? snapshot.total : count(filter);
    }
    if (inTransaction)
        m_db.commit();
    return snapshot;
}

bool SqlRequestLogRepository::forEach(const RequestFilter &filter,
                                      const std::function<bool(const RequestRecord &)> &visit)
{
    qint64 last = 0;
    for (;;) {
        const QList<RequestRecord> rows = after(filter, last, kExportPage);
        if (!m_db.lastError().ok())
            return false;
        for (const RequestRecord &r : rows)
            if (!visit(r))
                return false;
        if (rows.size() < kExportPage)
            return true;
        last = rows.last().id;
    }
}

qint64 SqlRequestLogRepository::prune(const QDateTime &olderThan, qint64 keepRows, int maxDelete)
{
    if (maxDelete <= 0)
        return 0;
    if (!m_db.begin())
        return -1;
    qint64 deleted = 0;
    auto undo = [this] {
        m_db.rollback();
        return qint64(-1);
    };
    if (olderThan.isValid()) {
        {
            SqlCursor c = m_db.run(u"DELETE FROM request_log WHERE id IN "
                                   "(SELECT id FROM request_log WHERE time < ? ORDER BY time LIMIT ?)"_s,
                                   {ts(olderThan), maxDelete});
            if (!c)
                return undo();
            deleted += c.rowsAffected();
        }
        if (!m_db.run(u"DELETE FROM provisioning_cycles WHERE ended < ?"_s, {ts(olderThan)}))
            return undo();
    }
    if (keepRows > 0 && deleted < maxDelete) {
        // The newest entry beyond the rows to keep; it and everything older go.
        const qint64 cutoff
            = m_db.scalar(u"SELECT id FROM request_log ORDER BY id DESC LIMIT 1 OFFSET ?"_s, {keepRows});
        if (!m_db.lastError().ok())
            return undo();
        if (cutoff > 0) {
            SqlCursor c = m_db.run(
                u"DELETE FROM request_log WHERE id IN (SELECT id FROM request_log WHERE id <= ? ORDER BY id LIMIT ?)"_s,
                {cutoff, maxDelete - deleted});
            if (!c)
                return undo();
            deleted += c.rowsAffected();
        }
    }
    if (!m_db.run(u"DELETE FROM request_minutes WHERE minute < ?"_s,
                  {ts(QDateTime::currentDateTimeUtc().addDays(-kTrafficDays))}))
        return undo();
    if (!m_db.commit())
        return -1;
    return deleted;
}

bool SqlRequestLogRepository::saveCycle(ProvisioningCycle &c)
{
    const QVariantList counts{c.requests,     c.testConnections, c.lookups,     c.created,
                              c.updated,      c.deactivated,     c.reactivated, c.deleted,
                              c.membersAdded, c.membersRemoved,  c.failures};
    QVariantList values{ts(c.started), ts(c.ended), cycleTriggerKey(c.trigger), idpKey(c.idp), nullable(c.tokenLabel)};
    values += counts;
    if (c.id == 0) {
        values.append(m_db.receiverName());
        SqlCursor q = m_db.run(u"INSERT INTO provisioning_cycles (started, ended, trigger, idp, token_label, requests, "
                               "test_connections, lookups, created, updated, deactivated, reactivated, deleted, "
                               "members_added, members_removed, failures, receiver) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                               values);
        if (!q || !q.next())
            return false;
        c.id = q.value("id"_L1).toLongLong();
        return c.id > 0;
    }
    values.append(c.id);
    return bool(m_db.run(u"UPDATE provisioning_cycles SET started = ?, ended = ?, trigger = ?, idp = ?, "
                         "token_label = ?, requests = ?, test_connections = ?, lookups = ?, created = ?, updated = ?, "
                         "deactivated = ?, reactivated = ?, deleted = ?, members_added = ?, members_removed = ?, "
                         "failures = ? WHERE id = ?"_s,
                         values));
}

ProvisioningCycle SqlRequestLogRepository::readCycle(const SqlCursor &q)
{
    ProvisioningCycle c;
    c.id = q.value("id"_L1).toLongLong();
    c.started = parseTs(q.value("started"_L1));
    c.ended = parseTs(q.value("ended"_L1));
    c.trigger = cycleTriggerFromKey(q.value("trigger"_L1).toString());
    c.idp = idpFromKey(q.value("idp"_L1).toString());
    c.tokenLabel = q.value("token_label"_L1).toString();
    c.requests = q.value("requests"_L1).toLongLong();
    c.testConnections = q.value("test_connections"_L1).toLongLong();
    c.lookups = q.value("lookups"_L1).toLongLong();
    c.created = q.value("created"_L1).toLongLong();
    c.updated = q.value("updated"_L1).toLongLong();
    c.deactivated = q.value("deactivated"_L1).toLongLong();
    c.reactivated = q.value("reactivated"_L1).toLongLong();
    c.deleted = q.value("deleted"_L1).toLongLong();
    c.membersAdded = q.value("members_added"_L1).toLongLong();
    c.membersRemoved = q.value("members_removed"_L1).toLongLong();
    c.failures = q.value("failures"_L1).toLongLong();
    c.receiver = q.value("receiver"_L1).toString();
    return c;
}

QList<ProvisioningCycle> SqlRequestLogRepository::cycles(int limit)
{
    QList<ProvisioningCycle> out;
    SqlCursor q
        = m_db.run(u"SELECT %1 FROM provisioning_cycles ORDER BY id DESC LIMIT ?"_s.arg(kCycleColumns), {limit});
    while (q.next())
        out.append(readCycle(q));
    return out;
}

std::optional<ProvisioningCycle> SqlRequestLogRepository::lastOwnCycle()
{
    SqlCursor q = m_db.run(
        u"SELECT %1 FROM provisioning_cycles WHERE receiver = ? ORDER BY id DESC LIMIT 1"_s.arg(kCycleColumns),
        {m_db.receiverName()});
    if (!q || !q.next())
        return std::nullopt;
    return readCycle(q);
}

bool SqlRequestLogRepository::saveTrafficMinute(const TrafficMinute &m)
{
    // One row per minute and receiver: receivers sharing a database each keep their own counts.
    return bool(m_db.run(
        u"INSERT INTO request_minutes (minute, receiver, requests, failures, latency) "
        "VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (minute, receiver) DO UPDATE SET requests = excluded.requests, "
        "failures = excluded.failures, latency = excluded.latency"_s,
        {ts(TrafficMinute::minuteOf(m.minute)), m_db.receiverName(), m.requests, m.failures, m.latency.toText()}));
}

QList<TrafficMinute> SqlRequestLogRepository::traffic(const QDateTime &since)
{
    // The minutes of every receiver, added up.
    QList<TrafficMinute> out;
    SqlCursor q = m_db.run(u"SELECT minute, requests, failures, latency FROM request_minutes WHERE minute >= ? "
                           "ORDER BY minute"_s,
                           {ts(TrafficMinute::minuteOf(since))});
    while (q.next()) {
        const QDateTime minute = parseTs(q.value("minute"_L1));
        if (out.isEmpty() || out.last().minute != minute) {
            out.append(TrafficMinute{});
            out.last().minute = minute;
        }
        TrafficMinute &m = out.last();
        m.requests += q.value("requests"_L1).toLongLong();
        m.failures += q.value("failures"_L1).toLongLong();
        m.latency.merge(LatencyHistogram::fromText(q.value("latency"_L1).toString()));
    }
    return out;
}

std::optional<TrafficMinute> SqlRequestLogRepository::ownMinute(const QDateTime &minute)
{
    SqlCursor q = m_db.run(
        u"SELECT minute, requests, failures, latency FROM request_minutes WHERE minute = ? AND receiver = ?"_s,
        {ts(TrafficMinute::minuteOf(minute)), m_db.receiverName()});
    if (!q || !q.next())
        return std::nullopt;
    TrafficMinute m;
    m.minute = parseTs(q.value("minute"_L1));
    m.requests = q.value("requests"_L1).toLongLong();
    m.failures = q.value("failures"_L1).toLongLong();
    m.latency = LatencyHistogram::fromText(q.value("latency"_L1).toString());
    return m;
}

} // namespace scimmon
