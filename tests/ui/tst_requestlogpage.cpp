// The provisioning log tab: Follow scrolls to new rows only while checked and at the bottom; the
// selected row's details; the search box; Clear view.

#include "requestdetailview.h"
#include "requestlogmodel.h"
#include "requestlogpage.h"

#include <QAction>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace scimmon;

namespace {

RequestRecord makeRecord(qint64 id)
{
    RequestRecord r;
    r.id = id;
    r.time = QDateTime::currentDateTimeUtc();
    r.client = u"127.0.0.1"_s;
    r.method = u"PATCH"_s;
    r.path = u"/scim/v2/Users/%1"_s.arg(id);
    r.status = id % 7 == 0 ? 404 : 200;
    r.operation = u"Update user"_s;
    r.target = u"user%1@contoso.com"_s.arg(id);
    r.requestHeaders = u"Authorization: Bearer [redacted]\nContent-Type: application/scim+json"_s;
    r.requestBody = uR"({"Operations":[{"op":"Replace","path":"title","value":"Boss"}]})"_s;
    r.responseHeaders = u"Content-Type: application/scim+json"_s;
    r.responseBody = uR"({"id":"x","userName":"user@contoso.com"})"_s;
    r.notes = QStringList{u"op \"Replace\" capitalised"_s};
    return r;
}

void addRows(RequestLogModel &model, qint64 first, qint64 last)
{
    for (qint64 id = first; id <= last; ++id)
        model.append(makeRecord(id));
    model.flush();
}

} // namespace

class TestRequestLogPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_model = std::make_unique<RequestLogModel>();
        m_page = std::make_unique<RequestLogPage>(m_model.get());
        m_page->resize(900, 600);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
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

    void selectedRowShowsItsDetails()
    {
        addRows(*m_model, 1, 5);
        RequestDetailView *detail = m_page->detailView();
        QCOMPARE(detail->recordId(), 0);
        m_page->view()->setCurrentIndex(m_page->proxy()->index(2, 0));
        QCOMPARE(detail->recordId(), 3);
        const QString text = detail->toPlainText();
        QVERIFY(text.contains(u"PATCH /scim/v2/Users/3"_s));
        QVERIFY(text.contains(u"op \"Replace\" capitalised"_s));
        QVERIFY(text.contains(u"HTTP/1.1 200 OK"_s));
        QVERIFY2(text.contains(u"\"op\": \"Replace\""_s), qPrintable(text)); // indented JSON
        QVERIFY(text.contains(u"Bearer [redacted]"_s));
    }

    void searchFiltersAndClearEmpties()
    {
        addRows(*m_model, 1, 30);
        auto *search = m_page->findChild<QLineEdit *>(u"logSearch"_s);
        QVERIFY(search);
        QCOMPARE(search->placeholderText(), u"Search the log"_s);
        QTest::keyClicks(search, u"user7@"_s);
        QCOMPARE(m_page->proxy()->rowCount(), 1);
        search->clear();
        QTest::keyClicks(search, u"404"_s); // status column: ids 7, 14, 21, 28
        QCOMPARE(m_page->proxy()->rowCount(), 4);
        search->clear();
        QCOMPARE(m_page->proxy()->rowCount(), 30);

        m_page->view()->setCurrentIndex(m_page->proxy()->index(0, 0));
        QVERIFY(m_page->detailView()->recordId() != 0);
        QPushButton *clear = nullptr;
        for (QPushButton *button : m_page->findChildren<QPushButton *>())
            if (button->text() == u"Clear view"_s)
                clear = button;
        QVERIFY(clear);
        QTest::mouseClick(clear, Qt::LeftButton);
        QCOMPARE(m_model->rowCount(), 0);
        QCOMPARE(m_page->detailView()->recordId(), 0);
        QVERIFY(m_page->detailView()->toPlainText().isEmpty());
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
