#pragma once

#include "model/httpexchange.h"
#include "model/requestrecord.h"
#include "receiver/receiverconfig.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace scimmon {

class GuardedTcpServer;
class RequestLogRecorder;
class ScimHttpServer;
class ScimRouter;
class Store;
class TokenService;

/// The receiver's parts that live on its worker thread: the one writer connection to the store
/// (open for the worker's whole life, listening or not), the token service, the router, the
/// request log recorder and, while listening, the HTTP server. Created and driven by Receiver
/// through queued calls; every function runs on the worker thread.
///
/// Each request is one transaction: the change it makes (ResourceService's own transaction
/// becomes a savepoint inside it), its audit events and its request-log row commit together, and
/// the response is written only after the commit. A request whose transaction cannot commit is
/// answered with a SCIM error and changes nothing. The log rows of requests that changed nothing
/// (lookups, refusals) are written together, at the next change's commit or after at most
/// kReadFlushMs, so that a burst of reads costs one commit, not one each; the counters of the
/// current provisioning cycle and minute are written once per commit.
class ReceiverWorker : public QObject
{
    Q_OBJECT
public:
    ReceiverWorker();
    ~ReceiverWorker() override;

    /// Listens with `config` (stopping first if listening), opening the store first when it is not
    /// open or `config` names another database. Emits started() or failed() with `generation`.
    void start(const ReceiverConfig &config, quint64 generation);
    /// Stops listening (the store stays open) and writes pending token usage; emits stopped().
    void stop(quint64 generation);
    /// Stops listening and closes the store: the last call before the worker is deleted.
    void shutdown();

    /// The writer store, opened with `config` when none is open yet; nullptr with `*error` set
    /// when it cannot be opened. For the window's writes (Receiver::write()).
    Store *writer(const StoreConfig &config, QString *error = nullptr);

    /// Entries deleted by one retention step; further steps follow at once (as separate events,
    /// so that requests are answered in between) until one deletes fewer.
    static constexpr int kPruneBatch = 500;
    /// How often the retention setting is applied, in milliseconds (also once at start).
    static constexpr int kPruneIntervalMs = 60 * 1000;
    /// Longest time the log row of a request that changed nothing waits to be written, ms.
    static constexpr int kReadFlushMs = 20;

Q_SIGNALS:
    /// Listening on `port`; `tenantUrl` is the URL to give the IdP.
    void started(const QString &tenantUrl, quint16 port, quint64 generation);
    void failed(const QString &message, quint64 generation);
    void stopped(quint64 generation);
    /// A request was answered and stored in the request log (record.id set; 0 when it could not
    /// be stored).
    void requestHandled(const scimmon::RequestRecord &record);

private:
    bool openStore(const StoreConfig &config, QString *error);
    void closeStore();
    void stopListening();
    /// One request, start to end, in one transaction (see the class comment).
    HttpResponse exchange(const HttpRequest &request, RequestRecord &record);
    /// Queues a request the HTTP edge refused (it changed nothing) for the next flush().
    void recordRefused(RequestRecord record);
    /// Appends the queued log rows of requests that changed nothing; call inside a transaction.
    /// False on a store failure.
    bool recordQueued();
    /// Reports the requests of the last committed (`stored`) or failed transaction.
    void reportRecorded(bool stored);
    /// Writes the queued log rows and the cycle and minute counters in one transaction.
    void flush();
    /// One retention step (see kPruneBatch).
    void pruneLog();

    ReceiverConfig m_config;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<TokenService> m_tokens;
    std::unique_ptr<RequestLogRecorder> m_log;
    std::unique_ptr<ScimRouter> m_router; ///< while listening (it advertises the body limit)
    ScimHttpServer *m_server = nullptr;
    QPointer<GuardedTcpServer> m_tcp;
    QTimer m_usageTimer;
    QTimer m_retentionTimer;
    QTimer m_readFlushTimer;
    QList<RequestRecord> m_queued; ///< answered, not stored yet (they changed nothing)
    QList<RequestRecord> m_recorded; ///< stored in the open transaction, reported after it
};

} // namespace scimmon
