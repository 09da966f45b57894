#pragma once

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace scimmon {

/// Where the app keeps secrets the user asked it to remember: a Secret Token's text ("Remember
/// on this computer") and the passphrase of the HTTPS key. On the desktop this is the OS keychain
/// (KeychainSecretStore). Nothing on the request path needs it: requests are checked against
/// hashes in the database. When no keychain answers, callers say so and keep nothing: there is no
/// plaintext fallback.
///
/// Every call is asynchronous and reports once, through `done`, on the store's thread, and only
/// while `context` (a QObject on that thread) still exists. Use it on one thread.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    enum class Status {
        Ok,
        NotFound, ///< read or remove: no entry under that key
        Unavailable, ///< no keychain answered (no Secret Service, locked, denied, timed out)
        Failed, ///< the keychain answered with another error
    };
    struct Result
    {
        Status status = Status::Failed;
        QString secret; ///< read(): the secret; empty otherwise
        QString message; ///< why it failed, as the keychain put it; empty on success
        bool ok() const { return status == Status::Ok; }
    };
    using Callback = std::function<void(const Result &)>;
    using AvailabilityCallback = std::function<void(bool available, const QString &reason)>;

    explicit SecretStore(QObject *parent = nullptr);

    /// Reads the secret stored under `key`.
    virtual void read(const QString &key, QObject *context, Callback done) = 0;
    /// Stores `secret` under `key`, replacing what was there.
    virtual void write(const QString &key, const QString &secret, QObject *context, Callback done) = 0;
    /// Deletes the entry under `key` (NotFound when there was none).
    virtual void remove(const QString &key, QObject *context, Callback done) = 0;

    /// Finds out whether the keychain answers, by writing and deleting a probe entry (the first
    /// time; later calls answer from what the last call of any kind showed). `reason` explains
    /// an unavailable keychain in the keychain's words.
    void checkAvailable(QObject *context, AvailabilityCallback done);
    /// What is known: std::nullopt until a call has finished.
    std::optional<bool> available() const { return m_available; }
    QString unavailableReason() const { return m_reason; }

    /// The key of Secret Token `tokenId` of the data directory `dataDir`. Keys name no secret.
    static QString tokenKey(const QString &dataDir, qint64 tokenId);
    /// The key of the Client Secret of OAuth client `clientId` (its Client Identifier) of the data
    /// directory `dataDir`.
    static QString clientSecretKey(const QString &dataDir, const QString &clientId);
    /// The key of the password of the shared store `storeDisplayName` (StoreConfig::displayName(),
    /// which names role, server and database).
    static QString storePasswordKey(const QString &storeDisplayName);
    /// The key of the HTTPS key passphrase of the data directory `dataDir`.
    static QString tlsPassphraseKey(const QString &dataDir);
    /// The key of the bearer token of the SCIM server at `baseUrl` that "Check a SCIM server"
    /// remembers when asked.
    static QString checkTokenKey(const QString &baseUrl);
    /// The sentence the UI shows when no keychain answers: plain, and naming the consequence.
    static QString unavailableMessage();

Q_SIGNALS:
    /// The availability known to the store changed (see available()).
    void availabilityChanged(bool available);

protected:
    /// Implementations call this with every result, before handing it on.
    void noteResult(const Result &result);

private:
    std::optional<bool> m_available;
    QString m_reason;
};

} // namespace scimmon
