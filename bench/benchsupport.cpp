#include "benchsupport.h"

#include "service/resourceservice.h"
#include "service/seeder.h"
#include "store/storefactory.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTcpSocket>

#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace scimmon::bench {

namespace {

qint64 statusField(const char *field)
{
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

} // namespace

double LatencyStats::percentile(double p) const
{
    QList<double> sorted = micros;
    std::sort(sorted.begin(), sorted.end());
    if (sorted.isEmpty())
        return 0;
    const auto rank = qsizetype(std::ceil(p / 100.0 * double(sorted.size())));
    return sorted.at(std::clamp<qsizetype>(rank - 1, 0, sorted.size() - 1));
}

QJsonObject LatencyStats::json() const
{
    return QJsonObject{{u"name"_s, name},
                       {u"count"_s, micros.size()},
                       {u"p50_us"_s, percentile(50)},
                       {u"p95_us"_s, percentile(95)},
                       {u"p99_us"_s, percentile(99)},
                       {u"max_us"_s, percentile(100)}};
}

void LatencyStats::printHeader()
{
    std::printf("\n%-40s %7s %10s %10s %10s %10s\n", "operation", "n", "p50 ms", "p95 ms", "p99 ms", "max ms");
}

void LatencyStats::print() const
{
    std::printf("%-40s %7lld %10.2f %10.2f %10.2f %10.2f\n", qPrintable(name), qlonglong(micros.size()),
                percentile(50) / 1000.0, percentile(95) / 1000.0, percentile(99) / 1000.0, percentile(100) / 1000.0);
}

qint64 residentKiB()
{
    return statusField("VmRSS:");
}

qint64 peakResidentKiB()
{
    return statusField("VmHWM:");
}

double ensureSeeded(const QString &dataDir, int users, int groups, int membersPerGroup)
{
    QString error;
    auto store = StoreFactory::open(StoreConfig::sqliteIn(dataDir), u"bench-seed"_s, &error);
    if (!store) {
        std::fprintf(stderr, "bench: %s\n", qPrintable(error));
        return -1;
    }
    if (store->resources().count(ResourceKind::User, ResourceQuery{}) >= users)
        return 0;
    std::printf("seeding %d users and %d groups of %d members through the engine...\n", users, groups, membersPerGroup);
    QElapsedTimer t;
    t.start();
    ResourceService service(*store, u"http://bench.example/scim/v2"_s);
    Seeder seeder(service);
    SeedOptions options;
    options.users = users;
    options.groups = groups;
    options.membersPerGroup = membersPerGroup;
    qint64 shown = 0;
    const bool ok = seeder.run(
        options,
        [&](qint64 done, qint64 total) {
            if (done - shown >= 10000 || done == total) {
                shown = done;
                std::printf("\r  %lld / %lld", done, total);
                std::fflush(stdout);
            }
        },
        &error);
    if (!ok) {
        std::fprintf(stderr, "\nbench: seeding failed: %s\n", qPrintable(error));
        return -1;
    }
    const double seconds = double(t.elapsed()) / 1000.0;
    std::printf("\n  seeded in %.1f s (%.0f resources/s)\n", seconds, double(users + groups) / seconds);
    return seconds;
}

KeepAliveClient::KeepAliveClient(quint16 port, QByteArray token)
    : m_socket(std::make_unique<QTcpSocket>())
    , m_token(std::move(token))
{
    m_socket->connectToHost(u"127.0.0.1"_s, port);
    m_socket->waitForConnected(5000);
}

KeepAliveClient::~KeepAliveClient() = default;

bool KeepAliveClient::isConnected() const
{
    return m_socket->state() == QAbstractSocket::ConnectedState;
}

QByteArray KeepAliveClient::get(const QByteArray &path)
{
    m_socket->write("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + m_token + "\r\n\r\n");
    QByteArray reply;
    qsizetype length = -1;
    while (m_socket->waitForReadyRead(5000)) {
        reply += m_socket->readAll();
        const qsizetype end = reply.indexOf("\r\n\r\n");
        if (end >= 0 && length < 0) {
            const qsizetype at = reply.toLower().indexOf("content-length:");
            length = reply.mid(at + 15, reply.indexOf("\r\n", at) - at - 15).trimmed().toLongLong() + end + 4;
        }
        if (length >= 0 && reply.size() >= length)
            return reply;
    }
    return {};
}

} // namespace scimmon::bench
