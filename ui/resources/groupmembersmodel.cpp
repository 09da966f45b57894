#include "ui/resources/groupmembersmodel.h"

#include "ui/common/readtask.h"

using namespace Qt::StringLiterals;

namespace scimmon {

GroupMembersModel::GroupMembersModel(ReadExecutor &reader, QObject *parent)
    : ResourceTableModel(reader, parent)
{
}

void GroupMembersModel::setGroupId(const QString &groupId)
{
    if (groupId == m_groupId && m_memberId.isEmpty())
        return;
    beginResetModel();
    m_groupId = groupId;
    m_memberId.clear();
    m_members.clear();
    endResetModel();
    reload();
}

void GroupMembersModel::setMemberId(const QString &memberId)
{
    if (memberId == m_memberId && m_groupId.isEmpty())
        return;
    beginResetModel();
    m_memberId = memberId;
    m_groupId.clear();
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
    return {tr("Display name"), tr("Type"), u"id"_s};
}

void GroupMembersModel::startLoad()
{
    const QString groupId = m_groupId;
    const QString memberId = m_memberId;
    if (groupId.isEmpty() && memberId.isEmpty()) {
        finishLoad();
        return;
    }
    ReadTask::run<QList<MemberRef>>(
        reader(), this,
        [groupId, memberId](Store &store) {
            if (!groupId.isEmpty())
                return store.resources().members(groupId);
            QList<MemberRef> groups;
            for (const GroupRef &g : store.resources().groupsOf({memberId}).value(memberId))
                groups.append({g.value, u"Group"_s, g.display});
            return groups;
        },
        [this, groupId, memberId](const QList<MemberRef> &members) {
            // Else the group or member changed meanwhile and a reload is pending.
            if (groupId == m_groupId && memberId == m_memberId) {
                beginResetModel();
                m_members = members;
                endResetModel();
            }
            finishLoad();
        });
}

} // namespace scimmon
