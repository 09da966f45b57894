#pragma once

#include "ui/resources/resourcepage.h"

namespace scimmon {

class Receiver;

class GroupMembersModel;
class GroupTableModel;

/// The "Groups" tab: the groups table (see ResourcePage) with, beside it, the members of the
/// selected group by name, and below them the group's attributes and SCIM JSON.
class GroupsPage : public ResourcePage
{
    Q_OBJECT
public:
    /// Shows `groups` and, for the selected group, `members`; both must outlive the page. Reads
    /// details through `reader`.
    GroupsPage(GroupTableModel *groups, GroupMembersModel *members, ReadExecutor &reader, Receiver &receiver,
               QWidget *parent = nullptr);

    /// Restores the splitters and column layout saved by saveState().
    void restoreState(const AppSettings &settings) override;
    /// Saves them under "groups/…" view states.
    void saveState(AppSettings &settings) const override;

    /// The members table and its title (for tests and the window).
    QTableView *membersView() const { return m_membersView; }
    QLabel *membersTitle() const { return m_membersTitle; }

protected:
    void currentChanged(const QString &id) override;
    void currentRefreshed(const QString &id) override;

private:
    void updateMembersTitle();

    GroupMembersModel *m_members;
    QTableView *m_membersView;
    QLabel *m_membersTitle;
    QSplitter *m_sideSplitter;
};

} // namespace scimmon
