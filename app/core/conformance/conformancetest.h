#pragma once

#include "conformance/conformancestep.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

namespace scimmon {

/// One conformance test as it ran: its suite and name (Microsoft's own test names in the `entra`
/// suite, e.g. "SCIM_User_Create_Test"), what it checks and why, its steps in order, and its
/// verdict: Pass when every checked step passed, Fail when one failed (the first failure's reason),
/// Skip when the target's /ServiceProviderConfig says it does not support what the test needs (or
/// the run was cancelled), with the reason.
struct ConformanceTest
{
    QString suite; ///< "entra", "okta" or "rfc"
    QString name;
    QString description; ///< what the test checks, one sentence
    QString why; ///< the RFC section or IdP behaviour the test is about
    QList<ConformanceStep> steps;
    ConformanceVerdict verdict = ConformanceVerdict::Skip;
    QString reason; ///< the first failure or the reason for the skip; empty on Pass
    double durationMs = 0;

    QJsonObject toJson() const;
};

} // namespace scimmon

Q_DECLARE_METATYPE(scimmon::ConformanceTest)
