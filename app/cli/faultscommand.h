#pragma once

#include "cli/commandline.h"
#include "store/storeconfig.h"

namespace scimmon {

/// `scim-monitor faults add|list|clear|remove|profile`: the fault injection rules of a data
/// directory's store (or a --store), for scripts and servers. A receiver running on the same store
/// applies a change within a second. Each change is audited.
class FaultsCommand
{
public:
    /// Runs the action in `cl` (parsed and validated by FaultsOptions). Returns the exit status:
    /// 0 on success; 2 for bad input that passed parsing (a duplicate name, no rule of that name),
    /// with nothing stored; 1 when the store cannot be opened or written. Messages go to stderr.
    static int run(const CommandLine &cl, const StoreConfig &store);
};

} // namespace scimmon
