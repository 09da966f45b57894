#include "oauth/jwkscache.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrl>

#include <memory>

using namespace Qt::StringLiterals;

namespace scimmon {

namespace {

QString localPath(const QString &source)
{
    if (source.startsWith(u"file://"_s, Qt::CaseInsensitive))
        return QUrl(source).toLocalFile();
    return source;
}

/// Why `body` is not a JSON Web Key Set (RFC 7517 §5), as the end of a sentence; empty when it is.
QString keySetProblem(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return u"is not a JSON Web Key Set (not JSON: %1 at byte %2)"_s.arg(error.errorString()).arg(error.offset);
    if (!doc.isObject() || !doc.object().value(u"keys").isArray())
        return u"is not a JSON Web Key Set (no \"keys\" array)"_s;
    return {};
}

struct FileRead
{
    std::optional<QByteArray> keys;
    QString error;
};

FileRead readFile(const QString &source)
{
    const QString path = localPath(source);
    const QString where = u"The key set file "_s + QDir::toNativeSeparators(path);
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly))
        return {std::nullopt, where + u" cannot be read: "_s + (path.isEmpty() ? u"no path"_s : file.errorString())};
    const QByteArray body = file.read(JwksCache::kMaxBodyBytes + 1);
    if (body.size() > JwksCache::kMaxBodyBytes)
        return {std::nullopt, where + u" is larger than %1 KiB"_s.arg(JwksCache::kMaxBodyBytes / 1024)};
    if (const QString problem = keySetProblem(body); !problem.isEmpty())
        return {std::nullopt, where + u' ' + problem};
    return {body, {}};
}

} // namespace

bool JwksCache::isUrl(const QString &source)
{
    return source.startsWith(u"https://"_s, Qt::CaseInsensitive)
        || source.startsWith(u"http://"_s, Qt::CaseInsensitive);
}

JwksCache::JwksCache(QObject *parent)
    : QObject(parent)
{
}

JwksCache::~JwksCache()
{
    // The replies go with the network access manager, a child; their ends must not reach finish().
    for (const Entry &entry : std::as_const(m_entries)) {
        if (entry.reply)
            QObject::disconnect(entry.reply.data(), nullptr, this, nullptr);
    }
}

std::optional<QByteArray> JwksCache::cached(const QString &source) const
{
    if (!isUrl(source))
        return readFile(source).keys;
    const auto it = m_entries.constFind(source);
    if (it == m_entries.cend() || !it->keys || it->freshUntil.hasExpired())
        return std::nullopt;
    return it->keys;
}

QString JwksCache::lastError(const QString &source) const
{
    if (!isUrl(source))
        return readFile(source).error;
    const auto it = m_entries.constFind(source);
    return it == m_entries.cend() ? QString() : it->error;
}

void JwksCache::fetch(const QString &source, QObject *context, std::function<void()> done)
{
    Waiter waiter{context ? context : this, std::move(done)};
    if (!isUrl(source)) {
        notify(waiter);
        return;
    }
    Entry &entry = m_entries[source];
    if (entry.reply) {
        entry.waiters.push_back(std::move(waiter));
        return;
    }
    const bool fresh = entry.keys && !entry.freshUntil.hasExpired();
    const bool failedLately = !entry.error.isEmpty() && !entry.retryAfter.hasExpired();
    if (fresh || failedLately) {
        notify(waiter);
        return;
    }
    entry.waiters.push_back(std::move(waiter));
    start(source, entry);
}

void JwksCache::clear()
{
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (it->reply) {
            it->keys.reset();
            it->error.clear();
            it->retryAfter = QDeadlineTimer();
            ++it;
        } else {
            it = m_entries.erase(it);
        }
    }
}

void JwksCache::start(const QString &source, Entry &entry)
{
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    QNetworkRequest request{QUrl(source)};
    request.setTransferTimeout(kFetchTimeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setRawHeader("Accept", "application/jwk-set+json, application/json");
    QNetworkReply *reply = m_network->get(request);
    entry.reply = reply;

    struct Outcome
    {
        bool timedOut = false;
        bool tooLarge = false;
    };
    const auto outcome = std::make_shared<Outcome>();
    // The transfer timeout restarts with every byte; the deadline bounds the whole fetch.
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, this, [reply, outcome] {
        outcome->timedOut = true;
        reply->abort();
    });
    deadline->start(kFetchTimeoutMs);
    const auto limit = [reply, outcome](qint64 bytes) {
        if (bytes > kMaxBodyBytes && !outcome->tooLarge) {
            outcome->tooLarge = true;
            reply->abort();
        }
    };
    connect(reply, &QNetworkReply::metaDataChanged, this,
            [reply, limit] { limit(reply->header(QNetworkRequest::ContentLengthHeader).toLongLong()); });
    connect(reply, &QNetworkReply::downloadProgress, this, [limit](qint64 received, qint64) { limit(received); });
    connect(reply, &QNetworkReply::finished, this, [this, source, reply, outcome] {
        // Qt ends a transfer that stalls longer than its transfer timeout as canceled.
        const bool timedOut
            = outcome->timedOut || (!outcome->tooLarge && reply->error() == QNetworkReply::OperationCanceledError);
        finish(source, reply, timedOut, outcome->tooLarge);
    });
}

void JwksCache::finish(const QString &source, QNetworkReply *reply, bool timedOut, bool tooLarge)
{
    reply->deleteLater();
    const auto it = m_entries.find(source);
    if (it == m_entries.end() || it->reply != reply)
        return;
    Entry &entry = *it;
    entry.reply = nullptr;

    const QString where = u"The key set at "_s + source;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString statusText
        = QString::number(status) + u' ' + reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    QString error;
    QByteArray body;
    if (timedOut) {
        error = where + u" did not answer within %1 s"_s.arg(kFetchTimeoutMs / 1000);
    } else if (tooLarge) {
        error = where + u" is larger than %1 KiB"_s.arg(kMaxBodyBytes / 1024);
    } else if (reply->error() != QNetworkReply::NoError && status == 0) {
        error = where + u" could not be fetched: "_s + reply->errorString();
    } else if (status < 200 || status > 299) {
        error = where + u" could not be fetched: the server answered "_s + statusText.trimmed();
    } else {
        body = reply->readAll();
        if (body.size() > kMaxBodyBytes)
            error = where + u" is larger than %1 KiB"_s.arg(kMaxBodyBytes / 1024);
        else if (const QString problem = keySetProblem(body); !problem.isEmpty())
            error = where + u' ' + problem;
    }

    if (error.isEmpty()) {
        entry.keys = body;
        entry.freshUntil = QDeadlineTimer(qint64(kTtlSeconds) * 1000);
        entry.error.clear();
        entry.retryAfter = QDeadlineTimer();
    } else {
        entry.keys.reset();
        entry.error = error;
        entry.retryAfter = QDeadlineTimer(qint64(kFailureRetrySeconds) * 1000);
    }
    const std::vector<Waiter> waiters = std::move(entry.waiters);
    entry.waiters.clear();
    for (const Waiter &waiter : waiters)
        notify(waiter);
}

void JwksCache::notify(const Waiter &waiter)
{
    if (!waiter.context || !waiter.done)
        return;
    QMetaObject::invokeMethod(waiter.context.data(), waiter.done, Qt::QueuedConnection);
}

} // namespace scimmon
