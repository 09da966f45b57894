// No Secret Token and no key passphrase is written anywhere: the executable is driven end to end
// (tokens made, rotated and revoked with `scim-monitor token`, `--headless` over HTTPS, requests
// that carry tokens in every place a client might put them, both exports), then every file of the
// data directory, the exports and every line the receiver printed are searched for each secret,
// also base64- and percent-encoded. The tokens appear only where they are handed over: the last
// line of `token create` and `token rotate`. The same for OAuth: Client Secrets (made, rotated
// with `scim-monitor client`) and the access tokens the token endpoint issues appear only in
// `client create`/`client rotate` and in the token endpoint's answer.

#include "platform/appsettings.h"
#include "platform/keychainsecretstore.h"
#include "support/secretscan.h"
#include "support/testcertificate.h"
#include "support/testsupport.h"

#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace scimmon;
using scimmon::test::HttpClient;

class TestSecretLeak : public QObject
{
    Q_OBJECT

    QString m_binary;
    test::TestCertificate m_cert;

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    Run run(const QString &dataDir, const QStringList &args)
    {
        QProcess p;
        p.start(m_binary, QStringList{u"--data-dir"_s, dataDir} + args);
        Run r;
        if (!p.waitForFinished(30000))
            return r;
        r.exitCode = p.exitCode();
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

    static QByteArray lastLine(const QByteArray &out) { return out.trimmed().split('\n').last().trimmed(); }

    /// Starts `--headless` with `args`; returns the port from its first line (0 on failure).
    quint16 startHeadless(QProcess &headless, const QString &dataDir, const QStringList &args)
    {
        headless.start(m_binary,
                       QStringList{u"--headless"_s, u"--data-dir"_s, dataDir, u"--listen"_s, u"127.0.0.1:0"_s} + args);
        if (!headless.waitForStarted()
            || !QTest::qWaitFor([&] { return headless.canReadLine() || headless.state() != QProcess::Running; }, 20000))
            return 0;
        const QByteArray first = headless.readLine();
        m_printed += first;
        if (!first.contains("Tenant URL: https://"))
            return 0;
        return quint16(first.trimmed().split(':').last().split('/').first().toUInt());
    }

    QByteArray m_printed; ///< everything the receiver printed (stdout and stderr)

    QSslConfiguration trustTestCertificate() const
    {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates({m_cert.certificateObject()});
        return tls;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_binary = qEnvironmentVariable("SCIMMON_BINARY");
        QVERIFY(QFile::exists(m_binary));
        QString error;
        QVERIFY2(m_cert.generate(&error), qPrintable(error));
    }

    void tokensAppearNowhere()
    {
        QTemporaryDir dataDir;
        QTemporaryDir exports;
        m_printed.clear();

        const Run a = run(dataDir.path(), {u"token"_s, u"create"_s, u"--name"_s, u"Entra ID"_s});
        const Run b
            = run(dataDir.path(), {u"token"_s, u"create"_s, u"--name"_s, u"Okta"_s, u"--expires-in-days"_s, u"30"_s});
        QCOMPARE(a.exitCode, 0);
        QCOMPARE(b.exitCode, 0);
        const QByteArray tokenA = lastLine(a.out);
        const QByteArray tokenB = lastLine(b.out);
        QCOMPARE(tokenA.size(), 43);

        QProcess headless;
        const quint16 port = startHeadless(headless, dataDir.path(),
                                           {u"--tls-cert"_s, m_cert.certificate, u"--tls-key"_s, m_cert.key});
        QVERIFY2(port != 0, m_printed.constData());

        HttpClient entra(port, tokenA);
        entra.setTls(trustTestCertificate());
        QCOMPARE(entra.get("/scim/v2/Users?filter=userName+eq+%2207d8a3f6-0c1e-4f5b-9a3c-2b7e5d9f1a44%22").status, 200);
        QCOMPARE(entra
                     .post("/scim/v2/Users", test::obj(R"({"userName":"leak.check@contoso.com","active":true,
                                  "password":"Pa55-word-not-a-token"})"))
                     .status,
                 201);
        // Tokens where a client should not put them: in the query, in another scheme, as a
        // password in the body, in a cookie.
        HttpClient anonymous(port);
        anonymous.setTls(trustTestCertificate());
        QCOMPARE(anonymous.get("/scim/v2/Users?access_token=" + tokenA).status, 401);
        QCOMPARE(
            anonymous.request("GET", "/scim/v2/Groups", {}, {{"Authorization", "Basic " + tokenA.toBase64()}}).status,
            401);
        QCOMPARE(anonymous.request("GET", "/scim/v2/Groups", {}, {{"Cookie", "session=" + tokenB}}).status, 401);
        QCOMPARE(
            entra
                .patch("/scim/v2/Users/none", test::obj(R"({"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                                 "Operations":[{"op":"replace","path":"password","value":"x"}]})"))
                .status,
            404);
        // Plain HTTP to the HTTPS port, with the token.
        HttpClient plain(port, tokenB);
        QCOMPARE(plain.get("/scim/v2/Users").status, 400);
        // A token that gets revoked while its connection stays open.
        HttpClient okta(port, tokenB);
        okta.setTls(trustTestCertificate());
        QCOMPARE(okta.get("/scim/v2/Users").status, 200);
        QCOMPARE(run(dataDir.path(), {u"token"_s, u"revoke"_s, u"2"_s}).exitCode, 0);
        QCOMPARE(okta.get("/scim/v2/Users").status, 401);

        const Run rotated = run(dataDir.path(), {u"token"_s, u"rotate"_s, u"1"_s, u"--grace-hours"_s, u"0"_s});
        QCOMPARE(rotated.exitCode, 0);
        const QByteArray tokenC = lastLine(rotated.out);
        QCOMPARE(entra.get("/scim/v2/Users").status, 401); // refused at once
        HttpClient next(port, tokenC);
        next.setTls(trustTestCertificate());
        QCOMPARE(next.get("/scim/v2/Users").status, 200);

        const Run list = run(dataDir.path(), {u"token"_s, u"list"_s});
        QCOMPARE(list.exitCode, 0);
        QTest::qWait(5500); // the receiver writes token usage every 5 s
        headless.terminate();
        QVERIFY(headless.waitForFinished(10000));
        m_printed += headless.readAllStandardOutput() + headless.readAllStandardError();
        QVERIFY(m_printed.contains("access_token=[redacted]"));

        const QString logCsv = exports.filePath(u"log.csv"_s);
        const QString auditCsv = exports.filePath(u"audit.csv"_s);
        QCOMPARE(run(dataDir.path(), {u"export-log"_s, u"--out"_s, logCsv}).exitCode, 0);
        QCOMPARE(run(dataDir.path(), {u"export-audit"_s, u"--out"_s, auditCsv}).exitCode, 0);
        QVERIFY(QFileInfo(logCsv).size() > 0 && QFileInfo(auditCsv).size() > 0);

        for (const QByteArray &token : {tokenA, tokenB, tokenC}) {
            const QStringList files
                = test::filesContaining(dataDir.path(), token) + test::filesContaining(exports.path(), token);
            QVERIFY2(files.isEmpty(), qPrintable(files.join(u", "_s)));
            for (const QByteArray &form : {token, token.toBase64(), token.toPercentEncoding()})
                QVERIFY2(!m_printed.contains(form) && !list.out.contains(form) && !list.err.contains(form),
                         "a token was printed");
        }
        // Passwords are redacted as well.
        QVERIFY(test::filesContaining(dataDir.path(), "Pa55-word-not-a-token").isEmpty());
    }

    void oauthSecretsAppearNowhere()
    {
        QTemporaryDir dataDir;
        QTemporaryDir exports;
        m_printed.clear();

        const Run created = run(dataDir.path(), {u"client"_s, u"create"_s, u"--name"_s, u"Entra OAuth"_s});
        QCOMPARE(created.exitCode, 0);
        const QList<QByteArray> lines = created.out.trimmed().split('\n');
        const QByteArray clientId = lines.at(lines.size() - 2).trimmed();
        const QByteArray secretA = lines.last().trimmed();
        QCOMPARE(secretA.size(), 43);
        const Run rotated = run(dataDir.path(), {u"client"_s, u"rotate"_s, QString::fromLatin1(clientId)});
        QCOMPARE(rotated.exitCode, 0);
        const QByteArray secretB = lastLine(rotated.out);
        QVERIFY(secretB != secretA);

        QProcess headless;
        const quint16 port = startHeadless(headless, dataDir.path(),
                                           {u"--tls-cert"_s, m_cert.certificate, u"--tls-key"_s, m_cert.key});
        QVERIFY2(port != 0, m_printed.constData());
        auto tokenRequest = [&](const QByteArray &body, const QByteArray &authorization) {
            HttpClient c(port);
            c.setTls(trustTestCertificate());
            QList<QPair<QByteArray, QByteArray>> headers{{"Content-Type", "application/x-www-form-urlencoded"}};
            if (!authorization.isEmpty())
                headers.append({"Authorization", authorization});
            return c.request("POST", "/oauth2/token", body, headers);
        };
        // Both secrets are live during the rotation's grace period; one by HTTP Basic, one in the form.
        const auto viaBasic
            = tokenRequest("grant_type=client_credentials", "Basic " + QByteArray(clientId + ':' + secretA).toBase64());
        const auto viaForm
            = tokenRequest("grant_type=client_credentials&client_id=" + clientId + "&client_secret=" + secretB, {});
        QCOMPARE(viaBasic.status, 200);
        QCOMPARE(viaForm.status, 200);
        const QByteArray accessA = viaBasic.json().value("access_token"_L1).toString().toLatin1();
        const QByteArray accessB = viaForm.json().value("access_token"_L1).toString().toLatin1();
        QCOMPARE(
            tokenRequest("grant_type=client_credentials&client_id=" + clientId + "&client_secret=" + secretB + "x", {})
                .status,
            401);
        for (const QByteArray &access : {accessA, accessB}) {
            HttpClient scim(port, access);
            scim.setTls(trustTestCertificate());
            QCOMPARE(scim.get("/scim/v2/Users").status, 200);
        }
        const Run list = run(dataDir.path(), {u"client"_s, u"list"_s});
        QCOMPARE(list.exitCode, 0);
        QVERIFY(list.out.contains(clientId));
        QCOMPARE(run(dataDir.path(), {u"client"_s, u"revoke"_s, u"Entra OAuth"_s}).exitCode, 0);
        QTest::qWait(5500); // the receiver writes token usage every 5 s
        headless.terminate();
        QVERIFY(headless.waitForFinished(10000));
        m_printed += headless.readAllStandardOutput() + headless.readAllStandardError();
        QVERIFY(m_printed.contains("Token request"));

        const QString logCsv = exports.filePath(u"log.csv"_s);
        const QString auditCsv = exports.filePath(u"audit.csv"_s);
        QCOMPARE(run(dataDir.path(), {u"export-log"_s, u"--out"_s, logCsv}).exitCode, 0);
        QCOMPARE(run(dataDir.path(), {u"export-audit"_s, u"--out"_s, auditCsv}).exitCode, 0);
        QVERIFY(QFileInfo(logCsv).size() > 0 && QFileInfo(auditCsv).size() > 0);
        QFile audit(auditCsv);
        QVERIFY(audit.open(QIODevice::ReadOnly));
        const QByteArray auditText = audit.readAll();
        QVERIFY(auditText.contains("oauth_client.created") && auditText.contains("oauth_client.rotated")
                && auditText.contains("oauth_client.revoked"));

        for (const QByteArray &secret : {secretA, secretB, accessA, accessB}) {
            const QStringList files
                = test::filesContaining(dataDir.path(), secret) + test::filesContaining(exports.path(), secret);
            QVERIFY2(files.isEmpty(), qPrintable(files.join(u", "_s)));
            for (const QByteArray &form : {secret, secret.toBase64(), secret.toPercentEncoding()})
                QVERIFY2(!m_printed.contains(form) && !list.out.contains(form) && !list.err.contains(form),
                         "a secret was printed");
        }
    }

    void keyPassphraseAppearsNowhere()
    {
        QTemporaryDir dataDir;
        m_printed.clear();
        const QByteArray passphrase = m_cert.passphrase.toUtf8();
        {
            AppSettings settings(dataDir.path());
            settings.setTlsCertificateFile(m_cert.certificate);
            settings.setTlsKeyFile(m_cert.encryptedKey);
        }
        // Without the passphrase the receiver says what is missing, and nothing else.
        QProcess failing;
        QVERIFY(startHeadless(failing, dataDir.path(), {}) == 0);
        QVERIFY(failing.state() == QProcess::NotRunning || failing.waitForFinished(10000));
        m_printed += failing.readAllStandardOutput() + failing.readAllStandardError();
        QCOMPARE(failing.exitCode(), 1);
        QVERIFY2(m_printed.contains("encrypted"), m_printed.constData());

        // With the passphrase in the keychain (as the settings dialog saves it), --headless reads it.
        KeychainSecretStore keychain;
        std::optional<SecretStore::Result> written;
        QObject context;
        keychain.write(SecretStore::tlsPassphraseKey(QDir(dataDir.path()).absolutePath()),
                       QString::fromUtf8(passphrase), &context,
                       [&written](const SecretStore::Result &r) { written = r; });
        QVERIFY(QTest::qWaitFor([&] { return written.has_value(); }, 15000));
        if (!written->ok()) {
            if (qEnvironmentVariableIntValue("SCIMMON_REQUIRE_KEYCHAIN") == 1)
                QFAIL(qPrintable(u"no keychain: "_s + written->message));
            QSKIP("no keychain answers here; scripts/test.sh provides one");
        }
        {
            AppSettings settings(dataDir.path());
            settings.setTlsPassphraseInKeychain(true);
        }
        QProcess headless;
        const quint16 port = startHeadless(headless, dataDir.path(), {});
        QVERIFY2(port != 0, m_printed.constData());
        HttpClient anonymous(port);
        anonymous.setTls(trustTestCertificate());
        QCOMPARE(anonymous.get("/scim/v2/Users").status, 401);
        headless.terminate();
        QVERIFY(headless.waitForFinished(10000));
        m_printed += headless.readAllStandardOutput() + headless.readAllStandardError();

        QVERIFY(test::filesContaining(dataDir.path(), passphrase).isEmpty());
        QVERIFY(!m_printed.contains(passphrase));
        std::optional<SecretStore::Result> removed;
        keychain.remove(SecretStore::tlsPassphraseKey(QDir(dataDir.path()).absolutePath()), &context,
                        [&removed](const SecretStore::Result &r) { removed = r; });
        QVERIFY(QTest::qWaitFor([&] { return removed.has_value(); }, 15000));
    }
};

QTEST_GUILESS_MAIN(TestSecretLeak)
#include "tst_secretleak.moc"
