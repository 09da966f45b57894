#pragma once

#include "conformance/conformanceresult.h"

#include <QByteArray>

namespace scimmon {

/// Writes a conformance run as one self-contained HTML page a developer can attach to a ticket:
/// no scripts, no external resources; a summary and the list of failures with their reasons and
/// references (linked to the tests), then each suite's tests (failures open), each
/// test's steps with expectation, why, verdict, and the request and response in full with the
/// token redacted; last, when the final sweep deleted something, its steps.
class HtmlReport
{
public:
    /// The page, UTF-8.
    static QByteArray write(const ConformanceResult &result);
};

} // namespace scimmon
