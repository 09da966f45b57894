#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace scimmon {

/// One HTTP request the simulated IdP sent and the answer it got (or why it got none).
struct SentRequest
{
    static constexpr qsizetype kReportedChars = 4000; ///< of each body, in toJson()

    QDateTime time; ///< when it was sent, UTC
    QString method; ///< "GET", "POST", "PATCH", "PUT", "DELETE"
    QString url; ///< the full URL as sent (percent-encoded)
    QString requestBody; ///< JSON as sent; empty for none
    int status = 0; ///< HTTP status; 0 when no answer came (see networkError, timedOut)
    QString responseBody; ///< as received (the report keeps its first kReportedChars characters)
    QString retryAfter; ///< the Retry-After header of the answer, if any
    QString networkError; ///< why no answer came (connection refused, TLS error, …); empty otherwise
    bool timedOut = false; ///< no answer within the timeout (Entra: 60 s)
    double durationMs = 0; ///< from send to answer, milliseconds
    int attempt = 1; ///< 1 for the first try, 2 for the first retry, …

    /// True when an HTTP answer with a 2xx status came.
    bool ok() const { return status >= 200 && status < 300; }
    /// The answer's body as a JSON object; empty when it is not one.
    QJsonObject json() const;
    QJsonObject toJson() const;
};

} // namespace scimmon
