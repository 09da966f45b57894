#pragma once

#include "receiver/receiverconfig.h"

#include <QCoreApplication>
#include <QString>

namespace scimmon {

class AppSettings;

/// The windowed application: builds the main window around a receiver and a reader for `config`,
/// creates the first Secret Token when none exists, and runs the event loop.
class MonitorApp
{
    Q_DECLARE_TR_FUNCTIONS(MonitorApp)
public:
    /// Needs a QApplication. The store is `config.store` when `storeFromCommandLine` (--store),
    /// else the one chosen in File → Open store… (AppSettings::storeUrl(), its password from the
    /// keychain; a shared store that does not open is named in a dialog offering the local one).
    /// A shared store is watched live (MainWindow::watchSharedStore()), with a receiver when so
    /// chosen. Choosing another store reopens the window on it. Returns the exit status of the
    /// event loop.
    static int run(AppSettings &settings, const ReceiverConfig &config, bool storeFromCommandLine);

    /// Tells in a dialog, in the window's language, that another scim-monitor (process `pid` on
    /// `host`) already uses the data directory `dataDir`, and waits until it is closed. Needs a
    /// QApplication.
    static void showAlreadyRunning(const AppSettings &settings, qint64 pid, const QString &host,
                                   const QString &dataDir);
};

} // namespace scimmon
