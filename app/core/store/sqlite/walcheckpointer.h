#pragma once

#include "store/storeconfig.h"

#include <QSemaphore>
#include <QThread>

#include <atomic>
#include <memory>

namespace scimmon {

/// Runs SQLite's WAL checkpoints on a thread and a connection of its own, every `intervalMs`
/// milliseconds, so that a writer opened with StoreConfig::backgroundCheckpoints never waits for a
/// checkpoint's disk syncs inside a commit. By default SQLite checkpoints in the commit that grows
/// the write-ahead log past 1,000 pages: one request in a few hundred then waits for two fsyncs
/// (about 5 ms each on the test machine) and the receiver's p99 latency is theirs. The checkpoints
/// are PASSIVE (SQLite "Checkpoint", sqlite.org/c3ref/wal_checkpoint_v2.html): they copy what no
/// reader still needs and never block the writer. For other backends it does nothing.
class WalCheckpointer
{
public:
    static constexpr int kIntervalMs = 500; ///< default time between two checkpoints, ms

    /// Starts checkpointing the database of `config`. The database must exist (a store was opened).
    explicit WalCheckpointer(const StoreConfig &config, int intervalMs = kIntervalMs);
    /// Stops the thread, after a checkpoint in progress, and closes its connection.
    ~WalCheckpointer();

    /// Checkpoints run so far (for tests).
    qint64 checkpoints() const { return m_checkpoints.load(); }

private:
    void run();

    StoreConfig m_config;
    int m_intervalMs;
    QSemaphore m_stop;
    std::atomic<qint64> m_checkpoints{0};
    std::unique_ptr<QThread> m_thread;
};

} // namespace scimmon
