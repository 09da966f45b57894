#pragma once

#include "simulator/pacer.h"
#include "simulator/sentrequest.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace scimmon {

/// One request the simulated IdP wants to send, relative to the Tenant URL.
struct ScimCall
{
    QByteArray method = "GET";
    QString path; ///< e.g. "/Users" or "/Users/2819c223"; appended to the Tenant URL's path
    QList<QPair<QString, QString>> query; ///< decoded names and values; encoded as Entra does ('+' for spaces)
    QJsonObject body; ///< sent when hasBody
    bool hasBody = false;
    bool knownId = false; ///< addresses the object connection (a 404 means InvalidAnchor)
};

/// The simulated IdP's HTTP client: sends SCIM requests to a Tenant URL with the Secret Token,
/// the IdP's User-Agent and the X-Scim-Monitor-Simulation header, fully asynchronously on the
/// caller's event loop (QNetworkAccessManager; never blocks). Spaces requests with a Pacer, gives
/// each try `timeoutMs` (Entra and Okta: 60 s), and retries a 429 that carries a Retry-After of
/// at most `maxRetryAfterSeconds` after waiting that long, up to twice (the better-behaved case
/// of idp-behaviour.md §2; a 429 without Retry-After is not retried here but escrowed by the
/// caller). TLS errors fail the request unless `insecure`.
class ScimTransport : public QObject
{
    Q_OBJECT

public:
    /// All tries of one call, the last one decisive.
    using Done = std::function<void(const QList<SentRequest> &tries)>;

    struct Settings
    {
        QUrl tenantUrl; ///< the SCIM base URL, e.g. http://127.0.0.1:8080/scim/v2 (its query is dropped)
        QByteArray token; ///< the Secret Token, sent as "Authorization: Bearer <token>"; empty: none
        QByteArray userAgent;
        QByteArray runId; ///< the X-Scim-Monitor-Simulation value
        double requestsPerSecond = Pacer::kIdpRequestsPerSecond; ///< 0: not paced
        int timeoutMs = 60 * 1000;
        int maxRetryAfterSeconds = 60;
        int retriesOn429 = 2;
        bool insecure = false; ///< accept any TLS certificate
    };

    explicit ScimTransport(const Settings &settings, QObject *parent = nullptr);
    ~ScimTransport() override;

    /// Sends `call` (after the pace allows it) and calls `done` with every try; `done` is not
    /// called after cancel().
    void send(const ScimCall &call, Done done);
    /// Aborts the request under way and drops the waiting ones. Nothing is called afterwards.
    void cancel();
    bool isCancelled() const { return m_cancelled; }
    /// Requests sent so far (each try counts).
    qint64 sentCount() const { return m_sent; }

    /// The URL `call` goes to: the Tenant URL's path + call.path, and the query encoded as Entra
    /// sends it (RFC 3986 percent-encoding, '+' for spaces, e.g. `filter=userName+eq+%22a%40b%22`).
    QUrl urlFor(const ScimCall &call) const;
    /// `value` percent-encoded for a query, with '+' for spaces.
    static QByteArray encodeQueryValue(const QString &value);

private:
    void start(const ScimCall &call, Done done, QList<SentRequest> tries);

    Settings m_settings;
    QNetworkAccessManager *m_network;
    Pacer m_pacer;
    QElapsedTimer m_clock;
    QPointer<QNetworkReply> m_reply; ///< the request under way
    QList<QTimer *> m_waits; ///< pacing and Retry-After timers
    bool m_cancelled = false;
    qint64 m_sent = 0;
};

} // namespace scimmon
