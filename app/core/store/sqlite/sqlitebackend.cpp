#include "store/sqlite/sqlitebackend.h"

#include "platform/logging.h"
#include "store/sql/migrator.h"
#include "store/sql/sqldatabase.h"
#include "store/sql/sqlstore.h"
#include "store/sqlite/sqlitedialect.h"
#include "store/sqlite/sqlitestatement.h"
#include "store/sqlite/walcheckpointer.h"
#include "store/storefactory.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>

using namespace Qt::StringLiterals;

namespace scimmon {

namespace {

/// A SQLite connection, with the checkpointer that takes its WAL checkpoints off its commits.
class SqliteDatabase final : public SqlDatabase
{
public:
    using SqlDatabase::SqlDatabase;
    ~SqliteDatabase() override { m_checkpointer.reset(); }

    std::unique_ptr<WalCheckpointer> m_checkpointer;
};

} // namespace

void SqliteBackend::registerBackend()
{
    StoreFactory::registerBackend(u"sqlite"_s, &SqliteBackend::open);
}

std::unique_ptr<Store> SqliteBackend::open(const StoreConfig &config, const QString &connectionName, QString *error)
{
    const QString path = config.sqlitePath;
    if (!QSqlDatabase::isDriverAvailable(u"QSQLITE"_s)) {
        *error = u"The Qt SQLite driver (QSQLITE) is not installed; on Debian/Ubuntu install libqt6sql6-sqlite."_s;
        return nullptr;
    }
    const QFileInfo info(path);
    if (config.mustExist && !info.exists()) {
        *error = u"There is no scim-monitor database in %1 (no %2): check --data-dir."_s.arg(
            QDir::toNativeSeparators(info.absolutePath()), info.fileName());
        return nullptr;
    }
    if (!QDir().mkpath(info.absolutePath())) {
        *error = u"Cannot create the folder %1 for the database."_s.arg(info.absolutePath());
        return nullptr;
    }
    if (!info.exists()) {
        // Created here, owner-only, so that SQLite's -wal and -shm files (which copy the database
        // file's permissions) are private too.
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    auto fail = [&](const QString &what) {
        *error = u"Cannot open the database %1: %2"_s.arg(path, what);
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        return nullptr;
    };
    if (!db.open())
        return fail(db.lastError().text());
    {
        QSqlQuery q(db);
        // temp_store=MEMORY: the savepoints that nest a service's change inside the request's
        // transaction keep their journals in memory, instead of a temporary file per savepoint.
        for (const auto &pragma : {u"PRAGMA journal_mode=WAL"_s, u"PRAGMA synchronous=NORMAL"_s,
                                   u"PRAGMA foreign_keys=ON"_s, u"PRAGMA temp_store=MEMORY"_s}) {
            if (!q.exec(pragma))
                return fail(q.lastError().text());
        }
        if (config.backgroundCheckpoints && !q.exec(u"PRAGMA wal_autocheckpoint=%1"_s.arg(kBackstopCheckpointPages)))
            return fail(q.lastError().text());
        QString migrationError;
        if (!Migrator::migrate(db, u"sqlite"_s, SqliteDialect(), &migrationError))
            return fail(migrationError);
        // After the migrations (which write): from here on this connection refuses writes.
        if (config.readOnly && !q.exec(u"PRAGMA query_only=ON"_s))
            return fail(q.lastError().text());
    }
    const bool ownInterface = SqliteStatement::sharesLibraryWith(db);
    if (!ownInterface)
        qCWarning(lcStore) << "Qt's SQLite driver runs another SQLite library than scim-monitor; the store's"
                              " statements go through Qt Sql";
    auto database
        = std::make_unique<SqliteDatabase>(db, u"sqlite"_s, path, std::make_unique<SqliteDialect>(ownInterface));
    database->setReceiverName(config.receiverName.isEmpty() ? QSysInfo::machineHostName() : config.receiverName);
    if (config.backgroundCheckpoints)
        database->m_checkpointer = std::make_unique<WalCheckpointer>(config);
    return SqlStore::make(std::move(database), error);
}

} // namespace scimmon
