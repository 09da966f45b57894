#pragma once

#include <QSqlError>
#include <QStringList>
#include <QVariant>
#include <QVariantList>

namespace scimmon {

/// One prepared statement on a SqlDatabase connection, run again and again with new values: the
/// seam between the repositories' SQL and the engine's own interface. QtSqlStatement runs it
/// through Qt Sql (every backend); a backend may give a statement of its own through
/// SqlDialect::prepare() (SQLite: SqliteStatement, on the connection's own sqlite3 handle).
///
/// Values follow Qt Sql's conventions for the backend, so that on one backend a repository reads
/// the same QVariant whichever statement ran: a null QString or QByteArray (and an invalid
/// QVariant) binds SQL NULL; on SQLite, NULL reads as a null QString, integers as qint64, reals
/// as double and text as QString, as through QSQLITE (QPSQL reads typed values and typed NULLs).
class SqlStatement
{
public:
    virtual ~SqlStatement() = default;

    /// Binds `values` to the `?` placeholders in order and runs the statement up to its first
    /// row (or to its end). False on failure, with lastError() set (nativeErrorCode(): the
    /// engine's code, see SqlDialect::isUniqueViolation()).
    virtual bool exec(const QVariantList &values) = 0;
    /// Moves to the next row of the result: the first after exec(), then each following one;
    /// false after the last and on an error while stepping (lastError() then tells).
    virtual bool next() = 0;
    /// Column `index` (0-based, in the SELECT list's order) of the current row.
    virtual QVariant value(int index) const = 0;
    /// The names of the result's columns, in order (empty for a statement without a result).
    /// Known after exec().
    virtual QStringList columnNames() const = 0;
    /// Rows changed by the INSERT, UPDATE or DELETE that ran (SQLite: the last one that ran on
    /// the connection, as QSQLITE reports it).
    virtual qint64 rowsAffected() const = 0;
    /// The id the driver reports for the last inserted row (SQLite: the connection's last rowid,
    /// invalid when none); SqlDatabase's repositories use RETURNING instead.
    virtual QVariant lastInsertId() const = 0;
    /// The error of the last exec() or next(); type() NoError when they succeeded.
    virtual QSqlError lastError() const = 0;
    /// Ends the current run (releases its locks and bound values); exec() may follow.
    virtual void finish() = 0;
};

} // namespace scimmon
