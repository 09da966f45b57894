#include "cli/headlessrunner.h"

#include "admin/adminserver.h"
#include "cli/unixsignalwatcher.h"
#include "oauth/oauthclientservice.h"
#include "oauth/tokenendpoint.h"
#include "platform/keychainsecretstore.h"
#include "platform/systemdnotifier.h"
#include "receiver/receiver.h"
#include "receiver/receiverstarter.h"
#include "scim/scimconstants.h"
#include "service/tokenservice.h"
#include "store/storefactory.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace scimmon {

namespace {

/// `text` with control characters written as escapes, so that a value a client chose (a path,
/// a userName) cannot break a log line or forge another one.
QString printable(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'\n')
            out += u"\\n"_s;
        else if (c == u'\r')
            out += u"\\r"_s;
        else if (c == u'\t')
            out += u"\\t"_s;
        else if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            out += u"\\u%1"_s.arg(uint(c.unicode()), 4, 16, QChar(u'0'));
        else
            out += c;
    }
    return out;
}

/// Prints `line`; `flush` at once (status lines), or leaves it to the flush timer (request lines,
/// which come by the thousand under load: one write per batch, not per request).
void out(const QString &line, bool flush = true)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    if (flush)
        std::fflush(stdout);
}

/// How long a request line may wait in the output buffer, milliseconds.
constexpr int kOutputFlushMs = 50;

} // namespace

int HeadlessRunner::run(const ReceiverConfig &config, const QString &dataDir, bool passphraseInKeychain,
                        const QString &adminListen)
{
    QTimer flushTimer; // before the receiver, which reports to it until it is gone
    flushTimer.setSingleShot(true);
    flushTimer.setInterval(kOutputFlushMs);
    QObject::connect(&flushTimer, &QTimer::timeout, &flushTimer, [] { std::fflush(stdout); });
    Receiver receiver;
    UnixSignalWatcher watcher;
    SystemdNotifier systemd;
    int exitCode = 0;

    std::unique_ptr<AdminServer> admin;
    QString adminUrl; // printed with the Tenant URL
    if (!adminListen.isEmpty()) {
        ReceiverConfig where;
        QString error;
        admin = std::make_unique<AdminServer>(receiver, config, QCoreApplication::applicationVersion());
        if (!where.setListen(adminListen, &error) || !admin->listen(where.address, where.port, &error)) {
            std::fprintf(stderr, "scim-monitor: --admin-listen: %s\n", qPrintable(error));
            return 1;
        }
        const QString host = where.address.protocol() == QAbstractSocket::IPv6Protocol
            ? u'[' + where.address.toString() + u']'
            : where.address.toString();
        adminUrl = u"http://%1:%2"_s.arg(host).arg(admin->port());
        QObject::connect(&receiver, &Receiver::requestHandled, admin.get(),
                         [&admin](const RequestRecord &r) { admin->metrics().record(r); });
    }
    // The watchdog is fed while the receiver's worker thread answers a round trip.
    systemd.startWatchdog([&receiver, &systemd](std::function<void()> alive) {
        auto *watch = new QFutureWatcher<bool>(&systemd);
        QObject::connect(watch, &QFutureWatcherBase::finished, &systemd, [watch, alive = std::move(alive)] {
            watch->deleteLater();
            alive();
        });
        watch->setFuture(receiver.write<bool>([](Store &) { return true; }));
    });
    bool announced = false;

    bool terminating = false;
    QObject::connect(&watcher, &UnixSignalWatcher::terminationRequested, &receiver, [&](int) {
        // Exits once the receiver has stopped: the last requests' lines are printed first.
        terminating = true;
        systemd.stopping();
        if (receiver.state() == Receiver::State::Stopped || receiver.state() == Receiver::State::Failed)
            QCoreApplication::exit(exitCode);
        else
            receiver.stop();
    });
    QObject::connect(&receiver, &Receiver::stateChanged, &receiver, [&](Receiver::State state) {
        if (terminating && state == Receiver::State::Stopped) {
            QCoreApplication::exit(exitCode);
        } else if (state == Receiver::State::Listening) {
            out(u"scim-monitor is listening. Tenant URL: %1"_s.arg(receiver.tenantUrl()));
            if (!announced)
                systemd.ready(u"Listening. Tenant URL: %1"_s.arg(receiver.tenantUrl()));
            announced = true;
            out(u"Data directory: %1"_s.arg(dataDir));
            if (!adminUrl.isEmpty())
                out(u"Admin endpoints: %1/metrics, %1/livez, %1/readyz"_s.arg(adminUrl));
            // Beside the Tenant URL, for identity providers that authenticate with OAuth.
            out(u"Token Endpoint (OAuth): %1"_s.arg(TokenEndpoint::url(TokenEndpoint::originOf(receiver.tenantUrl()))));
            const bool shared = config.store.backend != "sqlite"_L1;
            if (shared)
                out(u"Store: %1"_s.arg(config.store.displayName()));
            QString error;
            auto store = StoreFactory::open(config.store, u"headless-check"_s, &error);
            const QString where
                = shared ? u"--store \"%1\""_s.arg(config.store.displayName()) : u"--data-dir \"%1\""_s.arg(dataDir);
            if (store && !TokenService(*store).hasUsableToken() && !OAuthClientService(*store).hasActiveClient())
                out(u"No usable Secret Token or OAuth client exists yet. Create one with:\n"
                    "  scim-monitor token create --name \"Entra ID\" %1\n"
                    "or, for OAuth: scim-monitor client create --name \"Entra ID\" %1"_s.arg(where));
        } else if (state == Receiver::State::Failed) {
            std::fprintf(stderr, "scim-monitor: %s\n", qPrintable(receiver.errorString()));
            exitCode = 1;
            QCoreApplication::exit(1);
        }
    });
    QObject::connect(&receiver, &Receiver::requestHandled, &receiver, [&flushTimer](const RequestRecord &r) {
        // Built by concatenation: the path may hold "%1"-like sequences that QString::arg would expand.
        QString line = r.time.toString(Qt::ISODateWithMs) + u' ' + r.client + u' ' + printable(r.method) + u' '
            + printable(r.path) + u' ' + QString::number(r.status) + u' ' + QString::number(r.durationMs, 'f', 1)
            + u"ms "_s + operationKey(r.operation);
        if (!r.target.isEmpty())
            line += u" \""_s + printable(r.target) + u'"';
        if (!r.authFailure.isEmpty())
            line += u" ("_s + printable(r.authFailure) + u')';
        if (!r.simulationRun.isEmpty())
            line += u" [simulated "_s + printable(r.simulationRun) + u']';
        if (!r.fault.isEmpty())
            line += u" [fault "_s + printable(r.fault) + u']';
        out(line, false);
        if (!flushTimer.isActive())
            flushTimer.start();
    });
    KeychainSecretStore secrets;
    ReceiverStarter::start(receiver, config, secrets, dataDir, passphraseInKeychain, [](const QString &warning) {
        std::fprintf(stderr, "scim-monitor: %s\n", qPrintable(warning));
    });
    const int status = QCoreApplication::exec();
    std::fflush(stdout);
    return status;
}

} // namespace scimmon
