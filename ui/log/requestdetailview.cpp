#include "ui/log/requestdetailview.h"
#include "ui/common/labels.h"

#include "http/redaction.h"
#include "scim/resourcediff.h"
#include "ui/common/filedialog.h"
#include "ui/common/jsonhighlighter.h"
#include "ui/common/longtext.h"
#include "ui/common/messagebox.h"
#include "ui/common/readtask.h"
#include "ui/common/statusstyle.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QTextBrowser>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace scimmon {

namespace {

constexpr qsizetype kMembersShown = 20; ///< member ids listed per change before "and N more"
constexpr qsizetype kMaxSideBySideHtml = 32 * 1024; ///< request and response side by side up to this much HTML

/// Milliseconds with one decimal in the window's locale, without grouping (as in the log's table).
QString durationText(double ms)
{
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale.toString(ms, 'f', 1);
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

/// A section title.
QString heading(const QString &title)
{
    return u"<p class=\"h\">"_s + esc(title) + u"</p>"_s;
}

QString colored(const QString &text, const QColor &color)
{
    if (!color.isValid())
        return esc(text);
    return u"<span style=\"color:%1\">%2</span>"_s.arg(color.name(), esc(text));
}

bool isLight(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() >= 128;
}

/// One dialect badge: the quirk on a tinted background.
QString badge(const QString &text, const QPalette &palette)
{
    const bool light = isLight(palette);
    return u"<span style=\"background-color:%1; color:%2\">&nbsp;%3&nbsp;</span>"_s.arg(
        light ? u"#fff1c2"_s : u"#4d3800"_s, light ? u"#5c4400"_s : u"#ffe08a"_s, esc(text));
}

/// `body` (redacted and pretty-printed) coloured, or a grey line when empty. A body longer than
/// LongText::kMaxShown shows its head, with a note saying how much of it is shown and links that
/// copy or save the whole of it (`side` names the body in the links: "request" or "response").
QString bodyBlock(const QString &body, const QString &side, const QPalette &palette)
{
    if (body.trimmed().isEmpty())
        return u"<p class=\"dim\">(%1)</p>"_s.arg(RequestDetailView::tr("no body"));
    const QString head = LongText::head(body);
    if (head.size() == body.size())
        return u"<pre>"_s + JsonHighlighter::toHtml(body.trimmed(), palette) + u"</pre>"_s;
    const QString note = LongText::note(head.toUtf8().size(), body.toUtf8().size());
    return u"<p class=\"cut\">"_s + esc(note) + u" <a href=\"copy:"_s + side + u"\">"_s
        + esc(RequestDetailView::tr("Copy whole body")) + u"</a> &middot; <a href=\"save:"_s + side + u"\">"_s
        + esc(RequestDetailView::tr("Save body…")) + u"</a></p><pre>"_s + esc(head) + u"…</pre>"_s;
}

/// Shell single quotes around `text` (POSIX: ' becomes '\'').
QString shellQuote(const QString &text)
{
    QString out = text;
    out.replace(u"'"_s, u"'\\''"_s);
    return u'\'' + out + u'\'';
}

/// "Name: value" lines as (name, value) pairs.
QList<QPair<QString, QString>> headerPairs(const QString &lines)
{
    QList<QPair<QString, QString>> out;
    for (const QString &line : lines.split(u'\n', Qt::SkipEmptyParts)) {
        const qsizetype colon = line.indexOf(u':');
        if (colon > 0)
            out.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    return out;
}

QString memberList(const QStringList &ids, qint64 count, const QHash<QString, QString> &names)
{
    QStringList shown;
    for (qsizetype i = 0; i < ids.size() && i < kMembersShown; ++i) {
        const QString name = names.value(ids.at(i));
        shown.append(name.isEmpty() ? esc(ids.at(i))
                                    : esc(name) + u" <span class=\"dim\">("_s + esc(ids.at(i)) + u")</span>"_s);
    }
    QString text = shown.join(u", "_s);
    if (count > shown.size())
        text += u' ' + RequestDetailView::tr("and %Ln more", nullptr, Labels::count(count - shown.size()));
    return text;
}

} // namespace

RequestDetailView::RequestDetailView(QWidget *parent)
    : QWidget(parent)
    , m_browser(new QTextBrowser(this))
    , m_curl(new QPushButton(tr("Copy as curl"), this))
    , m_history(new QPushButton(tr("History"), this))
{
    m_browser->setObjectName(u"requestDetailText"_s);
    m_browser->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_browser->setReadOnly(true);
    m_browser->setOpenLinks(false);
    m_browser->setUndoRedoEnabled(false);
    m_browser->setLineWrapMode(QTextEdit::WidgetWidth);
    m_browser->setPlaceholderText(tr("Select a request to see its headers, bodies and what it changed."));
    m_browser->document()->setDefaultStyleSheet(u"pre { margin-top: 2px; margin-bottom: 6px; } "
                                                "p { margin-top: 2px; margin-bottom: 2px; } "
                                                ".h { font-weight: bold; margin-top: 10px; } "
                                                ".dim { color: gray; } "
                                                "td.k { padding-right: 12px; } "
                                                ".cut { font-style: italic; } "_s);
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl &link) {
        const bool response = link.path() == "response"_L1;
        if (link.scheme() == "copy"_L1)
            copyBody(response);
        else if (link.scheme() == "save"_L1)
            saveBody(response);
    });

    m_curl->setObjectName(u"copyAsCurl"_s);
    m_curl->setToolTip(tr("Copy a curl command that sends this request again. The Secret Token is replaced by "
                          "$SCIM_TOKEN: set it first (export SCIM_TOKEN=…)."));
    m_history->setObjectName(u"showHistory"_s);
    m_history->setToolTip(tr("Every request that touched this user or group, with what each changed"));
    connect(m_curl, &QPushButton::clicked, this, [this] {
        const QString command = curlCommand(m_record);
        QGuiApplication::clipboard()->setText(command);
        m_curl->setText(tr("Copied"));
        QTimer::singleShot(1500, m_curl, [button = m_curl] { button->setText(tr("Copy as curl")); });
        Q_EMIT curlCopied(command);
    });
    connect(m_history, &QPushButton::clicked, this,
            [this] { Q_EMIT historyRequested(m_record.resourceType, m_record.resourceId, m_record.target); });

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_curl);
    buttons->addWidget(m_history);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(buttons);
    layout->addWidget(m_browser, 1);
    clearRecord();
}

QString RequestDetailView::prettyBody(const QString &body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || doc.isNull())
        return body;
    return QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}

QString RequestDetailView::wholeBody(bool response) const
{
    const QString body = response ? m_record.responseBody : m_record.requestBody;
    return prettyBody(Redaction::body(body.toUtf8()));
}

void RequestDetailView::copyBody(bool response)
{
    QGuiApplication::clipboard()->setText(wholeBody(response));
    Q_EMIT bodyCopied(response);
}

void RequestDetailView::saveBody(bool response)
{
    const QString body = wholeBody(response);
    const bool json = body != Redaction::body((response ? m_record.responseBody : m_record.requestBody).toUtf8());
    const QString suggested
        = u"%1-%2.%3"_s.arg(response ? u"response"_s : u"request"_s).arg(m_record.id).arg(json ? u"json"_s : u"txt"_s);
    FileDialog::saveFile(this, response ? tr("Save Response Body") : tr("Save Request Body"), suggested,
                         json ? tr("JSON files (*.json);;All files (*)") : tr("Text files (*.txt);;All files (*)"),
                         [this, body](const QString &path) {
                             if (path.isEmpty())
                                 return;
                             QFile file(path);
                             if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(body.toUtf8()) < 0
                                 || !file.flush()) {
                                 MessageBox::warning(this, tr("Body not saved"),
                                                     tr("Could not write %1: %2").arg(path, file.errorString()));
                             }
                         });
}

QString RequestDetailView::toPlainText() const
{
    return m_browser->toPlainText();
}

QString RequestDetailView::curlCommand(const RequestRecord &r)
{
    const auto headers = headerPairs(r.requestHeaders);
    QString host;
    QString scheme = u"http"_s;
    bool hadToken = false;
    QStringList kept;
    static const QStringList keep{u"content-type"_s, u"accept"_s, u"user-agent"_s, u"if-match"_s, u"if-none-match"_s};
    for (const auto &[name, value] : headers) {
        const QString lower = name.toLower();
        if (lower == "host"_L1)
            host = value;
        else if (lower == "x-forwarded-proto"_L1
                 && value.split(u',').value(0).trimmed().compare("https"_L1, Qt::CaseInsensitive) == 0)
            scheme = u"https"_s;
        else if (lower == "authorization"_L1)
            hadToken = true;
        else if (keep.contains(lower))
            kept.append(name + u": "_s + value);
    }
    if (host.isEmpty())
        host = u"HOST:PORT"_s;
    QStringList parts{u"curl"_s};
    if (r.method != "GET"_L1)
        parts << u"-X"_s << r.method;
    parts.append(shellQuote(scheme + u"://"_s + host + r.path));
    QString command = parts.join(u' ');
    if (hadToken)
        command += u" \\\n  -H \"Authorization: Bearer $SCIM_TOKEN\""_s;
    for (const QString &h : std::as_const(kept))
        command += u" \\\n  -H "_s + shellQuote(h);
    if (!r.requestBody.isEmpty())
        command += u" \\\n  --data-raw "_s + shellQuote(Redaction::body(r.requestBody.toUtf8()));
    return command;
}

void RequestDetailView::setRecord(const RequestRecord &record)
{
    m_record = record;
    m_names.clear();
    render();
    resolveMemberNames();
}

void RequestDetailView::clearRecord()
{
    m_record = RequestRecord();
    m_names.clear();
    m_browser->clear();
    m_curl->setEnabled(false);
    m_history->setVisible(false);
}

void RequestDetailView::render()
{
    const RequestRecord &r = m_record;
    m_curl->setEnabled(!r.method.isEmpty());
    const bool hasResource = !r.resourceId.isEmpty() && (r.resourceType == "User"_L1 || r.resourceType == "Group"_L1);
    m_history->setVisible(hasResource);
    m_history->setText(r.resourceType == "Group"_L1 ? tr("History of this group") : tr("History of this user"));
    // Keep the reader's place when the same record is shown again (member names arriving).
    const int scroll = m_browser->verticalScrollBar() ? m_browser->verticalScrollBar()->value() : 0;
    m_browser->setHtml(html(r, m_names));
    m_browser->verticalScrollBar()->setValue(scroll);
}

void RequestDetailView::resolveMemberNames()
{
    QStringList ids
        = m_record.change.membersAdded.mid(0, kMembersShown) + m_record.change.membersRemoved.mid(0, kMembersShown);
    if (!m_reader || ids.isEmpty())
        return;
    const qint64 id = m_record.id;
    ReadTask::run<QHash<QString, QString>>(
        *m_reader, this, [ids](Store &store) { return store.resources().names(ids); },
        [this, id](const QHash<QString, QString> &names) {
            if (id != m_record.id || names.isEmpty())
                return;
            m_names = names;
            render();
        });
}

QString RequestDetailView::html(const RequestRecord &r, const QHash<QString, QString> &names) const
{
    const QPalette pal = palette();
    const QString statusLine = r.status == 0
        ? tr("no answer")
        : QString(QString::number(r.status) + u' ' + StatusStyle::reasonPhrase(r.status)).trimmed();
    const QColor statusColor = StatusStyle::color(r.status, pal);

    QString html;
    html += u"<p style=\"font-size:large\"><b>"_s + esc(r.method) + u' ' + esc(r.path) + u"</b></p>"_s;

    QStringList facts{colored(statusLine, statusColor), esc(tr("%1 ms").arg(durationText(r.durationMs))),
                      esc(r.time.toLocalTime().toString(u"yyyy-MM-dd hh:mm:ss.zzz"_s)),
                      //: the client's address
                      esc(tr("from %1").arg(r.client))};
    facts.append(esc(tr("IdP: %1").arg(Labels::idp(r.idp))));
    if (!r.tokenLabel.isEmpty())
        facts.append(esc(tr("token “%1”").arg(r.tokenLabel)));
    if (r.cycleId > 0)
        facts.append(esc(tr("cycle #%1").arg(r.cycleId)));
    html += u"<p>"_s + facts.join(u" \u00b7 "_s) + u"</p>"_s;

    QString what
        = u"<b>"_s + colored(Labels::operation(r.operation), r.status >= 400 ? statusColor : QColor()) + u"</b>"_s;
    if (r.attemptedOperation != Operation::None)
        what += esc(u' ' + tr("— tried: %1").arg(Labels::operation(r.attemptedOperation)));
    if (!r.target.isEmpty())
        //: the target of a request in quotation marks
        what += esc(u' ' + tr("“%1”").arg(r.target));
    if (!r.resourceId.isEmpty())
        what += u" <span class=\"dim\">("_s
            + esc((r.resourceType.isEmpty() ? u"id"_s : Labels::targetType(r.resourceType)) + u' ' + r.resourceId)
            + u")</span>"_s;
    html += u"<p>"_s + what + u"</p>"_s;

    if (!r.fault.isEmpty())
        html += u"<p>"_s
            + colored(r.status == 0
                          ? tr("Fault injected by the rule “%1”: the connection was dropped without an answer.")
                                .arg(r.fault)
                          : tr("Fault injected by the rule “%1”: this answer was made on purpose, not by the "
                               "service.")
                                .arg(r.fault),
                      StatusStyle::errorColor(pal))
            + u"</p>"_s;
    if (!r.authFailure.isEmpty())
        html += u"<p>"_s
            + colored(tr("Authentication failed: %1").arg(Labels::authFailure(r.authFailure)),
                      StatusStyle::errorColor(pal))
            + u"</p>"_s;

    if (!r.quirks.isEmpty()) {
        QStringList badges;
        for (const Quirk &quirk : r.quirks)
            badges.append(badge(Labels::quirk(quirk), pal));
        html += heading(tr("IdP dialect seen (and how it was read)")) + u"<p style=\"line-height:150%\">"_s
            + badges.join(u" &nbsp; "_s) + u"</p>"_s;
    }

    // What a write changed.
    const QList<AttributeDiff> diff = ResourceDiff::diff(r.change.before, r.change.after);
    const qint64 added = std::max<qint64>(r.change.membersAddedCount, r.change.membersAdded.size());
    const qint64 removed = std::max<qint64>(r.change.membersRemovedCount, r.change.membersRemoved.size());
    if (!diff.isEmpty() || added > 0 || removed > 0) {
        QString title = tr("Change");
        if (r.change.before.isEmpty() && !r.change.after.isEmpty())
            title = tr("Change (created)");
        else if (!r.change.before.isEmpty() && r.change.after.isEmpty())
            title = tr("Change (deleted)");
        html += heading(title);
        const QColor plus = StatusStyle::okColor(pal);
        const QColor minus = StatusStyle::errorColor(pal);
        if (!diff.isEmpty()) {
            html += u"<table cellspacing=\"0\" cellpadding=\"1\">"_s;
            html += u"<tr><td class=\"k\"><span class=\"dim\">%1</span></td><td class=\"k\"><span class=\"dim\">%2"
                    "</span></td><td class=\"k\"></td><td><span class=\"dim\">%3</span></td></tr>"_s.arg(
                        tr("attribute"), tr("before"), tr("after"));
            for (const AttributeDiff &d : diff) {
                QString before = d.kind == AttributeDiff::Kind::Added ? u"<span class=\"dim\">\u2014</span>"_s
                                                                      : colored(LongText::elide(d.before), minus);
                if (d.kind == AttributeDiff::Kind::Changed || d.kind == AttributeDiff::Kind::Removed)
                    before = u"<s>"_s + before + u"</s>"_s;
                const QString after = d.kind == AttributeDiff::Kind::Removed ? u"<span class=\"dim\">\u2014</span>"_s
                                                                             : colored(LongText::elide(d.after), plus);
                html += u"<tr><td class=\"k\">"_s + esc(d.path) + u"</td><td class=\"k\">"_s + before
                    + u"</td><td class=\"k\">\u2192</td><td>"_s + after + u"</td></tr>"_s;
            }
            html += u"</table>"_s;
        }
        if (added > 0)
            html += u"<p>"_s + colored(u"+ "_s + tr("%Ln member(s) added:", nullptr, Labels::count(added)) + u' ', plus)
                + memberList(r.change.membersAdded, added, names) + u"</p>"_s;
        if (removed > 0)
            html += u"<p>"_s
                + colored(u"\u2212 "_s + tr("%Ln member(s) removed:", nullptr, Labels::count(removed)) + u' ', minus)
                + memberList(r.change.membersRemoved, removed, names) + u"</p>"_s;
    }

    // Request and response side by side: the pane is wide and the bodies are usually narrow.
    const QString requestHead
        = QString(r.method + u' ' + r.path + u'\n' + Redaction::headerText(r.requestHeaders).trimmed());
    const QString request = heading(tr("Request")) + u"<pre>"_s + esc(requestHead.trimmed()) + u"</pre>"_s
        + bodyBlock(prettyBody(Redaction::body(r.requestBody.toUtf8())), u"request"_s, pal);
    const QString response = heading(tr("Response")) + u"<pre>"_s + colored(u"HTTP/1.1 "_s + statusLine, statusColor)
        + u'\n' + esc(Redaction::headerText(r.responseHeaders).trimmed()) + u"</pre>"_s
        + bodyBlock(prettyBody(Redaction::body(r.responseBody.toUtf8())), u"response"_s, pal);
    // Long bodies one below the other: a table lays its cells out several times over, which for
    // tens of KiB of text holds up the window for a noticeable time.
    if (request.size() + response.size() > kMaxSideBySideHtml)
        return html + u"<div style=\"margin-top:8px\">"_s + request + response + u"</div>"_s;
    html += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" style=\"margin-top:8px\"><tr>"
            "<td width=\"50%\" valign=\"top\">"_s
        + request + u"</td><td width=\"24\"></td><td width=\"50%\" valign=\"top\">"_s + response
        + u"</td></tr></table>"_s;
    return html;
}

} // namespace scimmon
