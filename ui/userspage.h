#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace scimmon {

class AppSettings;
class UserTableModel;

/// The "Users" tab: a search box and the count of users above the sortable users table.
class UsersPage : public QWidget
{
    Q_OBJECT
public:
    /// Shows `model`, which must outlive the page.
    explicit UsersPage(UserTableModel *model, QWidget *parent = nullptr);

    /// Puts the keyboard focus in the search box and selects its text.
    void focusSearch();
    /// Restores the column layout and sort order saved by saveState().
    void restoreState(const AppSettings &settings);
    /// Saves the column layout and sort order under the "users/header" view state.
    void saveState(AppSettings &settings) const;

    /// The users table and its search proxy (for tests and the window).
    QTableView *view() const { return m_view; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }

private:
    void updateCount();

    UserTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLineEdit *m_search;
    QLabel *m_count;
};

} // namespace scimmon
