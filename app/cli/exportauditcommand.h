#pragma once

#include "cli/commandline.h"
#include "store/storeconfig.h"

namespace scimmon {

/// `scim-monitor export-audit`: writes the audit trail as CSV (docs/audit-csv.md), streaming,
/// filtered by --from, --to and --action. Works while the receiver runs.
class ExportAuditCommand
{
public:
    /// Returns the exit status: 0 on success, 1 on failure (the reason on stderr), 2 for an
    /// unknown --action.
    static int run(const CommandLine &cl, const StoreConfig &store);
};

} // namespace scimmon
