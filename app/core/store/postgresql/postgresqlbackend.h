#pragma once

#include "store/storeconfig.h"

#include <memory>

namespace scimmon {

class Store;

/// The PostgreSQL backend of the store ("postgresql"), through Qt's QPSQL driver (libpq): a
/// database on a server that several receivers and windows share. The password is libpq's to find
/// (PGPASSWORD, the file named by PGPASSFILE, ~/.pgpass) unless the window passes one from the OS
/// keychain (StoreConfig::password).
/// Registered with StoreFactory by each composition root that offers it (the executable, tests,
/// benchmarks).
class PostgresqlBackend
{
public:
    /// Registers the backend; calling it again changes nothing.
    static void registerBackend();

    /// Connects to the database described by `config` (host, port, user, database, sslMode) on a
    /// new connection named `connectionName` and migrates it (resources/sql/postgresql/).
    /// `config.readOnly` makes every later transaction read-only; `config.mustExist` refuses a
    /// database without scim-monitor's tables. Returns nullptr with `*error` set to an English
    /// sentence naming the database and the problem: the QPSQL driver missing, the server
    /// unreachable, the password refused or missing, no such database or role, a database
    /// written by a newer version. Nothing is written in these cases.
    static std::unique_ptr<Store> open(const StoreConfig &config, const QString &connectionName, QString *error);

    /// Seconds libpq waits for the server to answer a connection attempt.
    static constexpr int kConnectTimeoutSeconds = 5;
};

} // namespace scimmon
