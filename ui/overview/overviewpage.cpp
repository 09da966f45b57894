#include "ui/overview/overviewpage.h"

#include "simulator/quarantinerules.h"
#include "ui/common/labels.h"

#include "model/latencyhistogram.h"
#include "ui/common/readtask.h"
#include "ui/common/statusstyle.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QGridLayout>
#include <QHash>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace scimmon {

namespace {

QString count(qint64 n)
{
    return n < 0 ? u"\u2014"_s : QLocale().toString(n);
}

QString ms(double value)
{
    return value < 10 ? QString::number(value, 'f', 1) : QString::number(qRound64(value));
}

/// "14:02:31 (12 s ago) · PATCH /scim/v2/Users/… → 200 · Deactivate user · Entra"
QString describe(const RequestRecord &r, const QDateTime &now)
{
    const qint64 ago = std::max<qint64>(0, r.time.secsTo(now));
    QString when = r.time.toLocalTime().toString(ago < 86400 ? u"hh:mm:ss"_s : u"yyyy-MM-dd hh:mm"_s);
    if (ago < 60)
        when += u' ' + OverviewPage::tr("(%1 s ago)").arg(ago);
    else if (ago < 3600)
        when += u' ' + OverviewPage::tr("(%1 min ago)").arg(ago / 60);
    QString text = when + u" \u00b7 "_s + r.method + u' ' + r.path + u" \u2192 "_s + QString::number(r.status) + u' '
        + StatusStyle::reasonPhrase(r.status) + u" \u00b7 "_s + Labels::operation(r.operation)
        + u" \u00b7 "_s
        //: %1 is the identity provider (Entra, Okta, Other), %2 the client's address
        + OverviewPage::tr("%1 from %2").arg(Labels::idp(r.idp), r.client);
    return text.toHtmlEscaped();
}

} // namespace

OverviewPage::OverviewPage(ReadExecutor &reader, QWidget *parent)
    : QWidget(parent)
    , m_reader(reader)
    , m_tiles(new QWidget(this))
{
    auto *grid = new QGridLayout(m_tiles);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(24);
    m_users = addTile(u"usersCount"_s, tr("Users"), 0);
    m_activeUsers = addTile(u"activeUsersCount"_s, tr("Active users"), 1);
    m_groups = addTile(u"groupsCount"_s, tr("Groups"), 2);
    m_memberships = addTile(u"membershipsCount"_s, tr("Memberships"), 3);
    m_tokens = addTile(u"tokensCount"_s, tr("Usable Secret Tokens"), 4);
    m_latency = addTile(u"latency"_s, tr("Latency p50 / p95, last hour (ms)"), 5);

    m_requests = new QLineSeries(this);
    m_requests->setName(tr("Requests per minute"));
    m_failures = new QLineSeries(this);
    m_failures->setName(tr("Failures per minute"));
    m_chart = new QChart;
    m_chart->setTitle(tr("Requests and failures per minute, last hour"));
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->addSeries(m_requests);
    m_chart->addSeries(m_failures);
    m_timeAxis = new QDateTimeAxis(this);
    m_timeAxis->setFormat(u"hh:mm"_s);
    m_timeAxis->setTickCount(7);
    m_countAxis = new QValueAxis(this);
    m_countAxis->setLabelFormat(u"%d"_s);
    // Five steps of a round top (10, 20, 50, 100, …) are whole numbers: 0, 2, 4, … rather than 2.5 shown as 2.
    m_countAxis->setTickCount(6);
    m_countAxis->setMin(0);
    m_chart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_chart->addAxis(m_countAxis, Qt::AlignLeft);
    for (QLineSeries *series : {m_requests, m_failures}) {
        series->attachAxis(m_timeAxis);
        series->attachAxis(m_countAxis);
    }
    const bool light = palette().color(QPalette::Base).lightness() >= 128;
    m_chart->setTheme(light ? QChart::ChartThemeLight : QChart::ChartThemeDark);
    QPen requestPen(light ? QColor(0x09, 0x69, 0xda) : QColor(0x58, 0xa6, 0xff));
    requestPen.setWidthF(2);
    m_requests->setPen(requestPen);
    QPen failurePen(StatusStyle::errorColor(palette()));
    failurePen.setWidthF(2);
    m_failures->setPen(failurePen);
    m_chartView = new QChartView(m_chart, this);
    m_chartView->setObjectName(u"trafficChart"_s);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(220);

    m_hourTotals = new QLabel(this);
    m_hourTotals->setObjectName(u"hourTotals"_s);
    m_lastRequest = new QLabel(this);
    m_lastRequest->setObjectName(u"lastRequest"_s);
    m_lastTest = new QLabel(this);
    m_lastTest->setObjectName(u"lastTestConnection"_s);
    m_quarantine = new QLabel(this);
    m_quarantine->setObjectName(u"quarantineRisk"_s);
    m_faults = new QLabel(this);
    m_faults->setObjectName(u"faultAnswers"_s);
    for (QLabel *label : {m_hourTotals, m_lastRequest, m_lastTest, m_quarantine, m_faults}) {
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setWordWrap(true);
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(m_tiles);
    layout->addWidget(m_chartView, 1);
    layout->addWidget(m_hourTotals);
    layout->addWidget(m_lastRequest);
    layout->addWidget(m_lastTest);
    layout->addWidget(m_quarantine);
    layout->addWidget(m_faults);

    m_timer.setInterval(kRefreshMs);
    connect(&m_timer, &QTimer::timeout, this, &OverviewPage::refresh);
    showData(OverviewData{});
}

QLabel *OverviewPage::addTile(const QString &name, const QString &caption, int column)
{
    auto *grid = static_cast<QGridLayout *>(m_tiles->layout());
    auto *value = new QLabel(u"\u2014"_s, m_tiles);
    value->setObjectName(name);
    QFont big = value->font();
    big.setPointSizeF(big.pointSizeF() * 1.9);
    big.setBold(true);
    value->setFont(big);
    auto *label = new QLabel(caption, m_tiles);
    label->setEnabled(false);
    grid->addWidget(value, 0, column);
    grid->addWidget(label, 1, column);
    grid->setColumnStretch(column, 1);
    return value;
}

OverviewData OverviewPage::query(Store &store, const QDateTime &now)
{
    OverviewData d;
    d.readAt = now;
    d.counts = store.browse().overviewCounts(now);
    d.minutes = store.requestLog().traffic(now.addSecs(-60 * (kMinutes - 1)));
    const auto last = store.requestLog().page({}, 0, 0, 1);
    if (!last.isEmpty())
        d.lastRequest = last.first();
    RequestFilter tests;
    tests.operations = {Operation::TestConnection};
    const auto test = store.requestLog().page(tests, 0, 0, 1);
    if (!test.isEmpty())
        d.lastTestConnection = test.first();
    const auto cycles = store.requestLog().cycles(1);
    if (!cycles.isEmpty())
        d.lastCycle = cycles.first();
    return d;
}

void OverviewPage::refresh()
{
    if (m_loading)
        return;
    m_loading = true;
    ReadTask::run<OverviewData>(
        m_reader, this, [](Store &store) { return query(store, QDateTime::currentDateTimeUtc()); },
        [this](const OverviewData &d) {
            m_loading = false;
            showData(d);
            Q_EMIT dataLoaded();
        });
}

void OverviewPage::showData(const OverviewData &d)
{
    m_data = d;
    const QDateTime now = d.readAt.isValid() ? d.readAt : QDateTime::currentDateTimeUtc();
    m_users->setText(count(d.counts.users));
    m_activeUsers->setText(count(d.counts.activeUsers));
    m_groups->setText(count(d.counts.groups));
    m_memberships->setText(count(d.counts.memberships));
    m_tokens->setText(count(d.counts.tokens));

    // One point per minute of the last hour, zero where nothing came.
    const QDateTime last = TrafficMinute::minuteOf(now);
    const QDateTime first = last.addSecs(-60 * (kMinutes - 1));
    QHash<qint64, const TrafficMinute *> byMinute;
    LatencyHistogram hour;
    qint64 requests = 0;
    qint64 failures = 0;
    for (const TrafficMinute &m : d.minutes) {
        if (m.minute < first || m.minute > last)
            continue;
        byMinute.insert(m.minute.toMSecsSinceEpoch(), &m);
        hour.merge(m.latency);
        requests += m.requests;
        failures += m.failures;
    }
    QList<QPointF> requestPoints;
    QList<QPointF> failurePoints;
    qint64 peak = 0;
    for (QDateTime t = first; t <= last; t = t.addSecs(60)) {
        const TrafficMinute *m = byMinute.value(t.toMSecsSinceEpoch());
        const qreal x = qreal(t.toMSecsSinceEpoch());
        requestPoints.append({x, m ? qreal(m->requests) : 0.0});
        failurePoints.append({x, m ? qreal(m->failures) : 0.0});
        peak = std::max(peak, m ? m->requests : 0);
    }
    m_requests->replace(requestPoints);
    m_failures->replace(failurePoints);
    m_timeAxis->setRange(first.toLocalTime(), last.toLocalTime());
    // A round top: 10, 20, 50, 100, 200, 500, …
    qint64 top = 10;
    while (top < peak * 11 / 10)
        top = QString::number(top).startsWith(u'2') ? top * 5 / 2 : top * 2;
    m_countAxis->setRange(0, double(top));

    m_latency->setText(hour.count() == 0 ? u"\u2014"_s
                                         : ms(hour.percentile(0.5)) + u" / "_s + ms(hour.percentile(0.95)));
    m_hourTotals->setText(tr("Last hour: %1, %2")
                              .arg(tr("%Ln request(s)", nullptr, Labels::count(requests)),
                                   tr("%Ln failure(s)", nullptr, Labels::count(failures))));
    m_lastRequest->setText(u"<b>%1</b> "_s.arg(tr("Last request:"))
                           + (d.lastRequest ? describe(*d.lastRequest, now) : tr("none yet")));
    m_quarantine->setText(u"<b>%1</b> "_s.arg(tr("Quarantine risk:")) + quarantineText(d.lastCycle).toHtmlEscaped());
    m_faults->setVisible(d.counts.faults > 0);
    m_faults->setText(u"<b>%1</b> "_s.arg(tr("Injected faults:"))
                      + tr("%Ln answer(s) in the log were made by fault rules, not by the service.", nullptr,
                           Labels::count(std::max<qint64>(0, d.counts.faults))));
    m_lastTest->setText(u"<b>%1</b> "_s.arg(tr("Last Test Connection:"))
                        + (d.lastTestConnection ? describe(*d.lastTestConnection, now)
                                                : tr("none seen yet — press Test Connection in the identity "
                                                     "provider's provisioning settings")));
}

QString OverviewPage::quarantineText(const std::optional<ProvisioningCycle> &cycle)
{
    if (!cycle)
        return tr("No provisioning cycle yet.");
    QuarantineCounters counters;
    counters.events = cycle->requests;
    counters.failures = cycle->failures;
    const qint64 more = QuarantineRules::failuresUntilQuarantine(counters);
    const QString failed = tr("%1 of %Ln request(s) failed", nullptr, Labels::count(cycle->requests))
                               .arg(QLocale().toString(cycle->failures));
    if (more < 0)
        return tr("Latest cycle: no failures; Entra would not quarantine the job.");
    if (more == 0)
        return tr("Latest cycle: %1. Entra would quarantine the provisioning job now.").arg(failed);
    return tr("Latest cycle: %1. At this rate Entra would quarantine the job after about %Ln more failure(s).", nullptr,
              Labels::count(more))
        .arg(failed);
}

void OverviewPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
    m_timer.start();
}

void OverviewPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_timer.stop();
}

} // namespace scimmon
