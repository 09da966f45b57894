#pragma once

#include "model/overviewcounts.h"
#include "model/provisioningcycle.h"
#include "model/requestrecord.h"
#include "model/trafficminute.h"

#include <QTimer>
#include <QWidget>

#include <optional>

class QChart;
class QChartView;
class QDateTimeAxis;
class QLabel;
class QLineSeries;
class QValueAxis;

namespace scimmon {

class ReadExecutor;
class Store;

/// Everything the Overview tab shows, read in the background in one go.
struct OverviewData
{
    OverviewCounts counts;
    QList<TrafficMinute> minutes; ///< the last hour's minutes that had requests, oldest first
    std::optional<RequestRecord> lastRequest;
    std::optional<RequestRecord> lastTestConnection;
    std::optional<ProvisioningCycle> lastCycle; ///< the newest provisioning cycle
    QDateTime readAt; ///< UTC
};

/// The first tab: counts of users (and active ones), groups, memberships and usable tokens;
/// requests and failures per minute over the last hour as a chart (QtCharts); latency p50/p95 of
/// that hour; the last request and the last Test Connection seen; the newest cycle's failures
/// against Entra's quarantine thresholds, in words ("at this rate Entra would quarantine the job
/// after about N more failures"); and how many answers fault rules made. While shown it refreshes every
/// kRefreshMs through the ReadExecutor.
class OverviewPage : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kRefreshMs = 2000; ///< refresh period while shown, milliseconds
    static constexpr int kMinutes = 60; ///< the chart's span, minutes

    /// `reader` must outlive the page.
    explicit OverviewPage(ReadExecutor &reader, QWidget *parent = nullptr);

    /// Reads the figures again now (in the background); dataLoaded() follows.
    void refresh();
    /// Shows `data` (what refresh() does with its read; public for tests).
    void showData(const OverviewData &data);
    /// The last data shown.
    const OverviewData &data() const { return m_data; }

    /// The quarantine risk of `cycle` in words (QuarantineRules over its requests and failures).
    static QString quarantineText(const std::optional<ProvisioningCycle> &cycle);

    /// Reads what the Overview shows from `store` at `now`.
    static OverviewData query(Store &store, const QDateTime &now);

    QChartView *chartView() const { return m_chartView; }
    QLineSeries *requestSeries() const { return m_requests; }
    QLineSeries *failureSeries() const { return m_failures; }

Q_SIGNALS:
    /// A refresh() finished and its data is shown.
    void dataLoaded();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QLabel *addTile(const QString &name, const QString &caption, int column);

    ReadExecutor &m_reader;
    QTimer m_timer;
    bool m_loading = false;
    OverviewData m_data;
    QLabel *m_users;
    QLabel *m_activeUsers;
    QLabel *m_groups;
    QLabel *m_memberships;
    QLabel *m_tokens;
    QLabel *m_latency;
    QLabel *m_lastRequest;
    QLabel *m_lastTest;
    QLabel *m_hourTotals;
    QLabel *m_quarantine;
    QLabel *m_faults;
    QChart *m_chart;
    QChartView *m_chartView;
    QLineSeries *m_requests;
    QLineSeries *m_failures;
    QDateTimeAxis *m_timeAxis;
    QValueAxis *m_countAxis;
    QWidget *m_tiles;
};

} // namespace scimmon
