// Composition root: parse the command line, resolve the data directory, then run the token
// command, the headless receiver or the window.

#include "cli/commandline.h"
#include "cli/headlessrunner.h"
#include "cli/tokencommand.h"
#include "core/http/receiverconfig.h"
#include "core/settings/appsettings.h"
#include "monitorapp.h"

#include <QApplication>
#include <QCoreApplication>

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
    const bool console = CommandLine::wantsConsoleOnly(argc, argv) || !hasDisplay();
    std::unique_ptr<QCoreApplication> app;
    if (console)
        app = std::make_unique<QCoreApplication>(argc, argv);
    else
        app = std::make_unique<QApplication>(argc, argv);
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

    QString error;
    const QString dataDir = AppSettings::resolveDataDir(cl.dataDir, &error);
    if (dataDir.isEmpty())
        return fail(1, error);
    AppSettings settings(dataDir);

    ReceiverConfig config;
    config.store = StoreConfig::sqliteIn(dataDir);
    config.maxBodyBytes = settings.maxBodyBytes();
    config.idleTimeoutMs = settings.idleTimeoutMs();
    if (!config.setListen(cl.listen.isEmpty() ? settings.listen() : cl.listen, &error))
        return fail(2, error);

    switch (cl.mode) {
    case CommandLine::Mode::Token:
        return TokenCommand::run(cl, config.store);
    case CommandLine::Mode::Headless:
        return HeadlessRunner::run(config, dataDir);
    case CommandLine::Mode::Gui:
        break;
    }
    return MonitorApp::run(settings, config);
}
