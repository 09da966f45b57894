#pragma once

#include "store/storeconfig.h"

#include <memory>

namespace scimmon {

class Store;

/// The SQLite backend of the store ("sqlite"): one database file, WAL journal so that readers on
/// other connections never block the writer, `synchronous=NORMAL` (a committed transaction
/// survives the process dying), foreign keys on, and a 5 s busy timeout for writers in other
/// processes (the `token` command while the receiver runs). Registered with StoreFactory by each
/// composition root that stores in SQLite (the executable, tests, benchmarks).
class SqliteBackend
{
public:
    /// Registers the backend; calling it again changes nothing.
    static void registerBackend();

    /// Opens (creating if needed) the database at `config.sqlitePath` on a new connection named
    /// `connectionName` and migrates it. With `config.backgroundCheckpoints`, the connection's
    /// WAL checkpoints run on a WalCheckpointer of their own. nullptr with `*error` set on failure.
    static std::unique_ptr<Store> open(const StoreConfig &config, const QString &connectionName, QString *error);

    /// Write-ahead log pages after which a commit runs a checkpoint itself when checkpoints are
    /// left to a WalCheckpointer (SQLite's default is 1,000): only if that falls behind.
    static constexpr int kBackstopCheckpointPages = 20000;
};

} // namespace scimmon
