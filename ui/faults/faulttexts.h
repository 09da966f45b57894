#pragma once

#include "fault/faultprofiles.h"
#include "model/faultrule.h"

#include <QCoreApplication>
#include <QString>

namespace scimmon {

/// What the window says about fault rules and profiles, translated: the action ("429 Too Many
/// Requests, Retry-After 30 s"), how often, the phase, the filters, and each built-in profile's
/// title and description (the command line prints the English of FaultRule and FaultProfiles).
class FaultTexts
{
    Q_DECLARE_TR_FUNCTIONS(FaultTexts)
public:
    static QString action(const FaultRule &rule);
    static QString frequency(const FaultRule &rule);
    /// "before (nothing changes)" or "after the change"; "—" for a rule that only delays (its
    /// phase does not matter).
    static QString phase(const FaultRule &rule);
    /// The operation, name pattern and IdP a rule is limited to; "any" when none.
    static QString filters(const FaultRule &rule);
    static QString profileTitle(const FaultProfile &profile);
    static QString profileDescription(const FaultProfile &profile);
    /// "service's own answer" (0) or "409 Conflict".
    static QString status(int status);
};

} // namespace scimmon
