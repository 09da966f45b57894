#pragma once

#include "store/database.h"
#include "store/sql/sqlcursor.h"
#include "store/sql/sqldialect.h"

#include <QHash>
#include <QSqlDatabase>
#include <QVariantList>

#include <memory>

namespace scimmon {

/// A Database on a Qt Sql connection, shared by the SQL repositories of one store: nested
/// transactions (savepoints inside the outermost one), a cache of prepared statements with the
/// column names of their results, and the error of the last failed call. Statements are
/// prepared by the dialect (SqlDialect::prepare(): Qt Sql's QSqlQuery, or the engine's own
/// interface on the same connection). The backend gives its
/// SqlDialect and opens the connection (store/sqlite/, store/postgresql/).
class SqlDatabase : public Database
{
public:
    /// Takes `db`, already open and migrated, named `location` for messages.
    SqlDatabase(QSqlDatabase db, QString backend, QString location, std::unique_ptr<SqlDialect> dialect);
    ~SqlDatabase() override;

    QString backend() const override { return m_backend; }
    QString location() const override { return m_location; }
    StoreError lastError() const override { return m_error; }
    bool begin(Mode mode = Mode::Write) override;
    bool commit() override;
    void rollback() override;
    int depth() const override { return m_depth; }
    quint64 writeCount() const override { return m_writes; }
    std::optional<quint64> othersChanges() const override;
    bool watchRequestLog(std::function<void()> onNewRequests) override;

    const SqlDialect &dialect() const { return *m_dialect; }
    /// The receiver recorded with the rows this connection writes (StoreConfig::receiverName,
    /// the host name when that is empty).
    QString receiverName() const { return m_receiverName; }
    void setReceiverName(const QString &name) { m_receiverName = name; }
    QSqlDatabase &connection() { return m_db; }
    /// Statements that set up a session (PostgreSQL: message level, read-only transactions), run
    /// again after a reconnection (see SqlDialect::reconnectsAfterFailedBegin()).
    void setSessionSetup(const QStringList &statements) { m_sessionSetup = statements; }

    /// Whether run() keeps the prepared statement for the next call with the same SQL text.
    enum class Cache { Yes, No };
    /// Runs `sql` with `values` bound in order. A failure sets lastError() (Conflict for a unique
    /// violation, Io otherwise) and returns a false cursor; success clears it. Statements built
    /// from a filter (whose text varies) should not be cached.
    SqlCursor run(const QString &sql, const QVariantList &values = {}, Cache cache = Cache::Yes);
    /// A single number from `sql` (its first column of the first row); -1 on failure.
    qint64 scalar(const QString &sql, const QVariantList &values = {});
    /// Sets lastError() to `kind` with `message`; returns false (for `return fail(...)`).
    bool fail(StoreError::Kind kind, const QString &message);
    /// Runs `sql`, which changes one row; false on a failure, and NotFound with `notFound` as the
    /// message when it changed no row.
    bool changeRow(const QString &sql, const QVariantList &values, const QString &notFound);
    /// Clears lastError().
    void clearError() { m_error = {}; }

private:
    struct Statement
    {
        std::shared_ptr<SqlStatement> prepared; ///< SqlDialect::prepare()'s statement
        QStringList columns;
        bool columnsKnown = false;
        bool writes = false; ///< INSERT, UPDATE or DELETE
    };
    /// Runs a transaction statement (BEGIN, COMMIT, SAVEPOINT …): prepared once where the dialect
    /// allows it (SqlDialect::preparesTransactionControl()), as plain text otherwise; false with
    /// lastError() set on failure.
    bool control(const QString &sql);
    bool reconnect();
    void finishAll();
    /// Reads SqlDialect::othersChangesQuery() at the start of a write transaction and counts a
    /// change in its value into m_othersChanges (see othersChanges()).
    void readOthersChanges();

    QSqlDatabase m_db;
    QString m_connection;
    QString m_backend;
    QString m_location;
    QString m_receiverName;
    std::unique_ptr<SqlDialect> m_dialect;
    StoreError m_error;
    int m_depth = 0;
    /// The depth at which a statement failed in a transaction that a failure spoils
    /// (SqlDialect::failureSpoilsTransaction()); 0 when none did. A rollback to a savepoint at
    /// or above it heals it; commit() of the outermost transaction fails while it is set.
    int m_spoiledAt = 0;
    quint64 m_writes = 0; ///< writing statements run so far
    /// A write transaction is open and othersChanges() can tell for it: the dialect has a query
    /// for it and it answered when the transaction began.
    bool m_othersKnown = false;
    quint64 m_othersChanges = 0; ///< see othersChanges()
    std::optional<qint64> m_dataVersion; ///< the last value of SqlDialect::othersChangesQuery()
    std::function<void()> m_onNewRequests; ///< watchRequestLog()'s callback
    QStringList m_sessionSetup; ///< setSessionSetup()
    bool m_reconnecting = false; ///< begin() is retrying after reconnect()
    QHash<QString, std::shared_ptr<Statement>> m_statements; ///< stable addresses: cursors point into them
    /// Transaction control prepared once (SqlDialect::preparesTransactionControl()): a write
    /// request runs SAVEPOINT and RELEASE, a turn BEGIN and COMMIT.
    QHash<QString, std::shared_ptr<SqlStatement>> m_controls;
};

} // namespace scimmon
