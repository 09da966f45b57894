#pragma once

#include "ui/resources/pagedresourcemodel.h"

namespace scimmon {

/// The Users table: the provisioned users, searched, filtered, sorted and paged in the database
/// (see PagedResourceModel), so that it opens and follows the search box at once also with
/// 100,000 users. Deactivated users (active false) are greyed and carry a "deactivated" badge;
/// users lacking an attribute of Entra's default mapping show it in the Mapping column.
class UserTableModel : public PagedResourceModel
{
    Q_OBJECT
public:
    enum Column {
        UserName,
        DisplayName,
        GivenName,
        FamilyName,
        WorkEmail,
        ExternalId,
        Active,
        Groups,
        LastModified,
        Mapping,
        ColumnCount
    };

    /// `reader` must outlive the model. The model starts empty; call reload().
    explicit UserTableModel(ReadExecutor &reader, QObject *parent = nullptr);

    /// The store's order for `column`.
    static BrowseSort sortKeyOf(int column);

protected:
    QStringList headers() const override;
    bool isNumberColumn(int column) const override;
    BrowseSort sortKey(int column) const override { return sortKeyOf(column); }
    /// Display texts; greyed text (ForegroundRole) and a tool tip for deactivated users; the
    /// "deactivated" badge in Active; in Mapping the missing attributes with a warning badge, a
    /// warning colour and the explanation as tool tip.
    QVariant cellData(const BrowseRow &row, int column, int role) const override;
};

} // namespace scimmon
