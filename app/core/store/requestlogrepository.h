#pragma once

#include "model/provisioningcycle.h"
#include "model/requestfilter.h"
#include "model/requestlogsnapshot.h"
#include "model/requestrecord.h"
#include "model/trafficminute.h"

#include <QDateTime>
#include <QList>

#include <functional>
#include <optional>

namespace scimmon {

/// The provisioning log: every request the receiver answered, the provisioning cycles they form
/// and the traffic of each minute.
class RequestLogRepository
{
public:
    virtual ~RequestLogRepository() = default;

    /// Appends one entry and returns its id (0 on failure).
    virtual qint64 append(const RequestRecord &record) = 0;
    /// The newest `limit` entries, oldest first.
    virtual QList<RequestRecord> recent(int limit) = 0;
    /// Entries in the log; -1 on failure.
    virtual qint64 count() = 0;
    /// Up to `limit` entries matching `filter`, oldest first, read by id (keyset paging): with
    /// `afterId` > 0 the oldest ones newer than it; otherwise the newest ones older than `beforeId`
    /// (0: the newest of all). Empty on failure (see Database::lastError()).
    virtual QList<RequestRecord> page(const RequestFilter &filter, qint64 beforeId, qint64 afterId, int limit) = 0;
    /// Up to `limit` entries with an id above `afterId` (0 and negative: from the first), oldest
    /// first: what a watcher of the log has not seen yet. Empty on failure.
    virtual QList<RequestRecord> since(qint64 afterId, int limit) = 0;
    /// How many entries match `filter`; -1 on failure.
    virtual qint64 count(const RequestFilter &filter) = 0;
    /// In one read transaction (which never holds up the writer): the newest `limit` entries
    /// matching `filter`, the number of entries and of matching ones, and the newest id.
    virtual RequestLogSnapshot snapshot(const RequestFilter &filter, int limit) = 0;
    /// Calls `visit` with every entry matching `filter`, oldest first, a page at a time (for
    /// exports of any size; no statement stays open between pages). Returns false when `visit`
    /// stopped it by returning false, or on failure.
    virtual bool forEach(const RequestFilter &filter, const std::function<bool(const RequestRecord &)> &visit) = 0;
    /// Retention: deletes, oldest first and at most `maxDelete` in one call, the entries older than
    /// `olderThan` (invalid: no age limit) and those beyond the newest `keepRows` (0: no row limit),
    /// with the provisioning cycles and traffic minutes that ended before `olderThan`. Returns the
    /// number of entries deleted (call again while it equals `maxDelete`), -1 on failure.
    virtual qint64 prune(const QDateTime &olderThan, qint64 keepRows, int maxDelete) = 0;

    /// Inserts `cycle` (id 0; its new id is set) or updates the stored one. False on failure.
    virtual bool saveCycle(ProvisioningCycle &cycle) = 0;
    /// The newest `limit` provisioning cycles of every receiver, newest first.
    virtual QList<ProvisioningCycle> cycles(int limit) = 0;
    /// The newest cycle written through this connection's receiver (StoreConfig::receiverName),
    /// for a restarted receiver to continue; on a shared database the other receivers' cycles
    /// stay theirs. std::nullopt when there is none or on failure.
    virtual std::optional<ProvisioningCycle> lastOwnCycle() = 0;
    /// Writes this receiver's counts of one minute (replacing what it stored for it; other
    /// receivers on a shared database keep rows of their own). False on failure.
    virtual bool saveTrafficMinute(const TrafficMinute &minute) = 0;
    /// The stored minutes from `since` on, oldest first, the counts of every receiver added up.
    virtual QList<TrafficMinute> traffic(const QDateTime &since) = 0;
    /// What this receiver stored for the minute starting at `minute`, for a restarted receiver
    /// to continue counting it. std::nullopt when nothing or on failure.
    virtual std::optional<TrafficMinute> ownMinute(const QDateTime &minute) = 0;
};

} // namespace scimmon
