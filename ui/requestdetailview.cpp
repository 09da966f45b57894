#include "requestdetailview.h"

#include "statusstyle.h"

#include <QFontDatabase>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace scimmon {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

/// A section title.
QString heading(const QString &title)
{
    return u"<p class=\"h\">"_s + esc(title) + u"</p>"_s;
}

/// Preformatted text, or a grey "(none)" line when empty.
QString block(const QString &text, const QString &empty)
{
    if (text.trimmed().isEmpty())
        return u"<p class=\"dim\">"_s + esc(empty) + u"</p>"_s;
    return u"<pre>"_s + esc(text.trimmed()) + u"</pre>"_s;
}

QString colored(const QString &text, const QColor &color)
{
    if (!color.isValid())
        return esc(text);
    return u"<span style=\"color:%1\">%2</span>"_s.arg(color.name(), esc(text));
}

} // namespace

RequestDetailView::RequestDetailView(QWidget *parent)
    : QTextBrowser(parent)
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setReadOnly(true);
    setOpenLinks(false);
    setUndoRedoEnabled(false);
    setLineWrapMode(QTextEdit::WidgetWidth);
    setPlaceholderText(u"Select a request to see its headers and bodies."_s);
    document()->setDefaultStyleSheet(u"pre { margin-top: 2px; margin-bottom: 6px; } "
                                     "p { margin-top: 2px; margin-bottom: 2px; } "
                                     ".h { font-weight: bold; margin-top: 10px; } "
                                     ".dim { color: gray; } "_s);
}

QString RequestDetailView::prettyBody(const QString &body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || doc.isNull())
        return body;
    return QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}

void RequestDetailView::setRecord(const RequestRecord &r)
{
    m_recordId = r.id;
    const QPalette pal = palette();
    const QString statusLine = QString::number(r.status) + u' ' + StatusStyle::reasonPhrase(r.status);

    QString html;
    html += u"<p style=\"font-size:large\"><b>"_s + esc(r.method) + u' ' + esc(r.path) + u"</b></p>"_s;

    QStringList facts{colored(statusLine.trimmed(), StatusStyle::color(r.status, pal)),
                      esc(QString::number(r.durationMs, 'f', 1) + u" ms"_s),
                      esc(r.time.toLocalTime().toString(u"yyyy-MM-dd hh:mm:ss.zzz"_s)), esc(u"from "_s + r.client)};
    if (!r.tokenLabel.isEmpty())
        facts.append(esc(u"token \u201c"_s + r.tokenLabel + u"\u201d"_s));
    html += u"<p>"_s + facts.join(u" \u00b7 "_s) + u"</p>"_s;

    QString what = r.operation;
    if (!r.target.isEmpty())
        what += u" \u201c"_s + r.target + u"\u201d"_s;
    if (!r.resourceId.isEmpty())
        what += u"  ("_s + (r.resourceType.isEmpty() ? u"id"_s : r.resourceType) + u' ' + r.resourceId + u')';
    if (!what.trimmed().isEmpty())
        html += u"<p>"_s + esc(what) + u"</p>"_s;

    if (!r.authFailure.isEmpty())
        html += u"<p>"_s + colored(u"Authentication failed: "_s + r.authFailure, StatusStyle::errorColor(pal))
            + u"</p>"_s;
    if (!r.notes.isEmpty()) {
        html += u"<p>IdP quirks accepted:</p><ul style=\"margin-top:0px\">"_s;
        for (const QString &note : r.notes)
            html += u"<li>"_s + esc(note) + u"</li>"_s;
        html += u"</ul>"_s;
    }

    // Request and response side by side: the pane is wide and the bodies are narrow.
    const QString request = heading(u"Request"_s) + block(r.method + u' ' + r.path + u'\n' + r.requestHeaders, {})
        + block(prettyBody(r.requestBody), u"(no body)"_s);
    const QString response = heading(u"Response"_s) + u"<pre>"_s
        + colored(u"HTTP/1.1 "_s + statusLine.trimmed(), StatusStyle::color(r.status, pal)) + u'\n'
        + esc(r.responseHeaders.trimmed()) + u"</pre>"_s + block(prettyBody(r.responseBody), u"(no body)"_s);
    html += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" style=\"margin-top:8px\"><tr>"
            "<td width=\"50%\" valign=\"top\">"_s
        + request + u"</td><td width=\"24\"></td><td width=\"50%\" valign=\"top\">"_s + response
        + u"</td></tr></table>"_s;

    setHtml(html);
}

void RequestDetailView::clearRecord()
{
    m_recordId = 0;
    clear();
}

} // namespace scimmon
