#pragma once

#include "model/requestrecord.h"
#include "store/storeconfig.h"

#include <QList>
#include <QObject>
#include <QThread>

#include <memory>

namespace scimmon {

/// Follows the request log of a store that other processes write: the receivers sharing a
/// PostgreSQL store, seen from a window on another desk. On its own thread and connection it
/// listens for the store's commit notifications (PostgreSQL LISTEN on `scimmon_request_log`, sent
/// by a trigger) and reads the rows after the newest it has seen, so a new row reaches the window
/// well within a second; without notifications (SQLite, or LISTEN refused) it reads every
/// kPollMs. Rows whose ids were handed out but not yet committed (transactions of several
/// receivers commit out of id order) are waited for up to kGapWaitMs, so none is missed and none
/// comes twice. A lost connection is reported through failed() and retried at every poll.
class StoreWatcher : public QObject
{
    Q_OBJECT
public:
    /// Milliseconds between reads when the store cannot notify.
    static constexpr int kPollMs = 1000;
    /// Milliseconds between reads when it can: a backstop for a notification lost with a connection.
    static constexpr int kBackstopMs = 5000;
    /// Milliseconds a skipped id is waited for before it is taken for a rolled-back insert.
    static constexpr int kGapWaitMs = 10000;
    /// Rows read at most per query.
    static constexpr int kBatchRows = 500;

    /// Watches the store `config` (a copy: its password stays in memory only). Nothing happens
    /// before start().
    explicit StoreWatcher(StoreConfig config, QObject *parent = nullptr);
    /// Stops the thread and closes the connection.
    ~StoreWatcher() override;

    /// Opens the connection on the watcher's thread and starts following the rows committed from
    /// now on (the rows already stored are the window's history). Call once.
    void start();

Q_SIGNALS:
    /// Following: `notified` tells whether commits are announced (LISTEN) or polled. Emitted
    /// after start() and again after a lost connection came back.
    void watching(bool notified);
    /// New request-log rows, in id order within one emission, each row once. Emitted on the
    /// watcher's thread; connections to objects elsewhere are queued.
    void requestsArrived(const QList<scimmon::RequestRecord> &records);
    /// The store could not be opened or read: `error` names the database and the problem. The
    /// watcher tries again at the next poll.
    void failed(const QString &error);

private:
    struct State;
    QThread m_thread;
    QObject *m_context = nullptr; ///< lives on m_thread; parent of the timers
    std::shared_ptr<State> m_state;
};

} // namespace scimmon
