// The provisioning log model: batched inserts on a timer, the row cap, merging the stored history
// with live rows, and the model contract under QAbstractItemModelTester.

#include "store/readexecutor.h"
#include "support/testsupport.h"
#include "ui/log/requestlogmodel.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace scimmon;

namespace {

RequestRecord makeRecord(qint64 id, int status = 201, const QString &target = QString())
{
    RequestRecord r;
    r.id = id;
    r.time = QDateTime(QDate(2026, 11, 29), QTime(12, 34, 56, 789), Qt::UTC);
    r.client = u"127.0.0.1"_s;
    r.method = u"POST"_s;
    r.path = u"/scim/v2/Users"_s;
    r.status = status;
    r.durationMs = 12.34;
    r.operation = Operation::CreateUser;
    r.resourceType = u"User"_s;
    r.target = target.isEmpty() ? u"user%1@example.com"_s.arg(id) : target;
    return r;
}

QList<RequestRecord> makeRecords(qint64 firstId, qint64 lastId)
{
    QList<RequestRecord> out;
    for (qint64 id = firstId; id <= lastId; ++id)
        out.append(makeRecord(id));
    return out;
}

/// The ids of the model's rows, top to bottom.
QList<qint64> rowIds(const RequestLogModel &model)
{
    QList<qint64> out;
    for (int row = 0; row < model.rowCount(); ++row)
        out.append(model.record(row).id);
    return out;
}

} // namespace

class TestRequestLogModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void burstBecomesOneInsertPerFlush()
    {
        RequestLogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

        for (const RequestRecord &r : makeRecords(1, 50))
            model.append(r);
        QCOMPARE(model.rowCount(), 0); // buffered, not yet shown
        QCOMPARE(model.pendingCount(), 50);

        // The timer flushes the whole burst in one insertion.
        QVERIFY(inserted.wait(2000));
        QCOMPARE(model.rowCount(), 50);
        QCOMPARE(model.pendingCount(), 0);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 0);
        QCOMPARE(inserted.first().at(2).toInt(), 49);

        for (const RequestRecord &r : makeRecords(51, 60))
            model.append(r);
        QVERIFY(inserted.wait(2000));
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(inserted.last().at(1).toInt(), 50);
        QCOMPARE(inserted.last().at(2).toInt(), 59);
        QCOMPARE(model.record(59).id, 60);
    }

    void flushNowAndEmptyFlushDoNothingTwice()
    {
        RequestLogModel model;
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.flush(); // nothing queued: no signal
        QCOMPARE(inserted.size(), 0);
        model.append(makeRecord(1));
        model.append(makeRecord(2));
        model.flush();
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.rowCount(), 2);
        model.flush();
        QCOMPARE(inserted.size(), 1);
    }

    void capDropsOldestRowsInOneRemoval()
    {
        RequestLogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCapacity(100);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

        // More than the cap in one batch: only the newest 100 are kept, nothing to remove yet.
        for (const RequestRecord &r : makeRecords(1, 250))
            model.append(r);
        model.flush();
        QCOMPARE(model.rowCount(), 100);
        QCOMPARE(model.record(0).id, 151);
        QCOMPARE(model.record(99).id, 250);
        QCOMPARE(removed.size(), 0);

        // 30 more: the 30 oldest rows go in one removal, the batch comes in one insertion.
        for (const RequestRecord &r : makeRecords(251, 280))
            model.append(r);
        model.flush();
        QCOMPARE(model.rowCount(), 100);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.first().at(1).toInt(), 0);
        QCOMPARE(removed.first().at(2).toInt(), 29);
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(model.record(0).id, 181);
        QCOMPARE(model.record(99).id, 280);

        // Lowering the cap trims at once.
        model.setCapacity(10);
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(model.record(0).id, 271);
    }

    void showsColumnsAsFormatted()
    {
        RequestLogModel model;
        model.append(makeRecord(1, 201, u"alice@example.com"_s));
        model.append(makeRecord(2, 404));
        model.append(makeRecord(3, 500));
        model.flush();

        auto text = [&](int row, int column) { return model.index(row, column).data().toString(); };
        const QDateTime local = model.record(0).time.toLocalTime();
        QCOMPARE(text(0, RequestLogModel::Time), local.toString(u"hh:mm:ss.zzz"_s));
        QCOMPARE(text(0, RequestLogModel::Client), u"127.0.0.1"_s);
        QCOMPARE(text(0, RequestLogModel::Method), u"POST"_s);
        QCOMPARE(text(0, RequestLogModel::Path), u"/scim/v2/Users"_s);
        QCOMPARE(text(0, RequestLogModel::Status), u"201"_s);
        QCOMPARE(text(0, RequestLogModel::Duration), u"12.3"_s);
        QCOMPARE(text(0, RequestLogModel::Operation), u"Create user"_s);
        QCOMPARE(text(0, RequestLogModel::Target), u"alice@example.com"_s);
        QCOMPARE(model.headerData(RequestLogModel::Status, Qt::Horizontal).toString(), u"Status"_s);

        const int alignment = model.index(0, RequestLogModel::Duration).data(Qt::TextAlignmentRole).toInt();
        QVERIFY(alignment & Qt::AlignRight);

        // Status classes get distinct colours; other columns keep the palette's.
        const QColor ok = model.index(0, RequestLogModel::Status).data(Qt::ForegroundRole).value<QColor>();
        const QColor clientError = model.index(1, RequestLogModel::Status).data(Qt::ForegroundRole).value<QColor>();
        const QColor serverError = model.index(2, RequestLogModel::Status).data(Qt::ForegroundRole).value<QColor>();
        QVERIFY(ok.isValid() && clientError.isValid() && serverError.isValid());
        QVERIFY(ok != clientError && clientError != serverError && ok != serverError);
        QVERIFY(ok.green() > ok.red());
        QVERIFY(serverError.red() > serverError.green());
        QVERIFY(!model.index(0, RequestLogModel::Path).data(Qt::ForegroundRole).isValid());

        QCOMPARE(model.record(-1).id, 0);
        QCOMPARE(model.record(3).id, 0);
    }

    void historyGoesAboveLiveRowsWithoutDuplicates()
    {
        RequestLogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Two requests arrive live before the history read returns; it saw them too.
        model.append(makeRecord(11));
        model.append(makeRecord(12));
        model.flush();
        QCOMPARE(model.totalCount(), 2);

        model.insertHistory(makeRecords(3, 12), 12);
        QCOMPARE(rowIds(model), (QList<qint64>{3, 4, 5, 6, 7, 8, 9, 10, 11, 12}));
        QCOMPARE(model.totalCount(), 12); // the stored count already includes 11 and 12

        model.append(makeRecord(13));
        QCOMPARE(model.totalCount(), 13);
        model.flush();
        QCOMPARE(model.record(model.rowCount() - 1).id, 13);
    }

    void clearEmptiesTheViewButKeepsTheCount()
    {
        RequestLogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.insertHistory(makeRecords(1, 5), 5);
        model.append(makeRecord(6));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.pendingCount(), 0);
        QCOMPARE(model.totalCount(), 6);
        model.append(makeRecord(7));
        model.flush();
        QCOMPARE(rowIds(model), QList<qint64>{7});
    }

    void loadsHistoryFromTheStore()
    {
        test::TempStore store;
        for (qint64 i = 1; i <= 30; ++i) {
            RequestRecord r = makeRecord(0);
            r.target = u"stored%1"_s.arg(i);
            QVERIFY(store->requestLog().append(r) > 0);
        }
        ReadExecutor reader(store.config());
        RequestLogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &RequestLogModel::historyLoaded);
        model.loadHistory(reader, 20);
        QVERIFY(loaded.wait(5000));
        QCOMPARE(model.rowCount(), 20); // the newest 20, oldest first
        QCOMPARE(model.record(0).target, u"stored11"_s);
        QCOMPARE(model.record(19).target, u"stored30"_s);
        QCOMPARE(model.totalCount(), 30);
    }
};

QTEST_MAIN(TestRequestLogModel)
#include "tst_requestlogmodel.moc"
