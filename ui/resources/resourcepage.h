#pragma once

#include <QWidget>

class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTableView;

namespace scimmon {

class AppSettings;
class EmptyViewHint;
class PagedResourceModel;
class ReadExecutor;
class Receiver;
class ResourceActions;
class ResourceDetailPane;

/// What the Users and Groups tabs share: a search box (searched in the database as the user
/// types), a "Mapping warnings only" filter, the count shown of the total, Export CSV… and
/// Delete… buttons, the table sorted by its header, and below it the detail pane of the current
/// row. Subclasses add the membership panes (setTop(), ResourceDetailPane::addPanel()). While the
/// table is empty, a hint in it says why: none provisioned yet, or none matching the search.
class ResourcePage : public QWidget
{
    Q_OBJECT
public:
    /// Shows `model`, which must outlive the page; reads details and acts through `reader`.
    /// Reads through `reader`; the administrator's deletions go to `receiver`'s writer.
    ResourcePage(PagedResourceModel *model, ReadExecutor &reader, Receiver &receiver, QWidget *parent = nullptr);

    /// Puts the keyboard focus in the search box and selects its text.
    void focusSearch();
    /// Restores the column layout, sort order and splitters saved by saveState().
    virtual void restoreState(const AppSettings &settings);
    /// Saves them under "users/…" or "groups/…" view states.
    virtual void saveState(AppSettings &settings) const;
    /// The Tenant URL for `meta.location` in the detail pane's JSON (empty: none).
    void setTenantUrl(const QString &url);
    /// Deletes the current row's resource locally, after a confirmation (the Delete… button).
    void deleteCurrent();
    /// Exports the rows matching the search and filter, in the table's order (Export CSV…).
    void exportCsv();

    /// The id of the resource in the current row; empty when there is none.
    QString currentId() const;

    /// The parts, for tests and the window.
    QTableView *view() const { return m_view; }
    PagedResourceModel *model() const { return m_model; }
    QLineEdit *searchField() const { return m_search; }
    QCheckBox *warningsOnlyBox() const { return m_warningsOnly; }
    QLabel *countLabel() const { return m_count; }
    QLabel *noteLabel() const { return m_note; }
    QPushButton *exportButton() const { return m_export; }
    QPushButton *deleteButton() const { return m_delete; }
    ResourceDetailPane *detailPane() const { return m_detail; }
    ResourceActions *actions() const { return m_actions; }
    /// The hint shown while the table is empty. Actions that bring the first users or groups add
    /// their buttons to it with EmptyViewHint::addAction().
    EmptyViewHint *emptyHint() const { return m_emptyHint; }

Q_SIGNALS:
    /// Resources were deleted from this page: every table should reload.
    void resourcesChanged();

protected:
    /// Lays out `top` (the table, alone or with a side pane) above the detail pane. Subclasses
    /// call it once from their constructor.
    void setTop(QWidget *top);
    /// Called when the current row shows another resource (`id`, empty for none), after the
    /// detail pane was told: subclasses show its memberships.
    virtual void currentChanged(const QString &id);
    /// Called after the table was read again with the same resource current (`id`): subclasses
    /// read its memberships again.
    virtual void currentRefreshed(const QString &id);
    /// "user" or "group".
    QString noun() const;
    /// "1 user", "3 users" (or groups), in the window's language.
    QString countText(qint64 n) const;
    /// Saved view states of subclasses go under this prefix ("users" or "groups").
    QString settingsPrefix() const;

private:
    void updateCount();
    void followCurrent();
    void afterReload();

    PagedResourceModel *m_model;
    ResourceActions *m_actions;
    QLineEdit *m_search;
    QCheckBox *m_warningsOnly;
    QLabel *m_count;
    QLabel *m_note;
    QPushButton *m_export;
    QPushButton *m_delete;
    QTableView *m_view;
    EmptyViewHint *m_emptyHint;
    ResourceDetailPane *m_detail;
    QSplitter *m_splitter;
};

} // namespace scimmon
