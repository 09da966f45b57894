#pragma once

#include "model/overviewcounts.h"
#include "model/requestrecord.h"

#include <QByteArray>
#include <QMap>
#include <QString>

#include <array>

namespace scimmon {

/// The receiver's metrics in the Prometheus text exposition format (version 0.0.4), named after
/// Prometheus' conventions (a `scimmon_` prefix, `_total` counters, `_seconds` durations):
/// - `scimmon_http_requests_total{route,method,code}`: requests answered, by route (the endpoint
///   with ids replaced: `/Users/{id}`, `/oauth2/token`, `other`), method and status class
///   (`2xx` … `5xx`, `none` for a dropped connection);
/// - `scimmon_http_request_duration_seconds{route}`: a histogram of the time to answer;
/// - `scimmon_scim_operations_total{operation}`: requests by what they did, in the IdPs' words
///   (operationKey());
/// - `scimmon_auth_failures_total{reason}`: refused authentications by reason (`no_header`,
///   `malformed`, `unknown_token`, `revoked`, `expired`, and the token endpoint's RFC 6749 codes);
/// - `scimmon_resources{type}`: users, active users and groups stored (a gauge, read per scrape);
/// - `scimmon_build_info{version,backend}` 1.
/// Fed on one thread (the one that receives Receiver::requestHandled()); not thread-safe.
class MetricsRegistry
{
public:
    /// Upper bounds of the duration histogram's buckets, in seconds (+Inf is implied).
    static constexpr std::array<double, 13> kBuckets{0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1,
                                                     0.25,  0.5,    1.0,   2.5,  5.0,   10.0};

    /// `version`: the application's; `backend`: "sqlite" or "postgresql".
    MetricsRegistry(QString version, QString backend);

    /// Counts one answered request (its path, method, status, duration in ms, operation and
    /// authentication failure, as the request log records it).
    void record(const RequestRecord &record);

    /// The exposition text, with `counts` as the resources gauge (negative counts are left out).
    QByteArray render(const OverviewCounts &counts) const;

    /// The route label of `path` (a path with or without query): "/Users", "/Users/{id}",
    /// "/Groups/{id}", "/Schemas/{id}", "/.search", "/oauth2/token", … ; "other" for paths
    /// outside the Tenant URL and the token endpoint.
    static QString route(const QString &path);
    /// The reason label of a request log's authentication failure text (RequestRecord::authFailure).
    static QString authFailureReason(const QString &authFailure);

private:
    struct Histogram
    {
        std::array<quint64, kBuckets.size()> buckets{}; ///< non-cumulative counts per bucket
        quint64 count = 0;
        double sum = 0;
    };
    QString m_version;
    QString m_backend;
    QMap<std::array<QString, 3>, quint64> m_requests; ///< (route, method, code) → count
    QMap<QString, Histogram> m_durations; ///< route → histogram
    QMap<QString, quint64> m_operations;
    QMap<QString, quint64> m_authFailures;
};

} // namespace scimmon
