#pragma once

#include <QSqlDatabase>
#include <QString>

namespace scimmon {

/// Applies the numbered SQL migrations in resources/sql/<backend>/ (NNNN_name.sql) that a
/// database has not seen yet, each in its own transaction, and records them in
/// `schema_migrations`. Safe to run from several connections and processes: one wins, the others
/// find the work done.
class Migrator
{
public:
    /// Migrates `db` with the scripts of `backend` ("sqlite"). Returns false with `*error` set
    /// when a script fails; the failed script leaves nothing behind.
    static bool migrate(QSqlDatabase &db, const QString &backend, QString *error);
    /// The highest migration number shipped for `backend`.
    static int latestVersion(const QString &backend);
};

} // namespace scimmon
