// scim-bench-gui: how fluid the window stays while the provisioning log takes a flood of requests.
//
// Opens the real main window on a fresh data directory with the Provisioning log tab shown and
// following, starts the receiver, and drives it with the shared load generator
// (../shared/bench/scim-load.mjs, closed loop: as fast as the receiver answers). Meanwhile a 5 ms
// precise timer on the GUI thread (StallProbe) records every gap of the event loop. At the end it
// prints the longest gap, the percentiles, the gaps over 16/50/100 ms, the achieved request rate
// (scim-load's overall figure and the peak second seen by the window), then exits.
//
//   scim-bench-gui [--users 5000] [--groups 50] [--concurrency 32] [--load FILE] [--node NODE]
//                  [--interval-ms 5] [--json FILE] [--tab log|overview|cycles|users] [--load-nice 10]
//
// Run it under Xvfb (xvfb-run -a) or with QT_QPA_PLATFORM=offscreen; see bench/gui-stall.sh.

#include "platform/appsettings.h"
#include "platform/threadeventloop.h"
#include "receiver/receiver.h"
#include "service/tokenservice.h"
#include "stallprobe.h"
#include "store/postgresql/postgresqlbackend.h"
#include "store/readexecutor.h"
#include "store/sqlite/sqlitebackend.h"
#include "store/storefactory.h"
#include "ui/log/cyclespage.h"
#include "ui/log/requestlogmodel.h"
#include "ui/log/requestlogpage.h"
#include "ui/mainwindow.h"
#include "ui/overview/overviewpage.h"
#include "ui/resources/userspage.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTabWidget>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace scimmon;

namespace {

void out(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    scimmon::ThreadEventLoop::useQtDispatcherInWorkerThreads(); // as the application's main()
    QApplication app(argc, argv);
    scimmon::SqliteBackend::registerBackend();
    scimmon::PostgresqlBackend::registerBackend();
    QApplication::setApplicationName(u"scim-bench-gui"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Measures GUI event-loop stalls while the live log takes a load."_s);
    parser.addHelpOption();
    const QCommandLineOption usersOpt(u"users"_s, u"users scim-load provisions (default 5000)"_s, u"N"_s, u"5000"_s);
    const QCommandLineOption groupsOpt(u"groups"_s, u"groups scim-load provisions (default 50)"_s, u"N"_s, u"50"_s);
    const QCommandLineOption concurrencyOpt(u"concurrency"_s, u"requests in flight (default 32)"_s, u"N"_s, u"32"_s);
    const QCommandLineOption loadOpt(u"load"_s, u"path of scim-load.mjs"_s, u"FILE"_s,
                                     QStringLiteral(SCIMMON_SOURCE_DIR "/../shared/bench/scim-load.mjs"));
    const QCommandLineOption nodeOpt(u"node"_s, u"the Node.js executable (default node)"_s, u"NODE"_s, u"node"_s);
    const QCommandLineOption intervalOpt(u"interval-ms"_s, u"probe timer interval (default 5)"_s, u"MS"_s, u"5"_s);
    const QCommandLineOption jsonOpt(u"json"_s, u"also write the figures to FILE"_s, u"FILE"_s);
    const QCommandLineOption tabOpt(u"tab"_s, u"tab shown during the run: log (default), overview, cycles, users"_s,
                                    u"TAB"_s, u"log"_s);
    const QCommandLineOption niceOpt(
        u"load-nice"_s, u"scheduling niceness of the load generator, 0-19 (default 10; 0: same as the app)"_s, u"N"_s,
        u"10"_s);
    parser.addOptions({usersOpt, groupsOpt, concurrencyOpt, loadOpt, nodeOpt, intervalOpt, jsonOpt, tabOpt, niceOpt});
    parser.process(app);

    QTemporaryDir dir;
    AppSettings settings(dir.path());
    ReceiverConfig config;
    config.store = StoreConfig::sqliteIn(dir.path());
    config.port = 0;
    QString error;
    QString token;
    {
        auto store = StoreFactory::open(config.store, u"bench-token"_s, &error);
        const auto created = store ? TokenService(*store).create(u"bench"_s, 0, &error) : std::nullopt;
        if (!created) {
            out(u"scim-bench-gui: cannot create a token: "_s + error);
            return 1;
        }
        token = created->secret;
    }

    ReadExecutor reader(config.store);
    Receiver receiver;
    MainWindow window(settings, receiver, reader);
    window.resize(1280, 800);
    const QString tab = parser.value(tabOpt);
    QWidget *shown = window.requestLogPage();
    if (tab == "overview"_L1)
        shown = window.overviewPage();
    else if (tab == "cycles"_L1)
        shown = window.cyclesPage();
    else if (tab == "users"_L1)
        shown = window.usersPage();
    window.tabs()->setCurrentWidget(shown);
    window.requestLogPage()->followAction()->setChecked(true);
    window.show();

    StallProbe probe(parser.value(intervalOpt).toInt());
    QElapsedTimer clock;
    QList<int> perSecond; ///< requests the window received in each second of the run
    QObject::connect(&receiver, &Receiver::requestHandled, &app, [&] {
        if (!clock.isValid())
            return;
        const qsizetype second = clock.elapsed() / 1000;
        if (perSecond.size() <= second)
            perSecond.resize(second + 1);
        ++perSecond[second];
    });

    QProcess load;
    load.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    const QString reportPath = dir.filePath(u"scim-load.json"_s);
    QObject::connect(&load, &QProcess::readyReadStandardOutput, &app, [&] {
        while (load.canReadLine())
            out(u"  | "_s + QString::fromUtf8(load.readLine()).trimmed());
    });
    QObject::connect(&load, &QProcess::finished, &app, [&](int exitCode) {
        probe.stop();
        const double seconds = double(clock.elapsed()) / 1000.0;
        const QJsonObject report = [&] {
            QFile f(reportPath);
            return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
        }();
        const QJsonObject overall = report.value("overall"_L1).toObject();
        const int peak = perSecond.isEmpty() ? 0 : *std::max_element(perSecond.cbegin(), perSecond.cend());
        const qint64 received = window.requestLogModel()->totalCount();
        QJsonObject figures{
            {u"scimLoadExit"_s, exitCode},
            {u"users"_s, parser.value(usersOpt).toInt()},
            {u"concurrency"_s, parser.value(concurrencyOpt).toInt()},
            {u"tab"_s, tab},
            {u"runSeconds"_s, seconds},
            {u"requests"_s, overall.value("requests"_L1)},
            {u"reqPerSec"_s, overall.value("reqPerSec"_L1)},
            {u"peakReqPerSecInWindow"_s, peak},
            {u"requestsInWindow"_s, received},
            {u"probeIntervalMs"_s, probe.intervalMs()},
            {u"probeSamples"_s, probe.samples()},
            {u"maxGapMs"_s, probe.maxGapMs()},
            {u"p50GapMs"_s, probe.percentileMs(0.50)},
            {u"p99GapMs"_s, probe.percentileMs(0.99)},
            {u"p999GapMs"_s, probe.percentileMs(0.999)},
            {u"gapsOver16Ms"_s, probe.gapsOver(16)},
            {u"gapsOver50Ms"_s, probe.gapsOver(50)},
            {u"gapsOver100Ms"_s, probe.gapsOver(100)},
            {u"maxBusyMs"_s, probe.maxBusyMs()},
            {u"busyInLongestGapMs"_s, probe.busyInLongestGapMs()},
        };
        out(u""_s);
        out(u"scim-bench-gui: %1 requests in %2 s, %3 req/s overall (scim-load), peak %4 req/s in one second; "
            "the window received %5"_s.arg(overall.value("requests"_L1).toInteger())
                .arg(seconds, 0, 'f', 1)
                .arg(overall.value("reqPerSec"_L1).toDouble(), 0, 'f', 1)
                .arg(peak)
                .arg(received));
        out(u"scim-bench-gui: GUI event loop, %1 ms probe, %2 ticks: longest gap %3 ms, p50 %4 ms, p99 %5 ms, "
            "p99.9 %6 ms; gaps over 16 ms: %7, over 50 ms: %8, over 100 ms: %9"_s.arg(probe.intervalMs())
                .arg(probe.samples())
                .arg(probe.maxGapMs(), 0, 'f', 1)
                .arg(probe.percentileMs(0.5), 0, 'f', 1)
                .arg(probe.percentileMs(0.99), 0, 'f', 1)
                .arg(probe.percentileMs(0.999), 0, 'f', 1)
                .arg(probe.gapsOver(16))
                .arg(probe.gapsOver(50))
                .arg(probe.gapsOver(100)));
        out(u"scim-bench-gui: GUI thread CPU within one gap: at most %1 ms (the longest gap held %2 ms of it)"_s
                .arg(probe.maxBusyMs(), 0, 'f', 1)
                .arg(probe.busyInLongestGapMs(), 0, 'f', 1));
        if (parser.isSet(jsonOpt)) {
            QFile f(parser.value(jsonOpt));
            if (f.open(QIODevice::WriteOnly))
                f.write(QJsonDocument(figures).toJson());
        }
        window.close();
        QCoreApplication::exit(exitCode == 0 ? 0 : 1);
    });

    QObject::connect(&receiver, &Receiver::stateChanged, &app, [&](Receiver::State state) {
        if (state == Receiver::State::Failed) {
            out(u"scim-bench-gui: the receiver failed: "_s + receiver.errorString());
            QCoreApplication::exit(1);
            return;
        }
        if (state != Receiver::State::Listening || load.state() != QProcess::NotRunning)
            return;
        out(u"scim-bench-gui: receiver at %1; the window shows the %2 tab; starting scim-load"_s.arg(
            receiver.tenantUrl(), tab));
        // Let the window settle (first paint, history load) before measuring.
        QTimer::singleShot(500, &app, [&] {
            probe.start();
            clock.start();
            // In production the identity provider is another machine; here it shares the cores, so
            // it runs at a lower scheduling priority (--load-nice) to leave the app the CPU time it
            // would have. The token goes as --token=VALUE: a token may start with '-'.
            const QStringList loadArgs{parser.value(loadOpt), u"--base"_s,
                                       receiver.tenantUrl(),  QString(u"--token="_s + token),
                                       u"--users"_s,          parser.value(usersOpt),
                                       u"--groups"_s,         parser.value(groupsOpt),
                                       u"--concurrency"_s,    parser.value(concurrencyOpt),
                                       u"--json"_s,           reportPath};
            const int nice = parser.value(niceOpt).toInt();
            if (nice > 0)
                load.start(u"nice"_s, QStringList{u"-n"_s, QString::number(nice), parser.value(nodeOpt)} + loadArgs);
            else
                load.start(parser.value(nodeOpt), loadArgs);
        });
    });
    receiver.start(config);
    const int status = QApplication::exec();
    if (load.state() != QProcess::NotRunning) {
        load.kill();
        load.waitForFinished(5000);
    }
    receiver.stop();
    return status;
}
