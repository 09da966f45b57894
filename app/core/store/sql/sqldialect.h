#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>

#include <memory>

namespace scimmon {

class SqlStatement;

/// The SQL that differs between the database engines behind the store, so that the repositories
/// (store/sql/) are written once: transaction statements, text search, "no limit", how a
/// unique-constraint violation reads, and how a statement is prepared. One instance per backend,
/// stateless.
class SqlDialect
{
public:
    virtual ~SqlDialect() = default;

    /// The statements, run in order, that open a write transaction and take the store's write
    /// lock at once, so that writers on other connections (and in other processes or on other
    /// machines) queue instead of failing or losing an update (SQLite: BEGIN IMMEDIATE;
    /// PostgreSQL: BEGIN and a transaction-scoped advisory lock). The migrations use them too.
    virtual QStringList beginWrite() const = 0;
    /// The statements that open a read transaction: one consistent snapshot for several reads
    /// that never holds up a writer.
    virtual QStringList beginRead() const = 0;
    /// True when a failed statement inside a transaction spoils the whole transaction until it
    /// (or the savepoint around the statement) is rolled back (PostgreSQL), false when only the
    /// statement failed and the transaction goes on (SQLite). SqlDatabase then refuses to commit.
    virtual bool failureSpoilsTransaction() const = 0;
    /// A condition true when the text expression `haystack` contains the bound `?` parameter
    /// (SQLite: instr(haystack, ?) > 0; PostgreSQL: strpos(haystack, ?) > 0).
    virtual QString contains(const QString &haystack) const = 0;
    /// The LIMIT value that means "no limit" when an OFFSET is needed (SQLite: -1; PostgreSQL: ALL).
    virtual QString noLimit() const = 0;
    /// An expression that orders the rows of the table aliased `alias` as they were inserted, for
    /// tables without a sequence column of their own (SQLite: alias.rowid).
    virtual QString insertionOrder(const QString &alias) const = 0;
    /// What follows ASC or DESC in an ORDER BY so that NULL sorts as the smallest value, as in
    /// SQLite (SQLite: nothing; PostgreSQL: NULLS FIRST ascending, NULLS LAST descending).
    virtual QString nullsSmallest(bool descending) const = 0;
    /// True when `error` is a violation of a unique or primary-key constraint.
    virtual bool isUniqueViolation(const QSqlError &error) const = 0;
    /// The notification channel on which the database announces committed request-log rows
    /// (PostgreSQL: `scimmon_request_log`, sent by a trigger, migration 0004); empty when the
    /// engine cannot tell other connections (SQLite).
    virtual QString requestLogChannel() const { return {}; }
    /// True when a BEGIN that fails outside any transaction means the connection to a server was
    /// lost (PostgreSQL restarted, network): SqlDatabase then opens the connection again and
    /// retries once. False for an embedded engine (SQLite), whose BEGIN fails for other reasons.
    virtual bool reconnectsAfterFailedBegin() const { return false; }
    /// True when transaction control (BEGIN, SAVEPOINT, RELEASE, COMMIT, ROLLBACK) can be
    /// prepared once and run again (SQLite); false when the server refuses to PREPARE it
    /// (PostgreSQL): SqlDatabase then runs it as plain text each time.
    virtual bool preparesTransactionControl() const { return false; }
    /// A query whose one value changes when another connection (in this process or another) has
    /// committed a change since this connection last ran it (SQLite: PRAGMA data_version); empty
    /// when the engine cannot tell (PostgreSQL). See Database::othersChanges().
    virtual QString othersChangesQuery() const { return {}; }
    /// Prepares `sql` (one statement, `?` placeholders) on the open connection `db`, for
    /// SqlDatabase to run again and again. Null on failure, with the engine's error in `*error`.
    /// The default runs it through Qt Sql (QtSqlStatement); SQLite uses its own interface on the
    /// same connection (SqliteStatement).
    virtual std::unique_ptr<SqlStatement> prepare(const QSqlDatabase &db, const QString &sql, QSqlError *error) const;
};

} // namespace scimmon
