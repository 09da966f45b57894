#pragma once

#include "store/sql/sqldialect.h"

namespace scimmon {

/// SQLite's SQL (3.35 or newer: RETURNING, UPSERT).
class SqliteDialect final : public SqlDialect
{
public:
    /// `ownInterface`: prepare() gives statements on SQLite's own interface (SqliteStatement;
    /// only where SqliteStatement::sharesLibraryWith() the connection), else through Qt Sql.
    explicit SqliteDialect(bool ownInterface = false)
        : m_ownInterface(ownInterface)
    {
    }

    QStringList beginWrite() const override;
    QStringList beginRead() const override;
    bool failureSpoilsTransaction() const override { return false; }
    QString contains(const QString &haystack) const override;
    QString noLimit() const override;
    QString insertionOrder(const QString &alias) const override;
    QString nullsSmallest(bool) const override { return {}; }
    bool isUniqueViolation(const QSqlError &error) const override;
    bool preparesTransactionControl() const override { return true; }
    QString othersChangesQuery() const override;
    /// A SqliteStatement on the connection's sqlite3 handle (with `ownInterface`), else a
    /// QtSqlStatement.
    std::unique_ptr<SqlStatement> prepare(const QSqlDatabase &db, const QString &sql, QSqlError *error) const override;

private:
    bool m_ownInterface = false;
};

} // namespace scimmon
