// SQLite statements on SQLite's own interface (SqliteStatement) bind and read values exactly as
// Qt Sql's QSQLITE driver does (QtSqlStatement on the same connection), so that a repository reads
// the same QVariant whichever ran; their errors carry SQLite's extended result code.

#include "store/sql/qtsqlstatement.h"
#include "store/sqlite/sqlitedialect.h"
#include "store/sqlite/sqlitestatement.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace scimmon;

class TestSqliteStatement : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QSqlDatabase m_db;

    std::unique_ptr<SqlStatement> prepare(bool native, const QString &sql)
    {
        QSqlError error;
        auto statement
            = native ? SqliteStatement::prepare(m_db, sql, &error) : QtSqlStatement::prepare(m_db, sql, &error);
        if (!statement)
            qWarning() << "prepare failed:" << error.text();
        return statement;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"statements"_s);
        m_db.setDatabaseName(m_dir.filePath(u"s.db"_s));
        QVERIFY(m_db.open());
        QSqlQuery q(m_db);
        QVERIFY(q.exec(u"CREATE TABLE t (id INTEGER PRIMARY KEY, v, u TEXT UNIQUE)"_s));
    }

    void cleanupTestCase()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"statements"_s);
    }

    void valuesReadAsQSqliteReadsThem_data()
    {
        QTest::addColumn<QVariant>("value");
        QTest::newRow("int") << QVariant(42);
        QTest::newRow("negative long long") << QVariant(qint64(-9007199254740993LL));
        QTest::newRow("unsigned int") << QVariant(4000000000U);
        QTest::newRow("unsigned long long (bound as its text)") << QVariant(quint64(18446744073709551615ULL));
        QTest::newRow("bool") << QVariant(true);
        QTest::newRow("double") << QVariant(2.5);
        QTest::newRow("text") << QVariant(u"Zoë Ωmega 😀 \"quoted\""_s);
        QTest::newRow("empty text (not NULL)") << QVariant(QString(u""_s));
        QTest::newRow("null QString (NULL)") << QVariant(QString());
        QTest::newRow("invalid QVariant (NULL)") << QVariant();
        QTest::newRow("typed null int") << QVariant(QMetaType::fromType<int>());
        QTest::newRow("bytes") << QVariant(QByteArray("\x00\x01\xff binary", 11));
        QTest::newRow("null bytes (NULL)") << QVariant(QByteArray());
        QTest::newRow("date-time") << QVariant(QDateTime(QDate(2026, 12, 6), QTime(10, 0, 1, 234), Qt::UTC));
        QTest::newRow("invalid date-time (NULL)") << QVariant(QDateTime());
        QTest::newRow("time") << QVariant(QTime(23, 59, 58, 7));
        QTest::newRow("date") << QVariant(QDate(2026, 2, 28));
        QTest::newRow("null date (NULL)") << QVariant(QDate());
        QTest::newRow("invalid time (NULL)") << QVariant(QTime(25, 0));
        QTest::newRow("uuid") << QVariant(QUuid::fromString(u"{0193a6c4-7b1e-7c3a-9f00-1234567890ab}"_s));
        QTest::newRow("null uuid (NULL)") << QVariant(QUuid());
        QTest::newRow("string list (its text)") << QVariant(QStringList{u"a"_s});
    }

    void valuesReadAsQSqliteReadsThem()
    {
        QFETCH(QVariant, value);
        // Written by each statement kind, read by each: all four readings are the same QVariant.
        QList<QVariant> readings;
        for (bool nativeWrite : {false, true}) {
            auto insert = prepare(nativeWrite, u"INSERT INTO t (v) VALUES (?)"_s);
            QVERIFY(insert);
            QVERIFY2(insert->exec({value}), qPrintable(insert->lastError().text()));
            const qint64 id = insert->lastInsertId().toLongLong();
            QVERIFY(id > 0);
            QCOMPARE(insert->rowsAffected(), 1);
            insert->finish();
            for (bool nativeRead : {false, true}) {
                auto select = prepare(nativeRead, u"SELECT v, typeof(v) AS kind FROM t WHERE id = ?"_s);
                QVERIFY(select);
                QVERIFY(select->exec({id}));
                QCOMPARE(select->columnNames(), (QStringList{u"v"_s, u"kind"_s}));
                QVERIFY(select->next());
                readings.append(select->value(0));
                readings.append(select->value(1));
                QVERIFY(!select->next());
                select->finish();
            }
        }
        for (qsizetype i = 2; i < readings.size(); i += 2) {
            QCOMPARE(readings.at(i).metaType(), readings.at(0).metaType());
            QCOMPARE(readings.at(i).isNull(), readings.at(0).isNull());
            QCOMPARE(readings.at(i), readings.at(0));
            QCOMPARE(readings.at(i + 1), readings.at(1)); // the stored SQL type
        }
    }

    void aUniqueViolationCarriesTheExtendedCode()
    {
        for (bool native : {false, true}) {
            auto insert = prepare(native, u"INSERT INTO t (u) VALUES (?)"_s);
            QVERIFY(insert);
            const QString value = native ? u"same-native"_s : u"same-qt"_s;
            QVERIFY(insert->exec({value}));
            QVERIFY(!insert->exec({value}));
            QCOMPARE(insert->lastError().nativeErrorCode(), u"2067"_s); // SQLITE_CONSTRAINT_UNIQUE
            QVERIFY2(insert->lastError().text().contains(u"UNIQUE constraint failed: t.u"_s),
                     qPrintable(insert->lastError().text()));
            QVERIFY(SqliteDialect().isUniqueViolation(insert->lastError()));
            // The statement is usable again after its failure.
            QVERIFY(insert->exec({QString(value + u"-2"_s)}));
            QCOMPARE(insert->lastError().type(), QSqlError::NoError);
        }
    }

    void sharesQSqlitesLibrary()
    {
        // Debian's Qt runs the system SQLite, which this executable links too.
        QVERIFY(SqliteStatement::sharesLibraryWith(m_db));
        QSqlDatabase closed = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"not-open"_s);
        QVERIFY(!SqliteStatement::sharesLibraryWith(closed));
        closed = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"not-open"_s);
    }

    void refusesWhatQSqliteRefuses()
    {
        QSqlError error;
        QVERIFY(!SqliteStatement::prepare(m_db, u"SELECT 1; SELECT 2"_s, &error));
        QVERIFY(error.isValid());
        QVERIFY(!SqliteStatement::prepare(m_db, u"SELECT * FROM no_such_table"_s, &error));
        QVERIFY2(error.text().contains(u"no such table: no_such_table"_s), qPrintable(error.text()));
        QCOMPARE(error.nativeErrorCode(), u"1"_s);
        auto statement = prepare(true, u"SELECT ? + ?"_s);
        QVERIFY(statement);
        QVERIFY(!statement->exec({1}));
        QVERIFY(statement->lastError().text().contains(u"Parameter count mismatch"_s));
        QVERIFY(statement->exec({1, 2}));
        QVERIFY(statement->next());
        QCOMPARE(statement->value(0), QVariant(qint64(3)));

        QSqlDatabase closed = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"never-opened"_s);
        QVERIFY(!SqliteStatement::prepare(closed, u"SELECT 1"_s, &error));
        QVERIFY(error.isValid());
        closed = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"never-opened"_s);
    }

    void stepsThroughRowsAndStartsAgainOnExec()
    {
        QSqlQuery q(m_db);
        QVERIFY(q.exec(u"DELETE FROM t"_s));
        auto insert = prepare(true, u"INSERT INTO t (v) VALUES (?) RETURNING id, v"_s);
        QVERIFY(insert);
        for (int i = 1; i <= 3; ++i) {
            QVERIFY(insert->exec({i * 10}));
            QVERIFY(insert->next()); // the row RETURNING gives, once
            QCOMPARE(insert->value(1), QVariant(qint64(i * 10)));
            QVERIFY(!insert->next());
        }
        auto select = prepare(true, u"SELECT v FROM t ORDER BY v"_s);
        QVERIFY(select->exec({}));
        QVERIFY(select->next());
        QCOMPARE(select->value(0), QVariant(qint64(10)));
        // A run left half-read starts from the first row again.
        QVERIFY(select->exec({}));
        QList<qint64> all;
        while (select->next())
            all.append(select->value(0).toLongLong());
        QCOMPARE(all, (QList<qint64>{10, 20, 30}));
        QVERIFY(!select->next());
        auto update = prepare(true, u"UPDATE t SET v = v + 1 WHERE v > ?"_s);
        QVERIFY(update->exec({15}));
        QCOMPARE(update->rowsAffected(), 2);
        QVERIFY(update->columnNames().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSqliteStatement)
#include "tst_sqlitestatement.moc"
