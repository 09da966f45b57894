#pragma once

#include "platform/secretstore.h"

namespace QKeychain {
class Job;
}

namespace scimmon {

/// SecretStore on the OS keychain through QtKeychain: the Secret Service (GNOME Keyring, KWallet)
/// on Linux, the Keychain on macOS, the Credential Manager on Windows. Entries are stored under
/// the service name SCIMMON_APP_ID.
///
/// Each job gets a deadline: a Secret Service that is auto-started but never answers (no
/// `~/.cache`, a locked keyring with no prompt) would otherwise keep a job pending for 25 s or
/// more. "No backend", "access denied", QtKeychain's OtherError (no session bus, no Secret
/// Service, a locked collection) and the deadline count as Status::Unavailable. QtKeychain's own
/// insecure fallback is never enabled.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT
public:
    /// Default deadline of one keychain job, in milliseconds.
    static constexpr int kDefaultTimeoutMs = 10000;

    explicit KeychainSecretStore(QObject *parent = nullptr);

    /// Deadline of each job from now on, in milliseconds.
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    void read(const QString &key, QObject *context, Callback done) override;
    void write(const QString &key, const QString &secret, QObject *context, Callback done) override;
    void remove(const QString &key, QObject *context, Callback done) override;

private:
    /// Starts `job`, reports its result (or the deadline) to `done` once, while `context` lives.
    void run(QKeychain::Job *job, QObject *context, Callback done);

    int m_timeoutMs = kDefaultTimeoutMs;
};

} // namespace scimmon
