#pragma once

#include "store/store.h"
#include "store/storeconfig.h"

#include <functional>
#include <memory>

namespace scimmon {

/// Opens stores through the backends registered with it. The engine names a backend only by the
/// StoreConfig::backend text; the composition roots (the executable, the tests, the benchmarks)
/// register the backends they link (SqliteBackend::registerBackend()), so that nothing above the
/// store depends on a backend. Each open() opens a new connection named `connectionName`, usable
/// only on the calling thread; the database schema is migrated to the newest version on the way.
class StoreFactory
{
public:
    /// Opens a store of one backend: returns it, or nullptr with `*error` set.
    using Opener = std::function<std::unique_ptr<Store>(const StoreConfig &, const QString &, QString *)>;

    /// Makes `backend` ("sqlite", "postgresql") openable through `opener`; a second registration
    /// of the same name replaces the first. Thread-safe.
    static void registerBackend(const QString &backend, Opener opener);

    /// Returns the open store, or nullptr with `*error` set to a sentence naming the database and
    /// the cause (unknown or unregistered backend, missing Qt Sql driver, unreadable file, failed
    /// migration). Thread-safe.
    static std::unique_ptr<Store> open(const StoreConfig &config, const QString &connectionName, QString *error);
    /// Opens `config` on a connection of its own and closes it again, to find out whether it
    /// opens (File → Open store…, the window's start): the empty string when it did, else the
    /// sentence open() gives. Blocks up to the backend's connect timeout. Thread-safe.
    static QString check(const StoreConfig &config);
};

} // namespace scimmon
