// scim-bench-browse: the Users and Groups tabs of the real main window on a large store.
//
// Opens the window on the store in --data-dir (seeded through the engine when it holds fewer than
// --users users; seed beforehand with `scim-monitor seed` so that seeding does not count in the
// memory figure) with the receiver listening, and measures, each from the user's action to the
// rows painted (the event loop runs meanwhile; the view is repainted when the rows arrive):
//   - opening the Users table: creating the window (which reads every tab) to the first users
//     painted, then reading the table again (F5) 20 times;
//   - a search keystroke: words typed into the Users search box one key at a time;
//   - a header click (sorting by another column) and a jump to the middle of the table;
//   - selecting a user (detail pane with its groups) and a group (its members);
//   - a userName filter lookup over HTTP against the receiver (keep-alive, as scim-bench-lookup);
//   - the process's resident memory after all that.
//
//   scim-bench-browse [--data-dir DIR] [--users N] [--groups G] [--members-per-group M]
//                     [--lookups L] [--json FILE]
//
// Run it under Xvfb (xvfb-run -a -s "-screen 0 1280x800x24") or with QT_QPA_PLATFORM=offscreen.

#include "benchsupport.h"
#include "platform/appsettings.h"
#include "platform/threadeventloop.h"
#include "receiver/receiver.h"
#include "service/seeder.h"
#include "service/tokenservice.h"
#include "store/postgresql/postgresqlbackend.h"
#include "store/readexecutor.h"
#include "store/sqlite/sqlitebackend.h"
#include "store/storefactory.h"
#include "ui/mainwindow.h"
#include "ui/resources/groupmembersmodel.h"
#include "ui/resources/groupspage.h"
#include "ui/resources/grouptablemodel.h"
#include "ui/resources/resourcedetailpane.h"
#include "ui/resources/userspage.h"
#include "ui/resources/usertablemodel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>

#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;
using namespace scimmon;
using scimmon::bench::LatencyStats;

namespace {

constexpr int kTimeoutMs = 60000;

/// Runs `action`, then the event loop until `signal` of `sender` fires; then repaints `view`
/// (so that the rows are on screen) and returns the milliseconds from before `action` to after
/// the paint; -1 on timeout.
template<class Sender, class Signal>
double timeUntil(const Sender *sender, Signal signal, QAbstractItemView *view, const std::function<void()> &action)
{
    QEventLoop loop;
    QElapsedTimer clock;
    double ms = -1;
    const QMetaObject::Connection done = QObject::connect(sender, signal, &loop, [&] {
        if (ms >= 0)
            return;
        view->viewport()->repaint();
        ms = double(clock.nsecsElapsed()) / 1e6;
        loop.quit();
    });
    QTimer::singleShot(kTimeoutMs, &loop, &QEventLoop::quit);
    clock.start();
    action();
    if (ms < 0)
        loop.exec();
    QObject::disconnect(done);
    return ms;
}

void add(LatencyStats &stats, double ms)
{
    if (ms < 0) {
        std::fprintf(stderr, "scim-bench-browse: %s timed out\n", qPrintable(stats.name));
        std::exit(1);
    }
    stats.micros.append(ms * 1000.0);
}

} // namespace

int main(int argc, char **argv)
{
    scimmon::ThreadEventLoop::useQtDispatcherInWorkerThreads(); // as the application's main()
    QApplication app(argc, argv);
    scimmon::SqliteBackend::registerBackend();
    scimmon::PostgresqlBackend::registerBackend();
    QApplication::setApplicationName(u"scim-bench-browse"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"The Users and Groups tabs of scim-monitor on a large store."_s);
    parser.addHelpOption();
    parser.addOptions({{u"data-dir"_s, u"Store to use or reuse (default: a temporary one)."_s, u"DIR"_s},
                       {u"users"_s, u"Users the store must hold (default 100000)."_s, u"N"_s, u"100000"_s},
                       {u"groups"_s, u"Groups to seed (default 1000)."_s, u"G"_s, u"1000"_s},
                       {u"members-per-group"_s, u"Members per group (default 100)."_s, u"M"_s, u"100"_s},
                       {u"lookups"_s, u"HTTP lookups (default 2000)."_s, u"L"_s, u"2000"_s},
                       {u"json"_s, u"Also write the figures to FILE."_s, u"FILE"_s}});
    parser.process(app);
    const int users = parser.value(u"users"_s).toInt();
    QTemporaryDir temp;
    const QString dataDir = parser.isSet(u"data-dir"_s) ? parser.value(u"data-dir"_s) : temp.path();
    const double seeded = bench::ensureSeeded(dataDir, users, parser.value(u"groups"_s).toInt(),
                                              parser.value(u"members-per-group"_s).toInt());
    if (seeded < 0)
        return 1;

    ReceiverConfig config;
    config.store = StoreConfig::sqliteIn(dataDir);
    config.port = 0;
    QString error;
    QString token;
    qint64 storedUsers = 0;
    {
        auto store = StoreFactory::open(config.store, u"bench-token"_s, &error);
        const auto created = store ? TokenService(*store).create(u"bench"_s, 1, &error) : std::nullopt;
        if (!created) {
            std::fprintf(stderr, "scim-bench-browse: cannot create a token: %s\n", qPrintable(error));
            return 1;
        }
        token = created->secret;
        storedUsers = store->resources().count(ResourceKind::User, ResourceQuery{});
    }
    QTemporaryDir settingsDir; // a fresh window layout every run
    AppSettings settings(settingsDir.path());
    Receiver receiver;
    receiver.start(config);
    ReadExecutor reader(config.store);
    QList<LatencyStats> results;

    // Opening: the window reads every tab's rows when it is created; the Users tab is shown.
    LatencyStats open{u"open Users table (new window)"_s, {}};
    std::unique_ptr<MainWindow> window;
    UserTableModel *userModel = nullptr;
    UsersPage *usersPage = nullptr;
    add(open, [&] {
        QElapsedTimer clock;
        clock.start();
        window = std::make_unique<MainWindow>(settings, receiver, reader);
        userModel = window->userTableModel();
        usersPage = window->usersPage();
        window->resize(1280, 800);
        window->tabs()->setCurrentWidget(usersPage);
        window->show();
        const double rest = timeUntil(userModel, &UserTableModel::loadFinished, usersPage->view(), [] {});
        return rest < 0 ? rest : double(clock.nsecsElapsed()) / 1e6;
    }());
    results.append(open);
    std::printf("window open: %lld users in the table, %lld loaded\n", qlonglong(userModel->rowCount()),
                qlonglong(userModel->loadedRowCount()));
    while (receiver.state() == Receiver::State::Starting)
        QTest::qWait(10);

    LatencyStats reopen{u"reload Users table (F5)"_s, {}};
    for (int i = 0; i < 20; ++i)
        add(reopen, timeUntil(userModel, &UserTableModel::loadFinished, usersPage->view(), [&] { window->refresh(); }));
    results.append(reopen);

    // Typing in the search box, one key at a time, waiting for each key's rows (as a person
    // reading the table while typing); the box is cleared between words (not measured).
    LatencyStats keys{u"search keystroke to rows"_s, {}};
    QLineEdit *search = usersPage->searchField();
    search->setFocus();
    const QStringList words{u"berg"_s,  u"tanaka"_s, u"svc-"_s, u"chloé"_s,     u"ada.silva.4"_s,
                            u"12345"_s, u"people"_s, u"zq"_s,   u"contoso.e"_s, u"walsh"_s};
    for (const QString &word : words) {
        QStringList typed;
        for (const QChar c : word) {
            const double ms = timeUntil(userModel, &UserTableModel::loadFinished, usersPage->view(), [&] {
                QTest::sendKeyEvent(QTest::Click, search, Qt::Key_unknown, QString(c), Qt::NoModifier);
            });
            add(keys, ms);
            typed.append(u"%1 %2 ms (%3)"_s.arg(search->text()).arg(ms, 0, 'f', 1).arg(userModel->matchingCount()));
        }
        std::printf("  %s\n", qPrintable(typed.join(u", "_s)));
        timeUntil(userModel, &UserTableModel::loadFinished, usersPage->view(), [&] { search->clear(); });
    }
    results.append(keys);

    LatencyStats sorts{u"header click (sort) to rows"_s, {}};
    for (const auto &sort : {std::pair{int(UserTableModel::FamilyName), Qt::DescendingOrder},
                             std::pair{int(UserTableModel::Groups), Qt::DescendingOrder},
                             std::pair{int(UserTableModel::LastModified), Qt::DescendingOrder},
                             std::pair{int(UserTableModel::WorkEmail), Qt::AscendingOrder},
                             std::pair{int(UserTableModel::Mapping), Qt::DescendingOrder},
                             std::pair{int(UserTableModel::Active), Qt::AscendingOrder},
                             std::pair{int(UserTableModel::UserName), Qt::AscendingOrder}})
        add(sorts, timeUntil(userModel, &UserTableModel::loadFinished, usersPage->view(), [&] {
                usersPage->view()->sortByColumn(sort.first, sort.second);
            }));
    results.append(sorts);

    LatencyStats jumps{u"scroll-bar jump to rows"_s, {}};
    QScrollBar *bar = usersPage->view()->verticalScrollBar();
    for (const double at : {0.5, 0.9, 0.25, 1.0, 0.61})
        add(jumps, timeUntil(userModel, &UserTableModel::dataChanged, usersPage->view(), [&] {
                bar->setValue(int(bar->maximum() * at));
            }));
    results.append(jumps);

    LatencyStats selectUser{u"select a user (detail, groups)"_s, {}};
    for (int i = 0; i < 10; ++i) {
        while (!userModel->rowAt(bar->value() + i)) // the rows in sight, once their page has arrived
            QTest::qWait(5);
        const QModelIndex row = userModel->index(bar->value() + i, UserTableModel::UserName);
        add(selectUser, timeUntil(usersPage->detailPane(), &ResourceDetailPane::loaded, usersPage->view(), [&] {
                usersPage->view()->setCurrentIndex(row);
            }));
    }
    results.append(selectUser);

    GroupsPage *groupsPage = window->groupsPage();
    window->tabs()->setCurrentWidget(groupsPage);
    LatencyStats selectGroup{u"select a group (members, detail)"_s, {}};
    for (int i = 0; i < 10; ++i) {
        const QModelIndex row = window->groupTableModel()->index((i * 7) % window->groupTableModel()->rowCount(),
                                                                 GroupTableModel::DisplayName);
        add(selectGroup,
            timeUntil(window->groupMembersModel(), &GroupMembersModel::loadFinished, groupsPage->membersView(),
                      [&] { groupsPage->view()->setCurrentIndex(row); }));
    }
    results.append(selectGroup);

    // A userName filter lookup over HTTP while the window is open.
    LatencyStats http{u"HTTP userName eq lookup"_s, {}};
    {
        bench::KeepAliveClient client(receiver.port(), token.toLatin1());
        QRandomGenerator rng(11);
        const int lookups = parser.value(u"lookups"_s).toInt();
        for (int i = 0; i < lookups; ++i) {
            const QString userName = Seeder::userBody(SeedOptions().seed, int(rng.bounded(quint32(users))))
                                         .value("userName"_L1)
                                         .toString();
            const QByteArray path
                = "/scim/v2/Users?filter=" + QUrl::toPercentEncoding(u"userName eq \"%1\""_s.arg(userName));
            QElapsedTimer t;
            t.start();
            const QByteArray reply = client.get(path);
            http.micros.append(double(t.nsecsElapsed()) / 1000.0);
            if (!reply.startsWith("HTTP/1.1 200") || !reply.contains("\"totalResults\":1")) {
                std::fprintf(stderr, "scim-bench-browse: unexpected answer: %s\n", reply.left(200).constData());
                return 1;
            }
        }
    }
    results.append(http);
    QTest::qWait(500); // the window takes the lookups into its log

    const qint64 rss = bench::residentKiB();
    const qint64 peak = bench::peakResidentKiB();
    LatencyStats::printHeader();
    QJsonArray rows;
    for (const LatencyStats &s : std::as_const(results)) {
        s.print();
        rows.append(s.json());
    }
    std::printf("\nusers in the store: %lld; resident memory after the run: %.1f MiB (peak %.1f MiB)%s\n",
                qlonglong(storedUsers), double(rss) / 1024.0, double(peak) / 1024.0,
                seeded > 0 ? " -- includes seeding in this process" : "");
    if (parser.isSet(u"json"_s)) {
        QFile out(parser.value(u"json"_s));
        if (out.open(QIODevice::WriteOnly))
            out.write(QJsonDocument(QJsonObject{{u"users"_s, storedUsers},
                                                {u"seeded_in_process_seconds"_s, seeded},
                                                {u"latencies"_s, rows},
                                                {u"rss_kib"_s, rss},
                                                {u"peak_rss_kib"_s, peak}})
                          .toJson());
    }
    window.reset();
    receiver.stop();
    return 0;
}
