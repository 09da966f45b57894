// scim-bench-lookup: lookup latency on a large store.
//
// Seeds N users (default 100,000) and groups through the SCIM engine (the same calls a
// provisioning request makes), then measures filter lookups on userName, externalId, work email,
// displayName and group displayName, in process and over HTTP against the receiver, prints the
// SQLite query plans that answer them, and the process's resident memory.
//
//   scim-bench-lookup [--users N] [--groups G] [--lookups L] [--data-dir DIR] [--json FILE]
//
// With --data-dir, a store that already holds the users is reused (seeding is skipped).

#include "benchsupport.h"
#include "platform/threadeventloop.h"
#include "receiver/receiver.h"
#include "service/resourceservice.h"
#include "service/seeder.h"
#include "service/tokenservice.h"
#include "store/postgresql/postgresqlbackend.h"
#include "store/sqlite/sqlitebackend.h"
#include "store/storefactory.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace scimmon;
using scimmon::bench::LatencyStats;

namespace {

QString queryPlan(const QString &dbPath, const QString &sql)
{
    QString plan;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"plan"_s);
        db.setDatabaseName(dbPath);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(u"EXPLAIN QUERY PLAN "_s + sql))
                while (q.next())
                    plan += (plan.isEmpty() ? QString() : u"; "_s) + q.value(3).toString();
        }
    }
    QSqlDatabase::removeDatabase(u"plan"_s);
    return plan;
}

} // namespace

int main(int argc, char **argv)
{
    scimmon::ThreadEventLoop::useQtDispatcherInWorkerThreads(); // as the application's main()
    QCoreApplication app(argc, argv);
    scimmon::SqliteBackend::registerBackend();
    scimmon::PostgresqlBackend::registerBackend();
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Lookup latency of scim-monitor on a large store."_s);
    parser.addHelpOption();
    parser.addOptions({{u"users"_s, u"Users to seed (default 100000)."_s, u"N"_s, u"100000"_s},
                       {u"groups"_s, u"Groups to seed (default 1000)."_s, u"G"_s, u"1000"_s},
                       {u"members-per-group"_s, u"Members per group (default 100)."_s, u"M"_s, u"100"_s},
                       {u"lookups"_s, u"Lookups per kind (default 1000)."_s, u"L"_s, u"1000"_s},
                       {u"data-dir"_s, u"Store to use or reuse (default: a temporary one)."_s, u"DIR"_s},
                       {u"json"_s, u"Also write the figures to FILE."_s, u"FILE"_s}});
    parser.process(app);
    const int users = parser.value(u"users"_s).toInt();
    const int groups = parser.value(u"groups"_s).toInt();
    const int lookups = parser.value(u"lookups"_s).toInt();
    QTemporaryDir temp;
    const QString dataDir = parser.isSet(u"data-dir"_s) ? parser.value(u"data-dir"_s) : temp.path();
    const StoreConfig config = StoreConfig::sqliteIn(dataDir);
    const quint32 seed = SeedOptions().seed;
    QJsonObject report{{u"users"_s, users}, {u"groups"_s, groups}, {u"lookups"_s, lookups}};

    const double seedSeconds
        = bench::ensureSeeded(dataDir, users, groups, parser.value(u"members-per-group"_s).toInt());
    if (seedSeconds < 0)
        return 1;
    if (seedSeconds > 0)
        report.insert(u"seed_seconds"_s, seedSeconds);
    QString error;
    auto store = StoreFactory::open(config, u"bench"_s, &error);
    if (!store) {
        std::fprintf(stderr, "scim-bench-lookup: %s\n", qPrintable(error));
        return 1;
    }
    ResourceService service(*store, u"http://bench.example/scim/v2"_s);
    QRandomGenerator rng(7);
    auto measure = [&](const QString &name, ResourceKind kind, auto filterFor) {
        LatencyStats s{name, {}};
        for (int i = 0; i < lookups; ++i) {
            ListParams p;
            p.filter = filterFor(int(rng.bounded(quint32(users))));
            QElapsedTimer t;
            t.start();
            const ScimOutcome o = service.list(kind, p);
            s.micros.append(double(t.nsecsElapsed()) / 1000.0);
            if (o.status != 200
                || (kind == ResourceKind::User && name.contains(u"userName"_s)
                    && o.body.value("totalResults"_L1).toInt() != 1)) {
                std::fprintf(stderr, "unexpected answer for %s: %d\n", qPrintable(p.filter), o.status);
                std::exit(1);
            }
        }
        return s;
    };
    auto field
        = [&](int i, const char *key) { return Seeder::userBody(seed, i).value(QLatin1StringView(key)).toString(); };
    QList<LatencyStats> results{
        measure(u"in process: userName eq"_s, ResourceKind::User,
                [&](int i) { return u"userName eq \"%1\""_s.arg(field(i, "userName").toUpper()); }),
        measure(u"in process: externalId eq"_s, ResourceKind::User,
                [&](int i) { return u"externalId eq \"%1\""_s.arg(field(i, "externalId")); }),
        measure(u"in process: emails[work].value eq"_s, ResourceKind::User,
                [&](int i) { return u"emails[type eq \"work\"].value eq \"%1\""_s.arg(field(i, "userName")); }),
        measure(u"in process: Test Connection (GUID)"_s, ResourceKind::User,
                [&](int) { return u"userName eq \"%1\""_s.arg(QUuid::createUuid().toString(QUuid::WithoutBraces)); }),
        measure(u"in process: group displayName eq"_s, ResourceKind::Group,
                [&](int i) { return u"displayName eq \"Finance Platform %1\""_s.arg(i % 3 + 1); }),
    };
    store.reset();

    // Over HTTP: the receiver on its own thread, one keep-alive client.
    {
        auto setup = StoreFactory::open(config, u"bench-token"_s, &error);
        const QString token = TokenService(*setup).create(u"bench"_s, 1, &error)->secret;
        setup.reset();
        Receiver receiver;
        ReceiverConfig rc;
        rc.store = config;
        rc.port = 0;
        QEventLoop wait;
        QObject::connect(&receiver, &Receiver::stateChanged, &wait, &QEventLoop::quit);
        receiver.start(rc);
        while (receiver.state() == Receiver::State::Starting)
            wait.exec();
        bench::KeepAliveClient client(receiver.port(), token.toLatin1());
        LatencyStats http{u"over HTTP: userName eq (keep-alive)"_s, {}};
        for (int i = 0; i < lookups; ++i) {
            const QByteArray filter = QUrl::toPercentEncoding(
                u"userName eq \"%1\""_s.arg(field(int(rng.bounded(quint32(users))), "userName")));
            QElapsedTimer t;
            t.start();
            const QByteArray reply = client.get("/scim/v2/Users?filter=" + filter);
            http.micros.append(double(t.nsecsElapsed()) / 1000.0);
            if (!reply.startsWith("HTTP/1.1 200") || !reply.contains("\"totalResults\":1")) {
                std::fprintf(stderr, "unexpected HTTP answer: %s\n", reply.left(200).constData());
                return 1;
            }
        }
        results.append(http);
        receiver.stop();
    }

    LatencyStats::printHeader();
    QJsonArray rows;
    for (const LatencyStats &s : results) {
        s.print();
        rows.append(s.json());
    }
    report.insert(u"lookups_us"_s, rows);

    const QString db = config.sqlitePath;
    QJsonObject plans;
    for (const auto &[name, sql] :
         {std::pair{u"userName"_s, u"SELECT id FROM scim_users WHERE user_name_folded = 'x'"_s},
          std::pair{u"externalId"_s, u"SELECT id FROM scim_users WHERE external_id = 'x'"_s},
          std::pair{u"work email"_s,
                    u"SELECT user_seq FROM user_emails WHERE value_folded = 'x' AND type_folded = 'work'"_s},
          std::pair{u"group displayName"_s, u"SELECT id FROM scim_groups WHERE display_name_folded = 'x'"_s}}) {
        const QString plan = queryPlan(db, sql);
        std::printf("plan %-18s %s\n", qPrintable(name), qPrintable(plan));
        plans.insert(name, plan);
    }
    report.insert(u"plans"_s, plans);
    const qint64 rss = bench::residentKiB();
    std::printf("resident memory: %.1f MiB\n", double(rss) / 1024.0);
    report.insert(u"rss_kib"_s, rss);
    if (parser.isSet(u"json"_s)) {
        QFile out(parser.value(u"json"_s));
        if (out.open(QIODevice::WriteOnly))
            out.write(QJsonDocument(report).toJson());
    }
    return 0;
}
