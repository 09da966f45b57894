#pragma once

#include <QDateTime>
#include <QString>

namespace scimmon {

/// One provisioning cycle: a run of requests from the identity provider with no quiet gap in it,
/// summarised the way Entra's provisioning summary puts it (created, updated, deactivated,
/// deleted, membership changes, failures, duration). Built by CycleTracker as requests arrive.
struct ProvisioningCycle
{
    qint64 id = 0; ///< store row id, 0 until stored
    QDateTime started; ///< time of its first request, UTC
    QDateTime ended; ///< time of its latest request, UTC
    QString trigger; ///< what started it: kTriggerTestConnection, kTriggerQuietGap or kTriggerFirst
    QString idp; ///< "Entra", "Okta" or "Other": the first IdP named in it
    QString tokenLabel; ///< the first Secret Token label seen in it
    qint64 requests = 0;
    qint64 testConnections = 0;
    qint64 lookups = 0; ///< Lookup user/group and Discovery
    qint64 created = 0; ///< users and groups
    qint64 updated = 0; ///< Update/Replace user, Update group, Rename group
    qint64 deactivated = 0;
    qint64 reactivated = 0;
    qint64 deleted = 0; ///< users and groups
    qint64 membersAdded = 0; ///< members added to groups, counted one by one
    qint64 membersRemoved = 0;
    qint64 failures = 0; ///< Rejected and Auth failure

    static inline const QString kTriggerTestConnection = QStringLiteral("Test Connection");
    static inline const QString kTriggerQuietGap = QStringLiteral("After a quiet gap");
    static inline const QString kTriggerFirst = QStringLiteral("First request");

    /// From the first to the latest request, in milliseconds.
    qint64 durationMs() const { return started.isValid() && ended.isValid() ? started.msecsTo(ended) : 0; }
    /// Membership changes: members added plus members removed.
    qint64 membershipChanges() const { return membersAdded + membersRemoved; }
    /// True while its latest request is less than `quietGapSeconds` before `now`.
    bool isRunning(const QDateTime &now, int quietGapSeconds) const
    {
        return ended.isValid() && ended.secsTo(now) < quietGapSeconds;
    }
    /// One line in the manner of Entra's cycle summary, e.g. "500 created, 20 updated,
    /// 10 deactivated, 0 deleted, 400 membership changes, 2 failures · 3 min 12 s".
    QString summary() const;
    /// `ms` as "850 ms", "42 s", "3 min 12 s" or "2 h 5 min".
    static QString durationText(qint64 ms);
};

} // namespace scimmon
