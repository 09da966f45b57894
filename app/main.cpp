// Composition root: parse the command line, resolve the data directory, then run the token
// command, the headless receiver or the window (or the conformance check, which needs no data directory).

#include "cli/checkcommand.h"
#include "cli/clientcommand.h"
#include "cli/commandline.h"
#include "cli/exportauditcommand.h"
#include "cli/exportlogcommand.h"
#include "cli/faultscommand.h"
#include "cli/headlessrunner.h"
#include "cli/seedcommand.h"
#include "cli/simulatecommand.h"
#include "cli/tokencommand.h"
#include "platform/appsettings.h"
#include "platform/cryptolibrary.h"
#include "platform/threadeventloop.h"
#include "receiver/receiverconfig.h"
#include "store/postgresql/postgresqlbackend.h"
#include "store/sqlite/sqlitebackend.h"
#include "ui/monitorapp.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QLockFile>

#include <csignal>
#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;
using namespace scimmon;

namespace {

/// True when a window can be shown: a platform was chosen explicitly or an X11/Wayland display exists.
bool hasDisplay()
{
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    return !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || !qEnvironmentVariableIsEmpty("DISPLAY")
        || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
#else
    return true;
#endif
}

int fail(int status, const QString &message)
{
    std::fprintf(stderr, "scim-monitor: %s\n", qPrintable(message));
    return status;
}

} // namespace

int main(int argc, char **argv)
{
    // Before any thread or library touches libcrypto: no OPENSSL_cleanup() racing threads at exit.
    CryptoLibrary::skipCleanupAtExit();
    // Before any thread starts: the receiver's thread waits in Qt's poll() loop, not GLib's.
    ThreadEventLoop::useQtDispatcherInWorkerThreads();
    // Writing to a closed stdout (`scim-monitor --headless | head -1`) must not kill the receiver.
    std::signal(SIGPIPE, SIG_IGN);
    PostgresqlBackend::registerBackend();
    SqliteBackend::registerBackend();

    const bool console = CommandLine::wantsConsoleOnly(argc, argv) || !hasDisplay();
    std::unique_ptr<QCoreApplication> app;
    if (console) {
        app = std::make_unique<QCoreApplication>(argc, argv);
    } else {
        app = std::make_unique<QApplication>(argc, argv);
        // The installed desktop entry: Wayland's app_id, and the icon and name the desktop shows.
        QGuiApplication::setDesktopFileName(QStringLiteral(SCIMMON_APP_ID));
    }
    QCoreApplication::setApplicationName(u"scim-monitor"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SCIMMON_VERSION));
    QCoreApplication::setOrganizationDomain(u"scimmonitor.org"_s);

    CommandLine cl = CommandLine::parse(QCoreApplication::arguments());
    if (cl.mode == CommandLine::Mode::Gui && console) {
        std::fprintf(stderr,
                     "scim-monitor: no display found (DISPLAY and WAYLAND_DISPLAY are unset); "
                     "running the receiver without a window, as with --headless.\n");
        cl.mode = CommandLine::Mode::Headless;
    }

    // The conformance check is a client of another server: it needs no data directory.
    if (cl.mode == CommandLine::Mode::Check)
        return CheckCommand::run(cl);

    QString error;
    const QString dataDir = AppSettings::resolveDataDir(cl.dataDir, &error);
    if (dataDir.isEmpty())
        return fail(1, error);
    AppSettings settings(dataDir);

    ReceiverConfig config;
    config.store = cl.store ? *cl.store : StoreConfig::sqliteIn(dataDir);
    config.store.receiverName = cl.receiverName;
    if (!config.applySettings(settings, cl.listen, &error))
        return fail(2, error);
    // --tls-cert/--tls-key (headless only) replace the certificate of the settings.
    const bool tlsFromCommandLine = !cl.tlsCert.isEmpty();
    if (tlsFromCommandLine)
        config.tls = TlsFiles{
            QDir(cl.tlsCert).absolutePath(), cl.tlsKey.isEmpty() ? QString() : QDir(cl.tlsKey).absolutePath(), {}};

    if (cl.mode == CommandLine::Mode::Token)
        return TokenCommand::run(cl, config.store);
    if (cl.mode == CommandLine::Mode::Client)
        return ClientCommand::run(cl, config.store);
    if (cl.mode == CommandLine::Mode::Seed)
        return SeedCommand::run(cl, config.store);
    if (cl.mode == CommandLine::Mode::ExportAudit)
        return ExportAuditCommand::run(cl, config.store);
    if (cl.mode == CommandLine::Mode::ExportLog)
        return ExportLogCommand::run(cl, config.store);
    if (cl.mode == CommandLine::Mode::Faults)
        return FaultsCommand::run(cl, config.store);
    if (cl.mode == CommandLine::Mode::Simulate)
        return SimulateCommand::run(cl, dataDir, config);

    // One receiver per data directory: a second one would compete for the same database.
    // A lock left by a process that no longer runs is taken over.
    QLockFile lock(QDir(dataDir).absoluteFilePath(u"scim-monitor.lock"_s));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0)) {
        qint64 pid = 0;
        QString host;
        QString appName;
        lock.getLockInfo(&pid, &host, &appName);
        const QString message = u"Another scim-monitor (process %1 on %2) is already using the data directory %3. "
                                "Stop it, or give this one its own --data-dir."_s.arg(pid)
                                    .arg(host, dataDir);
        if (cl.mode == CommandLine::Mode::Gui)
            MonitorApp::showAlreadyRunning(settings, pid, host, dataDir);
        return fail(1, message);
    }

    if (cl.mode == CommandLine::Mode::Headless)
        return HeadlessRunner::run(config, dataDir, !tlsFromCommandLine && settings.tlsPassphraseInKeychain(),
                                   cl.adminListen);
    return MonitorApp::run(settings, config, cl.store.has_value());
}
