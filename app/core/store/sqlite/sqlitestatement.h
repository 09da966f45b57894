#pragma once

#include "store/sql/sqlstatement.h"

#include <QByteArrayList>
#include <QSqlDatabase>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace scimmon {

/// A SqlStatement on SQLite's own interface, on the sqlite3 handle of a QSQLITE connection (the
/// same connection, so it shares its transactions, busy timeout and extended result codes).
/// Binds and reads values as Qt's QSQLITE driver does (see SqlStatement), without Qt Sql's
/// per-value bookkeeping: placeholder names built for every bound value, a cached copy of each
/// row, UTF-16 text that SQLite converts to and from its UTF-8.
class SqliteStatement final : public SqlStatement
{
public:
    /// Prepares `sql` (one statement) on `db`'s handle. Null on failure, with SQLite's message
    /// and extended result code in `*error`.
    static std::unique_ptr<SqlStatement> prepare(const QSqlDatabase &db, const QString &sql, QSqlError *error);
    /// True when `db` is an open QSQLITE connection whose driver runs the same SQLite library as
    /// this executable (the same sqlite_source_id()). A Qt built with its own copy of SQLite
    /// would give a handle of another library: its statements must then go through Qt Sql.
    static bool sharesLibraryWith(const QSqlDatabase &db);
    ~SqliteStatement() override;

    bool exec(const QVariantList &values) override;
    bool next() override;
    QVariant value(int index) const override;
    QStringList columnNames() const override { return m_columns; }
    qint64 rowsAffected() const override;
    QVariant lastInsertId() const override;
    QSqlError lastError() const override { return m_error; }
    void finish() override;

private:
    SqliteStatement(sqlite3 *db, sqlite3_stmt *statement);
    /// Binds value `index` (0-based); SQLite's result code.
    int bind(int index, const QVariant &value);
    /// Records SQLite's error for result code `code`, with Qt Sql's text `what`; returns false.
    bool failed(int code, const char *what);

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QStringList m_columns;
    QVariantList m_values; ///< the bound values, alive while SQLite may read them
    QByteArrayList m_utf8; ///< bound text, as UTF-8
    bool m_rowPending = false; ///< exec() stepped onto the first row, which next() has not yet given
    bool m_done = true; ///< the run reached its end (or failed); next() steps no further
    QSqlError m_error;
};

} // namespace scimmon
