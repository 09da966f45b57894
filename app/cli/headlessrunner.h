#pragma once

#include "receiver/receiverconfig.h"

namespace scimmon {

/// `scim-monitor --headless`: runs the receiver without a window until SIGINT or SIGTERM. The
/// first line on stdout names the Tenant URL; then one line per request (never a secret).
class HeadlessRunner
{
public:
    /// Runs the event loop. Returns the process exit status: 0 after a clean stop, 1 when the
    /// receiver could not start (the reason is on stderr). With `passphraseInKeychain`, the HTTPS
    /// key's passphrase is read from the OS keychain first (as the settings dialog saved it);
    /// the keychain is not touched otherwise. With `adminListen` ("HOST:PORT" or "PORT", loopback
    /// then), the admin endpoints (AdminServer: /metrics, /livez, /readyz) listen there; exit 1
    /// when they cannot. Under systemd (`Type=notify`), READY=1 follows the first listening state,
    /// and the watchdog is fed while the receiver's worker answers (SystemdNotifier).
    static int run(const ReceiverConfig &config, const QString &dataDir, bool passphraseInKeychain = false,
                   const QString &adminListen = QString());
};

} // namespace scimmon
