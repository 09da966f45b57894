#pragma once

// A receiver, a reader, settings and the keychain over a fresh data directory, for the tests of
// the token and settings dialogs.

#include "platform/appsettings.h"
#include "platform/keychainsecretstore.h"
#include "receiver/receiver.h"
#include "store/readexecutor.h"
#include "support/testsupport.h"
#include "ui/tokens/tokenuicontext.h"

#include <QTest>

namespace scimmon::test {

struct TokenUiHarness
{
    QTemporaryDir dir;
    AppSettings settings{dir.path()};
    ReceiverConfig config;
    std::unique_ptr<ReadExecutor> reader;
    std::unique_ptr<Receiver> receiver;
    std::unique_ptr<Store> admin; ///< for checks and set-up, as `scim-monitor token` would
    KeychainSecretStore secrets;

    TokenUiHarness()
    {
        config.store = StoreConfig::sqliteIn(dir.path());
        config.port = 0;
        secrets.setTimeoutMs(5000);
        QString error;
        admin = StoreFactory::open(config.store, QStringLiteral("test-admin"), &error);
        if (!admin)
            qFatal("cannot open store: %s", qPrintable(error));
        reader = std::make_unique<ReadExecutor>(config.store);
        receiver = std::make_unique<Receiver>();
        receiver->useStore(config.store); // the dialogs' token changes go to its writer
    }

    ~TokenUiHarness()
    {
        receiver.reset();
        reader.reset();
        admin.reset();
    }

    bool start()
    {
        receiver->start(config);
        return QTest::qWaitFor([&] { return receiver->state() == Receiver::State::Listening; }, 10000);
    }

    TokenUiContext context() { return {*reader, secrets, settings, *receiver}; }

    NewToken token(const QString &label, int days = 0)
    {
        QString error;
        auto t = TokenService(*admin).create(label, days, &error);
        if (!t)
            qFatal("cannot create token: %s", qPrintable(error));
        return *t;
    }

    int status(const QString &secret, const QByteArray &path = "/scim/v2/Users")
    {
        return HttpClient(receiver->port(), secret.toLatin1()).get(path).status;
    }

    /// Whether a keychain answers (waits for the probe).
    bool keychainAvailable(QString *reason = nullptr)
    {
        std::optional<bool> available;
        QObject context;
        secrets.checkAvailable(&context, [&](bool ok, const QString &why) {
            available = ok;
            if (reason)
                *reason = why;
        });
        [[maybe_unused]] const bool done = QTest::qWaitFor([&] { return available.has_value(); }, 15000);
        return available.value_or(false);
    }
};

} // namespace scimmon::test
