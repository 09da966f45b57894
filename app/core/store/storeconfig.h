#pragma once

#include <QString>

namespace scimmon {

/// Which database to open. SQLite is the default and keeps one file in the data directory.
struct StoreConfig
{
    QString backend = QStringLiteral("sqlite"); ///< "sqlite"
    QString sqlitePath; ///< absolute path of the database file
    /// SQLite: this connection's commits leave WAL checkpoints to a WalCheckpointer (and run one
    /// themselves only when the log passes WalCheckpointer's backstop). For the receiver's writer.
    bool backgroundCheckpoints = false;
    /// The connection only reads: a write through it fails (SQLite `query_only`). For the
    /// window's ReadExecutor, so that every write goes to the receiver's writer.
    bool readOnly = false;
    /// Open only an existing database: for commands that read (`token list`, `export-log`), so
    /// that a mistyped --data-dir says so instead of answering from a new, empty store.
    bool mustExist = false;

    /// The SQLite store in `dataDir` (file `scim-monitor.db`).
    static StoreConfig sqliteIn(const QString &dataDir);

    /// Same database (backend and location); the connection options may differ.
    bool sameDatabase(const StoreConfig &other) const
    {
        return backend == other.backend && sqlitePath == other.sqlitePath;
    }
};

} // namespace scimmon
