#include "store/postgresql/postgresqlbackend.h"

#include "store/postgresql/postgresqldialect.h"
#include "store/sql/migrator.h"
#include "store/sql/sqldatabase.h"
#include "store/sql/sqlstore.h"
#include "store/storefactory.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>

using namespace Qt::StringLiterals;

namespace scimmon {

namespace {

/// Why a connection failed, in words an administrator can act on; libpq's own text follows.
QString connectionProblem(const StoreConfig &config, const QString &libpqText)
{
    const QString text = libpqText.toLower();
    if (text.contains("password authentication failed"_L1))
        return u"the server refused the password of the role \"%1\". The password comes from PGPASSWORD, the file "
               "named by PGPASSFILE, or ~/.pgpass."_s.arg(config.user);
    if (text.contains("no password supplied"_L1) || text.contains("password is required"_L1))
        return u"the server wants a password for the role \"%1\" and none was found: put it in ~/.pgpass "
               "(host:port:database:user:password, mode 0600), the file named by PGPASSFILE, or PGPASSWORD."_s.arg(
                   config.user);
    if (text.contains("does not exist"_L1) && text.contains("database"_L1))
        return u"the server has no database \"%1\"; create it first (createdb -O %2 %1)."_s.arg(config.database,
                                                                                                config.user);
    if (text.contains("does not exist"_L1) && text.contains("role"_L1))
        return u"the server has no role \"%1\"."_s.arg(config.user);
    if (text.contains("could not translate host name"_L1) || text.contains("connection refused"_L1)
        || text.contains("timeout expired"_L1) || text.contains("no route to host"_L1)
        || text.contains("could not connect"_L1) || text.contains("network is unreachable"_L1))
        return u"the server at %1 port %2 cannot be reached; check that PostgreSQL runs there and accepts TCP "
               "connections."_s.arg(config.host)
                   .arg(config.port);
    if (text.contains("pg_hba.conf"_L1))
        return u"the server does not accept connections from this machine for the role \"%1\" (pg_hba.conf)."_s.arg(
            config.user);
    if (text.contains("ssl"_L1))
        return u"the TLS connection failed (sslmode=%1)."_s.arg(config.sslMode.isEmpty() ? u"prefer"_s
                                                                                         : config.sslMode);
    return u"the connection failed."_s;
}

} // namespace

void PostgresqlBackend::registerBackend()
{
    StoreFactory::registerBackend(u"postgresql"_s, &PostgresqlBackend::open);
}

std::unique_ptr<Store> PostgresqlBackend::open(const StoreConfig &config, const QString &connectionName, QString *error)
{
    const QString where = config.displayName();
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s)) {
        *error = u"The Qt PostgreSQL driver (QPSQL) is not installed; on Debian/Ubuntu install libqt6sql6-psql."_s;
        return nullptr;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, connectionName);
    db.setHostName(config.host);
    db.setPort(config.port);
    db.setUserName(config.user);
    db.setDatabaseName(config.database);
    if (!config.password.isEmpty())
        db.setPassword(config.password);
    QStringList options{u"connect_timeout=%1"_s.arg(kConnectTimeoutSeconds), u"application_name=scim-monitor"_s};
    if (!config.sslMode.isEmpty())
        options.append(u"sslmode="_s + config.sslMode);
    db.setConnectOptions(options.join(u';'));
    auto fail = [&](const QString &what) {
        *error = u"Cannot open the database %1: %2"_s.arg(where, what);
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        return nullptr;
    };
    if (!db.open()) {
        const QString detail = db.lastError().text().simplified();
        return fail(connectionProblem(config, detail) + u" (" + detail + u')');
    }
    {
        QSqlQuery q(db);
        // No NOTICE lines ("relation … already exists, skipping") on standard error.
        if (!q.exec(u"SET client_min_messages = warning"_s))
            return fail(q.lastError().text());
        if (config.mustExist) {
            if (!q.exec(u"SELECT to_regclass('schema_migrations') IS NOT NULL"_s) || !q.next())
                return fail(q.lastError().text());
            if (!q.value(0).toBool())
                return fail(u"it holds no scim-monitor store yet; start a receiver on it first."_s);
            q.finish();
        }
        QString migrationError;
        if (!Migrator::migrate(db, u"postgresql"_s, PostgresqlDialect(), &migrationError))
            return fail(migrationError);
        if (config.readOnly && !q.exec(u"SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"_s))
            return fail(q.lastError().text());
    }
    auto database = std::make_unique<SqlDatabase>(db, u"postgresql"_s, where, std::make_unique<PostgresqlDialect>());
    QStringList session{u"SET client_min_messages = warning"_s};
    if (config.readOnly)
        session.append(u"SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"_s);
    database->setSessionSetup(session);
    database->setReceiverName(config.receiverName.isEmpty() ? QSysInfo::machineHostName() : config.receiverName);
    return SqlStore::make(std::move(database), error);
}

} // namespace scimmon
