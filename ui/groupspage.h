#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;

namespace scimmon {

class AppSettings;
class GroupMembersModel;
class GroupTableModel;

/// The "Groups" tab: a search box and the sortable groups table, and beside it the members of
/// the selected group.
class GroupsPage : public QWidget
{
    Q_OBJECT
public:
    /// Shows `groups` and, for the selected group, `members`; both must outlive the page.
    GroupsPage(GroupTableModel *groups, GroupMembersModel *members, QWidget *parent = nullptr);

    /// Puts the keyboard focus in the search box and selects its text.
    void focusSearch();
    /// Restores the splitter and column layout saved by saveState().
    void restoreState(const AppSettings &settings);
    /// Saves the splitter and column layout under "groups/…" view states.
    void saveState(AppSettings &settings) const;

    /// The groups table, the members table and the groups search proxy (for tests and the window).
    QTableView *view() const { return m_view; }
    QTableView *membersView() const { return m_membersView; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }

private:
    /// After the groups reloaded: shows the current group's members again (they may have changed).
    void refreshMembers();
    void updateCount();
    void updateMembersTitle();

    GroupTableModel *m_groups;
    GroupMembersModel *m_members;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QTableView *m_membersView;
    QLineEdit *m_search;
    QLabel *m_count;
    QLabel *m_membersTitle;
    QSplitter *m_splitter;
};

} // namespace scimmon
