#include "model/utctimestamp.h"

#include <QRandomGenerator>
#include <QTimeZone>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace scimmon;

/// UtcTimestamp::text() writes what Qt's ISO formatter writes for the same instant.
class TestUtcTimestamp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void knownInstants_data()
    {
        QTest::addColumn<QDateTime>("time");
        QTest::addColumn<QString>("expected");
        const QTimeZone utc = QTimeZone::utc();
        QTest::newRow("epoch") << QDateTime::fromMSecsSinceEpoch(0, utc) << u"1970-01-01T00:00:00.000Z"_s;
        QTest::newRow("before the epoch") << QDateTime::fromMSecsSinceEpoch(-1, utc) << u"1969-12-31T23:59:59.999Z"_s;
        QTest::newRow("leap day") << QDateTime(QDate(2024, 2, 29), QTime(23, 59, 59, 999), utc)
                                  << u"2024-02-29T23:59:59.999Z"_s;
        QTest::newRow("2000 leap, century")
            << QDateTime(QDate(2000, 2, 29), QTime(12, 0), utc) << u"2000-02-29T12:00:00.000Z"_s;
        QTest::newRow("1900 not leap") << QDateTime(QDate(1900, 3, 1), QTime(0, 0), utc)
                                       << u"1900-03-01T00:00:00.000Z"_s;
        QTest::newRow("year 1") << QDateTime(QDate(1, 1, 1), QTime(0, 0, 0, 7), utc) << u"0001-01-01T00:00:00.007Z"_s;
        QTest::newRow("year 9999") << QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), utc)
                                   << u"9999-12-31T23:59:59.999Z"_s;
        // Another offset is written in UTC.
        QTest::newRow("offset +02:00") << QDateTime(QDate(2026, 12, 6), QTime(1, 30), QTimeZone(7200))
                                       << u"2026-12-05T23:30:00.000Z"_s;
    }

    void knownInstants()
    {
        QFETCH(QDateTime, time);
        QFETCH(QString, expected);
        QCOMPARE(UtcTimestamp::text(time), expected);
        QCOMPARE(UtcTimestamp::text(time), time.toUTC().toString(Qt::ISODateWithMs));
    }

    void sameAsQtsFormatterAcrossTheRange()
    {
        // Random instants from year 1 to 9999, and around today.
        QRandomGenerator random(20261206);
        const qint64 first = QDateTime(QDate(1, 1, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        const qint64 last
            = QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), QTimeZone::utc()).toMSecsSinceEpoch();
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (int i = 0; i < 200000; ++i) {
            const qint64 ms = i % 2 ? first + qint64(random.bounded(double(last - first)))
                                    : now + random.bounded(-100000000000LL, 100000000000LL);
            const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
            const QString ours = UtcTimestamp::text(t);
            const QString qts = t.toUTC().toString(Qt::ISODateWithMs); // Qt::UTC ends in "Z"
            if (ours != qts)
                QFAIL(qPrintable(u"%1 ms: %2, Qt: %3"_s.arg(ms).arg(ours, qts)));
        }
    }

    void invalidAndOutOfRange()
    {
        QCOMPARE(UtcTimestamp::text(QDateTime()), QString());
        const QDateTime tenThousand(QDate(10000, 1, 1), QTime(0, 0), QTimeZone::utc());
        QCOMPARE(UtcTimestamp::text(tenThousand), tenThousand.toUTC().toString(Qt::ISODateWithMs));
    }
};

QTEST_GUILESS_MAIN(TestUtcTimestamp)
#include "tst_utctimestamp.moc"
