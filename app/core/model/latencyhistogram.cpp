#include "model/latencyhistogram.h"

#include <QStringList>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace scimmon {

namespace {

constexpr double kBaseMs = 0.01; ///< upper bound of bucket 0
constexpr double kPerDoubling = 8.0;
constexpr int kMaxBucket = 240; ///< 0.01 ms × 2^30: far beyond any timeout

} // namespace

int LatencyHistogram::bucketOf(double ms)
{
    if (!(ms > kBaseMs))
        return 0;
    const int b = int(std::ceil(std::log2(ms / kBaseMs) * kPerDoubling));
    return std::clamp(b, 0, kMaxBucket);
}

double LatencyHistogram::lowerBound(int bucket)
{
    return bucket <= 0 ? 0.0 : kBaseMs * std::exp2((bucket - 1) / kPerDoubling);
}

void LatencyHistogram::add(double ms)
{
    ++m_buckets[bucketOf(ms)];
    ++m_count;
}

void LatencyHistogram::merge(const LatencyHistogram &other)
{
    for (auto it = other.m_buckets.cbegin(); it != other.m_buckets.cend(); ++it)
        m_buckets[it.key()] += it.value();
    m_count += other.m_count;
}

double LatencyHistogram::percentile(double p) const
{
    if (m_count == 0)
        return 0;
    const double rank = std::clamp(p, 0.0, 1.0) * double(m_count);
    qint64 seen = 0;
    for (auto it = m_buckets.cbegin(); it != m_buckets.cend(); ++it) {
        if (double(seen + it.value()) >= rank) {
            const double lower = lowerBound(it.key());
            const double upper = kBaseMs * std::exp2(it.key() / kPerDoubling);
            const double frac = it.value() > 0 ? (rank - double(seen)) / double(it.value()) : 1.0;
            return lower + (upper - lower) * std::clamp(frac, 0.0, 1.0);
        }
        seen += it.value();
    }
    return kBaseMs * std::exp2(m_buckets.lastKey() / kPerDoubling);
}

QString LatencyHistogram::toText() const
{
    QStringList parts;
    parts.reserve(m_buckets.size());
    for (auto it = m_buckets.cbegin(); it != m_buckets.cend(); ++it)
        parts.append(QString::number(it.key()) + u':' + QString::number(it.value()));
    return parts.join(u',');
}

LatencyHistogram LatencyHistogram::fromText(const QString &text)
{
    LatencyHistogram h;
    for (const QString &pair : text.split(u',', Qt::SkipEmptyParts)) {
        bool okBucket = false;
        bool okCount = false;
        const int bucket = pair.section(u':', 0, 0).toInt(&okBucket);
        const qint64 count = pair.section(u':', 1, 1).toLongLong(&okCount);
        if (!okBucket || !okCount || bucket < 0 || bucket > kMaxBucket || count <= 0)
            continue;
        h.m_buckets[bucket] += count;
        h.m_count += count;
    }
    return h;
}

} // namespace scimmon
