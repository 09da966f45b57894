// The main window end to end: a real receiver on 127.0.0.1 (any free port) over a temporary data
// directory, a real HTTP request, and what the window then shows.

#include "platform/appsettings.h"
#include "receiver/receiver.h"
#include "store/readexecutor.h"
#include "support/testsupport.h"
#include "ui/audit/auditexportdialog.h"
#include "ui/audit/auditpage.h"
#include "ui/audit/audittablemodel.h"
#include "ui/common/messagebox.h"
#include "ui/log/cyclespage.h"
#include "ui/log/cycletablemodel.h"
#include "ui/log/objecthistorydialog.h"
#include "ui/log/requestdetailview.h"
#include "ui/log/requestlogfilterbar.h"
#include "ui/log/requestlogmodel.h"
#include "ui/log/requestlogpage.h"
#include "ui/mainwindow.h"
#include "ui/overview/overviewpage.h"
#include "ui/resources/grouptablemodel.h"
#include "ui/resources/userspage.h"
#include "ui/resources/usertablemodel.h"
#include "ui/tokens/firsttokendialog.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTcpServer>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace scimmon;

namespace {

/// A window over a receiver and a reader in a fresh data directory, torn down in order.
struct Harness
{
    QTemporaryDir dir;
    AppSettings settings{dir.path()};
    ReceiverConfig config;
    std::unique_ptr<ReadExecutor> reader;
    std::unique_ptr<Receiver> receiver;
    std::unique_ptr<MainWindow> window;

    Harness()
    {
        config.store = StoreConfig::sqliteIn(dir.path());
        config.address = QHostAddress::LocalHost;
        config.port = 0;
    }

    /// A token made directly in the store, as `scim-monitor token create` would.
    QString createToken()
    {
        QString error;
        auto store = StoreFactory::open(config.store, u"test-token"_s, &error);
        if (!store)
            qFatal("cannot open store: %s", qPrintable(error));
        const auto token = TokenService(*store).create(u"test"_s, 0, &error);
        if (!token)
            qFatal("cannot create token: %s", qPrintable(error));
        return token->secret;
    }

    void start()
    {
        reader = std::make_unique<ReadExecutor>(config.store);
        receiver = std::make_unique<Receiver>();
        window = std::make_unique<MainWindow>(settings, *receiver, *reader);
        window->show();
        receiver->start(config);
    }

    ~Harness()
    {
        window.reset();
        receiver.reset();
        reader.reset();
    }
};

QString labelText(const MainWindow &window, const QString &name)
{
    const auto *label = window.findChild<QLabel *>(name);
    return label ? label->text() : QString();
}

/// The first row of `model` whose `column` shows `text`; -1 if none.
int findRow(const QAbstractItemModel *model, int column, const QString &text)
{
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, column).data().toString() == text)
            return row;
    return -1;
}

QAction *findAction(const MainWindow &window, const QString &text)
{
    const QList<QAction *> actions = window.menuBar()->findChildren<QAction *>();
    for (QAction *action : actions)
        if (action->text().remove(u'&') == text)
            return action;
    return nullptr;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setApplicationVersion(u"9.8.7"_s);
        QGuiApplication::setQuitOnLastWindowClosed(false);
    }

    void firstStartCreatesAndShowsAToken()
    {
        Harness h;
        h.start();
        QTRY_COMPARE_WITH_TIMEOUT(h.receiver->state(), Receiver::State::Listening, 10000);

        QSignalSpy checked(h.window.get(), &MainWindow::firstTokenChecked);
        h.window->createFirstTokenIfNeeded();
        QVERIFY(checked.wait(10000));
        QCOMPARE(checked.first().at(0).toBool(), true);

        auto *dialog = h.window->findChild<FirstTokenDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->tenantUrl(), h.receiver->tenantUrl());
        QVERIFY(dialog->findChild<QLabel *>(u"howTo"_s)->text().contains(u"shown only now"_s));

        // The token shown is the one the receiver accepts.
        const QString secret = dialog->secret();
        QCOMPARE(secret.size(), 43);
        QString error;
        auto store = StoreFactory::open(h.config.store, u"test-check"_s, &error);
        QVERIFY2(store, qPrintable(error));
        const AuthCheck auth = TokenService(*store).check(QByteArray("Bearer ") + secret.toLatin1());
        QVERIFY(auth.ok());
        QCOMPARE(auth.token.label, u"Default"_s);
        store.reset();

        // Copy puts it on the clipboard.
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"copySecret"_s), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), secret);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"copyTenantUrl"_s), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), h.receiver->tenantUrl());

        // A usable token now exists: the next start creates none.
        dialog->close();
        checked.clear();
        h.window->createFirstTokenIfNeeded();
        QVERIFY(checked.wait(10000));
        QCOMPARE(checked.first().at(0).toBool(), false);
    }

    void requestShowsInLogAndUsers()
    {
        Harness h;
        const QString token = h.createToken();
        h.start();
        QCOMPARE(labelText(*h.window, u"receiverState"_s), u"Receiver: starting\u2026"_s);
        QTRY_COMPARE_WITH_TIMEOUT(h.receiver->state(), Receiver::State::Listening, 10000);
        QCOMPARE(labelText(*h.window, u"receiverState"_s), u"Receiver: listening"_s);
        QVERIFY(h.receiver->tenantUrl().startsWith(u"http://127.0.0.1:"_s));
        QCOMPARE(labelText(*h.window, u"tenantUrl"_s), h.receiver->tenantUrl());
        // One receiver answers everything here: no Receiver columns.
        QVERIFY(h.window->requestLogPage()->findChild<QTableView *>()->isColumnHidden(RequestLogModel::Receiver));
        QVERIFY(h.window->cyclesPage()->view()->isColumnHidden(CycleTableModel::Receiver));

        // The token exists, so no first-token dialog.
        QSignalSpy checked(h.window.get(), &MainWindow::firstTokenChecked);
        h.window->createFirstTokenIfNeeded();
        QVERIFY(checked.wait(10000));
        QCOMPARE(checked.first().at(0).toBool(), false);
        QVERIFY(!h.window->findChild<FirstTokenDialog *>());

        // One real SCIM request over HTTP.
        QNetworkAccessManager nam;
        QNetworkRequest request(QUrl(h.receiver->tenantUrl() + u"/Users"_s));
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/scim+json"_s);
        const QJsonObject body{{u"schemas"_s, QJsonArray{u"urn:ietf:params:scim:schemas:core:2.0:User"_s}},
                               {u"userName"_s, u"ui.test@contoso.com"_s},
                               {u"displayName"_s, u"UI Test"_s},
                               {u"password"_s, u"hunter2"_s}};
        QNetworkReply *reply = nam.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
        reply->deleteLater();

        // The log shows it...
        RequestLogModel *log = h.window->requestLogModel();
        QTRY_VERIFY_WITH_TIMEOUT(findRow(log, RequestLogModel::Target, u"ui.test@contoso.com"_s) >= 0, 10000);
        const int row = findRow(log, RequestLogModel::Target, u"ui.test@contoso.com"_s);
        QCOMPARE(log->index(row, RequestLogModel::Method).data().toString(), u"POST"_s);
        QCOMPARE(log->index(row, RequestLogModel::Path).data().toString(), u"/scim/v2/Users"_s);
        QCOMPARE(log->index(row, RequestLogModel::Status).data().toString(), u"201"_s);
        QCOMPARE(log->index(row, RequestLogModel::Operation).data().toString(), u"Create user"_s);
        QTRY_COMPARE(log->totalCount(), 1);
        QTRY_COMPARE(labelText(*h.window, u"requestCount"_s), u"1 request"_s);

        // ...and selecting it shows the details, with the secrets redacted.
        RequestLogPage *page = h.window->requestLogPage();
        page->view()->setCurrentIndex(log->index(row, 0));
        const QString details = page->detailView()->toPlainText();
        QVERIFY2(details.contains(u"Bearer [redacted]"_s), qPrintable(details));
        QVERIFY(!details.contains(token));
        QVERIFY(!details.contains(u"hunter2"_s));
        QVERIFY(details.contains(u"201 Created"_s));
        QVERIFY(details.contains(u"\"userName\": \"ui.test@contoso.com\""_s)); // pretty-printed body

        // The users table picks the new user up after its debounced reload.
        h.window->tabs()->setCurrentWidget(h.window->usersPage());
        UserTableModel *users = h.window->userTableModel();
        QTRY_VERIFY_WITH_TIMEOUT(findRow(users, UserTableModel::UserName, u"ui.test@contoso.com"_s) >= 0, 10000);
        QCOMPARE(
            users
                ->index(findRow(users, UserTableModel::UserName, u"ui.test@contoso.com"_s), UserTableModel::DisplayName)
                .data()
                .toString(),
            u"UI Test"_s);

        // The search box filters the log.
        QSignalSpy filtered(log, &RequestLogModel::historyLoaded);
        page->filterBar()->searchField()->setText(u"no such request"_s);
        QVERIFY(filtered.wait(5000));
        QCOMPARE(log->rowCount(), 0);
        page->filterBar()->searchField()->setText(u"ui.test"_s);
        QVERIFY(filtered.wait(5000));
        QCOMPARE(log->rowCount(), 1);

        // The Audit tab shows the change, made through the token labelled "test".
        h.window->tabs()->setCurrentWidget(h.window->auditPage());
        AuditTableModel *audit = h.window->auditTableModel();
        QTRY_VERIFY_WITH_TIMEOUT(findRow(audit, AuditTableModel::Action, u"user.created"_s) >= 0, 10000);
        const int auditRow = findRow(audit, AuditTableModel::Action, u"user.created"_s);
        QCOMPARE(audit->index(auditRow, AuditTableModel::Actor).data().toString(), u"test"_s);
        QVERIFY(audit->index(auditRow, AuditTableModel::Target).data().toString().contains(u"ui.test@contoso.com"_s));
        QVERIFY(!audit->event(auditRow).requestRef.isEmpty());

        // File → Export audit trail opens the export dialog with the tab's filter, never modal.
        QAction *exportAction = findAction(*h.window, u"Export audit trail\u2026"_s);
        QVERIFY(exportAction);
        QCOMPARE(exportAction->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
        exportAction->trigger();
        auto *exportDialog = h.window->findChild<AuditExportDialog *>();
        QVERIFY(exportDialog);
        QVERIFY(exportDialog->isVisible());
        QVERIFY(!exportDialog->isModal());
        exportDialog->close();
    }

    void receiverFailureIsShown()
    {
        QTcpServer occupier;
        QVERIFY(occupier.listen(QHostAddress::LocalHost, 0));
        Harness h;
        h.config.port = occupier.serverPort();
        MessageBox::setNextAnswer(QMessageBox::Ok);
        h.start();
        QTRY_COMPARE_WITH_TIMEOUT(h.receiver->state(), Receiver::State::Failed, 10000);
        QVERIFY(!h.receiver->errorString().isEmpty());
        QCOMPARE(labelText(*h.window, u"receiverState"_s), u"Receiver: failed \u2014 "_s + h.receiver->errorString());
        QCOMPARE(labelText(*h.window, u"tenantUrl"_s), u"\u2014"_s);
        QVERIFY(!h.window->findChild<QToolButton *>(u"copyTenantUrl"_s)->isEnabled());
        QVERIFY(MessageBox::lastText().contains(u"--listen"_s));
    }

    void receiverFailureWaitsForTheTokenDialog()
    {
        QTcpServer occupier;
        QVERIFY(occupier.listen(QHostAddress::LocalHost, 0));
        Harness h;
        h.config.port = occupier.serverPort();
        h.reader = std::make_unique<ReadExecutor>(h.config.store);
        h.receiver = std::make_unique<Receiver>();
        h.window = std::make_unique<MainWindow>(h.settings, *h.receiver, *h.reader);
        h.window->show();
        QSignalSpy checked(h.window.get(), &MainWindow::firstTokenChecked);
        h.window->createFirstTokenIfNeeded();
        QVERIFY(checked.wait(10000));
        auto *dialog = h.window->findChild<FirstTokenDialog *>();
        QVERIFY(dialog && dialog->isVisible());

        MessageBox::setNextAnswer(QMessageBox::Ok);
        MessageBox::about(h.window.get(), u"t"_s, u"marker"_s); // resets lastText()
        MessageBox::setNextAnswer(QMessageBox::Ok);
        h.receiver->start(h.config);
        QTRY_COMPARE_WITH_TIMEOUT(h.receiver->state(), Receiver::State::Failed, 10000);
        QCOMPARE(MessageBox::lastText(), u"marker"_s); // the token stays uncovered
        dialog->close();
        QTRY_VERIFY(MessageBox::lastText().contains(u"could not start"_s));
    }

    void historyAndLayoutSurviveARestart()
    {
        Harness h;
        {
            QString error;
            auto store = StoreFactory::open(h.config.store, u"test-fill"_s, &error);
            QVERIFY2(store, qPrintable(error));
            for (int i = 0; i < 3; ++i) {
                RequestRecord r;
                r.time = QDateTime::currentDateTimeUtc();
                r.client = u"10.0.0.1"_s;
                r.method = u"GET"_s;
                r.operation = Operation::LookupUser;
                r.path = u"/scim/v2/Users?filter=userName%20eq%20%22x%22"_s;
                r.status = 200;
                r.target = u"earlier%1"_s.arg(i);
                QVERIFY(store->requestLog().append(r) > 0);
            }
        }
        h.start();
        QTRY_COMPARE_WITH_TIMEOUT(h.window->requestLogModel()->rowCount(), 3, 10000);
        QCOMPARE(h.window->requestLogModel()->totalCount(), 3);

        h.window->resize(900, 600);
        h.window->close();
        QVERIFY(!h.settings.windowGeometry().isEmpty());
        QVERIFY(!h.settings.viewState(u"log/splitter"_s).isEmpty());
        // The users tab was never shown, so its provisional column widths were not saved.
        QVERIFY(h.settings.viewState(u"users/header"_s).isEmpty());

        MainWindow again(h.settings, *h.receiver, *h.reader);
        QCOMPARE(again.size(), QSize(900, 600));
    }

    void overviewCyclesAndHistory()
    {
        Harness h;
        const QString token = h.createToken();
        h.start();
        QTRY_COMPARE_WITH_TIMEOUT(h.receiver->state(), Receiver::State::Listening, 10000);
        test::HttpClient c(h.receiver->port(), token.toLatin1());
        QCOMPARE(c.get("/scim/v2/Users?filter=userName+eq+%22d1e3c5a7-1111-4222-8333-944455556666%22").status, 200);
        const test::Reply created = c.request("POST", "/scim/v2/Users",
                                              "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],"
                                              "\"userName\":\"history@contoso.com\",\"active\":true}");
        QCOMPARE(created.status, 201);
        const QString id = created.json().value("id"_L1).toString();
        QTRY_COMPARE_WITH_TIMEOUT(h.window->requestLogModel()->totalCount(), 2, 10000);

        // The Overview (shown first) reads the counts, the traffic and the last requests.
        OverviewPage *overview = h.window->overviewPage();
        QSignalSpy loaded(overview, &OverviewPage::dataLoaded);
        overview->refresh();
        QVERIFY(loaded.wait(5000));
        QCOMPARE(overview->data().counts.users, 1);
        QCOMPARE(overview->data().counts.activeUsers, 1);
        QCOMPARE(overview->data().counts.tokens, 1);
        QVERIFY(overview->data().lastTestConnection.has_value());
        QCOMPARE(operationKey(overview->data().lastRequest->operation), u"Create user"_s);
        QCOMPARE(overview->requestSeries()->count(), OverviewPage::kMinutes);
        qreal requests = 0;
        for (const QPointF &p : overview->requestSeries()->points())
            requests += p.y();
        QCOMPARE(requests, 2.0);
        QVERIFY(h.window->findChild<QLabel *>(u"lastTestConnection"_s)->text().contains(u"Test Connection"_s));

        // The Cycles tab: one cycle, started by the Test Connection, one user created.
        h.window->tabs()->setCurrentWidget(h.window->cyclesPage());
        QTRY_COMPARE_WITH_TIMEOUT(h.window->cycleTableModel()->rowCount(), 1, 5000);
        const ProvisioningCycle cycle = h.window->cycleTableModel()->cycle(0);
        QCOMPARE(cycle.trigger, ProvisioningCycle::kTriggerTestConnection);
        QCOMPARE(cycle.created, 1);
        QCOMPARE(cycle.requests, 2);
        QTRY_VERIFY(h.window->cyclesPage()->summaryLabel()->text().contains(u"1 created"_s));
        // "Show its requests" filters the log to the cycle.
        QSignalSpy logLoaded(h.window->requestLogModel(), &RequestLogModel::historyLoaded);
        h.window->findChild<QPushButton *>(u"showCycleRequests"_s)->click();
        QCOMPARE(h.window->tabs()->currentWidget(), h.window->requestLogPage());
        QVERIFY(logLoaded.wait(5000));
        QCOMPARE(h.window->requestLogModel()->filter().cycleId, cycle.id);
        QCOMPARE(h.window->requestLogModel()->rowCount(), 2);

        // The history of the user, which follows new requests.
        ObjectHistoryDialog *history = h.window->showHistory(u"User"_s, id, u"history@contoso.com"_s);
        QVERIFY(history);
        QTRY_COMPARE_WITH_TIMEOUT(history->model()->rowCount(), 1, 5000);
        QCOMPARE(operationKey(history->model()->record(0).operation), u"Create user"_s);
        QTRY_VERIFY(history->detailView()->toPlainText().contains(u"Change (created)"_s));
        QCOMPARE(c.request("PATCH", "/scim/v2/Users/" + id.toLatin1(),
                           "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":"
                           "[{\"op\":\"Replace\",\"path\":\"active\",\"value\":\"False\"}]}")
                     .status,
                 200);
        QTRY_COMPARE_WITH_TIMEOUT(history->model()->rowCount(), 2, 5000);
        QCOMPARE(operationKey(history->model()->record(1).operation), u"Deactivate user"_s);
        QCOMPARE(h.window->showHistory(u"User"_s, id, QString()), history); // raised, not opened twice
        history->close();
    }

    void menusAndShortcuts()
    {
        Harness h;
        h.start();
        QAction *about = findAction(*h.window, u"About scim-monitor"_s);
        QVERIFY(about);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        about->trigger();
        QVERIFY(MessageBox::lastText().contains(u"9.8.7"_s));

        QAction *quit = findAction(*h.window, u"Quit"_s);
        QVERIFY(quit);
        QCOMPARE(quit->shortcut(), QKeySequence(u"Ctrl+Q"_s));
        QAction *refresh = findAction(*h.window, u"Refresh"_s);
        QVERIFY(refresh);
        QCOMPARE(refresh->shortcut(), QKeySequence(Qt::Key_F5));

        // The Overview is the first tab and the one shown first.
        QCOMPARE(h.window->tabs()->currentWidget(), h.window->overviewPage());
        QCOMPARE(h.window->tabs()->tabText(0), u"Overview"_s);
        h.window->tabs()->setCurrentWidget(h.window->requestLogPage());

        // Ctrl+F goes to the search box of the tab shown.
        h.window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(h.window.get()));
        QTest::keyClick(h.window.get(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(h.window->findChild<QLineEdit *>(u"logSearch"_s)->hasFocus());
        h.window->tabs()->setCurrentWidget(h.window->usersPage());
        QTest::keyClick(h.window.get(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(h.window->findChild<QLineEdit *>(u"userSearch"_s)->hasFocus());

        // Ctrl+1..3 switch tabs.
        QTest::keyClick(h.window.get(), Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(h.window->tabs()->currentIndex(), 2);
        QTest::keyClick(h.window.get(), Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(h.window->tabs()->currentIndex(), 0);
    }

    void resetAllDataEmptiesTheTablesAfterAsking()
    {
        Harness h;
        {
            QString error;
            auto store = StoreFactory::open(h.config.store, u"test-fill"_s, &error);
            QVERIFY2(store, qPrintable(error));
            ResourceService service(*store, u"http://127.0.0.1/scim/v2"_s);
            const ScimOutcome user
                = service.create(ResourceKind::User, QJsonObject{{u"userName"_s, u"reset.me@contoso.com"_s}});
            QCOMPARE(user.status, 201);
            const QJsonArray members{QJsonObject{{u"value"_s, user.resourceId}}};
            QCOMPARE(
                service.create(ResourceKind::Group, QJsonObject{{u"displayName"_s, u"Gone"_s}, {u"members"_s, members}})
                    .status,
                201);
        }
        h.start();
        h.window->tabs()->setCurrentWidget(h.window->usersPage());
        QTRY_COMPARE_WITH_TIMEOUT(h.window->userTableModel()->rowCount(), 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(h.window->groupTableModel()->rowCount(), 1, 10000);
        QAction *reset = h.window->findChild<QAction *>(u"resetAllData"_s);
        QVERIFY(reset);

        MessageBox::setNextAnswer(QMessageBox::No);
        reset->trigger();
        QVERIFY(MessageBox::lastText().contains(u"every user, group and membership"_s));
        QTest::qWait(300);
        QCOMPARE(h.window->userTableModel()->rowCount(), 1);

        MessageBox::setNextAnswer(QMessageBox::Yes);
        reset->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(h.window->userTableModel()->rowCount(), 0, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(h.window->groupTableModel()->rowCount(), 0, 10000);
        QString error;
        auto store = StoreFactory::open(h.config.store, u"test-check"_s, &error);
        AuditFilter resets;
        resets.actions = {u"data.reset"_s};
        const QList<AuditEvent> events = store->audit().events(resets, 0, 10);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().actor, u"local"_s);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
