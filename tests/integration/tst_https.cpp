// HTTPS: the receiver with a certificate made for the test. Certificate and key loading (PEM,
// encrypted PEM, PKCS#12), TLS 1.2 or newer only, a SCIM cycle over HTTPS on one keep-alive
// connection, plain HTTP sent to the HTTPS port (answered at once, the server keeps serving), and
// `--headless --tls-cert --tls-key`.

#include "platform/cryptolibrary.h"
#include "receiver/receiver.h"
#include "support/testcertificate.h"
#include "support/testsupport.h"

#include <QProcess>
#include <QSignalSpy>
#include <QSslCipher>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace scimmon;
using scimmon::test::HttpClient;
using scimmon::test::obj;
using scimmon::test::Reply;

class TestHttps : public QObject
{
    Q_OBJECT

    test::TestCertificate m_cert;
    QTemporaryDir m_dir;
    QByteArray m_token;
    std::unique_ptr<Receiver> m_receiver;
    std::unique_ptr<QSignalSpy> m_handled;

    ReceiverConfig config(const TlsFiles &tls) const
    {
        ReceiverConfig c;
        c.store = StoreConfig::sqliteIn(m_dir.path());
        c.address = QHostAddress::LocalHost;
        c.port = 0;
        c.headTimeoutMs = 2000;
        c.tls = tls;
        return c;
    }

    bool startReceiver(const ReceiverConfig &c)
    {
        m_receiver = std::make_unique<Receiver>();
        m_handled = std::make_unique<QSignalSpy>(m_receiver.get(), &Receiver::requestHandled);
        m_receiver->start(c);
        return QTest::qWaitFor([&] { return m_receiver->state() != Receiver::State::Starting; }, 10000)
            && m_receiver->state() == Receiver::State::Listening;
    }

    QSslConfiguration clientTls(QSsl::SslProtocol protocol = QSsl::TlsV1_2OrLater) const
    {
        QSslConfiguration c = QSslConfiguration::defaultConfiguration();
        c.setCaCertificates({m_cert.certificateObject()});
        c.setProtocol(protocol);
        return c;
    }

    HttpClient httpsClient(QSsl::SslProtocol protocol = QSsl::TlsV1_2OrLater) const
    {
        HttpClient client(m_receiver->port(), m_token);
        client.setTls(clientTls(protocol));
        return client;
    }

    /// Runs `openssl s_client` against the receiver with `args`; returns its exit code and output.
    QPair<int, QString> sClient(const QStringList &args) const
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(u"openssl"_s,
                QStringList{u"s_client"_s, u"-connect"_s, u"127.0.0.1:%1"_s.arg(m_receiver->port()), u"-CAfile"_s,
                            m_cert.certificate}
                    + args);
        p.closeWriteChannel();
        if (!p.waitForFinished(20000)) {
            p.kill();
            p.waitForFinished();
            return {-1, u"s_client did not finish"_s};
        }
        return {p.exitCode(), QString::fromLocal8Bit(p.readAll())};
    }

public:
    /// Before the application object: the receiver's worker thread may still be ending when the
    /// test process exits (see CryptoLibrary).
    static void initMain() { CryptoLibrary::skipCleanupAtExit(); }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_cert.generate(&error), qPrintable(error));
        QVERIFY(QSslSocket::supportsSsl());
        auto store = StoreFactory::open(StoreConfig::sqliteIn(m_dir.path()), u"setup"_s, &error);
        QVERIFY2(store, qPrintable(error));
        const auto t = TokenService(*store).create(u"Entra ID"_s, 0, &error);
        QVERIFY(t);
        m_token = t->secret.toLatin1();
    }

    void cleanup()
    {
        m_receiver.reset();
        m_handled.reset();
    }

    void credentialsLoad()
    {
        QString error;
        TlsCredentials::Problem problem = TlsCredentials::Problem::None;
        auto pem = TlsCredentials::load({m_cert.certificate, m_cert.key, {}}, &error, &problem);
        QVERIFY2(pem, qPrintable(error));
        QCOMPARE(pem->configuration.protocol(), QSsl::TlsV1_2OrLater);
        QCOMPARE(pem->certificate.subjectInfo(QSslCertificate::CommonName).value(0), u"127.0.0.1"_s);
        QVERIFY(pem->warnings.join(u' ').contains(u"self-signed"_s));
        QVERIFY(TlsCredentials::describe(pem->certificate).contains(u"127.0.0.1"_s));

        QVERIFY(!TlsCredentials::load({m_cert.certificate, m_cert.encryptedKey, {}}, &error, &problem));
        QCOMPARE(problem, TlsCredentials::Problem::NeedsPassphrase);
        QVERIFY(error.contains(u"encrypted"_s));
        QVERIFY(!TlsCredentials::load({m_cert.certificate, m_cert.encryptedKey, "wrong"}, &error, &problem));
        QCOMPARE(problem, TlsCredentials::Problem::WrongPassphrase);
        QVERIFY(!error.contains(u"wrong"_s)); // the passphrase is never repeated in a message
        QVERIFY(TlsCredentials::load({m_cert.certificate, m_cert.encryptedKey, m_cert.passphrase.toUtf8()}, &error));

        QVERIFY(!TlsCredentials::load({m_cert.pkcs12, {}, {}}, &error, &problem));
        QCOMPARE(problem, TlsCredentials::Problem::NeedsPassphrase);
        const auto p12 = TlsCredentials::load({m_cert.pkcs12, {}, m_cert.passphrase.toUtf8()}, &error, &problem);
        QVERIFY2(p12, qPrintable(error));
        QCOMPARE(p12->certificate, pem->certificate);

        QVERIFY(!TlsCredentials::load({m_cert.certificate, {}, {}}, &error, &problem));
        QCOMPARE(problem, TlsCredentials::Problem::NoKey);
        QVERIFY(!TlsCredentials::load({m_cert.certificate, m_cert.certificate, {}}, &error, &problem));
        QCOMPARE(problem, TlsCredentials::Problem::NoKey);
        QVERIFY(!TlsCredentials::load({m_dir.filePath(u"missing.pem"_s), m_cert.key, {}}, &error, &problem));
        QCOMPARE(problem, TlsCredentials::Problem::Unreadable);
        QVERIFY(!TlsCredentials::load({m_cert.key, m_cert.key, {}}, &error, &problem));
        QCOMPARE(problem, TlsCredentials::Problem::NoCertificate);
    }

    void scimCycleOverHttps()
    {
        QVERIFY(startReceiver(config({m_cert.certificate, m_cert.key, {}})));
        QVERIFY2(m_receiver->tenantUrl().startsWith(u"https://127.0.0.1:"_s), qPrintable(m_receiver->tenantUrl()));

        HttpClient c = httpsClient();
        QVERIFY(c.connectToServer());
        auto *tls = qobject_cast<QSslSocket *>(c.socket());
        QVERIFY(tls && tls->isEncrypted());
        QVERIFY(tls->sessionProtocol() == QSsl::TlsV1_2 || tls->sessionProtocol() == QSsl::TlsV1_3);

        const Reply probe = c.get("/scim/v2/Users?filter=userName+eq+%22d1e3c5a7-0000-4000-8000-000000000000%22");
        QCOMPARE(probe.status, 200);
        QCOMPARE(probe.json().value("totalResults"_L1).toInt(), 0);

        const Reply created = c.post("/scim/v2/Users", obj(R"({"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],
            "userName":"tls.user@contoso.com","active":true,"name":{"givenName":"Tls","familyName":"User"}})"));
        QCOMPARE(created.status, 201);
        const QString id = created.json().value("id"_L1).toString();
        QVERIFY(created.header("location").startsWith("https://127.0.0.1:"));
        QVERIFY(created.json().value("meta"_L1).toObject().value("location"_L1).toString().startsWith(u"https://"_s));

        const QByteArray path = "/scim/v2/Users/" + id.toLatin1();
        const Reply patched = c.patch(path, obj(R"({"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
            "Operations":[{"op":"Replace","path":"active","value":"False"}]})"));
        QCOMPARE(patched.status, 200);
        QCOMPARE(patched.json().value("active"_L1).toBool(true), false);
        QCOMPARE(c.get(path).status, 200);
        QCOMPARE(c.del(path).status, 204);
        QCOMPARE(c.get(path).status, 404);
        QCOMPARE(c.socket(), tls); // every request on the one keep-alive connection
        QVERIFY(tls->isEncrypted());

        HttpClient anonymous(m_receiver->port());
        anonymous.setTls(clientTls());
        QCOMPARE(anonymous.get("/scim/v2/Users").status, 401);
    }

    void onlyTls12AndNewer()
    {
        QVERIFY(startReceiver(config({m_cert.certificate, m_cert.key, {}})));
        for (const QSsl::SslProtocol p : {QSsl::TlsV1_2, QSsl::TlsV1_3}) {
            HttpClient c = httpsClient(p);
            QVERIFY2(c.connectToServer(), qPrintable(c.socket()->errorString()));
            QCOMPARE(qobject_cast<QSslSocket *>(c.socket())->sessionProtocol(), p);
            QCOMPARE(c.get("/scim/v2/ServiceProviderConfig").status, 200);
        }
        // The openssl client as a control (TLS 1.2 works with it) and for the protocols Qt no
        // longer offers: its TLS 1.1 and 1.0 ClientHellos get no ServerHello, only a closed
        // connection.
        const auto ok = sClient({u"-tls1_2"_s});
        QVERIFY2(ok.first == 0 && ok.second.contains(u"Protocol  : TLSv1.2"_s), qPrintable(ok.second));
        for (const QString &old : {u"-tls1_1"_s, u"-tls1"_s}) {
            const auto refused = sClient({old, u"-cipher"_s, u"DEFAULT@SECLEVEL=0"_s});
            QVERIFY2(refused.first != 0, qPrintable(refused.second));
            QVERIFY2(refused.second.contains(u"Cipher is (NONE)"_s), qPrintable(refused.second));
            QVERIFY2(!refused.second.contains(u"Server certificate"_s), qPrintable(refused.second));
        }
        // The server still serves after the refused handshakes.
        HttpClient after = httpsClient();
        QCOMPARE(after.get("/scim/v2/ServiceProviderConfig").status, 200);
    }

    void plainHttpToTheHttpsPortDoesNotHang()
    {
        QVERIFY(startReceiver(config({m_cert.certificate, m_cert.key, {}})));
        QElapsedTimer timer;
        timer.start();
        HttpClient plain(m_receiver->port(), m_token);
        const Reply r = plain.get("/scim/v2/Users");
        QCOMPARE(r.status, 400);
        QVERIFY(r.closed);
        QVERIFY2(timer.elapsed() < 1500, QByteArray::number(timer.elapsed()).constData());
        QVERIFY(r.json().value("detail"_L1).toString().contains(u"https://127.0.0.1:%1"_s.arg(m_receiver->port())));
        QVERIFY(QTest::qWaitFor(
            [&] {
                for (const auto &args : std::as_const(*m_handled)) {
                    const auto rec = args.at(0).value<RequestRecord>();
                    if (rec.status == 400
                        && test::quirkTexts(rec.quirks).contains(u"Plain HTTP sent to the HTTPS port"_s))
                        return rec.path == "/scim/v2/Users"_L1 && rec.method == "GET"_L1;
                }
                return false;
            },
            5000));

        // A client that connects and says nothing, and one that starts a handshake with garbage,
        // are cut off without holding up others.
        QTcpSocket silent;
        silent.connectToHost(u"127.0.0.1"_s, m_receiver->port());
        QVERIFY(silent.waitForConnected(2000));
        QTcpSocket garbage;
        garbage.connectToHost(u"127.0.0.1"_s, m_receiver->port());
        QVERIFY(garbage.waitForConnected(2000));
        garbage.write(QByteArray("\x16\x03\x01\x00\x05hello", 10));
        QVERIFY(garbage.waitForBytesWritten(2000));

        HttpClient meanwhile = httpsClient();
        QCOMPARE(meanwhile.get("/scim/v2/ServiceProviderConfig").status, 200);

        QVERIFY(garbage.state() == QAbstractSocket::UnconnectedState || garbage.waitForDisconnected(5000));
        QVERIFY(silent.state() == QAbstractSocket::UnconnectedState || silent.waitForDisconnected(5000));
        QCOMPARE(meanwhile.get("/scim/v2/ServiceProviderConfig").status, 200);
    }

    void encryptedKeyAndPkcs12()
    {
        QVERIFY(!startReceiver(config({m_cert.certificate, m_cert.encryptedKey, {}})));
        QCOMPARE(m_receiver->state(), Receiver::State::Failed);
        QVERIFY2(m_receiver->errorString().contains(u"encrypted"_s), qPrintable(m_receiver->errorString()));

        QVERIFY(startReceiver(config({m_cert.certificate, m_cert.encryptedKey, m_cert.passphrase.toUtf8()})));
        QCOMPARE(httpsClient().get("/scim/v2/Users").status, 200);

        QVERIFY(startReceiver(config({m_cert.pkcs12, {}, m_cert.passphrase.toUtf8()})));
        QCOMPARE(httpsClient().get("/scim/v2/Users").status, 200);

        QVERIFY(!startReceiver(config({m_cert.certificate, m_cert.otherKey, {}})));
        QVERIFY2(m_receiver->errorString().contains(u"does not belong"_s), qPrintable(m_receiver->errorString()));
    }

    void headlessWithTlsOptions()
    {
        const QString binary = qEnvironmentVariable("SCIMMON_BINARY");
        QVERIFY(QFile::exists(binary));
        QTemporaryDir dataDir;
        QProcess create;
        create.start(binary, {u"token"_s, u"create"_s, u"--name"_s, u"Okta"_s, u"--data-dir"_s, dataDir.path()});
        QVERIFY(create.waitForFinished(20000));
        QCOMPARE(create.exitCode(), 0);
        const QByteArray token = create.readAllStandardOutput().trimmed().split('\n').last();

        QProcess headless;
        headless.start(binary,
                       {u"--headless"_s, u"--data-dir"_s, dataDir.path(), u"--listen"_s, u"127.0.0.1:0"_s,
                        u"--tls-cert"_s, m_cert.certificate, u"--tls-key"_s, m_cert.key});
        QVERIFY(headless.waitForStarted());
        QVERIFY(
            QTest::qWaitFor([&] { return headless.canReadLine() || headless.state() != QProcess::Running; }, 20000));
        const QString first = QString::fromUtf8(headless.readLine()).trimmed();
        QVERIFY2(first.contains(u"Tenant URL: https://127.0.0.1:"_s), qPrintable(first));
        const quint16 port = quint16(first.section(u':', -1).section(u'/', 0, 0).toUInt());
        HttpClient c(port, token);
        c.setTls(clientTls());
        QCOMPARE(c.get("/scim/v2/Users").status, 200);
        headless.terminate();
        QVERIFY(headless.waitForFinished(10000));
        QCOMPARE(headless.exitCode(), 0);

        QProcess wrongUse;
        wrongUse.start(binary,
                       {u"--data-dir"_s, dataDir.path(), u"token"_s, u"list"_s, u"--tls-cert"_s, m_cert.certificate});
        QVERIFY(wrongUse.waitForFinished(20000));
        QCOMPARE(wrongUse.exitCode(), 2);
    }
};

QTEST_GUILESS_MAIN(TestHttps)
#include "tst_https.moc"
