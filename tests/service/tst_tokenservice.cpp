// Secret Tokens: generation, hashing, checking the Authorization header.

#include "support/testsupport.h"

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

    void aRememberedTokenFollowsEveryChange()
    {
        // As the receiver checks them: inside its write transactions, with one long-lived service.
        test::TempStore store;
        TokenService receiver(*store);
        QString error;
        const auto a = receiver.create(u"a"_s, 0, &error);
        const auto b = receiver.create(u"b"_s, 0, &error);
        QVERIFY(a && b);
        auto checkInTurn = [&](const NewToken &t) {
            [&] { QVERIFY(store->begin()); }();
            const AuthCheck result = receiver.check("Bearer " + t.secret.toLatin1());
            [&] { QVERIFY(store->commit()); }();
            return result;
        };
        QVERIFY(checkInTurn(*a).ok());
        QVERIFY(checkInTurn(*a).ok());
        QVERIFY(checkInTurn(*b).ok());
        // Revoked from another connection (the window's, the command line's): the next check.
        auto other = store.openAs(u"desk"_s, u"other"_s);
        QVERIFY(TokenService(*other).revoke(a->record.id, &error));
        QCOMPARE(checkInTurn(*a).failure, AuthCheck::Failure::Revoked);
        QVERIFY(checkInTurn(*b).ok());
        // Changed through the same connection by another service (Receiver::write()): the next check.
        TokenService sameConnection(*store);
        QVERIFY(sameConnection.rotate(b->record.id, 0, &error)); // the old one expires at once
        QCOMPARE(checkInTurn(*b).failure, AuthCheck::Failure::Expired);
        // Deleted from another connection: unknown at the next check.
        QVERIFY(TokenService(*other).remove(a->record.id, &error));
        QCOMPARE(checkInTurn(*a).failure, AuthCheck::Failure::UnknownToken);
        // Outside a transaction every check reads the store, as before.
        QCOMPARE(receiver.check("Bearer " + b->secret.toLatin1()).failure, AuthCheck::Failure::Expired);
    }

    void usageIsCountedAndFlushed()
    {
        test::TempStore store;
        TokenService tokens(*store);
        QString error;
        const auto t = tokens.create(u"a"_s, 0, &error);
        for (int i = 0; i < 3; ++i)
            QVERIFY(tokens.check("Bearer " + t->secret.toLatin1()).ok());
        QCOMPARE(store->tokens().byId(t->record.id)->requestCount, 0);
        tokens.flushUsage();
        QCOMPARE(store->tokens().byId(t->record.id)->requestCount, 3);
        QVERIFY(store->tokens().byId(t->record.id)->lastUsed.isValid());
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

    void createWithAnExpiryDate()
    {
        test::TempStore store;
        TokenService tokens(*store);
        QString error;
        const QDateTime when = QDateTime::currentDateTimeUtc().addDays(10);
        const auto t = tokens.create(u"dated"_s, when, &error);
        QVERIFY2(t, qPrintable(error));
        QCOMPARE(store->tokens().byId(t->record.id)->expires.toSecsSinceEpoch(), when.toSecsSinceEpoch());
        QVERIFY(!tokens.create(u"past"_s, QDateTime::currentDateTimeUtc().addSecs(-1), &error));
        QVERIFY(error.contains(u"future"_s));
        QVERIFY(!tokens.create(u"far"_s, QDateTime::currentDateTimeUtc().addDays(TokenService::kMaxExpiryDays + 2),
                               &error));
        const auto never = tokens.create(u"never"_s, QDateTime(), &error);
        QVERIFY(never && !never->record.expires.isValid());
    }

    void states()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        TokenRecord t;
        QCOMPARE(TokenService::state(t, now), TokenState::Active);
        t.expires = now.addDays(TokenService::kExpiringSoonDays + 1);
        QCOMPARE(TokenService::state(t, now), TokenState::Active);
        t.expires = now.addDays(2);
        QCOMPARE(TokenService::state(t, now), TokenState::ExpiringSoon);
        QVERIFY(TokenService::isUsable(t, now));
        t.expires = now;
        QCOMPARE(TokenService::state(t, now), TokenState::Expired);
        QVERIFY(!TokenService::isUsable(t, now));
        t.revoked = now.addSecs(-5);
        QCOMPARE(TokenService::state(t, now), TokenState::Revoked);
        QCOMPARE(TokenService::stateText(TokenState::ExpiringSoon), u"expiring soon"_s);
    }

    void rotationKeepsTheOldTokenForTheGracePeriod()
    {
        test::TempStore store;
        TokenService tokens(*store);
        QString error;
        const auto old = tokens.create(u"Entra ID"_s, 90, &error);
        QVERIFY(old);
        const auto next = tokens.rotate(old->record.id, 24, &error);
        QVERIFY2(next, qPrintable(error));
        QCOMPARE(next->record.label, u"Entra ID"_s);
        QVERIFY(next->record.expires.isValid());
        const QDateTime oldExpiry = store->tokens().byId(old->record.id)->expires;
        QVERIFY(qAbs(oldExpiry.secsTo(QDateTime::currentDateTimeUtc().addSecs(24 * 3600))) < 60);
        QVERIFY(tokens.check("Bearer " + old->secret.toLatin1()).ok());
        QVERIFY(tokens.check("Bearer " + next->secret.toLatin1()).ok());
        QCOMPARE(tokens.check("Bearer " + old->secret.toLatin1(), oldExpiry.addSecs(1)).failure,
                 AuthCheck::Failure::Expired);
        QVERIFY(tokens.check("Bearer " + next->secret.toLatin1(), oldExpiry.addSecs(1)).ok());
        QVERIFY(!tokens.rotate(old->record.id, -1, &error));
        QVERIFY(!tokens.rotate(4242, 1, &error));
    }

    void onlyUnusableTokensAreDeleted()
    {
        test::TempStore store;
        TokenService tokens(*store);
        QString error;
        const auto active = tokens.create(u"active"_s, 0, &error);
        const auto revoked = tokens.create(u"revoked"_s, 0, &error);
        const auto expired = tokens.create(u"expired"_s, 0, &error);
        QVERIFY(active && revoked && expired);
        QVERIFY(tokens.revoke(revoked->record.id, &error));
        QVERIFY(store->tokens().setExpiry(expired->record.id, QDateTime::currentDateTimeUtc().addSecs(-60)));

        QVERIFY(!tokens.remove(active->record.id, &error));
        QVERIFY(error.contains(u"revoke it"_s));
        QVERIFY(tokens.remove(revoked->record.id, &error));
        QVERIFY(!store->tokens().byId(revoked->record.id));
        QVERIFY(!tokens.remove(revoked->record.id, &error));

        const auto removed = tokens.removeUnusable(&error);
        QVERIFY(removed);
        QCOMPARE(removed->size(), 1);
        QCOMPARE(removed->first().id, expired->record.id);
        QCOMPARE(store->tokens().all().size(), 1);
        QCOMPARE(store->audit().count(AuditFilter{{}, {}, {u"token.deleted"_s}, {}, {}}), 2);
        const auto none = tokens.removeUnusable(&error);
        QVERIFY(none && none->isEmpty());
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
