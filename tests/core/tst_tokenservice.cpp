// Secret Tokens: generation, hashing, checking the Authorization header.

#include "testsupport.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace scimmon;

class TestTokenService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createAndCheck()
    {
        test::TempStore store;
        TokenService tokens(*store);
        QString error;
        const auto t = tokens.create(u"Entra ID"_s, 0, &error);
        QVERIFY(t);
        QCOMPARE(t->secret.size(), 43); // 256 bits, base64url without padding
        QVERIFY(!t->secret.contains(u'='));
        QCOMPARE(t->record.hash, TokenService::hash(t->secret));
        QVERIFY(t->record.hash != t->secret.toLatin1());

        QVERIFY(tokens.check("Bearer " + t->secret.toLatin1()).ok());
        QVERIFY(tokens.check("bearer " + t->secret.toLatin1()).ok());
        QCOMPARE(tokens.check(QByteArray()).failure, AuthCheck::Failure::NoHeader);
        QCOMPARE(tokens.check(t->secret.toLatin1()).failure, AuthCheck::Failure::Malformed);
        QCOMPARE(tokens.check("Basic dXNlcjpwYXNz").failure, AuthCheck::Failure::Malformed);
        QCOMPARE(tokens.check("Bearer " + t->secret.toLatin1() + "x").failure, AuthCheck::Failure::UnknownToken);
    }

    void secretsAreRandom()
    {
        QSet<QString> seen;
        for (int i = 0; i < 100; ++i)
            seen.insert(TokenService::generateSecret());
        QCOMPARE(seen.size(), 100);
    }

    void revokedAndExpired()
    {
        test::TempStore store;
        TokenService tokens(*store);
        QString error;
        const auto a = tokens.create(u"a"_s, 0, &error);
        const auto b = tokens.create(u"b"_s, 30, &error);
        QVERIFY(a && b);
        QVERIFY(tokens.revoke(a->record.id, &error));
        const AuthCheck revoked = tokens.check("Bearer " + a->secret.toLatin1());
        QCOMPARE(revoked.failure, AuthCheck::Failure::Revoked);
        QVERIFY(revoked.reason().contains(u"revoked"_s));
        QVERIFY(tokens.check("Bearer " + b->secret.toLatin1()).ok());
        const AuthCheck later
            = tokens.check("Bearer " + b->secret.toLatin1(), QDateTime::currentDateTimeUtc().addDays(31));
        QCOMPARE(later.failure, AuthCheck::Failure::Expired);
        QVERIFY(!tokens.revoke(999, &error));
        QVERIFY(error.contains(u"999"_s));
        QVERIFY(tokens.hasUsableToken());
        QVERIFY(!tokens.hasUsableToken(QDateTime::currentDateTimeUtc().addDays(31)));
    }

    void usageIsCountedAndFlushed()
    {
        test::TempStore store;
        TokenService tokens(*store);
        QString error;
        const auto t = tokens.create(u"a"_s, 0, &error);
        for (int i = 0; i < 3; ++i)
            QVERIFY(tokens.check("Bearer " + t->secret.toLatin1()).ok());
        QCOMPARE(store->token(t->record.id)->requestCount, 0);
        tokens.flushUsage();
        QCOMPARE(store->token(t->record.id)->requestCount, 3);
        QVERIFY(store->token(t->record.id)->lastUsed.isValid());
    }

    void secretNeverInTheDatabaseFile()
    {
        test::TempStore store;
        TokenService tokens(*store);
        QString error;
        const auto t = tokens.create(u"a"_s, 0, &error);
        QVERIFY(t);
        store.store.reset(); // close, so WAL content is checkpointed into the file
        QDir dir(store.dir.path());
        for (const QString &name : dir.entryList(QDir::Files)) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains(t->secret.toLatin1()), qPrintable(name));
        }
    }

    void emptyLabelRefused()
    {
        test::TempStore store;
        TokenService tokens(*store);
        QString error;
        QVERIFY(!tokens.create(u"  "_s, 0, &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTokenService)
#include "tst_tokenservice.moc"
