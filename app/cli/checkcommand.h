#pragma once

#include "cli/commandline.h"

namespace scimmon {

/// `scim-monitor check`: runs the conformance suites (ConformanceRunner) against any SCIM base URL
/// with its bearer token, offline. Prints one line per test on stdout (PASS, FAIL with the reason
/// and the RFC or IdP reference, SKIP with the reason), progress on stderr, then a summary; writes
/// the JSON, JUnit XML and HTML reports when asked. SIGINT or SIGTERM cancels (what was created is
/// still deleted). Exit status: 0 when every applicable test passed, 1 when one failed or the run
/// was cancelled or a report could not be written, 2 when the target is unreachable or refuses the
/// token, or a report's folder does not exist (bad arguments exit 2 in CommandLine::parse()).
class CheckCommand
{
public:
    static int run(const CommandLine &cl);
};

} // namespace scimmon
