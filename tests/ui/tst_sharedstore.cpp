// The window on a shared store: File → Open store… (OpenStoreDialog) names a wrong URL, a URL with
// a password and an unreachable server and saves nothing; a store that opens is saved without its
// password. A window watching a PostgreSQL store without a receiver of its own shows the requests
// other receivers commit, live, with each receiver's name, and says it only watches.

#include "platform/appsettings.h"
#include "platform/keychainsecretstore.h"
#include "receiver/receiver.h"
#include "store/readexecutor.h"
#include "store/storefactory.h"
#include "support/testsupport.h"
#include "ui/log/cyclespage.h"
#include "ui/log/cycletablemodel.h"
#include "ui/log/requestlogmodel.h"
#include "ui/log/requestlogpage.h"
#include "ui/mainwindow.h"
#include "ui/settings/openstoredialog.h"

#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace scimmon;

namespace {

constexpr int PostgresqlTimeout = 5; ///< PostgresqlBackend::kConnectTimeoutSeconds

QString settingsFileText(const AppSettings &settings)
{
    QFile file(settings.dataDir() + u"/settings.ini"_s);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

/// The URL of the test's PostgreSQL server (SCIMMON_TEST_PG) for the store `config`.
QString urlOf(const StoreConfig &config)
{
    return u"postgresql://%1@%2:%3/%4"_s.arg(config.user, config.host).arg(config.port).arg(config.database);
}

struct DialogRun
{
    QTemporaryDir dir;
    AppSettings settings{dir.path()};
    KeychainSecretStore secrets;
    OpenStoreDialog *dialog; ///< deletes itself when a store opened: see `alive`
    QPointer<OpenStoreDialog> alive;
    std::optional<std::pair<StoreConfig, bool>> chosen;
    std::optional<bool> finished;
    QString status; ///< the dialog's message when it finished (it deletes itself when it opened a store)

    DialogRun()
    {
        secrets.setTimeoutMs(3000);
        dialog = new OpenStoreDialog(settings, secrets, StoreConfig::sqliteIn(dir.path()));
        alive = dialog;
        QObject::connect(dialog, &OpenStoreDialog::chosen, dialog,
                         [this](const StoreConfig &c, bool local) { chosen = std::make_pair(c, local); });
        QObject::connect(dialog, &OpenStoreDialog::checkFinished, dialog, [this](bool ok) {
            finished = ok;
            status = dialog->statusLabel()->text(); // emitted by the dialog: alive
        });
        dialog->show();
    }
    ~DialogRun() { delete alive.data(); }

    /// Chooses the shared store `url` with `password` and presses Open; waits for the outcome.
    bool open(const QString &url, const QString &password = {}, bool receiver = false)
    {
        dialog->sharedChoice()->setChecked(true);
        dialog->urlEdit()->setText(url);
        dialog->passwordEdit()->setText(password);
        dialog->rememberPassword()->setChecked(false);
        dialog->localReceiver()->setChecked(receiver);
        finished.reset();
        dialog->accept();
        return QTest::qWaitFor([this] { return finished.has_value(); }, 15000) && *finished;
    }
};

} // namespace

class TestSharedStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        SCIMMON_REQUIRE_STORE_BACKEND();
        qRegisterMetaType<QList<RequestRecord>>();
    }

    void wrongUrlsAreNamedAndNothingIsSaved_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("named");
        QTest::newRow("other scheme") << u"mysql://scim@db/scimmon"_s << u"postgresql://"_s;
        QTest::newRow("no database") << u"postgresql://scim@db.example.com"_s << u"database"_s;
        QTest::newRow("password in URL") << u"postgresql://scim:hunter2@db.example.com/scimmon"_s << u"password"_s;
    }

    void wrongUrlsAreNamedAndNothingIsSaved()
    {
        QFETCH(QString, url);
        QFETCH(QString, named);
        DialogRun run;
        QVERIFY(!run.open(url));
        const QString status = run.dialog->statusLabel()->text();
        QVERIFY2(status.contains(named, Qt::CaseInsensitive), qPrintable(status));
        QVERIFY2(!status.contains(u"hunter2"_s), qPrintable(status));
        QVERIFY(!run.chosen);
        QVERIFY(run.dialog->isVisible());
        QVERIFY(run.settings.storeUrl().isEmpty());
        QVERIFY(!settingsFileText(run.settings).contains(u"hunter2"_s));
    }

    void unreachableServerIsNamed()
    {
        DialogRun run;
        QVERIFY(!run.open(u"postgresql://scim@127.0.0.1:1/scimmon"_s, u"typed-password"_s));
        const QString status = run.dialog->statusLabel()->text();
        QVERIFY2(status.contains(u"127.0.0.1"_s), qPrintable(status));
        QVERIFY(!run.chosen);
        QVERIFY(run.settings.storeUrl().isEmpty());
        QVERIFY(!settingsFileText(run.settings).contains(u"typed-password"_s));
        // The fields are usable again for a correction.
        QVERIFY(run.dialog->urlEdit()->isEnabled());
    }

    void dialogClosedWhileConnectingDropsTheAnswer()
    {
        // A server that accepts connections and never answers: the check runs into libpq's
        // connect timeout after the dialog is gone.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QList<QTcpSocket *> held;
        connect(&silent, &QTcpServer::newConnection, this, [&] { held.append(silent.nextPendingConnection()); });
        DialogRun run;
        run.dialog->sharedChoice()->setChecked(true);
        run.dialog->urlEdit()->setText(u"postgresql://scim@127.0.0.1:%1/scimmon"_s.arg(silent.serverPort()));
        run.dialog->accept();
        QTRY_VERIFY(!held.isEmpty());
        QVERIFY(!run.dialog->urlEdit()->isEnabled()); // connecting
        delete run.dialog; // Cancel, and the dialog is gone
        QTest::qWait((PostgresqlTimeout + 1) * 1000);
        QVERIFY(!run.chosen);
        QVERIFY(run.settings.storeUrl().isEmpty());
    }

    void sharedStoreIsSavedWithoutItsPassword()
    {
        if (!test::onPostgresql())
            QSKIP("needs a PostgreSQL server");
        test::TempStore store;
        DialogRun run;
        QVERIFY2(run.open(urlOf(store.config()), u"typed-password"_s, true), qPrintable(run.status));
        QTRY_VERIFY(!run.alive); // closed
        QVERIFY(run.chosen);
        QCOMPARE(run.chosen->first.database, store.config().database);
        QCOMPARE(run.chosen->first.password, u"typed-password"_s); // for this session, in memory
        QVERIFY(run.chosen->second);
        QCOMPARE(run.settings.storeUrl(), urlOf(store.config()));
        QVERIFY(run.settings.storeLocalReceiver());
        QVERIFY(!run.settings.storePasswordInKeychain());
        QVERIFY(!settingsFileText(run.settings).contains(u"typed-password"_s));
    }

    void localStoreNeedsNoReopenWhenAlreadyShown()
    {
        DialogRun run;
        run.dialog->localChoice()->setChecked(true);
        run.dialog->accept();
        QVERIFY(run.finished.value_or(false));
        QVERIFY(!run.chosen); // it is the store the window shows already
        QVERIFY(run.settings.storeUrl().isEmpty());
    }

    void windowWatchesRequestsOfOtherReceivers()
    {
        if (!test::onPostgresql())
            QSKIP("a store that other receivers write at the same time: PostgreSQL");
        test::TempStore store;
        QTemporaryDir dir;
        AppSettings settings(dir.path());
        ReadExecutor reader(store.config());
        Receiver receiver; // never started: the window only watches
        MainWindow window(settings, receiver, reader);
        window.watchSharedStore(false);
        window.show();
        QVERIFY(window.windowTitle().contains(store.config().database));
        auto *state = window.findChild<QLabel *>(u"receiverState"_s);
        QVERIFY(state);
        QTRY_VERIFY2(state->text().contains(u"Watching"_s), qPrintable(state->text()));
        QVERIFY(!window.requestLogPage()->findChild<QTableView *>()->isColumnHidden(RequestLogModel::Receiver));
        QVERIFY(!window.cyclesPage()->view()->isColumnHidden(CycleTableModel::Receiver));
        QAction *openStore = window.findChild<QAction *>(u"openStore"_s);
        QVERIFY(openStore);
        QCOMPARE(openStore->shortcut(), QKeySequence(QKeySequence::Open));
        QTest::qWait(500); // the watcher has connected and read its starting point

        auto r1 = store.openAs(u"receiver-1"_s, u"r1"_s);
        auto r2 = store.openAs(u"receiver-2"_s, u"r2"_s);
        QVERIFY(r1->requestLog().append(test::createUserRecord(u"ada@contoso.com"_s)) > 0);
        QVERIFY(r2->requestLog().append(test::createUserRecord(u"grace@contoso.com"_s)) > 0);

        RequestLogModel *model = window.requestLogModel();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 2, 4000);
        QStringList receivers;
        for (int row = 0; row < model->rowCount(); ++row)
            receivers.append(model->index(row, RequestLogModel::Receiver).data().toString());
        receivers.sort();
        QCOMPARE(receivers, (QStringList{u"receiver-1"_s, u"receiver-2"_s}));
        QCOMPARE(receiver.state(), Receiver::State::Stopped);
        QVERIFY2(state->text().contains(u"Watching"_s), qPrintable(state->text()));

        // The server drops every connection (a restart): the window connects again and goes on.
        store.dropConnections();
        auto r3 = store.openAs(u"receiver-3"_s, u"r3"_s);
        QVERIFY(r3->requestLog().append(test::createUserRecord(u"linus@contoso.com"_s)) > 0);
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 3, 15000);
        QTRY_VERIFY2(state->text().contains(u"Watching"_s), qPrintable(state->text()));
    }
};

QTEST_MAIN(TestSharedStore)
#include "tst_sharedstore.moc"
