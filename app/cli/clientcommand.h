#pragma once

#include "cli/commandline.h"
#include "store/storeconfig.h"

namespace scimmon {

/// `scim-monitor client create|list|rotate|revoke|remove|federate`: the OAuth clients of the
/// receiver's token endpoint, for scripts and servers, with no keychain and no window. Works while
/// the receiver runs (a change reaches it with the next token request).
class ClientCommand
{
public:
    /// Runs the action in `cl` on the store. Returns the exit status: 0 on success, 1 on failure
    /// (the reason on stderr). `client create` prints the Client Identifier and then the Client
    /// Secret, each alone on one of the last two lines of stdout; `client rotate` prints the new
    /// Client Secret alone on the last line (the only places a secret ever appears).
    static int run(const CommandLine &cl, const StoreConfig &store);
};

} // namespace scimmon
