#pragma once

#include "cli/commandline.h"
#include "store/storeconfig.h"

namespace scimmon {

/// `scim-monitor seed`: fills the store with realistic, reproducible demo identities through the
/// SCIM engine (see Seeder), printing a progress line on stderr. Works while the receiver runs.
class SeedCommand
{
public:
    /// Returns the exit status: 0 on success, 1 when the store fails (the reason on stderr).
    static int run(const CommandLine &cl, const StoreConfig &store);
};

} // namespace scimmon
