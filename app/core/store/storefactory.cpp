#include "store/storefactory.h"

#include <QAtomicInteger>
#include <QDir>
#include <QHash>
#include <QMutex>

using namespace Qt::StringLiterals;

namespace scimmon {

namespace {

struct Registry
{
    QMutex mutex;
    QHash<QString, StoreFactory::Opener> openers;
};

Registry &registry()
{
    static Registry r;
    return r;
}

} // namespace

StoreConfig StoreConfig::sqliteIn(const QString &dataDir)
{
    StoreConfig c;
    c.backend = u"sqlite"_s;
    c.sqlitePath = QDir(dataDir).absoluteFilePath(u"scim-monitor.db"_s);
    return c;
}

void StoreFactory::registerBackend(const QString &backend, Opener opener)
{
    Registry &r = registry();
    const QMutexLocker lock(&r.mutex);
    r.openers.insert(backend, std::move(opener));
}

QString StoreFactory::check(const StoreConfig &config)
{
    static QAtomicInteger<int> checks;
    QString error;
    const QString name = u"scimmon-store-check-%1"_s.arg(checks.fetchAndAddRelaxed(1));
    return open(config, name, &error) ? QString() : error;
}

std::unique_ptr<Store> StoreFactory::open(const StoreConfig &config, const QString &connectionName, QString *error)
{
    Registry &r = registry();
    Opener opener;
    QStringList known;
    {
        const QMutexLocker lock(&r.mutex);
        opener = r.openers.value(config.backend);
        known = r.openers.keys();
    }
    if (opener)
        return opener(config, connectionName, error);
    known.sort();
    if (error)
        *error = u"Unknown storage backend \"%1\"; the supported one%2 %3."_s.arg(
            config.backend, known.size() == 1 ? u" is"_s : u"s are"_s, known.join(u", "_s));
    return nullptr;
}

} // namespace scimmon
