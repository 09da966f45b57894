#include "platform/threadeventloop.h"

#include <QByteArray>

namespace scimmon {

void ThreadEventLoop::useQtDispatcherInWorkerThreads()
{
    if (qEnvironmentVariableIsEmpty("QT_NO_THREADED_GLIB"))
        qputenv("QT_NO_THREADED_GLIB", QByteArrayLiteral("1"));
}

} // namespace scimmon
