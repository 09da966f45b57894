#include "ui/resources/grouptablemodel.h"

using namespace Qt::StringLiterals;

namespace scimmon {

GroupTableModel::GroupTableModel(ReadExecutor &reader, QObject *parent)
    : PagedResourceModel(ResourceKind::Group, reader, parent)
{
}

BrowseSort GroupTableModel::sortKeyOf(int column)
{
    switch (column) {
    case ExternalId:
        return BrowseSort::ExternalId;
    case Members:
        return BrowseSort::Count;
    case LastModified:
        return BrowseSort::LastModified;
    case Mapping:
        return BrowseSort::Warnings;
    default:
        return BrowseSort::Name;
    }
}

QVariant GroupTableModel::cellData(const BrowseRow &g, int column, int role) const
{
    if (column == Mapping)
        return mappingData(g, role);
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case DisplayName:
        return g.name;
    case ExternalId:
        return g.externalId;
    case Members:
        return QString::number(g.count);
    case LastModified:
        return timeText(g.lastModified);
    default:
        return {};
    }
}

QStringList GroupTableModel::headers() const
{
    return {u"displayName"_s, u"externalId"_s, tr("Members"), tr("Last modified"), tr("Mapping")};
}

bool GroupTableModel::isNumberColumn(int column) const
{
    return column == Members;
}

} // namespace scimmon
