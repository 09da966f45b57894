#include "grouptablemodel.h"

#include "core/scim/resourcemapper.h"
#include "readtask.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace scimmon {

GroupTableModel::GroupTableModel(ReadExecutor &reader, QObject *parent)
    : ResourceTableModel(reader, parent)
{
}

int GroupTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant GroupTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const GroupRow &g = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        switch (index.column()) {
        case DisplayName:
            return g.displayName;
        case ExternalId:
            return g.externalId;
        case Members:
            if (role == SortRole)
                return g.memberCount;
            return QString::number(g.memberCount);
        case LastModified:
            if (role == SortRole)
                return g.lastModified;
            return g.lastModifiedText;
        }
        break;
    case IdRole:
        return g.id;
    case Qt::TextAlignmentRole:
        return alignment(index.column());
    default:
        break;
    }
    return {};
}

QList<GroupRow> GroupTableModel::query(Store &store)
{
    const QList<Resource> groups = store.findResources(ResourceKind::Group, ResourceQuery{});
    QList<GroupRow> rows;
    rows.reserve(groups.size());
    for (const Resource &r : groups) {
        GroupRow row;
        row.id = r.id;
        row.displayName = ResourceMapper::displayName(r.data);
        row.externalId = ResourceMapper::externalId(r.data);
        row.memberCount = std::max<qint64>(store.memberCount(r.id), 0);
        row.lastModified = r.lastModified;
        row.lastModifiedText = r.lastModified.toLocalTime().toString(u"yyyy-MM-dd hh:mm:ss"_s);
        rows.append(row);
    }
    return rows;
}

QStringList GroupTableModel::headers() const
{
    static const QStringList titles{u"displayName"_s, u"externalId"_s, u"Members"_s, u"Last modified"_s};
    return titles;
}

bool GroupTableModel::isNumberColumn(int column) const
{
    return column == Members;
}

void GroupTableModel::startLoad()
{
    ReadTask::run<QList<GroupRow>>(reader(), this, &GroupTableModel::query, [this](const QList<GroupRow> &rows) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
        finishLoad();
    });
}

} // namespace scimmon
