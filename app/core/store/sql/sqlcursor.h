#pragma once

#include "store/sql/sqlstatement.h"

#include <QSqlError>
#include <QStringList>
#include <QVariant>

#include <memory>

namespace scimmon {

/// The result of one statement run through SqlDatabase: steps through the rows and reads columns
/// by name (the names of the SELECT list), so that a repository never depends on column
/// positions. Finishes the statement when it goes out of scope (a cached statement is then ready
/// for its next run). False (operator bool) when the statement failed; the reason is in
/// SqlDatabase::lastError().
class SqlCursor
{
public:
    SqlCursor() = default;
    /// A cursor over `statement` (already executed), reading columns by the names in `columns`;
    /// `owned` keeps a statement that is not cached alive as long as the cursor.
    SqlCursor(SqlStatement *statement, std::shared_ptr<SqlStatement> owned, const QStringList *columns);
    SqlCursor(SqlCursor &&other) noexcept;
    SqlCursor &operator=(SqlCursor &&other) noexcept;
    SqlCursor(const SqlCursor &) = delete;
    SqlCursor &operator=(const SqlCursor &) = delete;
    ~SqlCursor();

    explicit operator bool() const { return m_statement != nullptr; }
    /// Moves to the next row; false after the last.
    bool next() { return m_statement && m_statement->next(); }
    /// The value of column `name` in the current row; an invalid QVariant for an unknown name.
    QVariant value(QLatin1StringView name) const;
    /// The first column of the current row (for COUNT(*) and other single values).
    QVariant first() const { return m_statement ? m_statement->value(0) : QVariant(); }
    /// Rows changed by an INSERT, UPDATE or DELETE.
    qint64 rowsAffected() const { return m_statement ? m_statement->rowsAffected() : -1; }
    /// The id of the row an INSERT made.
    QVariant lastInsertId() const { return m_statement ? m_statement->lastInsertId() : QVariant(); }
    /// The statement's error after next() returned false (an error while stepping).
    QSqlError error() const { return m_statement ? m_statement->lastError() : QSqlError(); }

private:
    SqlStatement *m_statement = nullptr;
    std::shared_ptr<SqlStatement> m_owned; ///< set for statements that are not cached
    const QStringList *m_columns = nullptr;
};

} // namespace scimmon
