#include "conformance/junitreport.h"

#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

namespace scimmon {

namespace {

QString seconds(double ms)
{
    return QString::number(ms / 1000.0, 'f', 3);
}

QString headersText(const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QString out;
    for (const auto &[k, v] : headers)
        out += QString::fromLatin1(k) + u": "_s + QString::fromUtf8(v) + u'\n';
    return out;
}

} // namespace

QString JUnitReport::stepText(const ConformanceStep &s)
{
    QString out = u"[%1] %2\n  expected: %3\n  why: %4\n"_s.arg(verdictKey(s.verdict), s.title, s.expectation, s.why);
    if (!s.reason.isEmpty())
        out += u"  reason: "_s + s.reason + u'\n';
    if (!s.method.isEmpty()) {
        out += s.method + u' ' + s.url + u'\n' + headersText(s.requestHeaders);
        if (!s.requestBody.isEmpty())
            out += u'\n' + QString::fromUtf8(s.requestBody) + u'\n';
        out += u"--> HTTP %1 (%2 ms)\n"_s.arg(s.status).arg(s.durationMs, 0, 'f', 1) + headersText(s.responseHeaders);
        if (!s.networkError.isEmpty())
            out += u"network error: "_s + s.networkError + u'\n';
        if (!s.responseBody.isEmpty())
            out += u'\n' + QString::fromUtf8(s.responseBody) + u'\n';
    }
    return out;
}

QByteArray JUnitReport::write(const ConformanceResult &result)
{
    QByteArray xml;
    QXmlStreamWriter w(&xml);
    w.setAutoFormatting(true);
    w.writeStartDocument();
    w.writeStartElement(u"testsuites"_s);
    w.writeAttribute(u"name"_s, u"scim-monitor check "_s + result.target);
    w.writeAttribute(u"tests"_s, QString::number(result.abortReason.isEmpty() ? result.tests.size() : 1));
    w.writeAttribute(u"failures"_s,
                     QString::number(result.abortReason.isEmpty() ? result.count(ConformanceVerdict::Fail) : 1));
    w.writeAttribute(u"skipped"_s, QString::number(result.count(ConformanceVerdict::Skip)));
    w.writeAttribute(u"time"_s, seconds(result.durationMs));
    w.writeAttribute(u"timestamp"_s, result.startedAt.toString(Qt::ISODate));
    if (!result.abortReason.isEmpty()) {
        w.writeStartElement(u"testsuite"_s);
        w.writeAttribute(u"name"_s, u"connection"_s);
        w.writeAttribute(u"tests"_s, u"1"_s);
        w.writeAttribute(u"failures"_s, u"1"_s);
        w.writeStartElement(u"testcase"_s);
        w.writeAttribute(u"classname"_s, u"scim-monitor.check"_s);
        w.writeAttribute(u"name"_s, u"connection"_s);
        w.writeStartElement(u"failure"_s);
        w.writeAttribute(u"message"_s, result.abortReason);
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
    }
    for (const QString &suite : result.suites) {
        QList<const ConformanceTest *> tests;
        int failures = 0;
        int skipped = 0;
        double ms = 0;
        for (const ConformanceTest &t : result.tests) {
            if (t.suite != suite)
                continue;
            tests.append(&t);
            failures += t.verdict == ConformanceVerdict::Fail ? 1 : 0;
            skipped += t.verdict == ConformanceVerdict::Skip ? 1 : 0;
            ms += t.durationMs;
        }
        if (tests.isEmpty())
            continue;
        w.writeStartElement(u"testsuite"_s);
        w.writeAttribute(u"name"_s, suite);
        w.writeAttribute(u"tests"_s, QString::number(tests.size()));
        w.writeAttribute(u"failures"_s, QString::number(failures));
        w.writeAttribute(u"errors"_s, u"0"_s);
        w.writeAttribute(u"skipped"_s, QString::number(skipped));
        w.writeAttribute(u"time"_s, seconds(ms));
        for (const ConformanceTest *t : std::as_const(tests)) {
            w.writeStartElement(u"testcase"_s);
            w.writeAttribute(u"classname"_s, u"scim-monitor.check."_s + suite);
            w.writeAttribute(u"name"_s, t->name);
            w.writeAttribute(u"time"_s, seconds(t->durationMs));
            QString steps;
            QString failing;
            for (const ConformanceStep &s : t->steps) {
                steps += stepText(s) + u'\n';
                if (failing.isEmpty() && !s.cleanup && s.verdict == ConformanceVerdict::Fail)
                    failing = stepText(s);
            }
            if (t->verdict == ConformanceVerdict::Fail) {
                w.writeStartElement(u"failure"_s);
                w.writeAttribute(u"message"_s, t->reason);
                w.writeAttribute(u"type"_s, t->why);
                w.writeCharacters(failing);
                w.writeEndElement();
            } else if (t->verdict == ConformanceVerdict::Skip) {
                w.writeStartElement(u"skipped"_s);
                w.writeAttribute(u"message"_s, t->reason);
                w.writeEndElement();
            }
            w.writeTextElement(u"system-out"_s, t->description + u"\nwhy: "_s + t->why + u"\n\n"_s + steps);
            w.writeEndElement();
        }
        w.writeEndElement();
    }
    w.writeEndElement();
    w.writeEndDocument();
    return xml;
}

} // namespace scimmon
