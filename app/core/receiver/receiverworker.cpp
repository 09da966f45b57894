#include "receiver/receiverworker.h"

#include "http/guardedtcpserver.h"
#include "http/redaction.h"
#include "http/scimhttpserver.h"
#include "http/scimrouter.h"
#include "platform/logging.h"
#include "scim/scimconstants.h"
#include "service/requestlogrecorder.h"
#include "service/tokenservice.h"
#include "store/storefactory.h"

#include <QElapsedTimer>
#include <QSslSocket>
#include <QThread>

using namespace Qt::StringLiterals;

namespace scimmon {

namespace {

/// The simulation run id of `request` (kSimulationHeader), cut to kMaxSimulationRunLength and
/// with anything but printable ASCII dropped; empty for real traffic.
QString simulationRunOf(const HttpRequest &request)
{
    QString run;
    for (const char c : request.header(kSimulationHeader))
        if (c > ' ' && c < 127 && run.size() < kMaxSimulationRunLength)
            run += QLatin1Char(c);
    return run;
}

} // namespace

ReceiverWorker::ReceiverWorker()
    : m_usageTimer(this)
    , m_retentionTimer(this)
    , m_readFlushTimer(this)
{
    m_readFlushTimer.setSingleShot(true);
    m_readFlushTimer.setInterval(kReadFlushMs);
    connect(&m_readFlushTimer, &QTimer::timeout, this, &ReceiverWorker::flush);

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
    shutdown();
}

bool ReceiverWorker::openStore(const StoreConfig &config, QString *error)
{
    if (m_store && m_config.store.sameDatabase(config))
        return true;
    closeStore();
    StoreConfig writer = config;
    writer.backgroundCheckpoints = true; // a request's commit never waits for a checkpoint's syncs
    writer.readOnly = false;
    const QString connection = u"receiver-writer-%1"_s.arg(quintptr(QThread::currentThreadId()));
    QString why;
    m_store = StoreFactory::open(writer, connection, &why);
    if (!m_store) {
        qCWarning(lcReceiver).noquote() << why;
        if (error)
            *error = why;
        return false;
    }
    m_config.store = config;
    m_tokens = std::make_unique<TokenService>(*m_store);
    m_log = std::make_unique<RequestLogRecorder>(*m_store);
    // The provisioning cycle and the minute of traffic the next request may continue.
    m_log->resume(QDateTime::currentDateTimeUtc());
    m_usageTimer.start();
    m_retentionTimer.start();
    QTimer::singleShot(0, this, &ReceiverWorker::pruneLog);
    return true;
}

void ReceiverWorker::closeStore()
{
    flush();
    m_usageTimer.stop();
    m_retentionTimer.stop();
    m_readFlushTimer.stop();
    if (m_tokens)
        m_tokens->flushUsage();
    m_log.reset();
    m_tokens.reset();
    m_store.reset();
}

Store *ReceiverWorker::writer(const StoreConfig &config, QString *error)
{
    if (!m_store && !openStore(config, error))
        return nullptr;
    return m_store.get();
}

void ReceiverWorker::start(const ReceiverConfig &config, quint64 generation)
{
    stopListening();
    QString error;
    std::optional<TlsCredentials::Loaded> tls;
    if (config.tls.enabled()) {
        if (!QSslSocket::supportsSsl()) {
            Q_EMIT failed(u"HTTPS is not available: Qt found no TLS library (install OpenSSL 3, libssl3)."_s,
                          generation);
            return;
        }
        tls = TlsCredentials::load(config.tls, &error);
        if (!tls) {
            Q_EMIT failed(u"HTTPS cannot start: "_s + error, generation);
            return;
        }
    }
    if (!openStore(config.store, &error)) {
        Q_EMIT failed(error, generation);
        return;
    }
    const StoreConfig store = m_config.store;
    m_config = config;
    m_config.store = store;
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
        qCInfo(lcReceiver).noquote() << error; // reported through failed(), shown by the caller
        Q_EMIT failed(error, generation);
        return;
    }
    m_server
        = new ScimHttpServer([this](const HttpRequest &req, RequestRecord &rec) { return exchange(req, rec); }, this);
    m_server->setTrustedProxies(m_config.trustedProxies);
    m_server->bind(m_tcp);
    connect(m_tcp, &GuardedTcpServer::requestRefused, this, &ReceiverWorker::recordRefused);

    const quint16 port = m_tcp->serverPort();
    QHostAddress shown = m_config.address;
    if (shown == QHostAddress::Any || shown == QHostAddress::AnyIPv4)
        shown = QHostAddress::LocalHost;
    else if (shown == QHostAddress::AnyIPv6)
        shown = QHostAddress::LocalHostIPv6;
    const QString host
        = shown.protocol() == QAbstractSocket::IPv6Protocol ? u'[' + shown.toString() + u']' : shown.toString();
    const QString tenantUrl = u"%1://%2:%3%4"_s.arg(m_config.scheme(), host).arg(port).arg(kScimBasePath);
    qCInfo(lcReceiver).noquote() << "listening at" << tenantUrl;
    Q_EMIT started(tenantUrl, port, generation);
}

void ReceiverWorker::stopListening()
{
    if (m_tcp)
        m_tcp->close();
    delete m_server; // owns the bound listening socket since bind()
    m_server = nullptr;
    delete m_tcp; // already gone when the server took it (QPointer)
    m_tcp = nullptr;
    m_router.reset();
    flush();
    if (m_tokens)
        m_tokens->flushUsage();
}

void ReceiverWorker::stop(quint64 generation)
{
    stopListening();
    Q_EMIT stopped(generation);
}

void ReceiverWorker::shutdown()
{
    stopListening();
    closeStore();
}

HttpResponse ReceiverWorker::exchange(const HttpRequest &request, RequestRecord &record)
{
    QElapsedTimer timer;
    timer.start();
    HttpResponse response;
    const bool inTransaction = m_store->begin();
    if (inTransaction) {
        response = m_router->handle(request, record);
    } else {
        // Without its transaction a request could change data its log row never records.
        response = ScimRouter::errorResponse(ScimError{
            503, {}, u"The store is not available (%1); try again later."_s.arg(m_store->lastError().message)});
        response.setHeader("Retry-After", "5");
        record.operation = Operation::Rejected;
    }
    ScimHttpServer::completeResponse(request, response);
    record.status = response.status;
    record.requestHeaders = Redaction::headers(request.headers);
    record.simulationRun = simulationRunOf(request);
    record.requestBody = Redaction::body(request.body);
    record.responseHeaders = Redaction::headers(response.headers);
    record.responseBody = Redaction::body(response.body);
    record.durationMs = double(timer.nsecsElapsed()) / 1e6;
    if (!inTransaction) {
        Q_EMIT requestHandled(record);
        return response;
    }
    if (!m_store->database().changed()) {
        // A read: its log row waits for the next commit (at most kReadFlushMs).
        m_store->commit();
        m_queued.append(record);
        if (!m_readFlushTimer.isActive())
            m_readFlushTimer.start();
        return response;
    }
    // The queued reads go first, so that the log keeps the order the requests were answered in.
    if (!recordQueued() || !m_log->record(record) || !m_log->saveCounters() || !m_store->commit()) {
        // Neither the change nor its log row is kept: the client is told, and may retry.
        const QString why = m_store->lastError().message;
        m_store->rollback();
        reportRecorded(false);
        qCWarning(lcReceiver).noquote() << "a request was not stored and its change undone:" << why;
        response
            = ScimRouter::errorResponse(ScimError::internal(u"The store failed: %1. Nothing was changed."_s.arg(why)));
        ScimHttpServer::completeResponse(request, response);
        record.id = 0;
        record.status = response.status;
        record.responseHeaders = Redaction::headers(response.headers);
        record.responseBody = Redaction::body(response.body);
        record.change = {};
        Q_EMIT requestHandled(record);
        return response;
    }
    m_recorded.append(record);
    reportRecorded(true);
    return response;
}

bool ReceiverWorker::recordQueued()
{
    for (RequestRecord &queued : m_queued) {
        if (!m_log->record(queued))
            return false;
        m_recorded.append(queued);
    }
    m_queued.clear();
    return true;
}

void ReceiverWorker::reportRecorded(bool stored)
{
    if (stored) {
        m_log->keep();
    } else {
        // Shown, not stored (id 0); the failure is logged by the caller.
        m_log->discard();
        for (RequestRecord &r : m_recorded)
            r.id = 0;
    }
    const QList<RequestRecord> recorded = std::exchange(m_recorded, {});
    for (const RequestRecord &r : recorded)
        Q_EMIT requestHandled(r);
}

void ReceiverWorker::flush()
{
    m_readFlushTimer.stop();
    if (!m_store || (m_queued.isEmpty() && !m_log->countersChanged()))
        return;
    if (!m_store->begin()) {
        qCWarning(lcStore).noquote() << "the request log was not written:" << m_store->lastError().message;
        return;
    }
    const bool stored = recordQueued() && m_log->saveCounters() && m_store->commit();
    if (!stored) {
        qCWarning(lcStore).noquote() << "the request log was not written:" << m_store->lastError().message;
        m_store->rollback();
    }
    reportRecorded(stored);
}

void ReceiverWorker::recordRefused(RequestRecord rec)
{
    m_queued.append(rec);
    if (!m_readFlushTimer.isActive())
        m_readFlushTimer.start();
}

void ReceiverWorker::pruneLog()
{
    if (!m_store || (m_config.logRetentionDays <= 0 && m_config.logRetentionRows <= 0))
        return;
    const QDateTime olderThan = m_config.logRetentionDays > 0
        ? QDateTime::currentDateTimeUtc().addDays(-m_config.logRetentionDays)
        : QDateTime();
    const qint64 deleted = m_store->requestLog().prune(olderThan, m_config.logRetentionRows, kPruneBatch);
    if (deleted < 0)
        qCWarning(lcStore).noquote() << "request log retention failed:" << m_store->lastError().message;
    else if (deleted == kPruneBatch)
        QTimer::singleShot(0, this, &ReceiverWorker::pruneLog);
}

} // namespace scimmon
