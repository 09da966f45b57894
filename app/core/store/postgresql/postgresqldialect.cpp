#include "store/postgresql/postgresqldialect.h"

using namespace Qt::StringLiterals;

namespace scimmon {

QStringList PostgresqlDialect::beginWrite() const
{
    // READ COMMITTED under the writers' lock: each statement sees every transaction committed
    // before it, and no other writer commits while this one runs.
    return {u"BEGIN ISOLATION LEVEL READ COMMITTED"_s, u"SELECT pg_advisory_xact_lock(%1)"_s.arg(kWriteLockKey)};
}

QStringList PostgresqlDialect::beginRead() const
{
    // One snapshot for every read of the transaction; readers never wait for the writers' lock.
    return {u"BEGIN ISOLATION LEVEL REPEATABLE READ"_s};
}

QString PostgresqlDialect::contains(const QString &haystack) const
{
    return u"strpos(%1, ?) > 0"_s.arg(haystack);
}

QString PostgresqlDialect::noLimit() const
{
    return u"ALL"_s;
}

QString PostgresqlDialect::insertionOrder(const QString &alias) const
{
    // PostgreSQL has no rowid: the tables ordered this way have an identity column `seq`.
    return alias + u".seq"_s;
}

QString PostgresqlDialect::nullsSmallest(bool descending) const
{
    return descending ? u" NULLS LAST"_s : u" NULLS FIRST"_s;
}

bool PostgresqlDialect::isUniqueViolation(const QSqlError &error) const
{
    return error.nativeErrorCode() == "23505"_L1;
}

} // namespace scimmon
