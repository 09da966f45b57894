#pragma once

#include "ui/resources/pagedresourcemodel.h"

namespace scimmon {

/// The Groups table: the provisioned groups with their member counts, searched, filtered, sorted
/// and paged in the database (see PagedResourceModel). Groups lacking an attribute of Entra's
/// default group mapping (displayName, externalId, members) show it in the Mapping column.
class GroupTableModel : public PagedResourceModel
{
    Q_OBJECT
public:
    enum Column { DisplayName, ExternalId, Members, LastModified, Mapping, ColumnCount };

    /// `reader` must outlive the model. The model starts empty; call reload().
    explicit GroupTableModel(ReadExecutor &reader, QObject *parent = nullptr);

    /// The store's order for `column`.
    static BrowseSort sortKeyOf(int column);

protected:
    QStringList headers() const override;
    bool isNumberColumn(int column) const override;
    BrowseSort sortKey(int column) const override { return sortKeyOf(column); }
    /// Display texts; in Mapping the missing attributes (see PagedResourceModel::mappingData()).
    QVariant cellData(const BrowseRow &row, int column, int role) const override;
};

} // namespace scimmon
