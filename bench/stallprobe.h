#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>

namespace scimmon {

/// Measures how long the event loop of the thread it lives on goes without running: a precise
/// timer fires every `intervalMs` milliseconds and each firing records the time since the one
/// before. A gap well above the interval is a stall: something kept the loop busy (a slow slot,
/// a model update, a layout) and the window did not repaint or take input meanwhile.
class StallProbe : public QObject
{
    Q_OBJECT
public:
    /// A stopped probe ticking every `intervalMs` milliseconds once started.
    explicit StallProbe(int intervalMs = 5, QObject *parent = nullptr);

    /// Forgets what was measured and starts measuring.
    void start();
    /// Stops measuring.
    void stop();

    int intervalMs() const { return m_interval; }
    /// Gaps recorded, one per tick.
    qsizetype samples() const { return m_gapsUs.size(); }
    /// The longest gap between two ticks, in milliseconds (0 before two ticks).
    double maxGapMs() const;
    /// The `p`-quantile (0..1) of the gaps, in milliseconds, by nearest rank.
    double percentileMs(double p) const;
    /// How many gaps were longer than `ms` milliseconds.
    qsizetype gapsOver(double ms) const;
    /// The most CPU time the probed thread used within one gap, in milliseconds: the longest the
    /// loop was busy with work of its own. A long gap with little CPU in it was the thread waiting
    /// for a core (the machine was saturated), not the loop being slow.
    double maxBusyMs() const;
    /// The CPU time the thread used within the longest gap, in milliseconds.
    double busyInLongestGapMs() const;

private:
    void tick();

    int m_interval;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastUs = -1;
    qint64 m_lastCpuUs = -1;
    QList<qint64> m_gapsUs;
    QList<qint64> m_cpuUs; ///< thread CPU time within each gap
};

} // namespace scimmon
