#include "monitorapp.h"

#include "core/http/receiver.h"
#include "core/store/readexecutor.h"
#include "mainwindow.h"

#include <QApplication>

namespace scimmon {

int MonitorApp::run(AppSettings &settings, const ReceiverConfig &config)
{
    // Declared in this order so that the window goes first and the reader last: the reader's
    // destructor waits for reads still queued.
    ReadExecutor reader(config.store);
    Receiver receiver;
    MainWindow window(settings, receiver, reader);
    window.show();
    receiver.start(config);
    window.createFirstTokenIfNeeded();
    const int status = QApplication::exec();
    receiver.stop();
    return status;
}

} // namespace scimmon
