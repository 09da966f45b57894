#pragma once

#include <QString>

namespace scimmon {

/// What a cycle counted, for Entra's quarantine rules.
struct QuarantineCounters
{
    qint64 events = 0; ///< objects exported (log entries), reference updates included
    qint64 failures = 0; ///< failed entries, reference failures excluded
    qint64 referenceFailures = 0; ///< failed manager or member updates
    bool invalidCredentials = false; ///< a 401 (or 403) answer: the Secret Token was refused
    bool notFoundOnQuery = false; ///< a 404 to a filter query: a SCIM compliance issue
};

/// Whether Entra would put the provisioning job in quarantine, and why.
struct QuarantineVerdict
{
    bool quarantined = false;
    QString reason; ///< English; empty when not quarantined
};

/// Entra's quarantine thresholds (idp-behaviour.md §2, MS-QUAR): at once for invalid credentials
/// or a 404 to a filter query ("SCIM compliance issue"); from 5,000 failed events on, when more
/// than 40 % of the events fail or more than 40,000 fail (reference failures excluded); and at a
/// hard cap of 60,000 failures including reference failures. Pure.
class QuarantineRules
{
public:
    static constexpr qint64 kMinimumFailures = 5000;
    static constexpr double kFailureShare = 0.40;
    static constexpr qint64 kFailureCount = 40000;
    static constexpr qint64 kHardCap = 60000;

    static QuarantineVerdict evaluate(const QuarantineCounters &counters);
    /// About how many more failed events, at the cycle's current failure share, until these
    /// thresholds quarantine the job: 0 when evaluate() quarantines it already, -1 when nothing
    /// has failed (no rate to go by). Above 40 % failing, the job goes once 5,000 have failed;
    /// otherwise once more than 40,000 have (or 60,000 with reference failures).
    static qint64 failuresUntilQuarantine(const QuarantineCounters &counters);
};

} // namespace scimmon
