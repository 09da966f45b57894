// The window's labels for the engine's vocabulary (ui/common/labels.h): the cycle summary and
// durations in English, with the English plural forms installed as the application installs them
// (Translations::install). (Moved here from the store's tests with the summary, which is text for
// people and so belongs to the window.)

#include "model/provisioningcycle.h"
#include "ui/common/labels.h"
#include "ui/common/translations.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace scimmon;

class TestLabels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QCOMPARE(Translations::install(Translations::Language::English), Translations::Language::English);
    }

    void cycleSummaryInEntrasManner()
    {
        const QDateTime kStart(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC);
        ProvisioningCycle c;
        c.started = kStart;
        c.ended = kStart.addSecs(192);
        c.created = 500;
        c.updated = 20;
        c.deactivated = 10;
        c.deleted = 3;
        c.membersAdded = 390;
        c.membersRemoved = 10;
        c.failures = 2;
        QCOMPARE(Labels::cycleSummary(c),
                 u"500 created, 20 updated, 10 deactivated, 3 deleted, 400 membership "
                 "changes, 2 failures \u00b7 3 min 12 s"_s);
        // One of each: the singular forms.
        c.membersAdded = 1;
        c.membersRemoved = 0;
        c.failures = 1;
        QVERIFY2(Labels::cycleSummary(c).contains(u"1 membership change, 1 failure \u00b7"_s),
                 qPrintable(Labels::cycleSummary(c)));
    }

    void durations()
    {
        QCOMPARE(Labels::duration(850), u"850 ms"_s);
        QCOMPARE(Labels::duration(42'000), u"42 s"_s);
        QCOMPARE(Labels::duration(7'500'000), u"2 h 5 min"_s);
    }
};

QTEST_MAIN(TestLabels)
#include "tst_labels.moc"
