#pragma once

#include "store.h"
#include "storeconfig.h"

#include <memory>

namespace scimmon {

/// Opens stores. Each call opens a new connection named `connectionName`, usable only on the
/// calling thread; the database schema is migrated to the newest version on the way.
class StoreFactory
{
public:
    /// Returns the open store, or nullptr with `*error` set to a sentence naming the database and
    /// the cause (unknown backend, missing Qt Sql driver, unreadable file, failed migration).
    static std::unique_ptr<Store> open(const StoreConfig &config, const QString &connectionName, QString *error);
};

} // namespace scimmon
