#pragma once

#include "conformance/conformancetest.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace scimmon {

/// A whole conformance run: target, suites, the run's name prefix, the ServiceProviderConfig read
/// first, every test with its steps, and what could not be removed again. The JSON report is
/// toJson(); JUnitReport and HtmlReport write the other two formats.
struct ConformanceResult
{
    QString target; ///< the SCIM base URL
    QStringList suites; ///< e.g. {"entra", "okta", "rfc"}
    QString prefix; ///< carried by every object the run created, e.g. "scimcheck-1a2b3c4d-"
    QDateTime startedAt; ///< UTC
    double durationMs = 0;
    /// Not empty: the run did not start (unreachable target, refused token); see exitCode().
    QString abortReason;
    bool cancelled = false;
    QJsonObject serviceProviderConfig; ///< as read; empty when none could be read
    QList<ConformanceTest> tests;
    QStringList leftovers; ///< paths the run created and could not delete
    /// The final sweep: the lists of users and groups still named with the prefix, and the
    /// deletions of what they found (normally two empty lists).
    QList<ConformanceStep> sweep;

    int count(ConformanceVerdict verdict) const;
    /// 0 when every applicable test passed, 1 when one failed (or the run was cancelled), 2 when
    /// the run did not start (`scim-monitor check`'s exit status).
    int exitCode() const;
    /// One line: "62 tests: 60 passed, 0 failed, 2 skipped in 3.1 s".
    QString summary() const;
    QJsonObject toJson() const;
};

} // namespace scimmon

Q_DECLARE_METATYPE(scimmon::ConformanceResult)
