#pragma once

#include "store/sql/sqldialect.h"

namespace scimmon {

/// SQLite's SQL (3.35 or newer: RETURNING, UPSERT).
class SqliteDialect final : public SqlDialect
{
public:
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
    /// A SqliteStatement on the connection's sqlite3 handle.
    std::unique_ptr<SqlStatement> prepare(const QSqlDatabase &db, const QString &sql, QSqlError *error) const override;
};

} // namespace scimmon
