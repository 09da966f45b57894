#pragma once

#include "store/readexecutor.h"

#include <QFutureWatcher>
#include <QObject>

#include <functional>

namespace scimmon {

/// Runs one read on the ReadExecutor and hands its result to a QObject on that object's thread,
/// through a QFutureWatcher owned by the object: the guard object of DESIGN.md. When the object is
/// destroyed before the read finishes, the result is dropped. (Qt 6.4's QFuture::then(context, …)
/// is not safe for this: it asserts when the context dies while the future is still running.)
class ReadTask
{
public:
    /// Runs `query` with the reader's store on the reader's thread, then calls `done` with its
    /// result on `context`'s thread, unless `context` is gone by then. When the store cannot be
    /// opened, `query` is not called and `done` receives a default-constructed T.
    template<class T>
    static void run(ReadExecutor &reader, QObject *context, std::function<T(Store &)> query,
                    std::function<void(const T &)> done)
    {
        deliver<T>(reader.run<T>(std::move(query)), context, std::move(done));
    }

    /// Calls `done` with the result of `future` on `context`'s thread once it is there, unless
    /// `context` is gone by then or the future was cancelled (no result).
    template<class T>
    static void deliver(QFuture<T> future, QObject *context, std::function<void(const T &)> done)
    {
        auto *watcher = new QFutureWatcher<T>(context);
        QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done = std::move(done)] {
            watcher->deleteLater();
            if (watcher->future().resultCount() > 0)
                done(watcher->result());
        });
        watcher->setFuture(future);
    }
};

} // namespace scimmon
