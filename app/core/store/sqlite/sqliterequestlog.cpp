// The request log's views and retention on SQLite: filtered keyset paging, counts, export
// iteration, pruning, provisioning cycles, per-minute traffic and the Overview's counts.
// Member functions of SqliteStore; the rest of the store is in sqlitestore.cpp.

#include "store/sqlite/sqlitestore.h"
#include "store/sqlvalues.h"

#include <QSqlError>
#include <QSqlRecord>

#include <algorithm>
#include <iterator>

using namespace Qt::StringLiterals;

namespace scimmon {

using namespace sql;

namespace {

constexpr int kExportPage = 500; ///< entries per read while iterating for an export
constexpr int kTrafficDays = 7; ///< per-minute traffic rows kept, days

/// The position of `column` in SqliteStore::requestColumns(); -1 if absent.
int columnIndex(const QString &columns, QLatin1StringView column)
{
    const QStringList names = columns.split(u',');
    for (int i = 0; i < names.size(); ++i)
        if (names.at(i).trimmed() == column)
            return i;
    return -1;
}

} // namespace

void SqliteStore::readRequestViews(const QSqlQuery &q, RequestRecord &r)
{
    static const int idp = columnIndex(requestColumns(), "idp"_L1);
    static const int attempted = columnIndex(requestColumns(), "attempted_operation"_L1);
    static const int cycle = columnIndex(requestColumns(), "cycle_id"_L1);
    if (idp >= 0)
        r.idp = idpFromKey(q.value(idp).toString());
    if (attempted >= 0)
        r.attemptedOperation = operationFromKey(q.value(attempted).toString());
    if (cycle >= 0)
        r.cycleId = q.value(cycle).toLongLong();
}

QStringList SqliteStore::requestWhere(const RequestFilter &f, QVariantList &values)
{
    QStringList terms;
    const QString needle = RequestFilter::asciiLower(f.text.trimmed());
    if (!needle.isEmpty()) {
        QStringList any;
        for (const char *column : {"path", "target", "resource_id", "client", "method", "operation",
                                   "attempted_operation", "token_label", "idp", "notes"}) {
            any.append(u"instr(lower(%1), ?) > 0"_s.arg(QLatin1StringView(column)));
            values.append(needle);
        }
        any.append(u"instr(CAST(status AS TEXT), ?) > 0"_s);
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
        terms.append(
            u"(resource_id = ? OR id IN (SELECT id FROM request_log WHERE (members_added_count > 0 OR "
            "members_removed_count > 0) AND (instr(members_added, ?) > 0 OR instr(members_removed, ?) > 0)))"_s);
        const QString quoted = u'"' + f.touching + u'"';
        values << f.touching << quoted << quoted;
    }
    if (f.cycleId != 0) {
        terms.append(u"cycle_id = ?"_s);
        values.append(f.cycleId);
    }
    return terms;
}

std::optional<QSqlQuery> SqliteStore::runDynamic(const QString &sqlText, const QVariantList &values)
{
    clearError();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(sqlText)) {
        fail(q);
        return std::nullopt;
    }
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (!q.exec()) {
        fail(q);
        return std::nullopt;
    }
    return q;
}

qint64 SqliteStore::scalar(const QString &sqlText, const QVariantList &values)
{
    QSqlQuery *q = run(sqlText, values);
    if (!q || !q->next())
        return -1;
    const qint64 n = q->value(0).toLongLong();
    q->finish();
    return n;
}

QList<RequestRecord> SqliteStore::requestsAfter(const RequestFilter &filter, qint64 afterId, int limit)
{
    QVariantList values;
    QStringList terms = requestWhere(filter, values);
    terms.prepend(u"id > ?"_s);
    values.prepend(afterId);
    values.append(limit);
    QList<RequestRecord> out;
    auto q = runDynamic(
        u"SELECT %1 FROM request_log WHERE %2 ORDER BY id LIMIT ?"_s.arg(requestColumns(), terms.join(u" AND "_s)),
        values);
    if (!q)
        return out;
    while (q->next())
        out.append(readRequest(*q));
    return out;
}

QList<RequestRecord> SqliteStore::requestPage(const RequestFilter &filter, qint64 beforeId, qint64 afterId, int limit)
{
    if (limit <= 0)
        return {};
    if (afterId > 0)
        return requestsAfter(filter, afterId, limit);
    QVariantList values;
    QStringList terms = requestWhere(filter, values);
    if (beforeId > 0) {
        terms.prepend(u"id < ?"_s);
        values.prepend(beforeId);
    }
    values.append(limit);
    const QString where = terms.isEmpty() ? QString() : u" WHERE "_s + terms.join(u" AND "_s);
    QList<RequestRecord> out;
    auto q
        = runDynamic(u"SELECT %1 FROM request_log%2 ORDER BY id DESC LIMIT ?"_s.arg(requestColumns(), where), values);
    if (!q)
        return out;
    while (q->next())
        out.append(readRequest(*q));
    std::reverse(out.begin(), out.end());
    return out;
}

qint64 SqliteStore::countRequests(const RequestFilter &filter)
{
    QVariantList values;
    const QStringList terms = requestWhere(filter, values);
    const QString where = terms.isEmpty() ? QString() : u" WHERE "_s + terms.join(u" AND "_s);
    auto q = runDynamic(u"SELECT COUNT(*) FROM request_log"_s + where, values);
    if (!q || !q->next())
        return -1;
    return q->value(0).toLongLong();
}

RequestLogSnapshot SqliteStore::requestLogSnapshot(const RequestFilter &filter, int limit)
{
    RequestLogSnapshot snapshot;
    // A deferred transaction takes no lock until it reads, and in WAL mode a reader never blocks
    // the writer; every read in it sees the same snapshot.
    QSqlQuery tx(m_db);
    const bool inTransaction = tx.exec(u"BEGIN DEFERRED"_s);
    snapshot.records = requestPage(filter, 0, 0, limit);
    if (m_error.ok()) {
        snapshot.total = scalar(u"SELECT COUNT(*) FROM request_log"_s, {});
        snapshot.maxId = scalar(u"SELECT COALESCE(MAX(id), 0) FROM request_log"_s, {});
        snapshot.matching = filter.isEmpty() ? snapshot.total : countRequests(filter);
    }
    if (inTransaction)
        tx.exec(u"COMMIT"_s);
    return snapshot;
}

bool SqliteStore::forEachRequest(const RequestFilter &filter, const std::function<bool(const RequestRecord &)> &visit)
{
    qint64 after = 0;
    for (;;) {
        const QList<RequestRecord> page = requestsAfter(filter, after, kExportPage);
        if (!m_error.ok())
            return false;
        for (const RequestRecord &r : page)
            if (!visit(r))
                return false;
        if (page.size() < kExportPage)
            return true;
        after = page.last().id;
    }
}

qint64 SqliteStore::pruneRequestLog(const QDateTime &olderThan, qint64 keepRows, int maxDelete)
{
    if (maxDelete <= 0)
        return 0;
    if (!begin())
        return -1;
    qint64 deleted = 0;
    auto undo = [this] {
        const StoreError error = m_error;
        rollback();
        m_error = error;
        return qint64(-1);
    };
    if (olderThan.isValid()) {
        QSqlQuery *q = run(u"DELETE FROM request_log WHERE id IN "
                           "(SELECT id FROM request_log WHERE time < ? ORDER BY time LIMIT ?)"_s,
                           {ts(olderThan), maxDelete});
        if (!q)
            return undo();
        deleted += q->numRowsAffected();
        q->finish();
        if (!run(u"DELETE FROM provisioning_cycles WHERE ended < ?"_s, {ts(olderThan)}))
            return undo();
    }
    if (keepRows > 0 && deleted < maxDelete) {
        // The newest entry beyond the rows to keep; it and everything older go.
        QSqlQuery *q = run(u"SELECT id FROM request_log ORDER BY id DESC LIMIT 1 OFFSET ?"_s, {keepRows});
        if (!q)
            return undo();
        const qint64 cutoff = q->next() ? q->value(0).toLongLong() : 0;
        q->finish();
        if (cutoff > 0) {
            q = run(
                u"DELETE FROM request_log WHERE id IN (SELECT id FROM request_log WHERE id <= ? ORDER BY id LIMIT ?)"_s,
                {cutoff, maxDelete - deleted});
            if (!q)
                return undo();
            deleted += q->numRowsAffected();
            q->finish();
        }
    }
    if (!run(u"DELETE FROM request_minutes WHERE minute < ?"_s,
             {ts(QDateTime::currentDateTimeUtc().addDays(-kTrafficDays))}))
        return undo();
    if (!commit())
        return -1;
    return deleted;
}

bool SqliteStore::saveCycle(ProvisioningCycle &c)
{
    const QVariantList counts{c.requests,     c.testConnections, c.lookups,     c.created,
                              c.updated,      c.deactivated,     c.reactivated, c.deleted,
                              c.membersAdded, c.membersRemoved,  c.failures};
    QVariantList values{ts(c.started), ts(c.ended), cycleTriggerKey(c.trigger), idpKey(c.idp), nullable(c.tokenLabel)};
    values += counts;
    if (c.id == 0) {
        QSqlQuery *q = run(u"INSERT INTO provisioning_cycles (started, ended, trigger, idp, token_label, requests, "
                           "test_connections, lookups, created, updated, deactivated, reactivated, deleted, "
                           "members_added, members_removed, failures) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                           values);
        if (!q)
            return false;
        c.id = q->lastInsertId().toLongLong();
        q->finish();
        return c.id > 0;
    }
    values.append(c.id);
    QSqlQuery *q = run(u"UPDATE provisioning_cycles SET started = ?, ended = ?, trigger = ?, idp = ?, token_label = ?, "
                       "requests = ?, test_connections = ?, lookups = ?, created = ?, updated = ?, deactivated = ?, "
                       "reactivated = ?, deleted = ?, members_added = ?, members_removed = ?, failures = ? "
                       "WHERE id = ?"_s,
                       values);
    if (!q)
        return false;
    q->finish();
    return true;
}

QList<ProvisioningCycle> SqliteStore::cycles(int limit)
{
    QList<ProvisioningCycle> out;
    QSqlQuery *q = run(u"SELECT id, started, ended, trigger, idp, token_label, requests, test_connections, lookups, "
                       "created, updated, deactivated, reactivated, deleted, members_added, members_removed, failures "
                       "FROM provisioning_cycles ORDER BY id DESC LIMIT ?"_s,
                       {limit});
    if (!q)
        return out;
    while (q->next()) {
        ProvisioningCycle c;
        c.id = q->value(0).toLongLong();
        c.started = parseTs(q->value(1));
        c.ended = parseTs(q->value(2));
        c.trigger = cycleTriggerFromKey(q->value(3).toString());
        c.idp = idpFromKey(q->value(4).toString());
        c.tokenLabel = q->value(5).toString();
        qint64 *fields[]
            = {&c.requests,    &c.testConnections, &c.lookups,      &c.created,        &c.updated, &c.deactivated,
               &c.reactivated, &c.deleted,         &c.membersAdded, &c.membersRemoved, &c.failures};
        for (int i = 0; i < int(std::size(fields)); ++i)
            *fields[i] = q->value(6 + i).toLongLong();
        out.append(c);
    }
    q->finish();
    return out;
}

bool SqliteStore::saveTrafficMinute(const TrafficMinute &m)
{
    QSqlQuery *q
        = run(u"INSERT OR REPLACE INTO request_minutes (minute, requests, failures, latency) VALUES (?, ?, ?, ?)"_s,
              {ts(TrafficMinute::minuteOf(m.minute)), m.requests, m.failures, m.latency.toText()});
    if (!q)
        return false;
    q->finish();
    return true;
}

QList<TrafficMinute> SqliteStore::traffic(const QDateTime &since)
{
    QList<TrafficMinute> out;
    QSqlQuery *q = run(u"SELECT minute, requests, failures, latency FROM request_minutes WHERE minute >= ? "
                       "ORDER BY minute"_s,
                       {ts(TrafficMinute::minuteOf(since))});
    if (!q)
        return out;
    while (q->next()) {
        TrafficMinute m;
        m.minute = parseTs(q->value(0));
        m.requests = q->value(1).toLongLong();
        m.failures = q->value(2).toLongLong();
        m.latency = LatencyHistogram::fromText(q->value(3).toString());
        out.append(m);
    }
    q->finish();
    return out;
}

OverviewCounts SqliteStore::overviewCounts(const QDateTime &now)
{
    OverviewCounts c;
    c.users = scalar(u"SELECT COUNT(*) FROM scim_users"_s, {});
    c.activeUsers = scalar(u"SELECT COUNT(*) FROM scim_users WHERE active = 1"_s, {});
    c.groups = scalar(u"SELECT COUNT(*) FROM scim_groups"_s, {});
    c.memberships = scalar(u"SELECT COUNT(*) FROM memberships"_s, {});
    c.tokens = scalar(u"SELECT COUNT(*) FROM tokens WHERE (revoked IS NULL OR revoked > ?) "
                      "AND (expires IS NULL OR expires > ?)"_s,
                      {ts(now), ts(now)});
    c.requests = scalar(u"SELECT COUNT(*) FROM request_log"_s, {});
    return c;
}

} // namespace scimmon
