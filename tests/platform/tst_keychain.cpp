// The OS keychain through QtKeychain: a round trip (write, read, replace, remove) of a Secret Token
// and a passphrase. scripts/test.sh runs it inside a private D-Bus session with an unlocked GNOME
// Keyring and sets SCIMMON_REQUIRE_KEYCHAIN=1, so in CI it must really run; elsewhere it is
// skipped when no keychain answers.

#include "platform/keychainsecretstore.h"
#include "service/tokenservice.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace scimmon;

class TestKeychain : public QObject
{
    Q_OBJECT

    KeychainSecretStore m_store;

    /// Runs one call and waits for its result (the call reports through a callback).
    template<class Call>
    SecretStore::Result await(Call call)
    {
        std::optional<SecretStore::Result> result;
        call([&result](const SecretStore::Result &r) { result = r; });
        [[maybe_unused]] const bool done = QTest::qWaitFor([&] { return result.has_value(); }, 15000);
        return result.value_or(SecretStore::Result{SecretStore::Status::Failed, {}, u"no answer"_s});
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_store.setTimeoutMs(10000);
        std::optional<QPair<bool, QString>> answer;
        m_store.checkAvailable(this, [&](bool available, const QString &reason) { answer = {available, reason}; });
        QVERIFY(QTest::qWaitFor([&] { return answer.has_value(); }, 15000));
        if (!answer->first) {
            const QString why = u"no keychain answers (%1); scripts/test.sh runs this test inside a D-Bus session "
                                "with an unlocked GNOME Keyring"_s.arg(answer->second);
            if (qEnvironmentVariableIntValue("SCIMMON_REQUIRE_KEYCHAIN") == 1)
                QFAIL(qPrintable(why));
            QSKIP(qPrintable(why));
        }
        QCOMPARE(m_store.available(), std::optional<bool>(true));
    }

    void tokenRoundTrip()
    {
        const QString key = SecretStore::tokenKey(u"/tmp/scim-monitor-keychain-test"_s, 7);
        const QString secret = TokenService::generateSecret();
        QVERIFY(await([&](auto done) { m_store.write(key, secret, this, done); }).ok());
        const SecretStore::Result read = await([&](auto done) { m_store.read(key, this, done); });
        QVERIFY2(read.ok(), qPrintable(read.message));
        QCOMPARE(read.secret, secret);

        const QString replacement = TokenService::generateSecret();
        QVERIFY(await([&](auto done) { m_store.write(key, replacement, this, done); }).ok());
        QCOMPARE(await([&](auto done) { m_store.read(key, this, done); }).secret, replacement);

        QVERIFY(await([&](auto done) { m_store.remove(key, this, done); }).ok());
        QCOMPARE(await([&](auto done) { m_store.read(key, this, done); }).status, SecretStore::Status::NotFound);
    }

    void passphraseRoundTripWithAnyCharacters()
    {
        const QString key = SecretStore::tlsPassphraseKey(u"/tmp/scim-monitor-keychain-test"_s);
        const QString passphrase = u"p\u00e4ss phr\u00e4se \"quoted\" \\ %1 \u2713"_s;
        QVERIFY(await([&](auto done) { m_store.write(key, passphrase, this, done); }).ok());
        QCOMPARE(await([&](auto done) { m_store.read(key, this, done); }).secret, passphrase);
        QVERIFY(await([&](auto done) { m_store.remove(key, this, done); }).ok());
    }

    void keysOfDataDirectoriesDoNotCollide()
    {
        QVERIFY(SecretStore::tokenKey(u"/a"_s, 1) != SecretStore::tokenKey(u"/b"_s, 1));
        QVERIFY(SecretStore::tokenKey(u"/a"_s, 1) != SecretStore::tokenKey(u"/a"_s, 11));
        QVERIFY(SecretStore::tokenKey(u"/a"_s, 1) != SecretStore::tlsPassphraseKey(u"/a"_s));
    }

    void aDeletedContextGetsNoCallback()
    {
        const QString key = SecretStore::tokenKey(u"/tmp/scim-monitor-keychain-test"_s, 8);
        bool called = false;
        {
            QObject context;
            m_store.read(key, &context, [&called](const SecretStore::Result &) { called = true; });
        }
        QTest::qWait(300);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
