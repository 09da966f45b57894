#include "store/storewatcher.h"

#include "store/store.h"
#include "store/storefactory.h"

#include <QAtomicInteger>
#include <QDeadlineTimer>
#include <QMap>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace scimmon {

/// Everything the watcher's thread touches; only that thread uses it after start().
struct StoreWatcher::State
{
    StoreConfig config;
    QString connectionName;
    std::unique_ptr<Store> store;
    QTimer *poll = nullptr; ///< the backstop or the polling interval
    QTimer *soon = nullptr; ///< folds a burst of notifications into one read
    qint64 newest = -1; ///< the highest id handed on (or the newest at start); -1 before the first read
    QMap<qint64, QDeadlineTimer> gaps; ///< ids below `newest` not seen yet, and until when they are waited for
    bool failing = false; ///< the last attempt failed (reported once)
};

namespace {

QAtomicInteger<int> s_watchers;

constexpr int kMaxGaps = 1000; ///< ids waited for at most; beyond, the oldest are given up
constexpr int kGapReadsPerPass = 50; ///< skipped ids looked up per read

} // namespace

StoreWatcher::StoreWatcher(StoreConfig config, QObject *parent)
    : QObject(parent)
    , m_context(new QObject)
    , m_state(std::make_shared<State>())
{
    m_state->config = std::move(config);
    m_state->config.readOnly = true;
    m_state->connectionName = u"scimmon-watcher-%1"_s.arg(s_watchers.fetchAndAddRelaxed(1));
    m_thread.setObjectName(u"store watcher"_s);
    m_context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
}

StoreWatcher::~StoreWatcher()
{
    if (m_thread.isRunning()) {
        // The connection belongs to the watcher's thread: close it there.
        QMetaObject::invokeMethod(
            m_context, [state = m_state] { state->store.reset(); }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    } else {
        delete m_context;
    }
}

void StoreWatcher::start()
{
    if (m_thread.isRunning())
        return;
    m_thread.start();
    QMetaObject::invokeMethod(m_context, [this, state = m_state, context = m_context] {
        state->poll = new QTimer(context);
        state->soon = new QTimer(context);
        state->soon->setSingleShot(true);
        state->soon->setInterval(20);

        // Reads the rows committed since the last read; opens the connection first if needed.
        auto read = [this, state] {
            State &s = *state;
            // The connection is gone (server restart, network): reported, and reopened at the next poll.
            auto lose = [this, &s](const QString &what) {
                const QString why = s.store->lastError().message;
                Q_EMIT failed(u"%1 %2: %3"_s.arg(what, s.config.displayName(),
                                                 why.isEmpty() ? u"the server does not answer"_s : why));
                s.failing = true;
                s.store.reset();
                s.poll->setInterval(kPollMs);
            };
            if (!s.store) {
                QString error;
                s.store = StoreFactory::open(s.config, s.connectionName, &error);
                if (!s.store) {
                    if (!s.failing)
                        Q_EMIT failed(error);
                    s.failing = true;
                    s.poll->setInterval(kPollMs);
                    return;
                }
                const bool notified = s.store->database().watchRequestLog([state] {
                    if (!state->soon->isActive())
                        state->soon->start();
                });
                s.poll->setInterval(notified ? kBackstopMs : kPollMs);
                s.failing = false;
                Q_EMIT watching(notified);
            }
            RequestLogRepository &log = s.store->requestLog();
            if (s.newest < 0) {
                const QList<RequestRecord> newest = log.recent(1);
                if (!s.store->lastError().ok())
                    return lose(u"Cannot read the request log of"_s);
                s.newest = newest.isEmpty() ? 0 : newest.constFirst().id;
                return;
            }
            QList<RequestRecord> out;
            // Ids handed out earlier whose transactions committed late.
            int looked = 0;
            for (auto it = s.gaps.begin(); it != s.gaps.end() && looked < kGapReadsPerPass;) {
                ++looked;
                const QList<RequestRecord> row = log.since(it.key() - 1, 1);
                if (!row.isEmpty() && row.constFirst().id == it.key()) {
                    out.append(row.constFirst());
                    it = s.gaps.erase(it);
                } else if (it.value().hasExpired()) {
                    it = s.gaps.erase(it);
                } else {
                    ++it;
                }
            }
            for (;;) {
                const QList<RequestRecord> rows = log.since(s.newest, kBatchRows);
                for (const RequestRecord &r : rows) {
                    for (qint64 skipped = std::max(s.newest + 1, r.id - kMaxGaps); skipped < r.id; ++skipped)
                        s.gaps.insert(skipped, QDeadlineTimer(kGapWaitMs));
                    s.newest = r.id;
                    out.append(r);
                }
                if (rows.size() < kBatchRows)
                    break;
            }
            while (s.gaps.size() > kMaxGaps)
                s.gaps.erase(s.gaps.begin());
            if (s.store->lastError().kind == StoreError::Kind::Io)
                lose(u"Lost the connection to"_s);
            if (!out.isEmpty())
                Q_EMIT requestsArrived(out);
        };
        connect(state->soon, &QTimer::timeout, context, read);
        connect(state->poll, &QTimer::timeout, context, read);
        state->poll->start(kPollMs);
        read(); // connect
        read(); // the starting point
    });
}

} // namespace scimmon
