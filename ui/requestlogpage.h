#pragma once

#include <QWidget>

class QAction;
class QLineEdit;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;

namespace scimmon {

class AppSettings;
class RequestDetailView;
class RequestLogModel;

/// The "Provisioning log" tab: a search box, the Follow toggle and "Clear view" above the log
/// table, and the selected request's details below it.
class RequestLogPage : public QWidget
{
    Q_OBJECT
public:
    /// Shows `model`, which must outlive the page.
    explicit RequestLogPage(RequestLogModel *model, QWidget *parent = nullptr);

    /// The checkable "Follow" action (checked by default): while checked and while the table is
    /// scrolled to the bottom, new rows scroll into view. Also placed in the View menu.
    QAction *followAction() const { return m_followAction; }

    /// Puts the keyboard focus in the search box and selects its text.
    void focusSearch();

    /// Restores the splitter and column layout saved by saveState().
    void restoreState(const AppSettings &settings);
    /// Saves the splitter and column layout under "log/…" view states.
    void saveState(AppSettings &settings) const;

    /// The log table, its search proxy and the detail pane (for tests and the window).
    QTableView *view() const { return m_view; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    RequestDetailView *detailView() const { return m_detail; }

private:
    void showCurrent();
    bool isAtBottom() const;

    RequestLogModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    RequestDetailView *m_detail;
    QLineEdit *m_search;
    QSplitter *m_splitter;
    QAction *m_followAction;
    bool m_wasAtBottom = true;
};

} // namespace scimmon
