#pragma once

#include "ui/resources/resourcetablemodel.h"

#include "model/resource.h"

#include <QList>
#include <QString>

namespace scimmon {

/// One side of direct group memberships, loaded in the background (see ResourceTableModel): the
/// members of one group (users and nested groups, through Store::members, in the order they were
/// added), or the groups one user or group is a member of (through Store::groupsOf, in the order
/// the groups were created).
class GroupMembersModel : public ResourceTableModel
{
    Q_OBJECT
public:
    enum Column { Display, Type, Id, ColumnCount };

    /// `reader` must outlive the model. The model starts empty, showing no group.
    explicit GroupMembersModel(ReadExecutor &reader, QObject *parent = nullptr);

    /// Shows the members of group `groupId`: empties the model and loads them (loadFinished()
    /// follows). An empty id shows no group and loads nothing.
    void setGroupId(const QString &groupId);
    /// The group shown; empty for none.
    QString groupId() const { return m_groupId; }
    /// Shows the groups `memberId` is a direct member of (rows of type "Group"): empties the model
    /// and loads them (loadFinished() follows). An empty id shows nothing and loads nothing.
    void setMemberId(const QString &memberId);
    /// The member whose groups are shown; empty for none.
    QString memberId() const { return m_memberId; }

    /// One row per member; 0 for a child index.
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    /// Display name (the member's displayName or userName), "User"/"Group", and the id; IdRole.
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    QStringList headers() const override;
    void startLoad() override;

private:
    QString m_groupId;
    QString m_memberId;
    QList<MemberRef> m_members;
};

} // namespace scimmon
