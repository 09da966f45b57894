// CsvWriter: RFC 4180 quoting, UTF-8, CRLF, the optional BOM, formula neutralisation (OWASP CSV
// injection) in text columns, and numbers kept as numbers in numeric columns.

#include "export/csvwriter.h"

#include <QBuffer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace scimmon;

class TestCsvWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quotesWhatNeedsQuoting()
    {
        QCOMPARE(CsvWriter::field(u"plain"_s), u"plain"_s);
        QCOMPARE(CsvWriter::field(u"a,b"_s), u"\"a,b\""_s);
        QCOMPARE(CsvWriter::field(u"say \"hi\""_s), u"\"say \"\"hi\"\"\""_s);
        QCOMPARE(CsvWriter::field(u"two\nlines"_s), u"\"two\nlines\""_s);
        QCOMPARE(CsvWriter::field(u"cr\rhere"_s), u"\"cr\rhere\""_s);
        QCOMPARE(CsvWriter::field(QString()), QString());
    }

    void neutralisesFormulas_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("written");
        QTest::newRow("=") << u"=1+1"_s << u"'=1+1"_s;
        QTest::newRow("+") << u"+1"_s << u"'+1"_s;
        QTest::newRow("-") << u"-2"_s << u"'-2"_s;
        QTest::newRow("@") << u"@SUM(A1)"_s << u"'@SUM(A1)"_s;
        QTest::newRow("tab") << u"\t=x"_s << u"'\t=x"_s;
        QTest::newRow("cr") << u"\r=x"_s << u"\"'\r=x\""_s;
        QTest::newRow("quoted formula") << u"=HYPERLINK(\"http://x\",\"y\")"_s
                                        << u"\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""_s;
        QTest::newRow("inside is fine") << u"a=b"_s << u"a=b"_s;
    }

    void neutralisesFormulas()
    {
        QFETCH(QString, text);
        QFETCH(QString, written);
        QCOMPARE(CsvWriter::field(text), written);
    }

    void numbersStayNumbersInNumericColumns()
    {
        using Type = CsvWriter::Type;
        QCOMPARE(CsvWriter::field(u"-5"_s, Type::Number), u"-5"_s);
        QCOMPARE(CsvWriter::field(u"12.750"_s, Type::Number), u"12.750"_s);
        QCOMPARE(CsvWriter::field(u"404"_s, Type::Number), u"404"_s);
        // Not a plain number: treated as text, so neutralised.
        QCOMPARE(CsvWriter::field(u"-1+2"_s, Type::Number), u"'-1+2"_s);
        QCOMPARE(CsvWriter::field(u"=1"_s, Type::Number), u"'=1"_s);
        QVERIFY(!CsvWriter::isNumber(u"1e5"_s));
        QVERIFY(!CsvWriter::isNumber(u" 1"_s));
        QVERIFY(CsvWriter::isNumber(u"0"_s));
    }

    void writesRowsWithBomAndCrlf()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        CsvWriter csv(&buffer);
        csv.setColumnTypes({CsvWriter::Type::Number, CsvWriter::Type::Text});
        QVERIFY(csv.writeBom());
        QVERIFY(csv.writeRow({u"id"_s, u"name"_s}));
        QVERIFY(csv.writeRow({u"-3"_s, u"Zoë, \"the\" = one"_s}));
        QVERIFY(csv.writeRow({u"7"_s, u"-7"_s, u"extra"_s}));
        const QByteArray expected = "\xEF\xBB\xBF"
                                    "id,name\r\n"
                                    "-3,\"Zo\xC3\xAB, \"\"the\"\" = one\"\r\n"
                                    "7,'-7,extra\r\n";
        QCOMPARE(buffer.data(), expected);
    }

    void reportsDeviceFailures()
    {
        QBuffer buffer;
        buffer.open(QIODevice::ReadOnly);
        CsvWriter csv(&buffer);
        QVERIFY(!csv.writeRow({u"x"_s}));
        QVERIFY(!csv.errorString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
