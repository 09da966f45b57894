#pragma once

#include <QMap>
#include <QString>

namespace scimmon {

/// Request durations counted in logarithmic buckets (eight per doubling, from 0.01 ms up), so
/// that p50/p95 over any number of requests come from a few dozen numbers, within about 9%.
/// Stored as text ("bucket:count,…") in the per-minute traffic rows.
class LatencyHistogram
{
public:
    /// Counts one duration, in milliseconds (negative counts as 0).
    void add(double ms);
    /// Adds every count of `other`.
    void merge(const LatencyHistogram &other);
    /// Durations counted.
    qint64 count() const { return m_count; }
    /// The `p`-quantile (0 < p ≤ 1) of the durations counted, in milliseconds, interpolated within
    /// its bucket; 0 when empty.
    double percentile(double p) const;

    /// "bucket:count" pairs joined by commas.
    QString toText() const;
    /// Reads toText(); malformed pairs are skipped.
    static LatencyHistogram fromText(const QString &text);

private:
    static int bucketOf(double ms);
    static double lowerBound(int bucket);

    QMap<int, qint64> m_buckets;
    qint64 m_count = 0;
};

} // namespace scimmon
