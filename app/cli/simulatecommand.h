#pragma once

#include "cli/commandline.h"
#include "receiver/receiverconfig.h"

namespace scimmon {

/// `scim-monitor simulate`: plays Entra ID or Okta against the app's own receiver (see
/// OwnReceiverTarget) or any SCIM base URL (--target, --token), with the IdP simulator. Prints a
/// progress line on stderr, each failed object with the IdP's error code, and a summary on
/// stdout; writes the JSON report with --report. SIGINT or SIGTERM cancels the cycle (the state
/// is saved, so the next run continues). Exit status: 0 when every object ended as planned,
/// 1 when some failed or the run was cancelled, 2 when the target is unreachable, refuses the
/// token or is not a SCIM server (with Test Connection's message), or the state file cannot be
/// used.
class SimulateCommand
{
public:
    /// `config`: the data directory's receiver configuration (used without --target).
    static int run(const CommandLine &cl, const QString &dataDir, const ReceiverConfig &config);
    /// The default state file: `<dataDir>/simulator/<idp>-own-receiver.json` for the own
    /// receiver, `<dataDir>/simulator/<idp>-<host>-<port>-<hash>.json` for a --target.
    static QString defaultStatePath(const QString &dataDir, const QString &idp, const QString &target);
};

} // namespace scimmon
