#pragma once

#include "conformance/conformancerequest.h"
#include "conformance/conformancestep.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace scimmon {

/// The conformance runner's HTTP client: sends one ConformanceRequest at a time to the target's
/// SCIM base URL with the Secret Token as a bearer token, asynchronously on the caller's event
/// loop (QNetworkAccessManager; never blocks), and records the exchange in a ConformanceStep with
/// the token redacted wherever it appears. No redirects are followed (an IdP does not follow them);
/// TLS errors fail the request unless `insecure`.
class ConformanceHttp : public QObject
{
    Q_OBJECT

public:
    /// Called with the step (request and response filled in) and the parsed response.
    using Done = std::function<void(ConformanceStep step, const ConformanceResponse &response)>;

    /// `baseUrl`: the SCIM base URL (its query is dropped); `token`: the Secret Token;
    /// `timeoutMs`: per request, milliseconds.
    ConformanceHttp(const QUrl &baseUrl, const QByteArray &token, bool insecure, int timeoutMs,
                    QObject *parent = nullptr);

    /// Sends `request` and calls `done` once with `step` completed; never after cancel().
    void send(const ConformanceRequest &request, ConformanceStep step, Done done);
    /// Aborts the request under way; its `done` is not called.
    void cancel();
    /// The URL `request` goes to: the base URL's path + request.path, with the query encoded.
    QUrl urlFor(const ConformanceRequest &request) const;
    /// Also redacts `secret` (e.g. an OAuth 2.0 client secret) wherever it appears.
    void addSecret(const QByteArray &secret);
    /// `text` with the Secret Token, the added secrets and the value of any "access_token"
    /// (RFC 6749 §5.1) replaced by "<redacted>".
    QByteArray redact(const QByteArray &text) const;

private:
    QUrl m_baseUrl;
    QByteArray m_token;
    QList<QByteArray> m_secrets;
    bool m_insecure;
    int m_timeoutMs;
    QNetworkAccessManager *m_network;
    QPointer<QNetworkReply> m_reply;
    bool m_cancelled = false;
};

} // namespace scimmon
