#include "ui/monitorapp.h"

#include "platform/appsettings.h"
#include "receiver/receiver.h"
#include "receiver/receiverstarter.h"
#include "store/readexecutor.h"
#include "ui/common/messagebox.h"
#include "ui/common/translations.h"
#include "ui/mainwindow.h"

#include <QApplication>

namespace scimmon {

int MonitorApp::run(AppSettings &settings, const ReceiverConfig &config)
{
    // The window's language: the system's, or the one chosen in View → Language (from this start on).
    Translations::install(Translations::saved(settings));
    // Declared in this order so that the window goes first and the reader last: the reader's
    // destructor waits for reads still queued.
    ReadExecutor reader(config.store);
    Receiver receiver;
    receiver.useStore(config.store); // the window's writes go there from the start
    MainWindow window(settings, receiver, reader);
    window.show();
    ReceiverStarter::start(receiver, config, window.secretStore(), settings.dataDir(),
                           settings.tlsPassphraseInKeychain(), [&window](const QString &warning) {
                               MessageBox::warning(&window, MainWindow::tr("HTTPS key passphrase"),
                                                   warning.toHtmlEscaped());
                           });
    window.createFirstTokenIfNeeded();
    const int status = QApplication::exec();
    receiver.stop();
    return status;
}

} // namespace scimmon
