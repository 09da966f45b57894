// `scim-monitor client`: create prints the Client Identifier and then the Client Secret, each alone
// on the last two lines, and the pair fetches a token; list shows the client without its secret;
// rotate prints only the new secret last; federate, revoke and remove do what they say; bad input
// exits 2 with a clear message and stores nothing; an unknown client exits 1.

#include "oauth/oauthclientservice.h"
#include "store/storefactory.h"

#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace scimmon;

class TestClientCli : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    QString m_binary;
    QTemporaryDir m_dir;
    QString m_data;

    Run run(const QStringList &args)
    {
        QProcess p;
        p.start(m_binary, args + QStringList{u"--data-dir"_s, m_data});
        if (!p.waitForStarted(10000) || !p.waitForFinished(60000))
            return {};
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

    QList<OAuthClient> stored()
    {
        QString error;
        auto store = StoreFactory::open(StoreConfig::sqliteIn(m_data), u"cli-check"_s, &error);
        return store ? OAuthClientService(*store).clients() : QList<OAuthClient>();
    }

    OAuthClient storedClient(const QString &clientId)
    {
        for (const OAuthClient &c : stored())
            if (c.clientId == clientId)
                return c;
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_binary = qEnvironmentVariable("SCIMMON_BINARY");
        QVERIFY(QFileInfo::exists(m_binary));
        QVERIFY(m_dir.isValid());
        m_data = m_dir.filePath(u"data"_s);
    }

    void createPrintsIdentifierThenSecretLast()
    {
        const Run created
            = run({u"client"_s, u"create"_s, u"--name"_s, u"Entra ID"_s, u"--token-lifetime-minutes"_s, u"90"_s});
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        const QStringList lines = created.out.trimmed().split(u'\n');
        QVERIFY(lines.size() >= 3);
        const QString clientId = lines.at(lines.size() - 2);
        const QString secret = lines.last();
        QVERIFY(!QUuid::fromString(clientId).isNull());
        QCOMPARE(secret.size(), 43);
        const OAuthClient client = storedClient(clientId);
        QCOMPARE(client.name, u"Entra ID"_s);
        QCOMPARE(client.tokenLifetimeMinutes, 90);
        // The secret is good (only its hash is stored).
        QString error;
        auto store = StoreFactory::open(StoreConfig::sqliteIn(m_data), u"cli-auth"_s, &error);
        QVERIFY(store);
        QVERIFY(OAuthClientService(*store).authenticate(clientId, secret, QDateTime::currentDateTimeUtc()).ok());

        const Run listed = run({u"client"_s, u"list"_s});
        QCOMPARE(listed.exitCode, 0);
        QVERIFY(listed.out.contains(clientId));
        QVERIFY(listed.out.contains(u"90 min"_s));
        QVERIFY(!listed.out.contains(secret));

        // Rotation: the new secret alone on the last line; both work during the grace period.
        const Run rotated = run({u"client"_s, u"rotate"_s, u"entra id"_s, u"--grace-hours"_s, u"2"_s});
        QVERIFY2(rotated.exitCode == 0, qPrintable(rotated.err));
        const QString second = rotated.out.trimmed().split(u'\n').last();
        QCOMPARE(second.size(), 43);
        QVERIFY(second != secret);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QCOMPARE(OAuthClientService(*store).liveSecrets(client.id, now).size(), 2);
        QVERIFY(OAuthClientService(*store).authenticate(clientId, second, now).ok());
        QVERIFY(OAuthClientService(*store).authenticate(clientId, secret, now).ok());
        QVERIFY(!OAuthClientService(*store).authenticate(clientId, secret, now.addSecs(3 * 3600)).ok());

        // Workload identity, then revocation, then removal, by name or identifier.
        const Run federated = run({u"client"_s, u"federate"_s, clientId, u"--issuer"_s, u"https://issuer.example"_s,
                                   u"--jwks"_s, u"https://issuer.example/keys"_s, u"--subject"_s, u"sub-1"_s});
        QVERIFY2(federated.exitCode == 0, qPrintable(federated.err));
        QCOMPARE(
            storedClient(clientId).federation,
            (FederationTrust{u"https://issuer.example"_s, u"sub-1"_s, QString(), u"https://issuer.example/keys"_s}));
        QCOMPARE(run({u"client"_s, u"revoke"_s, u"Entra ID"_s}).exitCode, 0);
        QVERIFY(storedClient(clientId).revoked.isValid());
        const Run again = run({u"client"_s, u"revoke"_s, u"Entra ID"_s});
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains(u"already revoked"_s));
        QCOMPARE(run({u"client"_s, u"rotate"_s, clientId}).exitCode, 1); // a revoked client gets no secret
        QCOMPARE(run({u"client"_s, u"remove"_s, clientId}).exitCode, 0);
        QVERIFY(storedClient(clientId).clientId.isEmpty());
    }

    void badInputExitsTwoAndStoresNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no action") << QStringList{u"client"_s} << u"needs one of"_s;
        QTest::newRow("unknown action") << QStringList{u"client"_s, u"delete"_s, u"x"_s} << u"needs one of"_s;
        QTest::newRow("create without name") << QStringList{u"client"_s, u"create"_s} << u"needs --name"_s;
        QTest::newRow("lifetime too short")
            << QStringList{u"client"_s, u"create"_s, u"--name"_s, u"a"_s, u"--token-lifetime-minutes"_s, u"30"_s}
            << u"60 to 360"_s;
        QTest::newRow("lifetime not a number")
            << QStringList{u"client"_s, u"create"_s, u"--name"_s, u"a"_s, u"--token-lifetime-minutes"_s, u"1h"_s}
            << u"60 to 360"_s;
        QTest::newRow("rotate without client") << QStringList{u"client"_s, u"rotate"_s} << u"Client Identifier"_s;
        QTest::newRow("issuer with create")
            << QStringList{u"client"_s, u"create"_s, u"--name"_s, u"a"_s, u"--issuer"_s, u"x"_s}
            << u"belongs to 'client federate'"_s;
        QTest::newRow("federate without jwks")
            << QStringList{u"client"_s, u"federate"_s, u"a"_s, u"--issuer"_s, u"https://i"_s} << u"--jwks"_s;
        QTest::newRow("lifetime with token create")
            << QStringList{u"token"_s, u"create"_s, u"--name"_s, u"a"_s, u"--token-lifetime-minutes"_s, u"60"_s}
            << u"belongs to 'client'"_s;
        QTest::newRow("grace with client create")
            << QStringList{u"client"_s, u"create"_s, u"--name"_s, u"a"_s, u"--grace-hours"_s, u"1"_s}
            << u"--grace-hours belongs to"_s;
    }

    void badInputExitsTwoAndStoresNothing()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const qsizetype before = stored().size();
        const Run r = run(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(stored().size(), before);
    }

    void unknownClientExitsOne()
    {
        run({u"client"_s, u"create"_s, u"--name"_s, u"present"_s});
        const Run r = run({u"client"_s, u"revoke"_s, u"absent"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"no OAuth client \"absent\""_s), qPrintable(r.err));
        const Run bad = run({u"client"_s, u"federate"_s, u"present"_s, u"--issuer"_s, u"https://i"_s, u"--jwks"_s,
                             u"relative/keys.json"_s});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains(u"absolute file path"_s), qPrintable(bad.err));
    }
};

QTEST_GUILESS_MAIN(TestClientCli)
#include "tst_clientcli.moc"
