// WAL checkpoints off the writer's commits: a store opened with backgroundCheckpoints lets the
// write-ahead log grow past SQLite's 1,000-page checkpoint point, and a WalCheckpointer copies it
// into the database on its own thread.

#include "store/sqlite/walcheckpointer.h"
#include "support/testsupport.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace scimmon;

namespace {

/// Writes `entries` request log entries, one commit each, as the receiver does.
void writeLog(Store &store, int entries)
{
    RequestRecord r;
    r.method = u"GET"_s;
    r.client = r.path = u"-"_s; // required columns; only the size matters here
    r.operation = Operation::LookupUser;
    r.responseBody = QString(3000, u'x'); // about one page per entry
    for (int i = 0; i < entries; ++i) {
        r.time = QDateTime::currentDateTimeUtc();
        QVERIFY(store.begin());
        QVERIFY(store.requestLog().append(r) > 0);
        QVERIFY(store.commit());
    }
}

/// (log frames, checkpointed frames) of the database's write-ahead log, from a connection of its own.
std::pair<int, int> walState(const QString &path)
{
    std::pair<int, int> out{-1, -1};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"wal-state"_s);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            // A PASSIVE checkpoint of nothing new reports the log's size and what is copied.
            if (q.exec(u"PRAGMA wal_checkpoint(PASSIVE)"_s) && q.next())
                out = {q.value(1).toInt(), q.value(2).toInt()};
        }
    }
    QSqlDatabase::removeDatabase(u"wal-state"_s);
    return out;
}

} // namespace

class TestWalCheckpointer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void commitsLeaveCheckpointsToTheCheckpointer()
    {
        QTemporaryDir dir;
        StoreConfig config = StoreConfig::sqliteIn(dir.path());
        config.backgroundCheckpoints = true;
        QString error;
        auto store = StoreFactory::open(config, u"writer"_s, &error);
        QVERIFY2(store, qPrintable(error));
        writeLog(*store, 1500);
        // No commit checkpointed: the log holds every page written since it was opened.
        QVERIFY(QFileInfo(config.sqlitePath + u"-wal"_s).size() > 1200 * 4096);

        WalCheckpointer checkpointer(config, 20);
        QTRY_VERIFY_WITH_TIMEOUT(checkpointer.checkpoints() >= 2, 5000);
        const auto [frames, copied] = walState(config.sqlitePath);
        // Everything in the log is copied (the log may already have been reset: 0 of 0).
        QVERIFY(frames >= 0);
        QCOMPARE(copied, frames);
        // Writing goes on meanwhile, and is checkpointed too.
        writeLog(*store, 200);
        const qint64 before = checkpointer.checkpoints();
        QTRY_VERIFY_WITH_TIMEOUT(checkpointer.checkpoints() > before, 5000);
    }

    void aDefaultStoreCheckpointsInItsCommits()
    {
        QTemporaryDir dir;
        const StoreConfig config = StoreConfig::sqliteIn(dir.path());
        QString error;
        auto store = StoreFactory::open(config, u"writer"_s, &error);
        QVERIFY2(store, qPrintable(error));
        writeLog(*store, 1500);
        // SQLite's default: a commit past 1,000 pages checkpoints and the log starts over.
        QVERIFY(QFileInfo(config.sqlitePath + u"-wal"_s).size() < 1200 * 4096);
    }

    void stopsAtOnce()
    {
        QTemporaryDir dir;
        const StoreConfig config = StoreConfig::sqliteIn(dir.path());
        QString error;
        auto store = StoreFactory::open(config, u"writer"_s, &error);
        QVERIFY(store);
        QElapsedTimer t;
        t.start();
        {
            WalCheckpointer checkpointer(config, 60000);
        }
        QVERIFY(t.elapsed() < 5000); // the destructor does not wait for the interval
    }
};

QTEST_GUILESS_MAIN(TestWalCheckpointer)
#include "tst_walcheckpointer.moc"
