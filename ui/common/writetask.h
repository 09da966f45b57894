#pragma once

#include "receiver/receiver.h"
#include "ui/common/readtask.h"

namespace scimmon {

/// The one way the window changes data: runs `change` with the receiver's writer connection on
/// the receiver's thread (Receiver::write()), then calls `done` with its result on `context`'s
/// thread, unless `context` is gone by then. The window's ReadExecutor only reads. When the store
/// cannot be opened, `change` is not called and `done` receives a default-constructed T
/// (Receiver::storeError() says why).
class WriteTask
{
public:
    template<class T>
    static void run(Receiver &receiver, QObject *context, std::function<T(Store &)> change,
                    std::function<void(const T &)> done)
    {
        ReadTask::deliver<T>(receiver.write<T>(std::move(change)), context, std::move(done));
    }
};

} // namespace scimmon
