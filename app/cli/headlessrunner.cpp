#include "headlessrunner.h"

#include "../core/http/receiver.h"
#include "../core/store/storefactory.h"
#include "../core/tokens/tokenservice.h"
#include "unixsignalwatcher.h"

#include <QCoreApplication>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace scimmon {

namespace {

void out(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

} // namespace

int HeadlessRunner::run(const ReceiverConfig &config, const QString &dataDir)
{
    Receiver receiver;
    UnixSignalWatcher watcher;
    int exitCode = 0;

    QObject::connect(&watcher, &UnixSignalWatcher::terminationRequested, &receiver, [&](int) {
        receiver.stop();
        QCoreApplication::exit(exitCode);
    });
    QObject::connect(&receiver, &Receiver::stateChanged, &receiver, [&](Receiver::State state) {
        if (state == Receiver::State::Listening) {
            out(u"scim-monitor is listening. Tenant URL: %1"_s.arg(receiver.tenantUrl()));
            out(u"Data directory: %1"_s.arg(dataDir));
            QString error;
            auto store = StoreFactory::open(config.store, u"headless-check"_s, &error);
            if (store && !TokenService(*store).hasUsableToken())
                out(u"No usable Secret Token exists yet. Create one with:\n  scim-monitor token create --name \"Entra ID\" --data-dir \"%1\""_s
                        .arg(dataDir));
        } else if (state == Receiver::State::Failed) {
            std::fprintf(stderr, "scim-monitor: %s\n", qPrintable(receiver.errorString()));
            exitCode = 1;
            QCoreApplication::exit(1);
        }
    });
    QObject::connect(&receiver, &Receiver::requestHandled, &receiver, [](const RequestRecord &r) {
        QString line = u"%1 %2 %3 %4 %5 %6ms %7"_s.arg(r.time.toString(Qt::ISODateWithMs), r.client, r.method, r.path)
                           .arg(r.status)
                           .arg(r.durationMs, 0, 'f', 1)
                           .arg(r.operation);
        if (!r.target.isEmpty())
            line += u" \""_s + r.target + u'"';
        if (!r.authFailure.isEmpty())
            line += u" ("_s + r.authFailure + u')';
        out(line);
    });
    receiver.start(config);
    return QCoreApplication::exec();
}

} // namespace scimmon
