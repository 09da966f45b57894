// TimeOrderedId: UUID version 7 (RFC 9562 §5.7) as the ids of new resources and request
// references: the layout of its bits, unique, and ordered by the time it was made.

#include "model/timeorderedid.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace scimmon;

class TestTimeOrderedId : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void layoutIsUuidVersion7()
    {
        // 2026-12-06T00:00:00.000Z is 1796515200000 ms, 0x01A2'48A6'7C00.
        const QString id = TimeOrderedId::create(1796515200000);
        static const QRegularExpression shape(
            u"^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"_s);
        QVERIFY2(shape.match(id).hasMatch(), qPrintable(id));
        QVERIFY(id.startsWith(u"01a248a6-7c00-7"_s));
        // Qt 6.4's QUuid parses it, but knows versions up to 5 only: the version is the nibble above.
        const QUuid uuid = QUuid::fromString(id);
        QVERIFY(!uuid.isNull());
        QCOMPARE(uuid.variant(), QUuid::DCE);
        QVERIFY(TimeOrderedId::create().contains(QRegularExpression(u"^[0-9a-f-]{36}$"_s)));
    }

    void idsAreUniqueAndSortByTime()
    {
        QSet<QString> seen;
        QString previous;
        for (qint64 ms = 1796515200000; ms < 1796515200000 + 2000; ++ms) {
            for (int i = 0; i < 5; ++i) {
                const QString id = TimeOrderedId::create(ms);
                QVERIFY2(!seen.contains(id), qPrintable(id));
                seen.insert(id);
                // A later millisecond sorts after every id of an earlier one, as text too.
                if (i == 0 && !previous.isEmpty())
                    QVERIFY2(previous < id, qPrintable(previous + u" ≥ "_s + id));
                if (i == 4)
                    previous = id;
            }
        }
        QCOMPARE(seen.size(), 10000);
        // Within one millisecond the random bits differ.
        QVERIFY(TimeOrderedId::create(1) != TimeOrderedId::create(1));
    }

    void idsOfOneProcessSortInTheOrderTheyWereMade()
    {
        // 20,000 ids in a tight loop: most share their millisecond with others (and some
        // milliseconds hold more than the counter's 2,048 starting room). Each sorts after the one
        // before, as text and as a UUID, and its time is never behind the clock by more than
        // the counter's overflow moves it ahead.
        QString previous = TimeOrderedId::create();
        int sameMillisecond = 0;
        for (int i = 0; i < 20000; ++i) {
            const qint64 before = QDateTime::currentMSecsSinceEpoch();
            const QString id = TimeOrderedId::create();
            QVERIFY2(previous < id, qPrintable(previous + u" ≥ "_s + id));
            QVERIFY(QUuid::fromString(previous) < QUuid::fromString(id));
            const qint64 ms = QStringView(id).left(8).toLongLong(nullptr, 16) << 16
                | QStringView(id).mid(9, 4).toLongLong(nullptr, 16);
            QVERIFY2(ms >= before, qPrintable(id));
            if (QStringView(id).left(13) == QStringView(previous).left(13))
                ++sameMillisecond;
            QCOMPARE(id.at(14), u'7');
            previous = id;
        }
        QVERIFY2(sameMillisecond > 0, "the loop never made two ids in one millisecond");
    }
};

QTEST_GUILESS_MAIN(TestTimeOrderedId)
#include "tst_timeorderedid.moc"
