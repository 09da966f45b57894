#include "ui/resources/resourcetablemodel.h"

namespace scimmon {

ResourceTableModel::ResourceTableModel(ReadExecutor &reader, QObject *parent)
    : QAbstractTableModel(parent)
    , m_reader(reader)
{
}

void ResourceTableModel::reload()
{
    if (m_loading) {
        m_reloadAgain = true;
        return;
    }
    m_loading = true;
    startLoad();
}

int ResourceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(headers().size());
}

void ResourceTableModel::finishLoad()
{
    m_loading = false;
    if (m_reloadAgain) {
        m_reloadAgain = false;
        reload();
        return;
    }
    Q_EMIT loadFinished();
}

QVariant ResourceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole)
        return headers().value(section);
    if (role == Qt::TextAlignmentRole)
        return alignment(section);
    return {};
}

bool ResourceTableModel::isNumberColumn(int) const
{
    return false;
}

QVariant ResourceTableModel::alignment(int column) const
{
    if (isNumberColumn(column))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

} // namespace scimmon
