#pragma once

#include "receiver/receiverconfig.h"

#include <functional>

namespace scimmon {

class Receiver;
class SecretStore;

/// Starts a receiver whose HTTPS key needs the passphrase kept in the OS keychain: reads it
/// first (asynchronously, never blocking the caller's thread), then starts. The window and the
/// headless runner start the same way.
class ReceiverStarter
{
public:
    /// Starts `receiver` with `config`. When `passphraseInKeychain` and `config` has a certificate
    /// and no passphrase yet, the passphrase is read from `secrets` under
    /// SecretStore::tlsPassphraseKey(`dataDir`) first; if that fails, `warn` receives why (one
    /// sentence) and the receiver starts without it (an encrypted key then fails to load, which
    /// the receiver reports). `secrets` must outlive the read; `receiver` is the context. While
    /// it listens, the receiver keeps its Tenant URL in `dataDir`'s address file
    /// (Receiver::setAddressFile()).
    static void start(Receiver &receiver, ReceiverConfig config, SecretStore &secrets, const QString &dataDir,
                      bool passphraseInKeychain, const std::function<void(const QString &)> &warn);
};

} // namespace scimmon
