#include "conformance/htmlreport.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace scimmon {

namespace {

const char *kStyle = R"(body{font-family:system-ui,sans-serif;margin:2em;color:#222;max-width:1200px}
h1{font-size:1.4em}h2{font-size:1.15em;margin-top:1.5em;border-bottom:1px solid #ccc}
.pass{color:#1a7f37}.fail{color:#cf222e}.skip{color:#9a6700}
details{margin:.3em 0 .3em 1em}summary{cursor:pointer}
.verdict{display:inline-block;min-width:3.2em;font-weight:bold;text-transform:uppercase;font-size:.85em}
pre{background:#f6f8fa;padding:.6em;overflow:auto;white-space:pre-wrap;word-break:break-all;font-size:.85em}
.meta{color:#555;font-size:.9em}.cleanup{opacity:.7}table{border-collapse:collapse}
td{padding:.15em .8em .15em 0;vertical-align:top})";

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString body(const QByteArray &raw)
{
    const QJsonDocument doc = QJsonDocument::fromJson(raw);
    return esc(doc.isNull() ? QString::fromUtf8(raw) : QString::fromUtf8(doc.toJson(QJsonDocument::Indented)));
}

QString headers(const QList<QPair<QByteArray, QByteArray>> &list)
{
    QString out;
    for (const auto &[k, v] : list)
        out += esc(QString::fromLatin1(k) + u": "_s + QString::fromUtf8(v)) + u'\n';
    return out;
}

QString verdict(ConformanceVerdict v)
{
    const QString key = verdictKey(v);
    return u"<span class=\"verdict %1\">%1</span>"_s.arg(key);
}

QString step(const ConformanceStep &s)
{
    QString out = u"<details class=\"%1\"%2><summary>%3 %4</summary>"_s.arg(
        s.cleanup ? u"cleanup"_s : QString(),
        s.verdict == ConformanceVerdict::Fail && !s.cleanup ? u" open"_s : QString(), verdict(s.verdict), esc(s.title));
    out += u"<table class=\"meta\"><tr><td>Expected</td><td>%1</td></tr><tr><td>Why</td><td>%2</td></tr>"_s.arg(
        esc(s.expectation), esc(s.why));
    if (!s.reason.isEmpty())
        out += u"<tr><td>Result</td><td class=\"%1\">%2</td></tr>"_s.arg(verdictKey(s.verdict), esc(s.reason));
    out += u"</table>"_s;
    if (!s.method.isEmpty()) {
        out += u"<pre>"_s + esc(s.method + u' ' + s.url) + u'\n' + headers(s.requestHeaders);
        if (!s.requestBody.isEmpty())
            out += u'\n' + body(s.requestBody);
        out += u"</pre><pre>"_s;
        out += s.status == 0
            ? esc(u"No answer: "_s + s.networkError)
            : u"HTTP %1 (%2 ms)\n"_s.arg(s.status).arg(s.durationMs, 0, 'f', 1) + headers(s.responseHeaders);
        if (!s.responseBody.isEmpty())
            out += u'\n' + body(s.responseBody);
        out += u"</pre>"_s;
    }
    return out + u"</details>\n"_s;
}

} // namespace

QByteArray HtmlReport::write(const ConformanceResult &result)
{
    QString html = u"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>SCIM conformance: %1"
                   "</title><style>%2</style></head><body>\n"_s.arg(esc(result.target), QString::fromLatin1(kStyle));
    html += u"<h1>SCIM conformance check of %1</h1>\n"_s.arg(esc(result.target));
    html += u"<p class=\"%1\"><strong>%2</strong></p>\n"_s.arg(result.exitCode() == 0 ? u"pass"_s : u"fail"_s,
                                                               esc(result.summary()));
    html += u"<p class=\"meta\">Started %1 UTC · suites %2 · object prefix <code>%3</code> · scim-monitor %4</p>\n"_s
                .arg(result.startedAt.toString(u"yyyy-MM-dd HH:mm:ss"_s), esc(result.suites.join(u", "_s)),
                     esc(result.prefix), QStringLiteral(SCIMMON_VERSION));
    if (result.count(ConformanceVerdict::Fail) > 0) {
        html += u"<h2>Failures</h2>\n<ul>\n"_s;
        for (const ConformanceTest &t : result.tests)
            if (t.verdict == ConformanceVerdict::Fail)
                html += u"<li><a href=\"#%1-%2\">%1 · %2</a>: %3 <span class=\"meta\">(%4)</span></li>\n"_s.arg(
                    esc(t.suite), esc(t.name), esc(t.reason), esc(t.why));
        html += u"</ul>\n"_s;
    }
    if (!result.leftovers.isEmpty())
        html += u"<p class=\"fail\">Could not be removed: %1</p>\n"_s.arg(esc(result.leftovers.join(u", "_s)));
    for (const QString &suite : result.suites) {
        html += u"<h2>Suite %1</h2>\n"_s.arg(esc(suite));
        for (const ConformanceTest &t : result.tests) {
            if (t.suite != suite)
                continue;
            html += u"<details id=\"%1-%2\"%3><summary>%4 <strong>%2</strong> — %5%6</summary>\n"_s.arg(
                esc(t.suite), esc(t.name), t.verdict == ConformanceVerdict::Fail ? u" open"_s : QString(),
                verdict(t.verdict), esc(t.description),
                t.reason.isEmpty() ? QString() : u" <em>(%1)</em>"_s.arg(esc(t.reason)));
            html += u"<p class=\"meta\">Why: %1</p>\n"_s.arg(esc(t.why));
            for (const ConformanceStep &s : t.steps)
                html += step(s);
            html += u"</details>\n"_s;
        }
    }
    bool swept = false;
    for (const ConformanceStep &s : result.sweep)
        swept = swept || s.method == "DELETE"_L1;
    if (swept) {
        html += u"<h2>Sweep</h2>\n<p class=\"meta\">Objects named with the run's prefix that a test could not "
                "remove, found and deleted at the end:</p>\n"_s;
        for (const ConformanceStep &s : result.sweep)
            html += step(s);
    }
    html += u"</body></html>\n"_s;
    return html.toUtf8();
}

} // namespace scimmon
