#pragma once

#include "store/requestlogrepository.h"

namespace scimmon {

class SqlDatabase;
class SqlCursor;

/// The RequestLogRepository on SQL (tables request_log, provisioning_cycles, request_minutes).
/// Operations, IdPs and cycle triggers are stored by their stable English keys, quirks as typed
/// JSON beside their English text (the notes column, which the text filter searches).
class SqlRequestLogRepository final : public RequestLogRepository
{
public:
    explicit SqlRequestLogRepository(SqlDatabase &db);

    qint64 append(const RequestRecord &record) override;
    QList<RequestRecord> recent(int limit) override;
    qint64 count() override;
    QList<RequestRecord> page(const RequestFilter &filter, qint64 beforeId, qint64 afterId, int limit) override;
    QList<RequestRecord> since(qint64 afterId, int limit) override { return after({}, afterId, limit); }
    qint64 count(const RequestFilter &filter) override;
    RequestLogSnapshot snapshot(const RequestFilter &filter, int limit) override;
    bool forEach(const RequestFilter &filter, const std::function<bool(const RequestRecord &)> &visit) override;
    qint64 prune(const QDateTime &olderThan, qint64 keepRows, int maxDelete) override;

    bool saveCycle(ProvisioningCycle &cycle) override;
    QList<ProvisioningCycle> cycles(int limit) override;
    std::optional<ProvisioningCycle> lastOwnCycle() override;
    bool saveTrafficMinute(const TrafficMinute &minute) override;
    QList<TrafficMinute> traffic(const QDateTime &since) override;
    std::optional<TrafficMinute> ownMinute(const QDateTime &minute) override;

private:
    /// The SQL conditions (to be ANDed) for `filter`, binding their values into `values` in order.
    QStringList where(const RequestFilter &filter, QVariantList &values) const;
    /// Up to `limit` entries matching `filter` with ids above `afterId`, oldest first.
    QList<RequestRecord> after(const RequestFilter &filter, qint64 afterId, int limit);
    static RequestRecord read(const SqlCursor &c);
    static ProvisioningCycle readCycle(const SqlCursor &c);

    SqlDatabase &m_db;
};

} // namespace scimmon
