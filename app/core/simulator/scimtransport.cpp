#include "simulator/scimtransport.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslError>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace scimmon {

namespace {

constexpr qsizetype kMaxResponseBytes = 16 * 1024 * 1024; ///< a longer answer is cut (and then unreadable)

} // namespace

ScimTransport::ScimTransport(const Settings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_network(new QNetworkAccessManager(this))
    , m_pacer(settings.requestsPerSecond)
{
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy); // an IdP does not follow redirects
    m_clock.start();
}

ScimTransport::~ScimTransport()
{
    cancel();
}

QByteArray ScimTransport::encodeQueryValue(const QString &value)
{
    return QUrl::toPercentEncoding(value, " ").replace(' ', '+');
}

QUrl ScimTransport::urlFor(const ScimCall &call) const
{
    QUrl base = m_settings.tenantUrl;
    base.setQuery(QString());
    base.setFragment(QString());
    QByteArray text = base.toEncoded();
    while (text.endsWith('/'))
        text.chop(1);
    text += QUrl::toPercentEncoding(call.path, "/");
    if (!call.query.isEmpty()) {
        QByteArray query;
        for (const auto &[name, value] : call.query) {
            if (!query.isEmpty())
                query += '&';
            query += QUrl::toPercentEncoding(name) + '=' + encodeQueryValue(value);
        }
        text += '?' + query;
    }
    return QUrl::fromEncoded(text, QUrl::StrictMode);
}

void ScimTransport::send(const ScimCall &call, Done done)
{
    start(call, std::move(done), {});
}

void ScimTransport::start(const ScimCall &call, Done done, QList<SentRequest> tries)
{
    if (m_cancelled)
        return;
    const qint64 wait = m_pacer.delayMs(m_clock.elapsed());
    if (wait > 0) {
        auto *timer = new QTimer(this);
        timer->setSingleShot(true);
        m_waits.append(timer);
        connect(timer, &QTimer::timeout, this, [this, timer, call, done = std::move(done), tries]() mutable {
            m_waits.removeAll(timer);
            timer->deleteLater();
            start(call, std::move(done), std::move(tries));
        });
        timer->start(int(wait));
        return;
    }
    m_pacer.sent(m_clock.elapsed());
    ++m_sent;

    const QUrl url = urlFor(call);
    QNetworkRequest request(url);
    request.setRawHeader("User-Agent", m_settings.userAgent);
    request.setRawHeader("Accept", "application/scim+json, application/json");
    if (!m_settings.token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_settings.token);
    request.setRawHeader("X-Scim-Monitor-Simulation", m_settings.runId);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    QByteArray body;
    if (call.hasBody) {
        body = QJsonDocument(call.body).toJson(QJsonDocument::Compact);
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/scim+json"_ba);
    }

    SentRequest sent;
    sent.time = QDateTime::currentDateTimeUtc();
    sent.method = QString::fromLatin1(call.method);
    sent.url = QString::fromUtf8(url.toEncoded());
    sent.requestBody = QString::fromUtf8(body);
    sent.attempt = int(tries.size()) + 1;

    QNetworkReply *reply = m_network->sendCustomRequest(request, call.method, body);
    m_reply = reply;
    auto *timeout = new QTimer(reply);
    timeout->setSingleShot(true);
    auto timedOut = std::make_shared<bool>(false);
    connect(timeout, &QTimer::timeout, reply, [reply, timedOut] {
        *timedOut = true;
        reply->abort();
    });
    timeout->start(m_settings.timeoutMs);
    auto tlsErrors = std::make_shared<QString>();
    connect(reply, &QNetworkReply::sslErrors, reply, [this, reply, tlsErrors](const QList<QSslError> &errors) {
        if (m_settings.insecure) {
            reply->ignoreSslErrors();
            return;
        }
        QStringList texts;
        for (const QSslError &e : errors)
            texts.append(e.errorString());
        *tlsErrors = u"TLS error: "_s + texts.join(u"; "_s) + u" (--insecure accepts it)"_s;
    });
    const qint64 startedMs = m_clock.elapsed();
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, sent, call, done = std::move(done), tries, timedOut, tlsErrors, startedMs]() mutable {
                reply->deleteLater();
                if (m_cancelled)
                    return;
                sent.durationMs = double(m_clock.elapsed() - startedMs);
                sent.timedOut = *timedOut;
                const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
                sent.status = *timedOut || !status.isValid() ? 0 : status.toInt();
                // An aborted reply (a timeout, a reset) is closed: nothing to read.
                if (reply->isOpen())
                    sent.responseBody = QString::fromUtf8(reply->readAll().left(kMaxResponseBytes));
                sent.retryAfter = QString::fromLatin1(reply->rawHeader("Retry-After"));
                if (sent.status == 0)
                    sent.networkError = !tlsErrors->isEmpty() ? *tlsErrors
                        : *timedOut ? u"no answer within %1 s"_s.arg(m_settings.timeoutMs / 1000.0)
                                    : reply->errorString();
                tries.append(sent);
                bool numeric = false;
                const int retryAfter = sent.retryAfter.trimmed().toInt(&numeric);
                if (sent.status == 429 && numeric && retryAfter >= 0 && retryAfter <= m_settings.maxRetryAfterSeconds
                    && tries.size() <= m_settings.retriesOn429) {
                    // Honour Retry-After: wait, then send the same request again.
                    auto *timer = new QTimer(this);
                    timer->setSingleShot(true);
                    m_waits.append(timer);
                    connect(timer, &QTimer::timeout, this, [this, timer, call, done, tries]() mutable {
                        m_waits.removeAll(timer);
                        timer->deleteLater();
                        start(call, std::move(done), std::move(tries));
                    });
                    timer->start(retryAfter * 1000);
                    return;
                }
                done(tries);
            });
}

void ScimTransport::cancel()
{
    m_cancelled = true;
    for (QTimer *t : std::as_const(m_waits)) {
        t->stop();
        t->deleteLater();
    }
    m_waits.clear();
    if (QNetworkReply *reply = m_reply.data())
        reply->abort();
}

} // namespace scimmon
