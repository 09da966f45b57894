#pragma once

#include "store/sql/sqldialect.h"

namespace scimmon {

/// SQLite's SQL (3.35 or newer: RETURNING, UPSERT).
class SqliteDialect final : public SqlDialect
{
public:
    QString beginWrite() const override;
    QString beginRead() const override;
    QString contains(const QString &haystack) const override;
    QString noLimit() const override;
    QString insertionOrder(const QString &alias) const override;
    bool isUniqueViolation(const QSqlError &error) const override;
};

} // namespace scimmon
