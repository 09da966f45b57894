#pragma once

#include "core/store/storetypes.h"

#include <QTextBrowser>

namespace scimmon {

/// Everything about one request of the provisioning log, in a read-only monospace pane: the
/// request line and its outcome, the accepted IdP quirks and the authentication failure (if any),
/// then the request's headers and body and the response's status line, headers and body. JSON
/// bodies are pretty-printed. Headers and bodies arrive already redacted from the receiver.
class RequestDetailView : public QTextBrowser
{
    Q_OBJECT
public:
    /// An empty pane in the system's fixed-width font, showing a hint until setRecord().
    explicit RequestDetailView(QWidget *parent = nullptr);

    /// Shows `record`.
    void setRecord(const RequestRecord &record);
    /// Shows nothing but the hint to select a request.
    void clearRecord();
    /// The id of the record shown; 0 when none (or one that was never stored).
    qint64 recordId() const { return m_recordId; }

    /// `body` indented when it is a JSON object or array, otherwise unchanged.
    static QString prettyBody(const QString &body);

private:
    qint64 m_recordId = 0;
};

} // namespace scimmon
