#pragma once

#include "model/idp.h"

#include <QDateTime>
#include <QString>

namespace scimmon {

/// What started a provisioning cycle (CycleTracker's rules).
enum class CycleTrigger : quint8 {
    First, ///< the first request the receiver saw
    TestConnection, ///< a Test Connection after other requests (Entra tests before a restart)
    QuietGap, ///< the first request after a quiet gap
};

/// The trigger's stable English name ("First request", "Test Connection", "After a quiet gap"),
/// as the store keeps it; never translated.
QString cycleTriggerKey(CycleTrigger trigger);
/// The trigger named `key` (see cycleTriggerKey()); CycleTrigger::First for an unknown name.
CycleTrigger cycleTriggerFromKey(QStringView key);

/// One provisioning cycle: a run of requests from the identity provider with no quiet gap in it,
/// summarised the way Entra's provisioning summary puts it (created, updated, deactivated,
/// deleted, membership changes, failures, duration). Built by CycleTracker as requests arrive.
struct ProvisioningCycle
{
    qint64 id = 0; ///< store row id, 0 until stored
    QDateTime started; ///< time of its first request, UTC
    QDateTime ended; ///< time of its latest request, UTC
    CycleTrigger trigger = CycleTrigger::First; ///< what started it
    Idp idp = Idp::Other; ///< the first IdP other than Other seen in it
    QString tokenLabel; ///< the first Secret Token label seen in it
    /// The receiver whose requests it counts (StoreConfig::receiverName), as read from the store:
    /// on a shared store each receiver keeps its own cycles. Empty until stored.
    QString receiver;
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

    static constexpr CycleTrigger kTriggerTestConnection = CycleTrigger::TestConnection;
    static constexpr CycleTrigger kTriggerQuietGap = CycleTrigger::QuietGap;
    static constexpr CycleTrigger kTriggerFirst = CycleTrigger::First;

    /// From the first to the latest request, in milliseconds.
    qint64 durationMs() const { return started.isValid() && ended.isValid() ? started.msecsTo(ended) : 0; }
    /// Membership changes: members added plus members removed.
    qint64 membershipChanges() const { return membersAdded + membersRemoved; }
    /// True while its latest request is less than `quietGapSeconds` before `now`.
    bool isRunning(const QDateTime &now, int quietGapSeconds) const
    {
        return ended.isValid() && ended.secsTo(now) < quietGapSeconds;
    }
};

} // namespace scimmon
