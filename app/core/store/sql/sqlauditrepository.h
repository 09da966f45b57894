#pragma once

#include "store/auditrepository.h"

namespace scimmon {

class SqlDatabase;

/// The AuditRepository on SQL (table audit_events): each event's changes as JSON and, for
/// exports that stream millions of rows, as the text the export writes (AuditLog::serialize).
class SqlAuditRepository final : public AuditRepository
{
public:
    explicit SqlAuditRepository(SqlDatabase &db);

    bool append(const QList<AuditEvent> &events) override;
    qint64 count(const AuditFilter &filter) override;
    QList<AuditEvent> events(const AuditFilter &filter, qint64 offset, qint64 limit) override;
    bool forEach(const AuditFilter &filter, const std::function<bool(const AuditEvent &)> &visit) override;
    bool forEachRow(const AuditFilter &filter, const std::function<bool(const AuditRow &)> &visit) override;

private:
    QString where(const AuditFilter &filter, QVariantList &values) const;

    SqlDatabase &m_db;
};

} // namespace scimmon
