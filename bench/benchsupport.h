#pragma once

// What the benchmarks share: latency figures with percentiles, the process's resident memory,
// seeding a store to a size, and a keep-alive HTTP client for lookups against the receiver.

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>

class QTcpSocket;

namespace scimmon::bench {

/// Latencies of one kind of operation, in microseconds.
struct LatencyStats
{
    QString name;
    QList<double> micros;

    /// The `p`-th percentile (0..100) by nearest rank; 0 without samples.
    double percentile(double p) const;
    /// {name, count, p50_us, p95_us, p99_us, max_us}.
    QJsonObject json() const;
    /// One line of the table printHeader() starts, on stdout.
    void print() const;
    static void printHeader();
};

/// The process's resident set (VmRSS) and its peak (VmHWM), in KiB, from /proc/self/status; -1
/// when it cannot be read (not Linux).
qint64 residentKiB();
qint64 peakResidentKiB();

/// Makes the SQLite store in `dataDir` hold at least `users` users: when it holds fewer, seeds
/// `users` users, `groups` groups with `membersPerGroup` members each through the SCIM engine
/// (Seeder), printing progress. Returns the seconds spent seeding (0 when the store was big
/// enough), or -1 with the reason on stderr.
double ensureSeeded(const QString &dataDir, int users, int groups, int membersPerGroup);

/// A blocking HTTP/1.1 client on one keep-alive connection to the receiver on 127.0.0.1.
class KeepAliveClient
{
public:
    /// Connects to `port`; every request carries `Authorization: Bearer <token>`.
    KeepAliveClient(quint16 port, QByteArray token);
    ~KeepAliveClient();
    bool isConnected() const;
    /// Sends `GET <path>` and reads the whole response (by Content-Length, 5 s timeout). Returns
    /// the status line and headers and body as received; empty on timeout.
    QByteArray get(const QByteArray &path);

private:
    std::unique_ptr<QTcpSocket> m_socket;
    QByteArray m_token;
};

} // namespace scimmon::bench
