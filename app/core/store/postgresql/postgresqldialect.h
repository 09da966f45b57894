#pragma once

#include "store/sql/sqldialect.h"

namespace scimmon {

/// PostgreSQL's SQL (13 or newer). Writers of every connection to the database (every receiver,
/// the token command) take one transaction-scoped advisory lock when they begin, the same
/// one-writer-at-a-time rule as SQLite's BEGIN IMMEDIATE: a read-modify-write (If-Match, a PATCH
/// of a group's members) never loses an update to another receiver, and the second of two
/// receivers creating one userName finds the first's row. The unique indexes on the folded names
/// stay the last word (a unique violation reads as StoreError::Kind::Conflict).
class PostgresqlDialect final : public SqlDialect
{
public:
    /// The advisory lock key of the store's writers ("scimmon" in ASCII).
    static constexpr qint64 kWriteLockKey = 0x7363696d6d6f6e;

    QStringList beginWrite() const override;
    QStringList beginRead() const override;
    bool failureSpoilsTransaction() const override { return true; }
    QString contains(const QString &haystack) const override;
    QString noLimit() const override;
    QString insertionOrder(const QString &alias) const override;
    QString nullsSmallest(bool descending) const override;
    /// SQLSTATE 23505 (unique_violation).
    bool isUniqueViolation(const QSqlError &error) const override;
    QString requestLogChannel() const override { return QStringLiteral("scimmon_request_log"); }
    bool reconnectsAfterFailedBegin() const override { return true; }
};

} // namespace scimmon
