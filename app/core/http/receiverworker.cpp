#include "receiverworker.h"

#include "../store/storefactory.h"
#include "../tokens/tokenservice.h"
#include "guardedtcpserver.h"
#include "scimhttpserver.h"
#include "scimrouter.h"

#include <QThread>

using namespace Qt::StringLiterals;

namespace scimmon {

ReceiverWorker::ReceiverWorker(ReceiverConfig config)
    : m_config(std::move(config))
    , m_usageTimer(this)
{
    m_usageTimer.setInterval(5000);
    connect(&m_usageTimer, &QTimer::timeout, this, [this] {
        if (m_tokens)
            m_tokens->flushUsage();
    });
}

ReceiverWorker::~ReceiverWorker()
{
    stop();
}

void ReceiverWorker::start()
{
    QString error;
    const QString connection = u"receiver-writer-%1"_s.arg(quintptr(QThread::currentThreadId()));
    m_store = StoreFactory::open(m_config.store, connection, &error);
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
    m_server->bind(m_tcp);
    connect(m_server, &ScimHttpServer::requestHandled, this, &ReceiverWorker::record);
    connect(m_tcp, &GuardedTcpServer::requestRefused, this, &ReceiverWorker::record);
    m_usageTimer.start();

    const quint16 port = m_tcp->serverPort();
    QHostAddress shown = m_config.address;
    if (shown == QHostAddress::Any || shown == QHostAddress::AnyIPv4)
        shown = QHostAddress::LocalHost;
    else if (shown == QHostAddress::AnyIPv6)
        shown = QHostAddress::LocalHostIPv6;
    const QString host
        = shown.protocol() == QAbstractSocket::IPv6Protocol ? u'[' + shown.toString() + u']' : shown.toString();
    Q_EMIT started(u"http://%1:%2%3"_s.arg(host).arg(port).arg(ScimRouter::kBasePath), port);
}

void ReceiverWorker::stop()
{
    m_usageTimer.stop();
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
    if (m_store)
        rec.id = m_store->appendRequest(rec);
    Q_EMIT requestHandled(rec);
}

} // namespace scimmon
