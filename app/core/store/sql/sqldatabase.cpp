#include "store/sql/sqldatabase.h"

#include "platform/logging.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace scimmon {

SqlDatabase::SqlDatabase(QSqlDatabase db, QString backend, QString location, std::unique_ptr<SqlDialect> dialect)
    : m_db(std::move(db))
    , m_connection(m_db.connectionName())
    , m_backend(std::move(backend))
    , m_location(std::move(location))
    , m_dialect(std::move(dialect))
{
}

SqlDatabase::~SqlDatabase()
{
    if (m_depth > 0) {
        m_depth = 1;
        rollback();
    }
    m_statements.clear();
    m_controls.clear();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

bool SqlDatabase::watchRequestLog(std::function<void()> onNewRequests)
{
    const QString channel = m_dialect->requestLogChannel();
    if (channel.isEmpty())
        return false;
    const bool first = !m_onNewRequests;
    m_onNewRequests = std::move(onNewRequests);
    if (!first)
        return true;
    QSqlDriver *driver = m_db.driver();
    if (!driver->subscribeToNotification(channel)) {
        m_onNewRequests = nullptr;
        return fail(StoreError::Kind::Io, u"could not listen on %1: %2"_s.arg(channel, driver->lastError().text()));
    }
    QObject::connect(driver, &QSqlDriver::notification, driver, [this, channel](const QString &name) {
        if (name == channel && m_onNewRequests)
            m_onNewRequests();
    });
    return true;
}

bool SqlDatabase::fail(StoreError::Kind kind, const QString &message)
{
    m_error = {kind, message};
    // Conflicts and missing rows are answers (409, 404); a failing database is not.
    if (kind == StoreError::Kind::Io)
        qCWarning(lcStore).noquote() << "database" << m_location << "failed:" << message;
    return false;
}

void SqlDatabase::finishAll()
{
    for (const auto &s : std::as_const(m_statements))
        s->prepared->finish();
}

bool SqlDatabase::control(const QString &sql)
{
    clearError();
    auto failed = [this](const QSqlError &error) {
        const QString text = error.text().simplified();
        return fail(StoreError::Kind::Io, text.isEmpty() ? u"the database did not answer"_s : text);
    };
    if (!m_dialect->preparesTransactionControl()) {
        // Run as a plain statement: PostgreSQL cannot PREPARE BEGIN, SAVEPOINT or COMMIT.
        QSqlQuery q(m_db);
        return q.exec(sql) || failed(q.lastError());
    }
    std::shared_ptr<SqlStatement> &q = m_controls[sql];
    if (!q) {
        QSqlError error;
        q = m_dialect->prepare(m_db, sql, &error);
        if (!q) {
            m_controls.remove(sql);
            return failed(error);
        }
    }
    const bool ok = q->exec({}) || failed(q->lastError());
    q->finish(); // not left active: COMMIT refuses to run while a statement is
    if (!ok)
        m_controls.remove(sql); // prepared again next time, should the driver have dropped it
    return ok;
}

bool SqlDatabase::reconnect()
{
    // Prepared statements belong to the lost session.
    m_statements.clear();
    m_controls.clear();
    m_dataVersion.reset();
    m_db.close();
    if (!m_db.open())
        return fail(StoreError::Kind::Io,
                    u"the connection to %1 was lost and cannot be made again: %2"_s.arg(
                        m_location, m_db.lastError().text().simplified()));
    for (const QString &statement : std::as_const(m_sessionSetup))
        if (!control(statement))
            return false;
    qCInfo(lcStore).noquote() << "connected again to" << m_location;
    return true;
}

bool SqlDatabase::begin(Mode mode)
{
    clearError();
    if (m_depth > 0) {
        if (!control(u"SAVEPOINT sp%1"_s.arg(m_depth)))
            return false;
        ++m_depth;
        return true;
    }
    const QStringList statements = mode == Mode::Write ? m_dialect->beginWrite() : m_dialect->beginRead();
    for (qsizetype i = 0; i < statements.size(); ++i) {
        if (!control(statements.at(i))) {
            if (i == 0 && !m_reconnecting && m_dialect->reconnectsAfterFailedBegin()) {
                // The server went away (restart, network): connect again and try once more.
                m_reconnecting = true;
                const bool begun = reconnect() && begin(mode);
                m_reconnecting = false;
                return begun;
            }
            if (i > 0) {
                const StoreError error = m_error;
                control(u"ROLLBACK"_s);
                m_error = error;
            }
            return false;
        }
    }
    m_spoiledAt = 0;
    m_depth = 1;
    m_othersKnown = false;
    if (mode == Mode::Write)
        readOthersChanges();
    return true;
}

void SqlDatabase::readOthersChanges()
{
    const QString query = m_dialect->othersChangesQuery();
    if (query.isEmpty())
        return;
    const qint64 version = scalar(query);
    if (version < 0) {
        clearError(); // the transaction stands; only the answer is unknown
        m_dataVersion.reset();
        return;
    }
    if (m_dataVersion != version)
        ++m_othersChanges; // the first reading counts too: nothing before it is known
    m_dataVersion = version;
    m_othersKnown = true;
}

std::optional<quint64> SqlDatabase::othersChanges() const
{
    if (m_othersKnown)
        return m_othersChanges;
    return std::nullopt;
}

bool SqlDatabase::commit()
{
    if (m_depth == 0)
        return fail(StoreError::Kind::Io, u"commit without an open transaction"_s);
    if (m_spoiledAt > 0 && m_depth == 1) {
        // PostgreSQL would answer this COMMIT with a silent rollback.
        const StoreError error = m_error;
        rollback();
        return fail(error.ok() ? StoreError::Kind::Io : error.kind,
                    u"the transaction was rolled back after a failed statement: %1"_s.arg(error.message));
    }
    if (m_depth > 1) {
        --m_depth;
        return control(u"RELEASE SAVEPOINT sp%1"_s.arg(m_depth));
    }
    finishAll();
    if (!control(u"COMMIT"_s)) {
        const StoreError error = m_error;
        rollback();
        m_error = error;
        return false;
    }
    m_depth = 0;
    m_othersKnown = false;
    return true;
}

void SqlDatabase::rollback()
{
    if (m_depth == 0)
        return;
    const StoreError error = m_error;
    finishAll();
    if (m_depth > 1) {
        --m_depth;
        // Rolling back to the savepoint heals a failure inside it; one outside it stays.
        if (m_spoiledAt > m_depth)
            m_spoiledAt = 0;
        control(u"ROLLBACK TO SAVEPOINT sp%1"_s.arg(m_depth));
        control(u"RELEASE SAVEPOINT sp%1"_s.arg(m_depth));
    } else {
        m_depth = 0;
        m_spoiledAt = 0;
        m_othersKnown = false;
        control(u"ROLLBACK"_s);
    }
    m_error = error;
}

SqlCursor SqlDatabase::run(const QString &sql, const QVariantList &values, Cache cache)
{
    clearError();
    Statement *statement = nullptr;
    std::shared_ptr<Statement> own; // a statement that is not cached lives as long as its cursor
    auto prepare = [this, &sql](Statement &s) {
        QSqlError error;
        s.prepared = m_dialect->prepare(m_db, sql, &error);
        s.writes = sql.startsWith("INSERT"_L1) || sql.startsWith("UPDATE"_L1) || sql.startsWith("DELETE"_L1);
        return s.prepared || fail(StoreError::Kind::Io, error.text());
    };
    if (cache == Cache::Yes) {
        auto it = m_statements.find(sql);
        if (it == m_statements.end()) {
            auto s = std::make_shared<Statement>();
            if (!prepare(*s))
                return {};
            it = m_statements.insert(sql, s);
        }
        statement = it->get();
    } else {
        own = std::make_shared<Statement>();
        if (!prepare(*own))
            return {};
        statement = own.get();
    }
    SqlStatement &q = *statement->prepared;
    if (!q.exec(values)) {
        fail(m_dialect->isUniqueViolation(q.lastError()) ? StoreError::Kind::Conflict : StoreError::Kind::Io,
             q.lastError().text());
        if (m_depth > 0 && m_dialect->failureSpoilsTransaction() && (m_spoiledAt == 0 || m_depth < m_spoiledAt))
            m_spoiledAt = m_depth;
        q.finish();
        return {};
    }
    if (statement->writes)
        ++m_writes;
    if (!statement->columnsKnown) {
        statement->columns = q.columnNames();
        statement->columnsKnown = true;
    }
    if (own)
        return SqlCursor(&q, std::shared_ptr<SqlStatement>(own, &q), &own->columns);
    return SqlCursor(&q, nullptr, &statement->columns);
}

qint64 SqlDatabase::scalar(const QString &sql, const QVariantList &values)
{
    SqlCursor c = run(sql, values);
    if (!c || !c.next())
        return -1;
    return c.first().toLongLong();
}

bool SqlDatabase::changeRow(const QString &sql, const QVariantList &values, const QString &notFound)
{
    SqlCursor c = run(sql, values);
    if (!c)
        return false;
    return c.rowsAffected() > 0 || fail(StoreError::Kind::NotFound, notFound);
}

} // namespace scimmon
