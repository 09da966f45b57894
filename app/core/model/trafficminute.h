#pragma once

#include "model/latencyhistogram.h"

#include <QDateTime>

namespace scimmon {

/// The requests of one minute of the request log, for the Overview chart and latency figures:
/// kept as one row per minute by the receiver, so that the last hour reads 60 rows.
struct TrafficMinute
{
    QDateTime minute; ///< the minute's start, UTC, seconds and milliseconds zero
    qint64 requests = 0;
    qint64 failures = 0; ///< answered 4xx or 5xx
    LatencyHistogram latency; ///< request durations, milliseconds

    /// The start of the minute `time` falls in, UTC.
    static QDateTime minuteOf(const QDateTime &time)
    {
        const qint64 ms = time.toMSecsSinceEpoch();
        return QDateTime::fromMSecsSinceEpoch(ms - ms % 60000, Qt::UTC);
    }
};

} // namespace scimmon
