// The Audit tab and the export dialog, driven under the offscreen platform over a real store: the
// model under QAbstractItemModelTester, paging, filters, the detail, and an export with progress,
// cancellation and the open-folder offer.

#include "export/auditcsvexport.h"
#include "store/readexecutor.h"
#include "support/testsupport.h"
#include "ui/audit/auditexportdialog.h"
#include "ui/audit/auditpage.h"
#include "ui/audit/audittablemodel.h"
#include "ui/common/filedialog.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace scimmon;

namespace {

AuditEvent makeEvent(int i, const QString &action)
{
    AuditEvent e;
    e.time = QDateTime::currentDateTimeUtc().addSecs(-3600 + i);
    e.actor = i % 2 ? u"Entra ID"_s : u"local"_s;
    e.action = action;
    e.targetType = u"User"_s;
    e.targetId = u"id-%1"_s.arg(i);
    e.targetName = u"user%1@contoso.example"_s.arg(i);
    e.changes = {{u"active"_s, true, false}};
    e.requestRef = u"ref-%1"_s.arg(i);
    return e;
}

} // namespace

class TestAuditPage : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempStore> m_store;

    void fill(int count)
    {
        QList<AuditEvent> events;
        for (int i = 0; i < count; ++i)
            events.append(makeEvent(i, i % 3 == 0 ? u"user.deactivated"_s : u"user.updated"_s));
        QVERIFY(m_store->store->begin());
        QVERIFY(m_store->store->audit().append(events));
        QVERIFY(m_store->store->commit());
    }

private Q_SLOTS:
    void init()
    {
        m_store.reset();
        m_store = std::make_unique<test::TempStore>();
    }

    void modelPagesAndPassesTheTester()
    {
        fill(1200);
        ReadExecutor reader(m_store->config());
        AuditTableModel model(reader);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(model.rowCount(), AuditTableModel::kPageSize);
        QCOMPARE(model.matchingCount(), 1200);
        QCOMPARE(model.event(0).targetName, u"user1199@contoso.example"_s); // newest first
        QVERIFY(model.canFetchMore(QModelIndex()));
        model.fetchMore(QModelIndex());
        QTRY_COMPARE(model.rowCount(), 2 * AuditTableModel::kPageSize);
        model.fetchMore(QModelIndex());
        QTRY_COMPARE(model.rowCount(), 1200);
        QVERIFY(!model.canFetchMore(QModelIndex()));
        AuditFilter f;
        f.actions = {u"user.deactivated"_s};
        model.setFilter(f);
        QTRY_COMPARE(model.matchingCount(), 400);
        QCOMPARE(model.totalCount(), 1200);
    }

    void filtersAndDetailAreDriven()
    {
        fill(30);
        ReadExecutor reader(m_store->config());
        AuditTableModel model(reader);
        AuditPage page(&model);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *count = page.findChild<QLabel *>(u"auditCount"_s);
        QTRY_COMPARE(count->text(), u"30 of 30 events"_s);

        auto *action = page.findChild<QComboBox *>(u"auditAction"_s);
        action->setCurrentIndex(action->findData(u"user.deactivated"_s));
        QTRY_COMPARE(count->text(), u"10 of 30 events"_s);
        QTest::keyClicks(page.findChild<QLineEdit *>(u"auditSearch"_s), u"USER27"_s);
        QTRY_COMPARE(count->text(), u"1 of 30 events"_s);
        page.view()->setCurrentIndex(model.index(0, 0));
        const QString detail = page.findChild<QPlainTextEdit *>(u"auditDetail"_s)->toPlainText();
        QVERIFY2(detail.contains(u"user.deactivated"_s) && detail.contains(u"user27@contoso.example"_s),
                 qPrintable(detail));
        QVERIFY(detail.contains(u"active: true \u2192 false"_s));
        QVERIFY(detail.contains(u"ref-27"_s));

        QSignalSpy exportAsked(&page, &AuditPage::exportRequested);
        QTest::mouseClick(page.findChild<QPushButton *>(u"auditExport"_s), Qt::LeftButton);
        QCOMPARE(exportAsked.size(), 1);
    }

    void exportDialogWritesTheFileAndOffersTheFolder()
    {
        fill(40);
        AuditFilter initial;
        initial.actions = {u"user.updated"_s};
        AuditExportDialog dialog(m_store->config(), initial);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.filter().actions, QStringList{u"user.updated"_s});
        QVERIFY(!dialog.findChild<QPushButton *>(u"exportOpenFolder"_s)->isVisible()); // nothing written yet
        QTemporaryDir dir;
        const QString path = dir.filePath(u"audit.csv"_s);
        FileDialog::setNextAnswer(path);
        QSignalSpy finished(&dialog, &AuditExportDialog::exportFinished);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"exportStart"_s), Qt::LeftButton);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().at(0).toBool(), true);
        QCOMPARE(finished.first().at(2).toLongLong(), 26); // 40 events, 14 of them deactivations
        QVERIFY(dialog.statusText().contains(u"Exported 26 events"_s));
        QVERIFY(dialog.findChild<QPushButton *>(u"exportOpenFolder"_s)->isVisible());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().contains("user.updated"));
    }

    void exportCanBeCancelled()
    {
        fill(60000);
        AuditExportDialog dialog(m_store->config(), AuditFilter{});
        dialog.show();
        QTemporaryDir dir;
        const QString path = dir.filePath(u"big.csv"_s);
        QSignalSpy finished(&dialog, &AuditExportDialog::exportFinished);
        dialog.startExport(path);
        QVERIFY(dialog.isRunning());
        dialog.reject(); // the Cancel button
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QVERIFY(dialog.statusText().contains(u"Cancelled"_s));
        QVERIFY(!QFile::exists(path));
        QVERIFY(dialog.isVisible()); // cancelling does not close the dialog
    }
};

QTEST_MAIN(TestAuditPage)
#include "tst_auditpage.moc"
