#pragma once

#include "ui/resources/resourcepage.h"

namespace scimmon {

class Receiver;

class GroupMembersModel;
class UserTableModel;

/// The "Users" tab: the users table (see ResourcePage) and, beside the selected user's attributes
/// and SCIM JSON, the groups the user is a direct member of.
class UsersPage : public ResourcePage
{
    Q_OBJECT
public:
    /// Shows `model`, which must outlive the page; reads details and memberships through `reader`.
    UsersPage(UserTableModel *model, ReadExecutor &reader, Receiver &receiver, QWidget *parent = nullptr);

    /// The groups of the selected user: model, table and title (for tests).
    GroupMembersModel *groupsModel() const { return m_groups; }
    QTableView *groupsView() const { return m_groupsView; }
    QLabel *groupsTitle() const { return m_groupsTitle; }

protected:
    void currentChanged(const QString &id) override;
    void currentRefreshed(const QString &id) override;

private:
    void updateGroupsTitle();

    GroupMembersModel *m_groups;
    QTableView *m_groupsView;
    QLabel *m_groupsTitle;
};

} // namespace scimmon
