#pragma once

#include "conformance/conformanceresult.h"

#include <QByteArray>

namespace scimmon {

/// Writes a conformance run as JUnit XML for CI pipelines: one <testsuite> per suite, one
/// <testcase> per test (classname "scim-monitor.check.<suite>"), <failure> with the first problem
/// and the failing step's request and response, <skipped> with the reason, and every step in
/// <system-out> (token redacted). A run that did not start is one failed test "connection".
class JUnitReport
{
public:
    /// The whole document, UTF-8.
    static QByteArray write(const ConformanceResult &result);
    /// One step as plain text: title, expectation and why, request and response.
    static QString stepText(const ConformanceStep &step);
};

} // namespace scimmon
