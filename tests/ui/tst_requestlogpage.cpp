// The provisioning log tab under the offscreen platform: Follow scrolls to new rows only while
// checked and at the bottom; Pause freezes the rows and counts new ones; the filters (search,
// status, operation, resource type, IdP, time range, cycle) query the stored log and filter live
// rows, with the shown/total count; scrolling to the top pages older rows in; the detail pane
// shows the request with badges, the before → after diff, redacted headers and JSON, and copies
// the request as curl without the token; Clear view; bodies of megabytes show only their head,
// with a note and the whole body to copy; the empty table says why it is empty.

#include "http/redaction.h"
#include "store/readexecutor.h"
#include "support/testsupport.h"
#include "ui/common/emptyviewhint.h"
#include "ui/common/longtext.h"
#include "ui/log/requestdetailview.h"
#include "ui/log/requestlogfilterbar.h"
#include "ui/log/requestlogmodel.h"
#include "ui/log/requestlogpage.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>

using namespace Qt::StringLiterals;
using namespace scimmon;

namespace {

const QDateTime kBase = QDateTime::currentDateTimeUtc().addSecs(-3600);

RequestRecord makeRecord(qint64 id)
{
    RequestRecord r;
    r.id = id;
    r.time = kBase.addSecs(id);
    r.client = u"127.0.0.1"_s;
    r.method = u"PATCH"_s;
    r.path = u"/scim/v2/Users/%1"_s.arg(id);
    r.status = id % 7 == 0 ? 404 : 200;
    r.operation = id % 7 == 0 ? Operation::Rejected : Operation::UpdateUser;
    r.attemptedOperation = id % 7 == 0 ? Operation::UpdateUser : Operation::None;
    r.resourceType = u"User"_s;
    r.resourceId = u"u%1"_s.arg(id);
    r.idp = id % 2 ? Idp::Entra : Idp::Okta;
    r.tokenLabel = u"Entra ID"_s;
    r.target = u"user%1@contoso.com"_s.arg(id);
    r.requestHeaders
        = u"Host: scim.example:8443\nAuthorization: Bearer [redacted]\nContent-Type: application/scim+json"_s;
    r.requestBody = u"{\"Operations\":[{\"op\":\"Replace\",\"path\":\"title\",\"value\":\"Boss\"}]}"_s;
    r.responseHeaders = u"Content-Type: application/scim+json"_s;
    r.responseBody = u"{\"id\":\"x\",\"userName\":\"user@contoso.com\"}"_s;
    r.quirks = {Quirk{Quirk::Kind::CapitalisedOp, {u"Replace"_s, u"replace"_s}}};
    return r;
}

void addRows(RequestLogModel &model, qint64 first, qint64 last)
{
    for (qint64 id = first; id <= last; ++id)
        model.append(makeRecord(id));
    model.flush();
}

QPushButton *button(QWidget *parent, const QString &name)
{
    return parent->findChild<QPushButton *>(name);
}

} // namespace

class TestRequestLogPage : public QObject
{
    Q_OBJECT

    void makePage(RequestLogModel *model)
    {
        m_page = std::make_unique<RequestLogPage>(model);
        m_page->resize(1100, 700);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

private Q_SLOTS:
    void init()
    {
        m_model = std::make_unique<RequestLogModel>();
        makePage(m_model.get());
    }

    void cleanup()
    {
        m_page.reset();
        m_model.reset();
    }

    void followScrollsOnlyWhenCheckedAndAtTheBottom()
    {
        QScrollBar *bar = m_page->view()->verticalScrollBar();
        QVERIFY(m_page->followAction()->isChecked());
        addRows(*m_model, 1, 200);
        QVERIFY(bar->maximum() > 0);
        QCOMPARE(bar->value(), bar->maximum());

        // Scrolled up to read: new rows do not move the view.
        bar->setValue(10);
        addRows(*m_model, 201, 220);
        QCOMPARE(bar->value(), 10);

        // Back at the bottom: it follows again.
        bar->setValue(bar->maximum());
        addRows(*m_model, 221, 240);
        QCOMPARE(bar->value(), bar->maximum());

        // Follow off: it stays put even at the bottom.
        m_page->followAction()->setChecked(false);
        const int before = bar->value();
        addRows(*m_model, 241, 260);
        QTRY_VERIFY(bar->value() < bar->maximum()); // once the view has laid out the new rows
        QCOMPARE(bar->value(), before);

        // Turning it on jumps to the newest row.
        m_page->followAction()->setChecked(true);
        QCOMPARE(bar->value(), bar->maximum());
    }

    void pauseFreezesTheRowsAndCountsNewOnes()
    {
        QAbstractItemModelTester tester(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        addRows(*m_model, 1, 10);
        auto *newer = m_page->findChild<QLabel *>(u"newerRequests"_s);
        QVERIFY(newer && !newer->isVisible());
        m_page->pauseAction()->setChecked(true);
        QVERIFY(m_model->isPaused());
        addRows(*m_model, 11, 15);
        QCOMPARE(m_model->rowCount(), 10);
        QCOMPARE(m_model->newerCount(), 5);
        QVERIFY(newer->isVisible());
        QCOMPARE(newer->text(), u"Paused \u00b7 5 new requests"_s);
        // "Show newest" resumes and brings them in.
        QTest::mouseClick(button(m_page.get(), u"showNewest"_s), Qt::LeftButton);
        QVERIFY(!m_page->pauseAction()->isChecked());
        QCOMPARE(m_model->rowCount(), 15);
        QCOMPARE(m_model->record(14).id, 15);
        QVERIFY(!newer->isVisible());
    }

    void selectedRowShowsItsDetails()
    {
        RequestRecord r = makeRecord(3);
        r.operation = Operation::DeactivateUser;
        r.quirks = {Quirk{Quirk::Kind::BooleanAsString, {u"active"_s, u"False"_s, u"false"_s}},
                    Quirk{Quirk::Kind::CapitalisedOp, {u"Replace"_s, u"replace"_s}}};
        r.change.before = test::obj("{\"userName\":\"user3@contoso.com\",\"active\":true,\"title\":\"Buyer\","
                                    "\"emails\":[{\"type\":\"work\",\"value\":\"a@contoso.com\"}]}");
        r.change.after = test::obj("{\"userName\":\"user3@contoso.com\",\"active\":false,\"displayName\":\"U3\","
                                   "\"emails\":[{\"type\":\"work\",\"value\":\"b@contoso.com\"}]}");
        // A header stored unredacted by some other writer is still never shown.
        r.requestHeaders = u"Host: scim.example:8443\nAuthorization: Bearer s3cr3t-token\nUser-Agent: Azure AD\n"
                           "Content-Type: application/scim+json\nContent-Length: 80"_s;
        m_model->append(makeRecord(1));
        m_model->append(makeRecord(2));
        m_model->append(r);
        m_model->flush();

        RequestDetailView *detail = m_page->detailView();
        QCOMPARE(detail->recordId(), 0);
        QVERIFY(!detail->curlButton()->isEnabled());
        m_page->view()->setCurrentIndex(m_model->index(2, 0));
        QCOMPARE(detail->recordId(), 3);
        const QString text = detail->toPlainText();
        QVERIFY2(text.contains(u"PATCH /scim/v2/Users/3"_s), qPrintable(text));
        QVERIFY(text.contains(u"Deactivate user"_s));
        QVERIFY(text.contains(u"IdP: Entra"_s));
        // Badges, and how the quirk was read.
        QVERIFY(text.contains(u"active sent as string \"False\" → false"_s));
        QVERIFY(text.contains(u"op \"Replace\" capitalised → replace"_s));
        // The diff, attribute by attribute.
        QVERIFY(text.contains(u"active"_s));
        QVERIFY2(text.contains(u"true\t\u2192\tfalse"_s) || text.contains(u"true \u2192 false"_s)
                     || text.contains(u"true\n\u2192\nfalse"_s),
                 qPrintable(text));
        QVERIFY(text.contains(u"emails[type eq \"work\"].value"_s));
        QVERIFY(text.contains(u"b@contoso.com"_s));
        QVERIFY(text.contains(u"title"_s));
        QVERIFY(text.contains(u"displayName"_s));
        // Request and response, redacted, with indented JSON.
        QVERIFY(text.contains(u"HTTP/1.1 200 OK"_s));
        QVERIFY2(text.contains(u"\"op\": \"Replace\""_s), qPrintable(text));
        QVERIFY(text.contains(u"Authorization: Bearer [redacted]"_s));
        QVERIFY(!text.contains(u"s3cr3t-token"_s));
        QVERIFY(detail->browser()->toHtml().contains(u"color:"_s)); // coloured JSON and statuses

        // Copy as curl: the token is a placeholder, the body and the URL are there.
        QVERIFY(detail->curlButton()->isEnabled());
        QTest::mouseClick(detail->curlButton(), Qt::LeftButton);
        const QString curl = QGuiApplication::clipboard()->text();
        QVERIFY2(curl.startsWith(u"curl -X PATCH 'http://scim.example:8443/scim/v2/Users/3'"_s), qPrintable(curl));
        QVERIFY(curl.contains(u"-H \"Authorization: Bearer $SCIM_TOKEN\""_s));
        QVERIFY(curl.contains(u"-H 'Content-Type: application/scim+json'"_s));
        QVERIFY(curl.contains(u"-H 'User-Agent: Azure AD'"_s));
        QVERIFY(!curl.contains(u"Content-Length"_s));
        QVERIFY(!curl.contains(u"s3cr3t"_s));
        QVERIFY(curl.contains(u"--data-raw '{\"Operations\""_s));

        // The history button names the resource.
        QVERIFY(detail->historyButton()->isVisibleTo(detail));
        QSignalSpy history(detail, &RequestDetailView::historyRequested);
        QTest::mouseClick(detail->historyButton(), Qt::LeftButton);
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().at(1).toString(), u"u3"_s);
    }

    void curlQuotesForTheShell()
    {
        RequestRecord r;
        r.method = u"GET"_s;
        r.path = u"/scim/v2/Users?filter=userName+eq+%22o'brien%22"_s;
        r.requestHeaders = u"Host: 127.0.0.1:8080\nX-Forwarded-Proto: https\nAccept: application/scim+json"_s;
        QCOMPARE(RequestDetailView::curlCommand(r),
                 u"curl 'https://127.0.0.1:8080/scim/v2/Users?filter=userName+eq+%22o'\\''brien%22' \\\n"
                 "  -H 'Accept: application/scim+json'"_s);
        r.method = u"POST"_s;
        r.path = u"/scim/v2/Users"_s;
        r.requestHeaders.clear();
        r.requestBody = u"{\"userName\":\"x\",\"password\":\"hunter2\"}"_s;
        const QString curl = RequestDetailView::curlCommand(r);
        QVERIFY(curl.startsWith(u"curl -X POST 'http://HOST:PORT/scim/v2/Users'"_s));
        QVERIFY(!curl.contains(u"hunter2"_s));
    }

    void filtersQueryTheStoredLog()
    {
        test::TempStore store(u"filters"_s);
        for (qint64 i = 1; i <= 60; ++i) {
            RequestRecord r = makeRecord(i);
            r.id = 0;
            if (i % 10 == 0) {
                r.resourceType = u"Group"_s;
                r.operation = Operation::AddMembers;
                r.status = 204;
                r.attemptedOperation = Operation::None;
                r.target = u"Sales"_s;
            }
            r.cycleId = i <= 30 ? 1 : 2;
            QVERIFY(store->requestLog().append(r) > 0);
        }
        ReadExecutor reader(store.config());
        m_model->loadHistory(reader);
        QSignalSpy loaded(m_model.get(), &RequestLogModel::historyLoaded);
        QVERIFY(loaded.wait(5000));
        QCOMPARE(m_model->rowCount(), 60);
        RequestLogFilterBar *bar = m_page->filterBar();
        QCOMPARE(bar->countLabel()->text(), u"60 requests"_s);

        auto waitLoaded = [&] {
            loaded.clear();
            return loaded.wait(5000);
        };
        // Free text, typed (debounced).
        QTest::keyClicks(bar->searchField(), u"USER4"_s);
        QVERIFY(waitLoaded());
        QCOMPARE(m_model->rowCount(), 10); // user4, user41..user49 (40 is a group)
        QCOMPARE(bar->countLabel()->text(), u"10 of 60 requests"_s);
        bar->searchField()->clear();
        QVERIFY(waitLoaded());
        QCOMPARE(m_model->rowCount(), 60);

        // Status class: 4xx are ids 7, 14, 21, 28, 35, 42, 49, 56 (70 is past the end).
        bar->statusBox()->setCurrentIndex(bar->statusBox()->findText(u"4xx client error"_s));
        QVERIFY(waitLoaded());
        QCOMPARE(m_model->rowCount(), 8);
        QCOMPARE(m_model->index(0, RequestLogModel::Operation).data().toString(), u"Rejected"_s);
        QCOMPARE(bar->countLabel()->text(), u"8 of 60 requests"_s);
        bar->statusBox()->setCurrentIndex(0);
        QVERIFY(waitLoaded());

        // Operation, resource type, IdP.
        bar->operationBox()->setCurrentIndex(bar->operationBox()->findText(u"Add members"_s));
        QVERIFY(waitLoaded());
        QCOMPARE(m_model->rowCount(), 6);
        bar->operationBox()->setCurrentIndex(0);
        QVERIFY(waitLoaded());
        bar->resourceTypeBox()->setCurrentIndex(bar->resourceTypeBox()->findText(u"Groups"_s));
        QVERIFY(waitLoaded());
        QCOMPARE(m_model->rowCount(), 6);
        bar->idpBox()->setCurrentIndex(bar->idpBox()->findText(u"Okta"_s));
        QVERIFY(waitLoaded());
        QCOMPARE(m_model->rowCount(), 6); // every tenth id is even
        bar->idpBox()->setCurrentIndex(bar->idpBox()->findText(u"Entra"_s));
        QVERIFY(waitLoaded());
        QCOMPARE(m_model->rowCount(), 0);
        QCOMPARE(bar->countLabel()->text(), u"0 of 60 requests"_s);

        // Live records go through the same filter, and the count follows.
        RequestRecord live = makeRecord(61);
        live.id = store->requestLog().append(live);
        live.resourceType = u"Group"_s; // matches Group + Entra
        m_model->append(live);
        m_model->append(makeRecord(62)); // a User: not shown
        m_model->flush();
        QCOMPARE(m_model->rowCount(), 1);
        QCOMPARE(m_model->totalCount(), 62);
        QCOMPARE(bar->countLabel()->text(), u"1 of 62 requests"_s);

        bar->clearFilters();
        QVERIFY(waitLoaded());
        QVERIFY(m_model->filter().isEmpty());
        QCOMPARE(bar->countLabel()->text(), u"62 requests"_s);

        // A custom time range: the first 20 seconds of the log.
        bar->timeBox()->setCurrentIndex(bar->timeBox()->findText(u"Custom range\u2026"_s));
        QVERIFY(bar->fromEdit()->isVisibleTo(bar));
        QVERIFY(waitLoaded());
        bar->fromEdit()->setDateTime(kBase.toLocalTime());
        QVERIFY(waitLoaded());
        bar->toEdit()->setDateTime(kBase.addSecs(20 * 60).toLocalTime()); // minutes precision
        QVERIFY(waitLoaded());
        QCOMPARE(m_model->rowCount(), 61);
        bar->timeBox()->setCurrentIndex(bar->timeBox()->findText(u"Last 15 minutes"_s));
        QVERIFY(waitLoaded());
        QCOMPARE(m_model->rowCount(), 0);
        bar->timeBox()->setCurrentIndex(0);
        QVERIFY(waitLoaded());

        // A cycle, as the Cycles tab asks for; the chip removes it.
        m_page->showCycle(2);
        QVERIFY(waitLoaded());
        QCOMPARE(m_model->rowCount(), 30);
        auto *chip = m_page->findChild<QWidget *>(u"filterChip"_s);
        QVERIFY(chip && chip->isVisible());
        QTest::mouseClick(chip, Qt::LeftButton);
        QVERIFY(waitLoaded());
        QCOMPARE(m_model->rowCount(), 61);

        // Selecting a filtered row shows its details.
        m_page->view()->setCurrentIndex(m_model->index(0, 0));
        QCOMPARE(m_page->detailView()->recordId(), m_model->record(0).id);
    }

    void scrollingUpPagesOlderRowsIn()
    {
        test::TempStore store(u"paging"_s);
        for (qint64 i = 1; i <= 400; ++i) {
            RequestRecord r = makeRecord(i);
            r.id = 0;
            QVERIFY(store->requestLog().append(r) > 0);
        }
        ReadExecutor reader(store.config());
        RequestLogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCapacity(250);
        makePage(&model);
        QSignalSpy loaded(&model, &RequestLogModel::historyLoaded);
        model.loadHistory(reader, 100);
        QVERIFY(loaded.wait(5000));
        QCOMPARE(model.rowCount(), 100);
        QCOMPARE(model.record(0).id, 301);
        QVERIFY(model.hasOlder());

        QSignalSpy older(&model, &RequestLogModel::olderLoaded);
        QScrollBar *scroll = m_page->view()->verticalScrollBar();
        scroll->setValue(scroll->minimum());
        QVERIFY(older.wait(5000));
        QCOMPARE(older.last().at(0).toInt(), RequestLogModel::kPageRows > 250 ? 250 : 150);
        // Over the cap: the newest rows went, and the model left the live end.
        QCOMPARE(model.rowCount(), 250);
        QCOMPARE(model.record(0).id, 51);
        QVERIFY(!model.isAtLive());
        QVERIFY(model.newerCount() > 0);
        QVERIFY(scroll->value() > 0); // the row looked at stays in place

        // A live request now is counted, not shown...
        RequestRecord live = makeRecord(401);
        live.id = store->requestLog().append(live);
        model.append(live);
        model.flush();
        QCOMPARE(model.rowCount(), 250);
        QVERIFY(m_page->findChild<QLabel *>(u"newerRequests"_s)->isVisible());
        // ...and "Show newest" returns to the live end.
        QTest::mouseClick(button(m_page.get(), u"showNewest"_s), Qt::LeftButton);
        QVERIFY(loaded.wait(5000));
        QVERIFY(model.isAtLive());
        QCOMPARE(model.record(model.rowCount() - 1).id, 401);
        m_page.reset();
    }

    void clearViewEmptiesTheRows()
    {
        addRows(*m_model, 1, 30);
        m_page->view()->setCurrentIndex(m_model->index(0, 0));
        QVERIFY(m_page->detailView()->recordId() != 0);
        QTest::mouseClick(button(m_page.get(), u"clearLogView"_s), Qt::LeftButton);
        QCOMPARE(m_model->rowCount(), 0);
        QCOMPARE(m_page->detailView()->recordId(), 0);
        QVERIFY(m_page->detailView()->toPlainText().isEmpty());
        addRows(*m_model, 31, 31);
        QCOMPARE(m_model->rowCount(), 1);
    }

    void hugeBodiesShowTheirHeadWithANote()
    {
        // A response of 1,500 users (pretty-printed: many lines) and a request body of one line of
        // megabytes (the store keeps its first 256 KiB), as a careless client may send.
        QJsonArray users;
        for (int i = 0; i < 1500; ++i)
            users.append(QJsonObject{{u"id"_s, u"%1"_s.arg(i)},
                                     {u"userName"_s, u"user%1@contoso.com"_s.arg(i)},
                                     {u"displayName"_s, u"User number %1"_s.arg(i)}});
        RequestRecord r = makeRecord(1);
        r.method = u"POST"_s;
        // As the receiver stores it: redacted, and cut to its first 256 KiB with a note.
        r.requestBody = Redaction::body(
            u"{\"userName\":\"huge@contoso.com\",\"photo\":\"%1\"}"_s.arg(QString(3 << 20, u'A')).toUtf8());
        r.responseBody
            = QString::fromUtf8(QJsonDocument(QJsonObject{{u"Resources"_s, users}, {u"totalResults"_s, 1500}})
                                    .toJson(QJsonDocument::Compact));
        QVERIFY(RequestDetailView::prettyBody(r.responseBody).size() > 3 * LongText::kMaxShown);
        m_model->append(r);
        m_model->flush();

        RequestDetailView *detail = m_page->detailView();
        QElapsedTimer timer;
        timer.start();
        m_page->view()->setCurrentIndex(m_model->index(0, 0));
        QCoreApplication::processEvents(); // the pane is laid out and painted
        const qint64 elapsed = timer.elapsed();
        qInfo("selecting the request with the huge bodies took %lld ms", elapsed);
        QVERIFY2(elapsed < 1000, qPrintable(QString::number(elapsed))); // far less in a release build
        QCOMPARE(detail->recordId(), 1);

        // The document holds the heads of both bodies and the rest of the pane, no more.
        const QString text = detail->toPlainText();
        QVERIFY2(text.size() < LongText::kMaxShown + LongText::kMaxLine + 8 * 1024,
                 qPrintable(QString::number(text.size())));
        QVERIFY(detail->browser()->document()->characterCount() < LongText::kMaxShown + LongText::kMaxLine + 8 * 1024);
        QCOMPARE(text.count(u"Showing the first "_s), 2);
        // The request's one line of 256 KiB shows its first 4 KiB, the response its first 64 KiB.
        QVERIFY2(text.contains(u"Showing the first 4 KiB of 257 KiB."_s), qPrintable(text.left(2000)));
        QVERIFY2(text.contains(u"Showing the first 64 KiB of "_s), qPrintable(text));
        QVERIFY(text.contains(u"Copy whole body"_s));
        QVERIFY(text.contains(u"Save body…"_s));
        QVERIFY(text.contains(u"\"userName\": \"user0@contoso.com\""_s)); // the response's head, indented
        QVERIFY(!text.contains(u"user1499@contoso.com"_s));

        // The whole body is there to take.
        QSignalSpy copied(detail, &RequestDetailView::bodyCopied);
        detail->copyBody(true);
        QCOMPARE(copied.size(), 1);
        const QString whole = QGuiApplication::clipboard()->text();
        QCOMPARE(whole, RequestDetailView::prettyBody(r.responseBody));
        QVERIFY(whole.contains(u"user1499@contoso.com"_s));
        QVERIFY(detail->wholeBody(false).size() > 256 * 1024);

        // A small body is shown whole, with no note.
        m_model->append(makeRecord(2));
        m_model->flush();
        m_page->view()->setCurrentIndex(m_model->index(1, 0));
        QVERIFY(!detail->toPlainText().contains(u"Showing the first"_s));
    }

    void emptyLogSaysWhy()
    {
        EmptyViewHint *hint = m_page->emptyHint();
        QVERIFY(hint->isActive());
        QVERIFY(hint->isVisible());
        QVERIFY2(hint->text().contains(u"No requests yet."_s), qPrintable(hint->text()));
        m_page->setTenantUrl(u"http://127.0.0.1:8080/scim/v2"_s);
        QVERIFY(hint->text().contains(u"<tt>http://127.0.0.1:8080/scim/v2</tt>"_s));
        QVERIFY(hint->text().contains(u"Test Connection"_s));
        // Centred in the table, inside it.
        QVERIFY(m_page->view()->viewport()->geometry().contains(hint->geometry()));

        // A slot for buttons that help: it follows its action.
        QAction action(u"Do something…"_s);
        action.setObjectName(u"helpful"_s);
        hint->addAction(&action);
        auto *helpful = hint->findChild<QPushButton *>(u"helpfulButton"_s);
        QVERIFY(helpful);
        QSignalSpy triggered(&action, &QAction::triggered);
        QTest::mouseClick(helpful, Qt::LeftButton);
        QCOMPARE(triggered.size(), 1);

        addRows(*m_model, 1, 3);
        QVERIFY(!hint->isActive());
        QVERIFY(!hint->isVisible());

        QTest::mouseClick(button(m_page.get(), u"clearLogView"_s), Qt::LeftButton);
        QVERIFY(hint->isVisible());
        QVERIFY2(hint->text().contains(u"cleared"_s), qPrintable(hint->text()));
    }

    void prettyBodyIndentsJsonOnly()
    {
        QCOMPARE(RequestDetailView::prettyBody(u"not json"_s), u"not json"_s);
        QCOMPARE(RequestDetailView::prettyBody(u"{\"a\":1}"_s), u"{\n    \"a\": 1\n}\n"_s);
    }

private:
    std::unique_ptr<RequestLogModel> m_model;
    std::unique_ptr<RequestLogPage> m_page;
};

QTEST_MAIN(TestRequestLogPage)
#include "tst_requestlogpage.moc"
