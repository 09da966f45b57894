// scim-bench-audit-export: time and memory of exporting a large audit trail.
//
// Fills a store with N audit events (default 1,000,000; reused when the data directory already
// holds them), then runs `scim-monitor export-audit` under /usr/bin/time and reports the wall
// time, the rows per second, and the memory growth: the export's peak resident memory minus that
// of a trivial command (`token list`) on the same store.
//
//   scim-bench-audit-export --binary build/release/bin/scim-monitor [--events N] [--data-dir DIR]

#include "store/postgresql/postgresqlbackend.h"
#include "store/sqlite/sqlitebackend.h"
#include "store/storefactory.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QUuid>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace scimmon;

namespace {

struct Run
{
    double seconds = 0;
    qint64 maxRssKiB = -1;
    int exitCode = -1;
};

Run timed(const QString &binary, const QStringList &args)
{
    QProcess p;
    QElapsedTimer t;
    t.start();
    p.start(u"/usr/bin/time"_s, QStringList{u"-v"_s, binary} + args);
    p.waitForFinished(-1);
    Run r;
    r.seconds = double(t.elapsed()) / 1000.0;
    r.exitCode = p.exitCode();
    const auto m = QRegularExpression(u"Maximum resident set size \\(kbytes\\): (\\d+)"_s)
                       .match(QString::fromUtf8(p.readAllStandardError()));
    if (m.hasMatch())
        r.maxRssKiB = m.captured(1).toLongLong();
    return r;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    scimmon::SqliteBackend::registerBackend();
    scimmon::PostgresqlBackend::registerBackend();
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Time and memory of exporting a large audit trail."_s);
    parser.addHelpOption();
    parser.addOptions({{u"binary"_s, u"The scim-monitor executable to measure."_s, u"PATH"_s},
                       {u"events"_s, u"Audit events (default 1000000)."_s, u"N"_s, u"1000000"_s},
                       {u"data-dir"_s, u"Store to use or reuse (default: a temporary one)."_s, u"DIR"_s}});
    parser.process(app);
    const QString binary = parser.value(u"binary"_s);
    if (!QFileInfo(binary).isExecutable() || !QFileInfo::exists(u"/usr/bin/time"_s)) {
        std::fprintf(stderr, "scim-bench-audit-export: needs --binary PATH and /usr/bin/time (Debian package time)\n");
        return 2;
    }
    const qint64 events = parser.value(u"events"_s).toLongLong();
    QTemporaryDir temp;
    const QString dataDir = parser.isSet(u"data-dir"_s) ? parser.value(u"data-dir"_s) : temp.path();

    {
        QString error;
        auto store = StoreFactory::open(StoreConfig::sqliteIn(dataDir), u"fill"_s, &error);
        if (!store) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        qint64 have = store->audit().count(AuditFilter{});
        if (have < events) {
            std::printf("writing %lld audit events...\n", events - have);
            QElapsedTimer t;
            t.start();
            const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-30);
            while (have < events) {
                QList<AuditEvent> batch;
                for (int i = 0; i < 10000 && have + i < events; ++i) {
                    const qint64 n = have + i;
                    AuditEvent e;
                    e.time = start.addMSecs(n * 2);
                    e.actor = n % 7 == 0 ? u"local"_s : u"Entra ID"_s;
                    e.action = n % 5 == 0 ? u"group.member_added"_s
                                          : (n % 3 == 0 ? u"user.deactivated"_s : u"user.updated"_s);
                    e.targetType = u"User"_s;
                    e.targetId = QUuid::createUuid().toString(QUuid::WithoutBraces);
                    e.targetName = u"user%1@contoso.example"_s.arg(n);
                    e.changes = {{u"title"_s, u"Engineer, \"senior\""_s, u"=Director"_s}, {u"active"_s, true, false}};
                    e.requestRef = QUuid::createUuid().toString(QUuid::WithoutBraces);
                    batch.append(e);
                }
                if (!store->begin() || !store->audit().append(batch) || !store->commit()) {
                    std::fprintf(stderr, "writing failed: %s\n", qPrintable(store->lastError().message));
                    return 1;
                }
                have += batch.size();
            }
            std::printf("  written in %.1f s\n", double(t.elapsed()) / 1000.0);
        }
    }

    const QStringList common{u"--data-dir"_s, dataDir};
    const Run baseline = timed(binary, common + QStringList{u"token"_s, u"list"_s});
    const QString out = dataDir + u"/audit-export.csv"_s;
    const Run run = timed(binary, common + QStringList{u"export-audit"_s, u"--out"_s, out});
    if (run.exitCode != 0) {
        std::fprintf(stderr, "export-audit failed (exit %d)\n", run.exitCode);
        return 1;
    }
    std::printf("\nexported %lld events: %.2f s (%.0f events/s), file %.1f MiB\n", events, run.seconds,
                double(events) / run.seconds, double(QFileInfo(out).size()) / 1048576.0);
    std::printf("peak resident memory: export %.1f MiB, baseline (token list) %.1f MiB, growth %.1f MiB\n",
                double(run.maxRssKiB) / 1024.0, double(baseline.maxRssKiB) / 1024.0,
                double(run.maxRssKiB - baseline.maxRssKiB) / 1024.0);
    return 0;
}
