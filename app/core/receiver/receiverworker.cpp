#include "receiver/receiverworker.h"

#include "http/guardedtcpserver.h"
#include "http/redaction.h"
#include "http/scimhttpserver.h"
#include "http/scimrouter.h"
#include "oauth/jwkscache.h"
#include "platform/logging.h"
#include "scim/scimconstants.h"
#include "service/requestlogrecorder.h"
#include "service/tokenservice.h"
#include "store/storefactory.h"

#include <QAbstractEventDispatcher>
#include <QElapsedTimer>
#include <QSslSocket>
#include <QThread>

#include <algorithm>

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
    , m_faultTimer(this)
    , m_commitTimer(this)
    , m_keys(new JwksCache(this))
{
    m_faultTimer.setInterval(kFaultPollMs);
    connect(&m_faultTimer, &QTimer::timeout, this, &ReceiverWorker::reloadFaults);
    m_commitTimer.setSingleShot(true);
    m_commitTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_commitTimer, &QTimer::timeout, this, &ReceiverWorker::completeTurn);
    m_readFlushTimer.setSingleShot(true);
    m_readFlushTimer.setInterval(kReadFlushMs);
    connect(&m_readFlushTimer, &QTimer::timeout, this, &ReceiverWorker::flush);

    m_usageTimer.setInterval(5000);
    connect(&m_usageTimer, &QTimer::timeout, this, [this] {
        completeTurn();
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
    m_faultRevision = -1;
    reloadFaults();
    m_faultTimer.start();
    QTimer::singleShot(0, this, &ReceiverWorker::pruneLog);
    return true;
}

void ReceiverWorker::closeStore()
{
    completeTurn();
    flush();
    m_usageTimer.stop();
    m_retentionTimer.stop();
    m_readFlushTimer.stop();
    m_faultTimer.stop();
    if (m_tokens)
        m_tokens->flushUsage();
    m_log.reset();
    m_tokens.reset();
    m_store.reset();
}

Store *ReceiverWorker::writer(const StoreConfig &config, QString *error)
{
    completeTurn(); // the window's write starts a transaction of its own
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
    m_router = std::make_unique<ScimRouter>(*m_store, *m_tokens, m_config.maxBodyBytes, m_keys);

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
    m_server = new ScimHttpServer([this](const HttpRequest &req, RequestRecord &&rec,
                                         ResponseWriter writer) { exchange(req, std::move(rec), std::move(writer)); },
                                  this);
    // The requests of one turn of the event loop commit together, before any of them is answered.
    connect(QAbstractEventDispatcher::instance(), &QAbstractEventDispatcher::aboutToBlock, this,
            &ReceiverWorker::turnIdle, Qt::UniqueConnection);
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
    m_router->tokenEndpoint().setOwnOrigin(TokenEndpoint::originOf(tenantUrl));
    qCInfo(lcReceiver).noquote() << "listening at" << tenantUrl;
    Q_EMIT started(tenantUrl, port, generation);
}

void ReceiverWorker::stopListening()
{
    completeTurn(); // answers what was handled before the sockets go
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

void ReceiverWorker::exchange(const HttpRequest &request, RequestRecord &&record, ResponseWriter writer,
                              bool keysFetched)
{
    if (!keysFetched && m_router) {
        // A jwt-bearer token request whose issuer's key set is not at hand waits for it (without
        // blocking this thread: other connections are answered meanwhile), then is handled.
        const QString source = m_router->tokenEndpoint().keySetToFetch(request);
        if (!source.isEmpty()) {
            m_keys->fetch(source, this, [this, request, record, writer]() mutable {
                if (m_router)
                    exchange(request, std::move(record), std::move(writer), true);
            });
            return;
        }
    }
    QElapsedTimer timer;
    timer.start();
    if (!m_turnOpen)
        m_turnOpen = m_store->begin();
    HttpResponse response;
    bool wrote = false;
    std::optional<FaultRule> fault;
    if (m_turnOpen) {
        const quint64 writesBefore = m_store->database().writeCount();
        // A request a fault rule may match is handled in a savepoint, so that a Before rule
        // undoes what it changed (audit events included); an After rule keeps it.
        const bool faultable = m_faults.mayMatch(request);
        const bool savepoint = faultable && m_store->begin();
        response = m_router->handle(request, record);
        if (faultable)
            fault = m_faults.decide(request, record);
        if (savepoint) {
            if (fault && fault->phase == FaultPhase::Before && fault->replacesAnswer()) {
                m_store->rollback();
            } else if (!m_store->commit()) {
                m_store->rollback();
                response = ScimRouter::errorResponse(ScimError::internal(
                    u"The store failed: %1. Nothing was changed."_s.arg(m_store->lastError().message)));
                fault.reset();
            }
        }
        wrote = m_store->database().writeCount() != writesBefore;
        if (fault)
            applyFault(*fault, response, record);
    } else {
        // Without its transaction a request could change data its log row never records.
        response = ScimRouter::errorResponse(ScimError{
            503, {}, u"The store is not available (%1); try again later."_s.arg(m_store->lastError().message)});
        response.setHeader("Retry-After", "5");
        record.operation = Operation::Rejected;
    }
    ScimHttpServer::completeResponse(request, response);
    record.status = response.status;
    if (fault && (fault->drop == FaultDrop::Reset || fault->drop == FaultDrop::Close))
        record.status = 0; // no answer
    record.requestHeaders = Redaction::headers(request.headers);
    record.simulationRun = simulationRunOf(request);
    record.requestBody = Redaction::body(request.body);
    record.responseHeaders = Redaction::headers(response.headers);
    record.responseBody = Redaction::body(response.body);
    if (!m_turnOpen) {
        record.durationMs = double(timer.nsecsElapsed()) / 1e6;
        writer.write(response);
        Q_EMIT requestsHandled({record});
        return;
    }
    Pending pending{
        std::move(writer), request.closeAfterResponse, std::move(response), std::move(record), wrote, timer};
    if (fault) {
        pending.drop = fault->drop;
        pending.delayMs = fault->delayMs;
    }
    m_turn.append(std::move(pending));
    if (m_turn.size() >= kMaxTurn)
        completeTurn();
}

void ReceiverWorker::turnIdle()
{
    if (!m_turnOpen)
        return;
    if (waitsForSiblings()) {
        // The wait counts from the turn's first request, not from this moment.
        if (!m_commitTimer.isActive()) {
            m_waitedWith = m_turn.size();
            m_commitTimer.start(int(std::max<qint64>(0, kCommitDelayMs - m_turn.constFirst().timer.elapsed())));
        }
        return;
    }
    completeTurn();
}

bool ReceiverWorker::waitsForSiblings() const
{
    const GuardedTcpServer *tcp = m_tcp.data();
    if (m_turn.isEmpty() || tcp == nullptr || tcp->openConnections() <= m_turn.size())
        return false;
    if (m_fruitlessWaits >= kMaxFruitlessWaits && m_turn.size() < 2)
        return false;
    if (m_turn.constFirst().timer.elapsed() >= kCommitDelayMs)
        return false;
    return std::any_of(m_turn.cbegin(), m_turn.cend(), [](const Pending &p) { return p.wrote; });
}

void ReceiverWorker::completeTurn()
{
    m_commitTimer.stop();
    if (!m_turnOpen)
        return;
    m_turnOpen = false;
    QList<Pending> turn = std::exchange(m_turn, {});
    // Whether waiting for siblings pays: a wait that brought nobody counts against it, one that
    // brought others clears the count, and so does a turn that holds several requests without
    // having waited (clients are sending at once).
    if (m_waitedWith > 0)
        m_fruitlessWaits = turn.size() > m_waitedWith ? 0 : std::min(m_fruitlessWaits + 1, kMaxFruitlessWaits);
    else if (turn.size() > 1)
        m_fruitlessWaits = 0;
    m_waitedWith = 0;
    for (Pending &p : turn) // an injected delay is part of the answer's time
        p.record.durationMs = double(p.timer.nsecsElapsed()) / 1e6 + double(p.delayMs);
    const bool wrote = std::any_of(turn.cbegin(), turn.cend(), [](const Pending &p) { return p.wrote; });
    if (!wrote) {
        // Only reads: nothing to make durable; their log rows wait for the next commit (at most
        // kReadFlushMs).
        m_store->commit();
        for (Pending &p : turn) {
            deliver(p.writer, p.response, p.drop, p.delayMs);
            m_queued.append(std::move(p.record));
        }
        if (!m_queued.isEmpty() && !m_readFlushTimer.isActive())
            m_readFlushTimer.start();
        return;
    }
    // The queued reads go first, so that the log keeps the order the requests were answered in.
    bool stored = recordQueued();
    for (qsizetype i = 0; stored && i < turn.size(); ++i)
        stored = m_log->record(turn[i].record);
    stored = stored && m_log->saveCounters() && m_store->commit();
    if (!stored) {
        // Neither the changes nor their log rows are kept: each client that changed something is
        // told, and may retry.
        const QString why = m_store->lastError().message;
        m_store->rollback();
        qCWarning(lcReceiver).noquote() << "requests were not stored and their changes undone:" << why;
        for (Pending &p : turn) {
            p.record.id = 0;
            if (!p.wrote)
                continue;
            HttpRequest request;
            request.closeAfterResponse = p.closeAfterResponse;
            p.response = ScimRouter::errorResponse(
                ScimError::internal(u"The store failed: %1. Nothing was changed."_s.arg(why)));
            ScimHttpServer::completeResponse(request, p.response);
            p.record.status = p.response.status;
            p.record.responseHeaders = Redaction::headers(p.response.headers);
            p.record.responseBody = Redaction::body(p.response.body);
            p.record.change = {};
            p.record.fault.clear();
            p.drop = FaultDrop::None;
            p.delayMs = 0;
        }
    }
    // Answered only now: every change is durable before its response leaves (or undone).
    for (Pending &p : turn) {
        deliver(p.writer, p.response, p.drop, p.delayMs);
        m_recorded.append(std::move(p.record));
    }
    reportRecorded(stored);
}

bool ReceiverWorker::recordQueued()
{
    // The queue empties whatever happens: a row that cannot be stored is shown (id 0, see
    // reportRecorded()) and not tried again, so that it cannot fail every later turn.
    QList<RequestRecord> queued = std::exchange(m_queued, {});
    bool stored = true;
    for (RequestRecord &record : queued) {
        stored = stored && m_log->record(record);
        m_recorded.append(std::move(record));
    }
    return stored;
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
    if (!m_recorded.isEmpty())
        Q_EMIT requestsHandled(std::exchange(m_recorded, {}));
}

void ReceiverWorker::flush()
{
    completeTurn();
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

void ReceiverWorker::reloadFaults()
{
    if (!m_store)
        return;
    const qint64 revision = m_store->faultRules().revision();
    if (revision < 0 || revision == m_faultRevision)
        return;
    const bool wasActive = m_faults.active();
    m_faults.setRules(m_store->faultRules().all());
    m_faultRevision = revision;
    const auto enabled = std::count_if(m_faults.rules().cbegin(), m_faults.rules().cend(),
                                       [](const FaultRule &r) { return r.enabled; });
    if (enabled > 0 || wasActive)
        qCInfo(lcReceiver).noquote() << "fault rules in effect:" << enabled << "enabled of" << m_faults.rules().size();
    Q_EMIT faultRulesChanged(int(enabled));
}

void ReceiverWorker::applyFault(const FaultRule &rule, HttpResponse &response, RequestRecord &record)
{
    record.fault = rule.name;
    if (rule.phase == FaultPhase::Before && rule.replacesAnswer()) {
        // Undone: the log shows what was asked, not a change that never happened.
        if (record.operation == Operation::CreateUser || record.operation == Operation::CreateGroup)
            record.resourceId.clear();
        record.change = {};
    }
    const bool answered = rule.drop != FaultDrop::Reset && rule.drop != FaultDrop::Close;
    if (rule.status > 0) {
        response = ScimRouter::errorResponse(FaultInjector::errorOf(rule));
        if (rule.retryAfterSeconds >= 0)
            response.setHeader("Retry-After", QByteArray::number(rule.retryAfterSeconds));
    }
    if (rule.status > 0 || !answered || rule.drop == FaultDrop::Truncate) {
        // What the identity provider sees is a failure, whatever the service did.
        if (!isFailure(record.operation))
            record.attemptedOperation = record.operation;
        record.operation = rule.status == 401 ? Operation::AuthFailure : Operation::Rejected;
    }
}

void ReceiverWorker::deliver(const ResponseWriter &writer, const HttpResponse &response, FaultDrop drop, qint64 delayMs)
{
    if (delayMs > 0) {
        QTimer::singleShot(std::chrono::milliseconds(delayMs), this,
                           [this, writer, response, drop] { deliver(writer, response, drop, 0); });
        return;
    }
    switch (drop) {
    case FaultDrop::None:
        writer.write(response);
        break;
    case FaultDrop::Reset:
        writer.reset();
        break;
    case FaultDrop::Close:
        writer.closeWithoutAnswer();
        break;
    case FaultDrop::Truncate:
        writer.writeTruncated(response);
        break;
    }
}

void ReceiverWorker::pruneLog()
{
    completeTurn();
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
