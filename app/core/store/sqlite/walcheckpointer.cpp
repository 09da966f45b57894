#include "store/sqlite/walcheckpointer.h"

#include <QSqlDatabase>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace scimmon {

WalCheckpointer::WalCheckpointer(const StoreConfig &config, int intervalMs)
    : m_config(config)
    , m_intervalMs(intervalMs)
{
    if (m_config.backend != "sqlite"_L1)
        return;
    m_thread.reset(QThread::create([this] { run(); }));
    m_thread->start(QThread::LowPriority);
}

WalCheckpointer::~WalCheckpointer()
{
    if (!m_thread)
        return;
    m_stop.release();
    m_thread->wait();
}

void WalCheckpointer::run()
{
    const QString name = u"wal-checkpointer-%1"_s.arg(quintptr(this));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(m_config.sqlitePath);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
        if (db.open()) {
            QSqlQuery q(db);
            // Sleeps until the interval passes or the destructor asks to stop: no busy wait.
            while (!m_stop.tryAcquire(1, m_intervalMs)) {
                if (q.exec(u"PRAGMA wal_checkpoint(PASSIVE)"_s))
                    ++m_checkpoints;
                q.finish();
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace scimmon
