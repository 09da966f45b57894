#include "ui/monitorapp.h"

#include "platform/appsettings.h"
#include "receiver/receiver.h"
#include "receiver/receiverstarter.h"
#include "store/readexecutor.h"
#include "ui/common/messagebox.h"
#include "ui/common/translations.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QMessageBox>

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

void MonitorApp::showAlreadyRunning(const AppSettings &settings, qint64 pid, const QString &host,
                                    const QString &dataDir)
{
    Translations::install(Translations::saved(settings));
    QMessageBox box(QMessageBox::Critical, tr("scim-monitor is already running"),
                    tr("Another scim-monitor (process %1 on %2) is already using the data directory %3.")
                        .arg(pid)
                        .arg(host, QDir::toNativeSeparators(dataDir)),
                    QMessageBox::Ok);
    box.setInformativeText(tr("Switch to its window, or stop it. To run a second one, give it its own data "
                              "directory with --data-dir."));
    box.exec();
}

} // namespace scimmon
