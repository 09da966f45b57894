#include "conformance/conformancehttp.h"

#include "simulator/scimtransport.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSslError>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace scimmon {

namespace {

constexpr qsizetype kMaxResponseBytes = 4 * 1024 * 1024;

} // namespace

ConformanceHttp::ConformanceHttp(const QUrl &baseUrl, const QByteArray &token, bool insecure, int timeoutMs,
                                 QObject *parent)
    : QObject(parent)
    , m_baseUrl(baseUrl)
    , m_token(token)
    , m_insecure(insecure)
    , m_timeoutMs(timeoutMs)
    , m_network(new QNetworkAccessManager(this))
{
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

QUrl ConformanceHttp::urlFor(const ConformanceRequest &request) const
{
    if (request.absoluteUrl.isValid())
        return request.absoluteUrl;
    QUrl base = m_baseUrl;
    base.setQuery(QString());
    base.setFragment(QString());
    QByteArray text = base.toEncoded();
    while (text.endsWith('/'))
        text.chop(1);
    text += QUrl::toPercentEncoding(request.path, "/");
    if (!request.query.isEmpty()) {
        QByteArray query;
        for (const auto &[name, value] : request.query) {
            if (!query.isEmpty())
                query += '&';
            query += QUrl::toPercentEncoding(name) + '=' + ScimTransport::encodeQueryValue(value);
        }
        text += '?' + query;
    }
    return QUrl::fromEncoded(text, QUrl::StrictMode);
}

void ConformanceHttp::addSecret(const QByteArray &secret)
{
    if (!secret.isEmpty())
        m_secrets.append(secret);
}

QByteArray ConformanceHttp::redact(const QByteArray &text) const
{
    QByteArray out = text;
    if (!m_token.isEmpty())
        out.replace(m_token, "<redacted>");
    for (const QByteArray &secret : m_secrets)
        out.replace(secret, "<redacted>");
    // An access token an OAuth 2.0 token endpoint issued (RFC 6749 §5.1) is a credential too.
    static const QRegularExpression accessToken(u"(\"access_token\"\\s*:\\s*\")[^\"]*(\")"_s);
    return QString::fromUtf8(out).replace(accessToken, u"\\1<redacted>\\2"_s).toUtf8();
}

void ConformanceHttp::send(const ConformanceRequest &request, ConformanceStep step, Done done)
{
    if (m_cancelled)
        return;
    const QUrl url = urlFor(request);
    QNetworkRequest nr(url);
    QList<QPair<QByteArray, QByteArray>> headers{{"User-Agent", "scim-monitor-check/" SCIMMON_VERSION},
                                                 {"Accept", "application/scim+json, application/json"}};
    if (request.auth == ConformanceRequest::Auth::Token && !m_token.isEmpty())
        headers.append(qMakePair(QByteArray("Authorization"), "Bearer " + m_token));
    else if (request.auth == ConformanceRequest::Auth::Bearer)
        headers.append(qMakePair(QByteArray("Authorization"), "Bearer " + request.bearer));
    else if (request.auth == ConformanceRequest::Auth::WrongToken)
        headers.append(qMakePair(QByteArray("Authorization"), QByteArray("Bearer scim-monitor-check-wrong-token")));
    if (!request.body.isEmpty())
        headers.append(qMakePair(QByteArray("Content-Type"), request.contentType));
    headers.append(request.headers);
    for (const auto &[k, v] : headers)
        nr.setRawHeader(k, v);
    nr.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);

    step.method = QString::fromLatin1(request.method);
    step.url = QString::fromUtf8(url.toEncoded());
    step.requestBody = redact(request.body);
    step.requestHeaders.clear();
    for (const auto &[k, v] : headers)
        step.requestHeaders.append(
            qMakePair(k,
                      k == "Authorization" && request.auth != ConformanceRequest::Auth::WrongToken
                          ? QByteArray("Bearer <redacted>")
                          : v));

    QNetworkReply *reply = m_network->sendCustomRequest(nr, request.method, request.body);
    m_reply = reply;
    auto timedOut = std::make_shared<bool>(false);
    auto tlsErrors = std::make_shared<QString>();
    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, reply, [reply, timedOut] {
        *timedOut = true;
        reply->abort();
    });
    timer->start(m_timeoutMs);
    connect(reply, &QNetworkReply::sslErrors, reply, [this, reply, tlsErrors](const QList<QSslError> &errors) {
        if (m_insecure) {
            reply->ignoreSslErrors();
            return;
        }
        QStringList texts;
        for (const QSslError &e : errors)
            texts.append(e.errorString());
        *tlsErrors = u"TLS error: "_s + texts.join(u"; "_s) + u" (--insecure accepts it)"_s;
    });
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, step = std::move(step), done = std::move(done), timedOut, tlsErrors, clock]() mutable {
                reply->deleteLater();
                if (m_cancelled)
                    return;
                ConformanceResponse response;
                const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
                response.status = *timedOut || !status.isValid() ? 0 : status.toInt();
                if (reply->isOpen()) // an aborted reply (a timeout) is closed: nothing to read
                    response.body = reply->readAll().left(kMaxResponseBytes);
                for (const auto &[k, v] : reply->rawHeaderPairs())
                    response.headers.append({k, v});
                if (response.status == 0)
                    response.networkError = !tlsErrors->isEmpty() ? *tlsErrors
                        : *timedOut                               ? u"no answer within %1 s"_s.arg(m_timeoutMs / 1000.0)
                                                                  : reply->errorString();
                step.durationMs = double(clock->nsecsElapsed()) / 1e6;
                step.status = response.status;
                step.responseHeaders = response.headers;
                step.responseBody = redact(response.body);
                step.networkError = response.networkError;
                done(std::move(step), response);
            });
}

void ConformanceHttp::cancel()
{
    m_cancelled = true;
    if (QNetworkReply *reply = m_reply.data())
        reply->abort();
}

} // namespace scimmon
