#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace scimmon {

/// The outcome of a conformance test or of one of its steps.
enum class ConformanceVerdict { Pass, Fail, Skip };

/// "pass", "fail" or "skip": the key the JSON and JUnit reports use.
QString verdictKey(ConformanceVerdict verdict);

/// One request the conformance runner sent, the answer it got, and what was checked: the request
/// and response in full with the Secret Token redacted, what was expected and why (the RFC section
/// or the identity provider's documented behaviour), and the verdict with its reason.
struct ConformanceStep
{
    QString title; ///< e.g. "Create the user"
    QString expectation; ///< e.g. "201 Created, a Location header and the user with its id"
    QString why; ///< e.g. "RFC 7644 §3.3" or "Entra: Test Connection expects an empty ListResponse"
    bool cleanup = false; ///< removes what the test created; never decides the test's verdict

    QString method; ///< "GET", "POST", …; empty when the step was not sent (see verdict Skip)
    QString url; ///< as sent, percent-encoded
    QList<QPair<QByteArray, QByteArray>> requestHeaders; ///< Authorization shown as "Bearer <redacted>"
    QByteArray requestBody;
    int status = 0; ///< HTTP status; 0 when no answer came (see networkError)
    QList<QPair<QByteArray, QByteArray>> responseHeaders;
    QByteArray responseBody; ///< with the token redacted should the server echo it
    QString networkError; ///< why no answer came; empty otherwise
    double durationMs = 0; ///< from send to answer, milliseconds

    ConformanceVerdict verdict = ConformanceVerdict::Skip;
    QString reason; ///< what went wrong (Fail) or why the step was not sent (Skip); empty on Pass

    /// The value of the response header `name` (case-insensitive); empty when absent.
    QByteArray responseHeader(const QByteArray &name) const;
    /// The step as JSON for the report: every field above, bodies as text.
    QJsonObject toJson() const;
};

} // namespace scimmon
