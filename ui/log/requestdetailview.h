#pragma once

#include "model/requestrecord.h"

#include <QHash>
#include <QWidget>

class QPushButton;
class QTextBrowser;

namespace scimmon {

class ReadExecutor;

/// Everything about one request of the provisioning log: the request line and its outcome (in
/// the IdP's words, with what a refused request tried), the dialect badges that say which IdP
/// quirks were seen and how they were read, the resource's before → after diff for writes (and
/// the members added or removed, by name when they still exist), then the request's headers and
/// body and the response's status line, headers and body, JSON pretty-printed and coloured.
/// Authorization, cookies and passwords never show: they are redacted again here, whatever
/// stored them. "Copy as curl" puts a command that repeats the request on the clipboard, with the
/// Secret Token replaced by `$SCIM_TOKEN`; "History" asks for the history of the resource.
/// A body longer than LongText::kMaxShown shows only its head, under a note that says how much is
/// shown and offers to copy or save the whole body, so that selecting such a request stays quick.
class RequestDetailView : public QWidget
{
    Q_OBJECT
public:
    /// An empty pane showing a hint until setRecord().
    explicit RequestDetailView(QWidget *parent = nullptr);

    /// Member ids are shown with their names, read through `reader` (which must outlive the
    /// view). Without a reader they are shown as ids.
    void setReader(ReadExecutor *reader) { m_reader = reader; }

    /// Shows `record`.
    void setRecord(const RequestRecord &record);
    /// Shows nothing but the hint to select a request.
    void clearRecord();
    /// The id of the record shown; 0 when none (or one that was never stored).
    qint64 recordId() const { return m_record.id; }
    /// The record shown (default-constructed when none).
    const RequestRecord &record() const { return m_record; }
    /// The pane's text without markup (for tests and copying).
    QString toPlainText() const;
    /// The text area, the "Copy as curl" and the "History" buttons.
    QTextBrowser *browser() const { return m_browser; }
    QPushButton *curlButton() const { return m_curl; }
    QPushButton *historyButton() const { return m_history; }

    /// The whole request (or response) body of the record shown, redacted and indented as the pane
    /// shows it, however long it is.
    QString wholeBody(bool response) const;
    /// Puts wholeBody(`response`) on the clipboard (the note's "Copy whole body" link).
    void copyBody(bool response);
    /// Asks for a file and writes wholeBody(`response`) to it in UTF-8 (the note's "Save body…").
    void saveBody(bool response);

    /// `body` indented when it is a JSON object or array, otherwise unchanged.
    static QString prettyBody(const QString &body);
    /// A curl command line that sends `record`'s request again (POSIX shell quoting): method, URL
    /// from the Host header (https when X-Forwarded-Proto said so), the headers that matter
    /// (Content-Type, Accept, User-Agent, If-Match, If-None-Match) and the body. A Bearer token
    /// becomes `$SCIM_TOKEN` in double quotes, so that the shell fills it in.
    static QString curlCommand(const RequestRecord &record);
    /// The HTML the pane shows for `record`; `names` maps member ids to names.
    QString html(const RequestRecord &record, const QHash<QString, QString> &names) const;

Q_SIGNALS:
    /// The user asked for the history of the resource the shown request touched.
    void historyRequested(const QString &resourceType, const QString &resourceId, const QString &name);
    /// "Copy as curl" put `command` on the clipboard.
    void curlCopied(const QString &command);
    /// The whole request (or response) body was put on the clipboard.
    void bodyCopied(bool response);

private:
    void render();
    void resolveMemberNames();

    QTextBrowser *m_browser;
    QPushButton *m_curl;
    QPushButton *m_history;
    ReadExecutor *m_reader = nullptr;
    RequestRecord m_record;
    QHash<QString, QString> m_names; ///< member id → name, for the record shown
};

} // namespace scimmon
