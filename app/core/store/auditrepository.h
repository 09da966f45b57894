#pragma once

#include "model/auditevent.h"

#include <QList>

#include <functional>

namespace scimmon {

/// The audit trail (docs/audit-csv.md): events are appended inside the transaction of the change
/// they describe and never changed afterwards.
class AuditRepository
{
public:
    virtual ~AuditRepository() = default;

    /// Appends events; call inside the transaction of the change they describe.
    virtual bool append(const QList<AuditEvent> &events) = 0;
    /// How many events match `filter`; -1 on failure.
    virtual qint64 count(const AuditFilter &filter) = 0;
    /// Events matching `filter`, newest first, paged.
    virtual QList<AuditEvent> events(const AuditFilter &filter, qint64 offset, qint64 limit) = 0;
    /// Calls `visit` with every matching event, oldest first, reading row by row. Stops early,
    /// returning false, when `visit` returns false; false on failure too.
    virtual bool forEach(const AuditFilter &filter, const std::function<bool(const AuditEvent &)> &visit) = 0;
    /// As forEach(), with each event as stored text (no parsing): for exports of any size.
    virtual bool forEachRow(const AuditFilter &filter, const std::function<bool(const AuditRow &)> &visit) = 0;
};

} // namespace scimmon
