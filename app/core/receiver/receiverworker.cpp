#include "receiver/receiverworker.h"

#include "http/guardedtcpserver.h"
#include "http/scimhttpserver.h"
#include "http/scimrouter.h"
#include "service/tokenservice.h"
#include "store/storefactory.h"

#include <QSslSocket>
#include <QThread>

using namespace Qt::StringLiterals;

namespace scimmon {

ReceiverWorker::ReceiverWorker(ReceiverConfig config)
    : m_config(std::move(config))
    , m_usageTimer(this)
    , m_retentionTimer(this)
{
    m_usageTimer.setInterval(5000);
    connect(&m_usageTimer, &QTimer::timeout, this, [this] {
        if (m_tokens)
            m_tokens->flushUsage();
    });
    m_retentionTimer.setInterval(kPruneIntervalMs);
    connect(&m_retentionTimer, &QTimer::timeout, this, &ReceiverWorker::pruneLog);
}

ReceiverWorker::~ReceiverWorker()
{
    stop();
}

void ReceiverWorker::start()
{
    QString error;
    std::optional<TlsCredentials::Loaded> tls;
    if (m_config.tls.enabled()) {
        if (!QSslSocket::supportsSsl()) {
            Q_EMIT failed(u"HTTPS is not available: Qt found no TLS library (install OpenSSL 3, libssl3)."_s);
            return;
        }
        tls = TlsCredentials::load(m_config.tls, &error);
        if (!tls) {
            Q_EMIT failed(u"HTTPS cannot start: "_s + error);
            return;
        }
    }
    const QString connection = u"receiver-writer-%1"_s.arg(quintptr(QThread::currentThreadId()));
    StoreConfig writer = m_config.store;
    writer.backgroundCheckpoints = true; // a request's commit never waits for a checkpoint's syncs
    m_store = StoreFactory::open(writer, connection, &error);
    if (!m_store) {
        Q_EMIT failed(error);
        return;
    }
    m_tokens = std::make_unique<TokenService>(*m_store);
    m_router = std::make_unique<ScimRouter>(*m_store, *m_tokens, m_config.maxBodyBytes);

    ConnectionLimits limits;
    limits.maxBodyBytes = m_config.maxBodyBytes;
    limits.idleTimeoutMs = m_config.idleTimeoutMs;
    limits.requestTimeoutMs = m_config.idleTimeoutMs;
    limits.headTimeoutMs = std::min(m_config.headTimeoutMs, m_config.idleTimeoutMs);
    m_tcp = new GuardedTcpServer(limits, m_config.maxConnections, this);
    if (tls)
        m_tcp->setTls(tls->configuration);
    if (!m_tcp->listen(m_config.address, m_config.port)) {
        error = u"Cannot listen on %1: %2"_s.arg(m_config.listenText(), m_tcp->errorString());
        delete m_tcp;
        m_tcp = nullptr;
        m_router.reset();
        m_tokens.reset();
        m_store.reset();
        Q_EMIT failed(error);
        return;
    }
    m_server = new ScimHttpServer(
        [this](const HttpRequest &req, RequestRecord &rec) { return m_router->handle(req, rec); }, this);
    m_server->setTrustedProxies(m_config.trustedProxies);
    m_server->bind(m_tcp);
    connect(m_server, &ScimHttpServer::requestHandled, this, &ReceiverWorker::record);
    connect(m_tcp, &GuardedTcpServer::requestRefused, this, &ReceiverWorker::record);
    m_usageTimer.start();
    // The provisioning cycle and the minute of traffic the next request may continue.
    if (const auto latest = m_store->requestLog().cycles(1); !latest.isEmpty())
        m_cycles.resume(latest.first());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (const auto minutes = m_store->requestLog().traffic(TrafficMinute::minuteOf(now)); !minutes.isEmpty())
        m_minute = minutes.last();
    m_retentionTimer.start();
    QTimer::singleShot(0, this, &ReceiverWorker::pruneLog);

    const quint16 port = m_tcp->serverPort();
    QHostAddress shown = m_config.address;
    if (shown == QHostAddress::Any || shown == QHostAddress::AnyIPv4)
        shown = QHostAddress::LocalHost;
    else if (shown == QHostAddress::AnyIPv6)
        shown = QHostAddress::LocalHostIPv6;
    const QString host
        = shown.protocol() == QAbstractSocket::IPv6Protocol ? u'[' + shown.toString() + u']' : shown.toString();
    Q_EMIT started(u"%1://%2:%3%4"_s.arg(m_config.scheme(), host).arg(port).arg(kScimBasePath), port);
}

void ReceiverWorker::stop()
{
    m_usageTimer.stop();
    m_retentionTimer.stop();
    if (m_tokens)
        m_tokens->flushUsage();
    if (m_tcp)
        m_tcp->close();
    delete m_server; // owns the bound listening socket since bind()
    m_server = nullptr;
    delete m_tcp; // already gone when the server took it (QPointer)
    m_tcp = nullptr;
    m_router.reset();
    m_tokens.reset();
    m_store.reset();
}

void ReceiverWorker::record(RequestRecord rec)
{
    if (!m_store) {
        Q_EMIT requestHandled(rec);
        return;
    }
    // The log entry, its cycle and its minute in one transaction: one commit per request. When it
    // fails (disk full, ...), the entry is still shown, just not stored (id 0).
    const bool inTransaction = m_store->begin();
    m_cycles.add(rec);
    ProvisioningCycle &cycle = *m_cycles.current();
    if (m_store->requestLog().saveCycle(cycle))
        rec.cycleId = cycle.id;
    rec.id = m_store->requestLog().append(rec);
    const QDateTime minute = TrafficMinute::minuteOf(rec.time);
    if (!m_minute || m_minute->minute != minute) {
        m_minute = TrafficMinute();
        m_minute->minute = minute;
    }
    ++m_minute->requests;
    if (rec.status >= 400)
        ++m_minute->failures;
    m_minute->latency.add(rec.durationMs);
    m_store->requestLog().saveTrafficMinute(*m_minute);
    if (inTransaction && !m_store->commit())
        rec.id = 0;
    Q_EMIT requestHandled(rec);
}

void ReceiverWorker::pruneLog()
{
    if (!m_store || (m_config.logRetentionDays <= 0 && m_config.logRetentionRows <= 0))
        return;
    const QDateTime olderThan = m_config.logRetentionDays > 0
        ? QDateTime::currentDateTimeUtc().addDays(-m_config.logRetentionDays)
        : QDateTime();
    const qint64 deleted = m_store->requestLog().prune(olderThan, m_config.logRetentionRows, kPruneBatch);
    if (deleted == kPruneBatch)
        QTimer::singleShot(0, this, &ReceiverWorker::pruneLog);
}

} // namespace scimmon
