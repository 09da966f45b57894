#pragma once

#include <QByteArray>
#include <QDeadlineTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

class QNetworkAccessManager;
class QNetworkReply;

namespace scimmon {

/// The JSON Web Key Sets (RFC 7517 §5) of the issuers of JWT bearer assertions (RFC 7523), by
/// source: an `https://` or `http://` URL (e.g. Entra's
/// "https://login.microsoftonline.com/<tenant>/discovery/v2.0/keys"), fetched asynchronously and
/// kept for kTtlSeconds, or a local file path (or `file://` URL), read from disk on every call.
///
/// Lives on the thread that uses it, which must run an event loop; nothing blocks that thread
/// except reading a local file. Not thread-safe. The keys are returned as fetched; whether a key
/// fits an assertion is AssertionVerifier's business, the cache only checks that a set is a JSON
/// object with a "keys" array.
///
/// A token endpoint asks cached() first and, when it returns nothing, calls fetch() and answers
/// the request in `done` (asking cached() again, and lastError() when that is still empty).
class JwksCache : public QObject
{
    Q_OBJECT
public:
    /// Longest time for a fetch, milliseconds: for the server to answer and for the whole body.
    static constexpr int kFetchTimeoutMs = 5000;
    /// Largest accepted key set, bytes; a larger answer is a failure.
    static constexpr qint64 kMaxBodyBytes = 256 * 1024;
    /// How long a fetched key set is used, seconds, before it is fetched again.
    static constexpr int kTtlSeconds = 600;
    /// How long a failed fetch is remembered, seconds: meanwhile fetch() does not ask again.
    static constexpr int kFailureRetrySeconds = 30;

    explicit JwksCache(QObject *parent = nullptr);
    ~JwksCache() override;

    /// True when `source` is fetched over the network (an http:// or https:// URL, any case);
    /// false for a file path (or file:// URL), which is read on every use.
    static bool isUrl(const QString &source);

    /// The key set of `source` (the JSON as fetched or read, bytes) when there is a fresh one:
    /// for a URL, fetched less than kTtlSeconds ago; for a file, read now. std::nullopt when
    /// there is none: never fetched, expired, the last fetch failed, or the file cannot be read
    /// or is no key set (lastError() says why).
    std::optional<QByteArray> cached(const QString &source) const;

    /// Why the last fetch of `source` failed, one sentence for the request log naming the source,
    /// e.g. "The key set at https://… could not be fetched: Connection refused", "… did not
    /// answer within 5 s", "… is not a JSON Web Key Set (no "keys" array)"; for a file, why it
    /// cannot be used now. Empty when the last fetch succeeded or none has finished.
    QString lastError(const QString &source) const;

    /// Makes sure a key set of `source` is fetched, then calls `done` exactly once, queued
    /// through `context` (never from inside fetch(), and not at all when `context` is destroyed
    /// first; a null context stands for the cache). Joins a fetch of `source` already running;
    /// calls `done` without a request when the key set is fresh, for a file source, or when the
    /// last fetch failed less than kFailureRetrySeconds ago (so a burst of requests does not
    /// hammer the issuer). Afterwards cached() and lastError() tell the outcome. The request
    /// has a transfer timeout of kFetchTimeoutMs (QNetworkRequest::setTransferTimeout) and the
    /// whole fetch a deadline of as long; the answer must be 2xx, at most kMaxBodyBytes, JSON with
    /// a "keys" array. Redirects are followed unless they go from https to http.
    void fetch(const QString &source, QObject *context, std::function<void()> done);

    /// Forgets every fetched key set and remembered failure. Running fetches go on; their
    /// outcome is kept and their callers are called as usual.
    void clear();

private:
    struct Waiter
    {
        QPointer<QObject> context;
        std::function<void()> done;
    };
    struct Entry
    {
        std::optional<QByteArray> keys; ///< the last fetched key set
        QDeadlineTimer freshUntil; ///< when `keys` expires
        QString error; ///< why the last fetch failed
        QDeadlineTimer retryAfter; ///< until when `error` keeps fetch() from asking again
        QPointer<QNetworkReply> reply; ///< the running fetch
        std::vector<Waiter> waiters; ///< who waits for the running fetch
    };

    void start(const QString &source, Entry &entry);
    void finish(const QString &source, QNetworkReply *reply, bool timedOut, bool tooLarge);
    static void notify(const Waiter &waiter);

    QNetworkAccessManager *m_network = nullptr;
    QHash<QString, Entry> m_entries;
};

} // namespace scimmon
