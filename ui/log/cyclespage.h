#pragma once

#include <QTimer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace scimmon {

class AppSettings;
class CycleTableModel;

/// The "Cycles" tab: the provisioning cycles, newest first, and for the selected one a summary
/// in the manner of Entra's ("500 created, 20 updated, …, 3 min 12 s") with a button that shows
/// its requests in the log. While shown it refreshes every kRefreshMs after new requests came.
class CyclesPage : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kRefreshMs = 2000; ///< least time between two reloads, milliseconds

    /// Shows `model`, which must outlive the page.
    explicit CyclesPage(CycleTableModel *model, QWidget *parent = nullptr);

    /// New requests arrived: the cycles change; reloads soon if the page is shown, else when it is.
    void noteActivity();
    /// Restores / saves the column layout ("cycles/header").
    void restoreState(const AppSettings &settings);
    void saveState(AppSettings &settings) const;
    /// Shows or hides the Receiver column (which receiver of a shared store ran a cycle).
    void setReceiverColumnShown(bool shown);

    QTableView *view() const { return m_view; }
    QLabel *summaryLabel() const { return m_summary; }

Q_SIGNALS:
    /// The user asked to see the requests of cycle `cycleId` in the log.
    void showRequests(qint64 cycleId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updateSummary();

    CycleTableModel *m_model;
    QTableView *m_view;
    QLabel *m_summary;
    QPushButton *m_showRequests;
    QTimer m_refresh;
    bool m_dirty = true;
};

} // namespace scimmon
