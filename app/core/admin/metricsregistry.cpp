#include "admin/metricsregistry.h"

#include "model/operation.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace scimmon {

namespace {

/// A label value escaped as the text format asks (backslash, double quote, line feed).
QString escaped(const QString &value)
{
    QString out = value;
    out.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s).replace(u'\n', u"\\n"_s);
    return out;
}

QString number(double v)
{
    return QString::number(v, 'g', 12);
}

void header(QString &out, QLatin1StringView name, QLatin1StringView type, QLatin1StringView help)
{
    out += u"# HELP "_s + name + u' ' + help + u"\n# TYPE "_s + name + u' ' + type + u'\n';
}

} // namespace

MetricsRegistry::MetricsRegistry(QString version, QString backend)
    : m_version(std::move(version))
    , m_backend(std::move(backend))
{
}

QString MetricsRegistry::route(const QString &pathAndQuery)
{
    const QString path = pathAndQuery.section(u'?', 0, 0);
    if (path.compare("/oauth2/token"_L1, Qt::CaseInsensitive) == 0)
        return u"/oauth2/token"_s;
    static const QString base = u"/scim/v2"_s;
    if (!path.startsWith(base, Qt::CaseInsensitive))
        return u"other"_s;
    const QStringList segments = path.mid(base.size()).split(u'/', Qt::SkipEmptyParts);
    if (segments.isEmpty())
        return u"/"_s;
    static const QStringList known{
        u"Users"_s, u"Groups"_s, u"ServiceProviderConfig"_s, u"ResourceTypes"_s, u"Schemas"_s, u"Bulk"_s,
        u"Me"_s,    u".search"_s};
    QString first;
    for (const QString &k : known)
        if (segments.first().compare(k, Qt::CaseInsensitive) == 0)
            first = k;
    if (first.isEmpty() || segments.size() > 2)
        return u"other"_s;
    if (segments.size() == 1)
        return u'/' + first;
    return u'/' + first + (segments.at(1) == ".search"_L1 ? u"/.search"_s : u"/{id}"_s);
}

QString MetricsRegistry::authFailureReason(const QString &authFailure)
{
    if (authFailure.isEmpty())
        return QString();
    for (const QLatin1StringView code : {"invalid_client"_L1, "invalid_grant"_L1, "invalid_request"_L1,
                                         "unsupported_grant_type"_L1, "server_error"_L1})
        if (authFailure.startsWith(code + u':'))
            return code;
    if (authFailure.startsWith("no Authorization header"_L1))
        return u"no_header"_s;
    if (authFailure.startsWith("Authorization header is not"_L1))
        return u"malformed"_s;
    if (authFailure.startsWith("unknown token"_L1))
        return u"unknown_token"_s;
    if (authFailure.contains("was revoked"_L1))
        return u"revoked"_s;
    if (authFailure.contains("expired"_L1))
        return u"expired"_s;
    return u"other"_s;
}

void MetricsRegistry::record(const RequestRecord &r)
{
    const QString path = route(r.path);
    const QString code = r.status <= 0 ? u"none"_s : u"%1xx"_s.arg(r.status / 100);
    ++m_requests[{path, r.method.isEmpty() ? u"UNKNOWN"_s : r.method, code}];
    Histogram &h = m_durations[path];
    const double seconds = std::max(0.0, r.durationMs / 1000.0);
    for (size_t i = 0; i < kBuckets.size(); ++i)
        if (seconds <= kBuckets[i]) {
            ++h.buckets[i];
            break;
        }
    ++h.count;
    h.sum += seconds;
    if (const QString op = operationKey(r.operation); !op.isEmpty())
        ++m_operations[op];
    if (const QString reason = authFailureReason(r.authFailure); !reason.isEmpty())
        ++m_authFailures[reason];
}

QByteArray MetricsRegistry::render(const OverviewCounts &counts) const
{
    QString out;
    header(out, "scimmon_build_info"_L1, "gauge"_L1, "The version of scim-monitor and its store backend."_L1);
    out += u"scimmon_build_info{version=\"%1\",backend=\"%2\"} 1\n"_s.arg(escaped(m_version), escaped(m_backend));

    header(out, "scimmon_http_requests_total"_L1, "counter"_L1,
           "Requests answered, by route, method and status class."_L1);
    for (auto it = m_requests.cbegin(); it != m_requests.cend(); ++it)
        out += u"scimmon_http_requests_total{route=\"%1\",method=\"%2\",code=\"%3\"} %4\n"_s.arg(
            escaped(it.key()[0]), escaped(it.key()[1]), it.key()[2], QString::number(it.value()));

    header(out, "scimmon_http_request_duration_seconds"_L1, "histogram"_L1,
           "Time from a request's arrival to its answer, by route."_L1);
    for (auto it = m_durations.cbegin(); it != m_durations.cend(); ++it) {
        const QString label = escaped(it.key());
        quint64 cumulative = 0;
        for (size_t i = 0; i < kBuckets.size(); ++i) {
            cumulative += it->buckets[i];
            out += u"scimmon_http_request_duration_seconds_bucket{route=\"%1\",le=\"%2\"} %3\n"_s.arg(
                label, number(kBuckets[i]), QString::number(cumulative));
        }
        out += u"scimmon_http_request_duration_seconds_bucket{route=\"%1\",le=\"+Inf\"} %2\n"_s.arg(
            label, QString::number(it->count));
        out += u"scimmon_http_request_duration_seconds_sum{route=\"%1\"} %2\n"_s.arg(label, number(it->sum));
        out += u"scimmon_http_request_duration_seconds_count{route=\"%1\"} %2\n"_s.arg(label,
                                                                                       QString::number(it->count));
    }

    header(out, "scimmon_scim_operations_total"_L1, "counter"_L1,
           "Requests by what they did, in the identity providers' words."_L1);
    for (auto it = m_operations.cbegin(); it != m_operations.cend(); ++it)
        out += u"scimmon_scim_operations_total{operation=\"%1\"} %2\n"_s.arg(escaped(it.key()),
                                                                             QString::number(it.value()));

    header(out, "scimmon_auth_failures_total"_L1, "counter"_L1, "Refused authentications, by reason."_L1);
    for (auto it = m_authFailures.cbegin(); it != m_authFailures.cend(); ++it)
        out += u"scimmon_auth_failures_total{reason=\"%1\"} %2\n"_s.arg(escaped(it.key()), QString::number(it.value()));

    header(out, "scimmon_resources"_L1, "gauge"_L1, "Resources stored, by type."_L1);
    for (const auto &[type, n] : {std::pair{"User"_L1, counts.users}, std::pair{"ActiveUser"_L1, counts.activeUsers},
                                  std::pair{"Group"_L1, counts.groups}})
        if (n >= 0)
            out += u"scimmon_resources{type=\"%1\"} %2\n"_s.arg(type, QString::number(n));
    return out.toUtf8();
}

} // namespace scimmon
