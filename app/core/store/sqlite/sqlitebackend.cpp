#include "store/sqlite/sqlitebackend.h"

#include "store/sqlite/sqlitestore.h"
#include "store/storefactory.h"

using namespace Qt::StringLiterals;

namespace scimmon {

void SqliteBackend::registerBackend()
{
    StoreFactory::registerBackend(
        u"sqlite"_s,
        [](const StoreConfig &config, const QString &connection, QString *error) -> std::unique_ptr<Store> {
            auto store = SqliteStore::open(config.sqlitePath, connection, error);
            if (store && config.backgroundCheckpoints)
                store->checkpointInBackground(config);
            return store;
        });
}

} // namespace scimmon
