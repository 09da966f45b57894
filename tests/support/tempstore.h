#pragma once

// A fresh store for one test, on the backend the test run names: SQLite in a temporary folder
// (the default), or a new database on the PostgreSQL server of SCIMMON_TEST_PG when
// SCIMMON_TEST_BACKEND=postgresql (the store suites are registered with ctest once per backend).

#include "store/storefactory.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

namespace scimmon::test {

/// The backend of this test run: SCIMMON_TEST_BACKEND, "sqlite" when unset.
inline QString storeBackend()
{
    const QString backend = qEnvironmentVariable("SCIMMON_TEST_BACKEND");
    return backend.isEmpty() ? QStringLiteral("sqlite") : backend;
}

/// True when the tests run on PostgreSQL.
inline bool onPostgresql()
{
    return storeBackend() == QLatin1String("postgresql");
}

/// Why a store on `backend` cannot be made (PostgreSQL wanted, SCIMMON_TEST_PG unset or not a
/// valid URL); empty when it can.
inline QString storeUnavailable(const QString &backend = storeBackend())
{
    if (backend != QLatin1String("postgresql"))
        return {};
    const QString url = qEnvironmentVariable("SCIMMON_TEST_PG");
    if (url.isEmpty())
        return QStringLiteral("PostgreSQL tests skipped: no server; set SCIMMON_TEST_PG=postgresql://USER@HOST:PORT/DB "
                              "(scripts/pg-test-cluster.sh start DIR starts a throwaway one and prints the URL)");
    QString error;
    if (!StoreConfig::fromUrl(url, &error))
        return QStringLiteral("PostgreSQL tests skipped: SCIMMON_TEST_PG: ") + error;
    return {};
}

/// In a test class's initTestCase(): skips every test of the class when the run's backend is not
/// available, with the reason.
#define SCIMMON_REQUIRE_STORE_BACKEND() \
    do { \
        const QString reason = scimmon::test::storeUnavailable(); \
        if (!reason.isEmpty()) \
            QSKIP(qPrintable(reason)); \
    } while (false)

/// A fresh store, removed afterwards: a SQLite file in a temporary folder, or a PostgreSQL
/// database created on the server of SCIMMON_TEST_PG for this store (its role needs CREATEDB) and
/// dropped again.
struct TempStore
{
    QTemporaryDir dir;
    StoreConfig m_config;
    std::unique_ptr<Store> store;

    /// A store on `backend` ("sqlite", "postgresql"; the run's backend by default). PostgreSQL
    /// needs SCIMMON_TEST_PG (see storeUnavailable()).
    explicit TempStore(const QString &connection = QStringLiteral("test"), const QString &backend = storeBackend())
    {
        if (backend == QLatin1String("postgresql")) {
            static QAtomicInt counter;
            QString error;
            const auto server = StoreConfig::fromUrl(qEnvironmentVariable("SCIMMON_TEST_PG"), &error);
            if (!server)
                qFatal("SCIMMON_TEST_PG: %s", qPrintable(error));
            m_config = *server;
            m_config.database = QStringLiteral("scimmon_t%1_%2").arg(QCoreApplication::applicationPid()).arg(++counter);
            admin(*server, QStringLiteral("CREATE DATABASE %1").arg(m_config.database));
        } else {
            m_config = StoreConfig::sqliteIn(dir.path());
        }
        QString error;
        store = StoreFactory::open(m_config, connection, &error);
        if (!store)
            qFatal("cannot open test store: %s", qPrintable(error));
    }
    ~TempStore()
    {
        store.reset();
        if (m_config.backend == QLatin1String("postgresql")) {
            QString error;
            const auto server = StoreConfig::fromUrl(qEnvironmentVariable("SCIMMON_TEST_PG"), &error);
            // A server process of another role (autovacuum) may still be attached for a moment, and
            // FORCE may not end it: try again, and leave the database to the throwaway cluster
            // rather than fail a test that passed.
            const QString drop = QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_config.database);
            QString why;
            for (int attempt = 0; attempt < 20 && !tryAdmin(*server, drop, &why); ++attempt)
                QThread::msleep(100);
            if (!why.isEmpty())
                qWarning("%s: %s", qPrintable(drop), qPrintable(why));
        }
    }
    TempStore(const TempStore &) = delete;
    TempStore &operator=(const TempStore &) = delete;

    Store &operator*() { return *store; }
    Store *operator->() { return store.get(); }
    /// The configuration that opens this store again (another connection to the same database).
    StoreConfig config() const { return m_config; }
    /// Another connection to this store, named `connection`, writing as the receiver `receiverName`
    /// (as a second receiver on a shared store would).
    std::unique_ptr<Store> openAs(const QString &receiverName, const QString &connection) const
    {
        StoreConfig c = m_config;
        c.receiverName = receiverName;
        QString error;
        auto opened = StoreFactory::open(c, connection, &error);
        if (!opened)
            qFatal("cannot open test store: %s", qPrintable(error));
        return opened;
    }

    /// A plain Qt Sql connection named `name` to the store's database, for tests that look under
    /// the repositories; close it and QSqlDatabase::removeDatabase(name) afterwards.
    QSqlDatabase rawConnection(const QString &name) const { return openRaw(m_config, name); }

    /// PostgreSQL: ends every session of this store's database, as a restart of the server would.
    void dropConnections() const
    {
        QString error;
        const auto server = StoreConfig::fromUrl(qEnvironmentVariable("SCIMMON_TEST_PG"), &error);
        if (!server)
            qFatal("SCIMMON_TEST_PG: %s", qPrintable(error));
        admin(*server,
              QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '%1'")
                  .arg(m_config.database));
    }

private:
    static QSqlDatabase openRaw(const StoreConfig &c, const QString &name)
    {
        if (c.backend == QLatin1String("sqlite")) {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(c.sqlitePath);
            db.open();
            return db;
        }
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(c.host);
        db.setPort(c.port);
        db.setUserName(c.user);
        db.setDatabaseName(c.database);
        if (!db.open())
            qFatal("cannot connect to %s: %s", qPrintable(c.displayName()), qPrintable(db.lastError().text()));
        return db;
    }
    /// Runs `sql` on the server's maintenance database (the one SCIMMON_TEST_PG names).
    static void admin(const StoreConfig &server, const QString &sql)
    {
        QString why;
        if (!tryAdmin(server, sql, &why))
            qFatal("%s: %s", qPrintable(sql), qPrintable(why));
    }
    /// As admin(); false with `*why` set when the statement fails (`*why` is cleared on success).
    static bool tryAdmin(const StoreConfig &server, const QString &sql, QString *why)
    {
        const QString name = QStringLiteral("tempstore-admin");
        bool ok = false;
        {
            QSqlDatabase db = openRaw(server, name);
            QSqlQuery q(db);
            ok = q.exec(sql);
            *why = ok ? QString() : q.lastError().text();
        }
        QSqlDatabase::removeDatabase(name);
        return ok;
    }
};

} // namespace scimmon::test
