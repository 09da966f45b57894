#include "ui/monitorapp.h"

#include "platform/appsettings.h"
#include "platform/keychainsecretstore.h"
#include "receiver/receiver.h"
#include "receiver/receiverstarter.h"
#include "store/readexecutor.h"
#include "store/store.h"
#include "store/storefactory.h"
#include "ui/common/messagebox.h"
#include "ui/common/translations.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QMessageBox>
#include <QPushButton>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace scimmon {

namespace {

/// The store the window shows and whether it runs a receiver on it.
struct StoreChoice
{
    StoreConfig store;
    bool localReceiver = true;
};

/// The password of `config` kept in the OS keychain, or empty; waits for the keychain.
QString keychainPassword(const StoreConfig &config)
{
    KeychainSecretStore keychain;
    QEventLoop loop;
    QString password;
    keychain.read(SecretStore::storePasswordKey(config.displayName()), &loop, [&](const SecretStore::Result &result) {
        password = result.secret;
        loop.quit();
    });
    loop.exec();
    return password;
}

/// Why `config` cannot be opened, or empty; connects on a pool thread while the event loop runs.
QString openProblem(const StoreConfig &config)
{
    QFuture<QString> check = QtConcurrent::run([config] { return StoreFactory::check(config); });
    QEventLoop loop;
    check.then(&loop, [&loop](const QString &) { loop.quit(); });
    if (!check.isFinished())
        loop.exec();
    return check.result();
}

/// The store of the settings (File → Open store…), or the local one: a shared store that does not
/// open is named in a dialog that offers the local store instead. std::nullopt: the user quit.
std::optional<StoreChoice> storeFromSettings(AppSettings &settings, const StoreConfig &local)
{
    const QString url = settings.storeUrl();
    if (url.isEmpty())
        return StoreChoice{local, true};
    QString problem;
    std::optional<StoreConfig> shared = StoreConfig::fromUrl(url, &problem);
    if (shared) {
        shared->receiverName = local.receiverName;
        if (settings.storePasswordInKeychain())
            shared->password = keychainPassword(*shared);
        problem = openProblem(*shared);
        if (problem.isEmpty())
            return StoreChoice{*shared, settings.storeLocalReceiver()};
    }
    QMessageBox box(QMessageBox::Warning, MonitorApp::tr("Shared store not available"),
                    MonitorApp::tr("scim-monitor could not open the shared store %1.").arg(url), QMessageBox::NoButton);
    box.setInformativeText(problem);
    QPushButton *useLocal = box.addButton(MonitorApp::tr("Open the local store"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Close);
    box.setDefaultButton(useLocal);
    box.exec();
    if (box.clickedButton() != useLocal)
        return std::nullopt;
    return StoreChoice{local, true};
}

} // namespace

int MonitorApp::run(AppSettings &settings, const ReceiverConfig &config, bool storeFromCommandLine)
{
    // The window's language: the system's, or the one chosen in View → Language (from this start on).
    Translations::install(Translations::saved(settings));
    std::optional<StoreChoice> choice
        = storeFromCommandLine ? StoreChoice{config.store, true} : storeFromSettings(settings, config.store);
    int status = 0;
    while (choice) {
        ReceiverConfig current = config;
        current.store = choice->store;
        const bool shared = current.store.backend == "postgresql"_L1;
        std::optional<StoreChoice> next;
        {
            // Declared in this order so that the window goes first and the reader last: the reader's
            // destructor waits for reads still queued.
            ReadExecutor reader(current.store);
            Receiver receiver;
            receiver.useStore(current.store); // the window's writes go there from the start
            MainWindow window(settings, receiver, reader);
            if (shared)
                window.watchSharedStore(choice->localReceiver);
            QObject::connect(&window, &MainWindow::storeChosen, &window,
                             [&next, &window, receiverName = config.store.receiverName](StoreConfig store, bool local) {
                                 store.receiverName = receiverName;
                                 next = StoreChoice{store, local};
                                 window.close();
                             });
            window.show();
            if (choice->localReceiver) {
                ReceiverStarter::start(receiver, current, window.secretStore(), settings.dataDir(),
                                       settings.tlsPassphraseInKeychain(), [&window](const QString &warning) {
                                           MessageBox::warning(&window, MainWindow::tr("HTTPS key passphrase"),
                                                               warning.toHtmlEscaped());
                                       });
                window.createFirstTokenIfNeeded();
            }
            status = QApplication::exec();
            receiver.stop();
        }
        choice = next;
    }
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
