#include "groupmembersmodel.h"

#include "readtask.h"

using namespace Qt::StringLiterals;

namespace scimmon {

GroupMembersModel::GroupMembersModel(ReadExecutor &reader, QObject *parent)
    : ResourceTableModel(reader, parent)
{
}

void GroupMembersModel::setGroupId(const QString &groupId)
{
    if (groupId == m_groupId)
        return;
    beginResetModel();
    m_groupId = groupId;
    m_members.clear();
    endResetModel();
    reload();
}

int GroupMembersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_members.size());
}

QVariant GroupMembersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MemberRef &m = m_members.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        switch (index.column()) {
        case Display:
            return m.display;
        case Type:
            return m.type;
        case Id:
            return m.value;
        }
        break;
    case IdRole:
        return m.value;
    default:
        break;
    }
    return {};
}

QStringList GroupMembersModel::headers() const
{
    static const QStringList titles{u"Display name"_s, u"Type"_s, u"id"_s};
    return titles;
}

void GroupMembersModel::startLoad()
{
    const QString groupId = m_groupId;
    if (groupId.isEmpty()) {
        finishLoad();
        return;
    }
    ReadTask::run<QList<MemberRef>>(
        reader(), this, [groupId](Store &store) { return store.members(groupId); },
        [this, groupId](const QList<MemberRef> &members) {
            if (groupId == m_groupId) { // else the group changed meanwhile and a reload is pending
                beginResetModel();
                m_members = members;
                endResetModel();
            }
            finishLoad();
        });
}

} // namespace scimmon
