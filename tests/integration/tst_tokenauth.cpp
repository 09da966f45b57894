// Secret Tokens over real HTTP: why a request is refused (in the log, never to the client), expiry,
// rotation with and without a grace period, and revocation taking effect on the next request, also
// on a keep-alive connection that was opened before; `token rotate` from the command line.

#include "receiver/receiver.h"
#include "support/testsupport.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace scimmon;
using scimmon::test::HttpClient;
using scimmon::test::Reply;

class TestTokenAuth : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_admin; ///< a connection of its own, as the window's or `token` command's
    std::unique_ptr<TokenService> m_tokens;
    std::unique_ptr<Receiver> m_receiver;
    std::unique_ptr<QSignalSpy> m_handled;

    NewToken create(const QString &label, int days = 0)
    {
        QString error;
        auto t = m_tokens->create(label, days, &error);
        if (!t)
            qFatal("cannot create token: %s", qPrintable(error));
        return *t;
    }

    /// The newest log record answered with `status`, waiting for it to arrive.
    RequestRecord lastRecord(int status)
    {
        RequestRecord found;
        [[maybe_unused]] const bool ok = QTest::qWaitFor(
            [&] {
                for (auto it = m_handled->crbegin(); it != m_handled->crend(); ++it) {
                    const auto r = it->at(0).value<RequestRecord>();
                    if (r.status == status) {
                        found = r;
                        return true;
                    }
                }
                return false;
            },
            5000);
        m_handled->clear();
        return found;
    }

    /// The 401 body must not tell the client why (the log does).
    static void verifyPlain401(const Reply &r)
    {
        QCOMPARE(r.status, 401);
        QCOMPARE(r.json().value("status"_L1).toString(), u"401"_s);
        const QString detail = r.json().value("detail"_L1).toString();
        for (const QString &word : {u"revoked"_s, u"expired"_s, u"unknown"_s})
            QVERIFY2(!detail.contains(word, Qt::CaseInsensitive), qPrintable(detail));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        m_admin = StoreFactory::open(StoreConfig::sqliteIn(m_dir.path()), u"admin"_s, &error);
        QVERIFY2(m_admin, qPrintable(error));
        m_tokens = std::make_unique<TokenService>(*m_admin);
        ReceiverConfig c;
        c.store = StoreConfig::sqliteIn(m_dir.path());
        c.port = 0;
        m_receiver = std::make_unique<Receiver>();
        m_handled = std::make_unique<QSignalSpy>(m_receiver.get(), &Receiver::requestHandled);
        m_receiver->start(c);
        QVERIFY(QTest::qWaitFor([&] { return m_receiver->state() == Receiver::State::Listening; }, 5000));
    }

    void cleanupTestCase()
    {
        m_receiver.reset();
        m_tokens.reset();
        m_admin.reset();
    }

    void refusalsAreExplainedInTheLogOnly_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        QTest::addColumn<QString>("reason");
        QTest::newRow("no header") << QByteArray() << u"no Authorization header"_s;
        QTest::newRow("malformed") << QByteArray("Basic dXNlcjpwYXNz") << u"is not \"Bearer <token>\""_s;
        QTest::newRow("bare token") << QByteArray("abcdef") << u"is not \"Bearer <token>\""_s;
        QTest::newRow("unknown") << QByteArray("Bearer x8Jk2") << u"unknown token"_s;
    }

    void refusalsAreExplainedInTheLogOnly()
    {
        QFETCH(QByteArray, authorization);
        QFETCH(QString, reason);
        HttpClient c(m_receiver->port());
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!authorization.isEmpty())
            headers.append({"Authorization", authorization});
        verifyPlain401(c.request("GET", "/scim/v2/Users", {}, headers));
        const RequestRecord rec = lastRecord(401);
        QVERIFY2(rec.authFailure.contains(reason), qPrintable(rec.authFailure));
        QCOMPARE(operationKey(rec.operation), u"Auth failure"_s);
        QVERIFY(!rec.requestHeaders.contains(QString::fromLatin1(authorization.mid(7))) || authorization.size() < 8);
    }

    void expiryOverHttpAlsoOnAnOpenConnection()
    {
        const NewToken t = create(u"short-lived"_s, 30);
        HttpClient c(m_receiver->port(), t.secret.toLatin1());
        QCOMPARE(c.get("/scim/v2/Users").status, 200);
        QTcpSocket *socket = c.socket();
        // Expires in a moment; the same connection is refused once it has.
        QVERIFY(m_admin->tokens().setExpiry(t.record.id, QDateTime::currentDateTimeUtc().addMSecs(800)));
        QCOMPARE(c.get("/scim/v2/Users").status, 200);
        QTest::qWait(1000);
        verifyPlain401(c.get("/scim/v2/Users"));
        QCOMPARE(c.socket(), socket);
        QCOMPARE(socket->state(), QAbstractSocket::ConnectedState);
        const RequestRecord rec = lastRecord(401);
        QCOMPARE(rec.authFailure, u"token \"short-lived\" expired"_s);
        QCOMPARE(rec.tokenLabel, u"short-lived"_s);
    }

    void revocationTakesEffectOnTheNextRequestOfAKeptAliveConnection()
    {
        const NewToken t = create(u"Entra ID"_s);
        HttpClient c(m_receiver->port(), t.secret.toLatin1());
        QCOMPARE(c.get("/scim/v2/Users").status, 200);
        QCOMPARE(c.get("/scim/v2/Groups").status, 200);
        QTcpSocket *socket = c.socket();
        QString error;
        QVERIFY(m_tokens->revoke(t.record.id, &error));
        verifyPlain401(c.get("/scim/v2/Users"));
        QCOMPARE(c.socket(), socket); // the same connection, not a new one
        QCOMPARE(socket->state(), QAbstractSocket::ConnectedState);
        QCOMPARE(lastRecord(401).authFailure, u"token \"Entra ID\" was revoked"_s);
        // A fresh connection is refused as well.
        HttpClient fresh(m_receiver->port(), t.secret.toLatin1());
        verifyPlain401(fresh.get("/scim/v2/Users"));
    }

    void rotationGracePeriod()
    {
        const NewToken old = create(u"Okta"_s, 365);
        QString error;
        const auto next = m_tokens->rotate(old.record.id, 1, &error);
        QVERIFY2(next, qPrintable(error));
        HttpClient oldClient(m_receiver->port(), old.secret.toLatin1());
        HttpClient newClient(m_receiver->port(), next->secret.toLatin1());
        QCOMPARE(oldClient.get("/scim/v2/Users").status, 200); // within the hour of grace
        QCOMPARE(newClient.get("/scim/v2/Users").status, 200);
        const QDateTime graceEnd = m_admin->tokens().byId(old.record.id)->expires;
        QVERIFY(qAbs(graceEnd.secsTo(QDateTime::currentDateTimeUtc().addSecs(3600))) < 60);

        // The grace period ends: the old token is refused on its open connection, the new works.
        QVERIFY(m_admin->tokens().setExpiry(old.record.id, QDateTime::currentDateTimeUtc().addSecs(-1)));
        verifyPlain401(oldClient.get("/scim/v2/Users"));
        QCOMPARE(lastRecord(401).authFailure, u"token \"Okta\" expired"_s);
        QCOMPARE(newClient.get("/scim/v2/Users").status, 200);

        // Without grace, the old token is refused at once.
        const auto third = m_tokens->rotate(next->record.id, 0, &error);
        QVERIFY(third);
        verifyPlain401(newClient.get("/scim/v2/Users"));
        HttpClient thirdClient(m_receiver->port(), third->secret.toLatin1());
        QCOMPARE(thirdClient.get("/scim/v2/Users").status, 200);
    }

    void rotateFromTheCommandLine()
    {
        const QString binary = qEnvironmentVariable("SCIMMON_BINARY");
        QVERIFY(QFile::exists(binary));
        const NewToken old = create(u"cli"_s);
        QProcess rotate;
        rotate.start(binary,
                     {u"--data-dir"_s, m_dir.path(), u"token"_s, u"rotate"_s, QString::number(old.record.id),
                      u"--grace-hours"_s, u"0"_s});
        QVERIFY(rotate.waitForFinished(20000));
        QCOMPARE(rotate.exitCode(), 0);
        const QList<QByteArray> lines = rotate.readAllStandardOutput().trimmed().split('\n');
        const QByteArray secret = lines.last().trimmed();
        QCOMPARE(secret.size(), 43);
        QVERIFY(lines.first().contains("Rotated token"));
        verifyPlain401(HttpClient(m_receiver->port(), old.secret.toLatin1()).get("/scim/v2/Users"));
        QCOMPARE(HttpClient(m_receiver->port(), secret).get("/scim/v2/Users").status, 200);

        QProcess list;
        list.start(binary, {u"--data-dir"_s, m_dir.path(), u"token"_s, u"list"_s});
        QVERIFY(list.waitForFinished(20000));
        const QByteArray table = list.readAllStandardOutput();
        QVERIFY(table.contains("expired"));
        QVERIFY(table.contains("revoked"));
        QVERIFY(!table.contains(secret));

        QProcess bad;
        bad.start(binary, {u"--data-dir"_s, m_dir.path(), u"token"_s, u"rotate"_s, QString::number(old.record.id)});
        QVERIFY(bad.waitForFinished(20000));
        QCOMPARE(bad.exitCode(), 1); // no longer usable
        QVERIFY(bad.readAllStandardError().contains("no usable token"));
    }
};

QTEST_GUILESS_MAIN(TestTokenAuth)
#include "tst_tokenauth.moc"
