#pragma once

#include "cli/commandline.h"
#include "store/storeconfig.h"

namespace scimmon {

/// `scim-monitor token create|list|revoke|rotate`: token management for scripts and servers, with no
/// keychain and no window. Works while the receiver runs (the database allows one writer at a
/// time and waits up to 5 s for it).
class TokenCommand
{
public:
    /// Runs the action in `cl` on the store. Returns the exit status: 0 on success, 1 on failure
    /// (the reason on stderr). `token create` and `token rotate` print the new token alone on the
    /// last line of stdout (the only place it ever appears).
    static int run(const CommandLine &cl, const StoreConfig &store);
};

} // namespace scimmon
