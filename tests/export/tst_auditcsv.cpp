// The audit CSV export: RFC 4180, read back with a real CSV parser (Python's csv module), formula
// neutralisation, Unicode, filters, cancellation and the byte order mark.

#include "export/auditcsvexport.h"
#include "export/csvwriter.h"
#include "support/testsupport.h"

#include <QBuffer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace scimmon;

namespace {

/// The rows of a CSV file as Python's csv module reads them.
QList<QStringList> readWithPython(const QString &path)
{
    QProcess p;
    p.start(u"python3"_s,
            {u"-c"_s,
             u"import csv, json, sys\n"
             "with open(sys.argv[1], encoding='utf-8-sig', newline='') as f:\n"
             "    print(json.dumps(list(csv.reader(f))))\n"_s,
             path});
    if (!p.waitForFinished(20000) || p.exitCode() != 0)
        qFatal("python3 could not read the CSV: %s", p.readAllStandardError().constData());
    QList<QStringList> rows;
    for (const auto &row : QJsonDocument::fromJson(p.readAllStandardOutput()).array()) {
        QStringList cells;
        for (const auto &c : row.toArray())
            cells.append(c.toString());
        rows.append(cells);
    }
    return rows;
}

AuditEvent makeEvent(const QString &name, const QList<AuditChange> &changes = {})
{
    AuditEvent e;
    e.time = QDateTime::fromString(u"2026-11-29T08:00:00.125Z"_s, Qt::ISODateWithMs);
    e.actor = u"Entra ID"_s;
    e.action = u"user.updated"_s;
    e.targetType = u"User"_s;
    e.targetId = u"id-1"_s;
    e.targetName = name;
    e.changes = changes;
    e.requestRef = u"ref-1"_s;
    return e;
}

} // namespace

class TestAuditCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(u"python3"_s).isEmpty())
            QFAIL("python3 (the reference CSV reader) is needed by this test");
    }

    void readBackGivesTheSameValues()
    {
        test::TempStore store;
        const QList<QString> names{
            u"plain"_s,
            u"comma, inside"_s,
            u"quote \" inside"_s,
            u"line\nbreak and\r\nCRLF"_s,
            u"Zoë Ångström 日本語 🚀"_s,
            u"=HYPERLINK(\"http://evil\")"_s,
            u"+1+2"_s,
            u"-5"_s,
            u"@SUM(A1)"_s,
            u"\tTabbed"_s,
            u"\rCarriage"_s,
        };
        QList<AuditEvent> events;
        for (const QString &n : names)
            events.append(makeEvent(n, {{u"title"_s, u"a,\"b\""_s, u"=c"_s}}));
        QVERIFY(store->audit().append(events));

        QTemporaryDir dir;
        const QString path = dir.filePath(u"audit.csv"_s);
        const auto outcome = AuditCsvExport::writeFile(*store, AuditFilter{}, path, true);
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QCOMPARE(outcome.rows, names.size());
        QFile raw(path);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        QVERIFY(raw.readAll().startsWith("\xEF\xBB\xBF"
                                         "event_id,time,"));

        const auto rows = readWithPython(path);
        QCOMPARE(rows.size(), names.size() + 1);
        QCOMPARE(rows.first(), AuditCsvExport::columns());
        for (qsizetype i = 0; i < names.size(); ++i) {
            const QStringList &row = rows.at(i + 1);
            QCOMPARE(row.size(), AuditCsvExport::columns().size());
            bool numeric = false;
            row.at(0).toLongLong(&numeric);
            QVERIFY(numeric); // event_id is a plain number
            QCOMPARE(row.at(1), u"2026-11-29T08:00:00.125Z"_s);
            QCOMPARE(row.at(2), u"Entra ID"_s);
            // cells a spreadsheet would run get a leading apostrophe, nothing else changes
            const QString expected
                = QStringLiteral("=+-@\t\r").contains(names.at(i).front()) ? u"'"_s + names.at(i) : names.at(i);
            QCOMPARE(row.at(6), expected);
            QCOMPARE(row.at(9), u"title: \"a,\\\"b\\\"\" \u2192 \"=c\""_s);
            QCOMPARE(row.at(10), u"ref-1"_s);
            QCOMPARE(row.at(11), u"success"_s);
        }
    }

    void numbersStayNumbers()
    {
        QCOMPARE(CsvWriter::field(u"-42"_s, CsvWriter::Type::Number), u"-42"_s);
        QCOMPARE(CsvWriter::field(u"-42"_s, CsvWriter::Type::Text), u"'-42"_s);
        QCOMPARE(CsvWriter::field(u"12.75"_s, CsvWriter::Type::Number), u"12.75"_s);
        QCOMPARE(CsvWriter::field(u"=1+2"_s, CsvWriter::Type::Number), u"'=1+2"_s); // not a number: text rules
        QCOMPARE(CsvWriter::field(u"a\"b"_s), u"\"a\"\"b\""_s);
    }

    void filtersApply()
    {
        test::TempStore store;
        AuditEvent a = makeEvent(u"alice"_s);
        AuditEvent b = makeEvent(u"bob"_s);
        b.action = u"user.deleted"_s;
        b.time = a.time.addDays(2);
        QVERIFY(store->audit().append({a, b}));
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        AuditFilter f;
        f.actions = {u"user.deleted"_s};
        QCOMPARE(AuditCsvExport::write(*store, f, &buffer, false).rows, 1);
        QVERIFY(buffer.data().contains("bob"));
        QVERIFY(!buffer.data().contains("alice"));
        f = AuditFilter{};
        f.to = a.time.addDays(1);
        QBuffer second;
        second.open(QIODevice::WriteOnly);
        QCOMPARE(AuditCsvExport::write(*store, f, &second, false).rows, 1);
        QVERIFY(second.data().contains("alice"));
    }

    void cancelledExportLeavesNoFile()
    {
        test::TempStore store;
        QList<AuditEvent> many;
        for (int i = 0; i < 12000; ++i)
            many.append(makeEvent(u"u%1"_s.arg(i)));
        QVERIFY(store->begin());
        QVERIFY(store->audit().append(many));
        QVERIFY(store->commit());
        QTemporaryDir dir;
        const QString path = dir.filePath(u"cancelled.csv"_s);
        qint64 calls = 0;
        const auto outcome
            = AuditCsvExport::writeFile(*store, AuditFilter{}, path, false, [&](qint64 done, qint64 total) {
                  ++calls;
                  [&] { QCOMPARE(total, 12000); }();
                  return done < 5000;
              });
        QVERIFY(outcome.cancelled);
        QVERIFY(!outcome.ok);
        QVERIFY(calls > 0);
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestAuditCsv)
#include "tst_auditcsv.moc"
