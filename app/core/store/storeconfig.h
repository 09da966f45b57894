#pragma once

#include <QString>

#include <optional>

namespace scimmon {

/// Which database to open. SQLite is the default and keeps one file in the data directory;
/// PostgreSQL is a server that several receivers (and windows) share. The password normally comes
/// from the PostgreSQL client library's own places (PGPASSWORD, PGPASSFILE, ~/.pgpass); only the
/// window may put one here, read from the OS keychain, and it is never written anywhere.
struct StoreConfig
{
    QString backend = QStringLiteral("sqlite"); ///< "sqlite" or "postgresql"
    QString sqlitePath; ///< SQLite: absolute path of the database file
    QString host; ///< PostgreSQL: server host name or address
    int port = 5432; ///< PostgreSQL: TCP port
    QString user; ///< PostgreSQL: role to log in as
    QString database; ///< PostgreSQL: database name
    /// PostgreSQL: the password the window read from the OS keychain; empty: libpq's places. Held in
    /// memory only: never in settings, a log, an export or displayName().
    QString password;
    QString sslMode; ///< PostgreSQL: libpq sslmode (disable, prefer, require, verify-ca, verify-full); empty: libpq's
                     ///< default
    /// SQLite: this connection's commits leave WAL checkpoints to a WalCheckpointer (and run one
    /// themselves only when the log passes WalCheckpointer's backstop). For the receiver's writer.
    bool backgroundCheckpoints = false;
    /// The connection only reads: a write through it fails (SQLite `query_only`). For the
    /// window's ReadExecutor, so that every write goes to the receiver's writer.
    bool readOnly = false;
    /// The receiver that writes through this connection, recorded with each request-log row,
    /// provisioning cycle and audit event, so that the rows of several receivers on one shared
    /// database tell which one wrote them. Empty: the machine's host name.
    QString receiverName;
    /// Open only an existing database: for commands that read (`token list`, `export-log`), so
    /// that a mistyped --data-dir says so instead of answering from a new, empty store.
    bool mustExist = false;

    /// The SQLite store in `dataDir` (file `scim-monitor.db`).
    static StoreConfig sqliteIn(const QString &dataDir);

    /// Parses a PostgreSQL store URL, `postgresql://USER@HOST[:PORT]/DB[?sslmode=MODE]` (the
    /// subset of libpq's connection URIs that scim-monitor accepts; `postgres://` too). A URL with
    /// a password is refused, so that none ends up in a shell history, settings or a log. Returns
    /// the configuration, or std::nullopt with `*error` set to an English sentence naming what is
    /// wrong.
    static std::optional<StoreConfig> fromUrl(const QString &url, QString *error);

    /// The database for messages and logs: the file path, or `postgresql://USER@HOST:PORT/DB`
    /// (never a password).
    QString displayName() const;

    /// Same database (backend and location); the connection options may differ.
    bool sameDatabase(const StoreConfig &other) const
    {
        return backend == other.backend && sqlitePath == other.sqlitePath && host == other.host && port == other.port
            && database == other.database && user == other.user;
    }
};

} // namespace scimmon
