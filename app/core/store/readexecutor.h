#pragma once

#include "store/store.h"
#include "store/storeconfig.h"

#include <QFuture>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <memory>

namespace scimmon {

/// Runs read queries for the GUI on one background thread with its own store connection, so the
/// GUI thread never waits on the disk. SQLite's WAL lets these reads run while the receiver writes.
/// Results come back as QFuture; attach continuations with `.then(context, ...)`.
class ReadExecutor
{
public:
    explicit ReadExecutor(StoreConfig config);

    /// The database this executor reads (for work that needs a connection of its own, such as
    /// a long export on another thread).
    const StoreConfig &config() const { return m_config; }
    /// Waits for queued reads to finish and closes the connection.
    ~ReadExecutor();

    /// Runs `fn` with the reader's store on the reader thread. If the store cannot be opened,
    /// `fn` is not called and the future holds a default-constructed T.
    template<class T>
    QFuture<T> run(std::function<T(Store &)> fn)
    {
        return QtConcurrent::run(&m_pool, [this, fn = std::move(fn)]() -> T {
            Store *store = storeOnThisThread();
            return store ? fn(*store) : T();
        });
    }

    /// The error of the last failed attempt to open the store; empty when it is open.
    QString openError() const;

private:
    Store *storeOnThisThread();

    StoreConfig m_config;
    QThreadPool m_pool;
    std::unique_ptr<Store> m_store; ///< touched only on the pool's single thread
    QString m_openError;
};

} // namespace scimmon
