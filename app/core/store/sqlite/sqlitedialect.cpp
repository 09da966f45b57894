#include "store/sqlite/sqlitedialect.h"

#include "store/sqlite/sqlitestatement.h"

using namespace Qt::StringLiterals;

namespace scimmon {

QStringList SqliteDialect::beginWrite() const
{
    // IMMEDIATE takes the write lock at the start, so two writers (the receiver and the token
    // command, say) queue on the busy timeout instead of failing when both try to upgrade a read.
    return {u"BEGIN IMMEDIATE"_s};
}

QStringList SqliteDialect::beginRead() const
{
    // A deferred transaction takes no lock until it reads, and in WAL mode a reader never blocks
    // the writer; every read in it sees the same snapshot.
    return {u"BEGIN DEFERRED"_s};
}

QString SqliteDialect::contains(const QString &haystack) const
{
    return u"instr(%1, ?) > 0"_s.arg(haystack);
}

QString SqliteDialect::noLimit() const
{
    return u"-1"_s;
}

QString SqliteDialect::insertionOrder(const QString &alias) const
{
    return alias + u".rowid"_s;
}

bool SqliteDialect::isUniqueViolation(const QSqlError &error) const
{
    // 2067 SQLITE_CONSTRAINT_UNIQUE, 1555 SQLITE_CONSTRAINT_PRIMARYKEY, 19 SQLITE_CONSTRAINT
    const QString native = error.nativeErrorCode();
    return native == "2067"_L1 || native == "1555"_L1 || native == "19"_L1;
}

QString SqliteDialect::othersChangesQuery() const
{
    // Changes only with commits by other connections, never with this connection's own.
    return u"PRAGMA data_version"_s;
}

std::unique_ptr<SqlStatement> SqliteDialect::prepare(const QSqlDatabase &db, const QString &sql, QSqlError *error) const
{
    return m_ownInterface ? SqliteStatement::prepare(db, sql, error) : SqlDialect::prepare(db, sql, error);
}

} // namespace scimmon
