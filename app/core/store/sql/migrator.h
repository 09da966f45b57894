#pragma once

#include <QSqlDatabase>
#include <QString>

namespace scimmon {

class SqlDialect;

/// Applies the numbered SQL migrations in resources/sql/<backend>/ (NNNN_name.sql) that a
/// database has not seen yet, each in its own transaction, and records them in
/// `schema_migrations`. Safe to run from several connections and processes: each script runs in a
/// transaction opened by the dialect's write lock (SqlDialect::beginWrite()), so one wins and the
/// others find the work done. A script is split into statements at lines ending in ';', except
/// inside a dollar-quoted block ($$ … $$, PostgreSQL function bodies).
class Migrator
{
public:
    /// Migrates `db` with the scripts of `backend` ("sqlite", "postgresql"), opening each
    /// script's transaction with `dialect`. Returns false with `*error` set when a script fails
    /// (the failed script leaves nothing behind) or when the database was written by a newer
    /// version of scim-monitor (a migration number above latestVersion(); nothing is written).
    static bool migrate(QSqlDatabase &db, const QString &backend, const SqlDialect &dialect, QString *error);
    /// The highest migration number shipped for `backend`.
    static int latestVersion(const QString &backend);
};

} // namespace scimmon
