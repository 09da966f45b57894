#pragma once

#include "../core/http/receiverconfig.h"

namespace scimmon {

/// `scim-monitor --headless`: runs the receiver without a window until SIGINT or SIGTERM. The
/// first line on stdout names the Tenant URL; then one line per request (never a secret).
class HeadlessRunner
{
public:
    /// Runs the event loop. Returns the process exit status: 0 after a clean stop, 1 when the
    /// receiver could not start (the reason is on stderr).
    static int run(const ReceiverConfig &config, const QString &dataDir);
};

} // namespace scimmon
