#pragma once

#include "model/requestfilter.h"

#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QSplitter;
class QTableView;

namespace scimmon {

class AppSettings;
class EmptyViewHint;
class RequestDetailView;
class RequestLogFilterBar;
class RequestLogModel;

/// The "Provisioning log" tab: the filters and the count of shown/total requests, Pause, Follow
/// and Clear view above the log table, and the selected request's details below it. Scrolling to
/// the top pages older requests in from the database; when the view is away from the newest
/// requests (paused, or paged back), a bar says how many new ones came and offers to show them.
/// While the table is empty, a hint in it says why: no request yet (with the Tenant URL to paste
/// into the identity provider), none matching the filters, or a cleared view.
class RequestLogPage : public QWidget
{
    Q_OBJECT
public:
    /// Shows `model`, which must outlive the page.
    explicit RequestLogPage(RequestLogModel *model, QWidget *parent = nullptr);

    /// The checkable "Follow" action (checked by default): while checked and while the table is
    /// scrolled to the bottom, new rows scroll into view. Also placed in the View menu.
    QAction *followAction() const { return m_followAction; }
    /// The checkable "Pause" action: while checked the rows stay as they are and new requests
    /// are only counted; unchecking brings them in.
    QAction *pauseAction() const { return m_pauseAction; }

    /// Puts the keyboard focus in the search box and selects its text.
    void focusSearch();
    /// Shows only the requests of provisioning cycle `cycleId`.
    void showCycle(qint64 cycleId);
    /// Shows only the requests that touched resource `id` (named `name`).
    void showTouching(const QString &id, const QString &name);

    /// The Tenant URL the empty log's hint names (empty while the receiver does not listen).
    void setTenantUrl(const QString &url);
    /// Shows or hides the Receiver column (which receiver of a shared store answered); hidden by
    /// default, where one receiver answers everything.
    void setReceiverColumnShown(bool shown);
    /// The hint shown while the table is empty. Actions that bring the first requests (such as
    /// opening the Connect tab) add their buttons to it with EmptyViewHint::addAction().
    EmptyViewHint *emptyHint() const { return m_emptyHint; }

    /// Restores the splitter and column layout saved by saveState().
    void restoreState(const AppSettings &settings);
    /// Saves the splitter and column layout under "log/…" view states.
    void saveState(AppSettings &settings) const;

    /// The log table, the filter bar and the detail pane (for tests and the window).
    QTableView *view() const { return m_view; }
    RequestLogFilterBar *filterBar() const { return m_filters; }
    RequestDetailView *detailView() const { return m_detail; }

private:
    void showCurrent();
    void updateNewer();
    void updateCounts();
    void updateEmptyHint();
    bool isAtBottom() const;
    void maybeFetch();

    RequestLogModel *m_model;
    RequestLogFilterBar *m_filters;
    QTableView *m_view;
    RequestDetailView *m_detail;
    QSplitter *m_splitter;
    QAction *m_followAction;
    QAction *m_pauseAction;
    QLabel *m_newerLabel;
    QPushButton *m_newerButton;
    EmptyViewHint *m_emptyHint;
    QString m_tenantUrl;
    bool m_wasAtBottom = true;
    int m_topBeforeOlder = -1; ///< scroll position when older rows were asked for
};

} // namespace scimmon
