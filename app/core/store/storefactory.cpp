#include "storefactory.h"

#include "sqlitestore.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace scimmon {

StoreConfig StoreConfig::sqliteIn(const QString &dataDir)
{
    StoreConfig c;
    c.backend = u"sqlite"_s;
    c.sqlitePath = QDir(dataDir).absoluteFilePath(u"scim-monitor.db"_s);
    return c;
}

std::unique_ptr<Store> StoreFactory::open(const StoreConfig &config, const QString &connectionName, QString *error)
{
    if (config.backend == "sqlite"_L1) {
        auto store = SqliteStore::open(config.sqlitePath, connectionName, error);
        if (store && config.backgroundCheckpoints)
            store->setWalAutoCheckpoint(SqliteStore::kBackstopCheckpointPages);
        return store;
    }
    if (error)
        *error = u"Unknown storage backend \"%1\"; the supported one is sqlite."_s.arg(config.backend);
    return nullptr;
}

} // namespace scimmon
