#pragma once

#include "store/browserepository.h"

namespace scimmon {

class SqlDatabase;

/// The BrowseRepository on SQL: pages of the Users and Groups tables searched, filtered and sorted
/// on the derived, indexed columns that SqlResourceRepository keeps (migration 0005).
class SqlBrowseRepository final : public BrowseRepository
{
public:
    explicit SqlBrowseRepository(SqlDatabase &db);

    BrowsePage page(ResourceKind kind, const BrowseQuery &query) override;
    OverviewCounts overviewCounts(const QDateTime &now) override;

private:
    QString where(ResourceKind kind, const BrowseQuery &query, QVariantList &values) const;
    QString order(ResourceKind kind, const BrowseQuery &query) const;
    /// Counts the rows of `table` (aliased t) matching `where` into `page.matching`.
    bool readMatching(const QString &table, const QString &where, const QVariantList &values, BrowsePage &page);

    SqlDatabase &m_db;
};

} // namespace scimmon
