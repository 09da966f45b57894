#pragma once

#include "fault/faultinjector.h"
#include "http/responsewriter.h"
#include "model/httpexchange.h"
#include "model/requestrecord.h"
#include "receiver/receiverconfig.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace scimmon {

class GuardedTcpServer;
class JwksCache;
class RequestLogRecorder;
class ScimHttpServer;
class ScimRouter;
class Store;
class TokenService;

/// The receiver's parts that live on its worker thread: the one writer connection to the store
/// (open for the worker's whole life, listening or not), the token service, the router (with the
/// token endpoint and its key-set cache), the
/// request log recorder and, while listening, the HTTP server. Created and driven by Receiver
/// through queued calls; every function runs on the worker thread.
///
/// A request's change, its audit events and its request-log row commit in one transaction
/// (ResourceService's own transaction becomes a savepoint inside it), and the response is written
/// only after the commit. The requests handled in one turn of the worker's event loop share that
/// transaction (group commit): each is handled as it arrives, and when the loop is about to wait
/// for more (QAbstractEventDispatcher::aboutToBlock; a turn that changed something first waits up
/// to kCommitDelayMs for the requests other open connections are sending, see waitsForSiblings()),
/// or after kMaxTurn requests, their log rows,
/// the counters of the current provisioning cycle and minute, and the changes commit once and all
/// of them are answered. A turn that cannot commit changes nothing, and each of its requests that
/// wrote is answered with a SCIM error (500). The log rows of turns that changed nothing (lookups,
/// refusals) are written together, at the next change's commit or after at most kReadFlushMs.
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
    /// Most requests one turn holds before it is committed and answered.
    static constexpr int kMaxTurn = 64;
    /// Longest time a turn that changed something waits for the requests of other open
    /// connections before it commits, in milliseconds (see waitsForSiblings()).
    static constexpr int kCommitDelayMs = 2;
    /// Waits in a row that brought no other request after which turns stop waiting, until a turn
    /// holds two requests or more without having waited (see waitsForSiblings()).
    static constexpr int kMaxFruitlessWaits = 2;
    /// How often the fault rules' revision is read from the store, in milliseconds: a rule
    /// changed by the window, the command line or another process applies within a second.
    static constexpr int kFaultPollMs = 500;

Q_SIGNALS:
    /// Listening on `port`; `tenantUrl` is the URL to give the IdP.
    void started(const QString &tenantUrl, quint16 port, quint64 generation);
    void failed(const QString &message, quint64 generation);
    void stopped(quint64 generation);
    /// Requests were answered and stored in the request log (each record.id set; 0 when it could
    /// not be stored), in the order they were recorded: those a turn stored (with the reads and
    /// refusals queued before it) in one signal, so that a turn of many requests posts one event
    /// to the receiving thread, not one each.
    void requestsHandled(const QList<scimmon::RequestRecord> &records);
    /// The fault rules in effect changed; `enabled` of them are enabled (0: the receiver answers
    /// as itself).
    void faultRulesChanged(int enabled);

private:
    bool openStore(const StoreConfig &config, QString *error);
    void closeStore();
    void stopListening();
    /// Handles one request inside the current turn's transaction (opening it when none is
    /// open); the response waits in the turn for completeTurn(). See the class comment. A
    /// jwt-bearer token request first fetches its issuer's key set when it is not cached, then
    /// comes back with `keysFetched`.
    void exchange(const HttpRequest &request, RequestRecord &&record, ResponseWriter writer, bool keysFetched = false);
    /// Commits the open turn (its log rows, counters and changes) and writes its responses; a
    /// no-op when no turn is open. Called when the event loop is about to wait, and before any
    /// other work on the store.
    void completeTurn();
    /// The event loop is about to wait: commits the open turn, unless waitsForSiblings().
    void turnIdle();
    /// True when the open turn changed something, holds fewer requests than there are open
    /// connections, and its first request came less than kCommitDelayMs ago: the requests other
    /// clients are sending then share its commit (as PostgreSQL's commit_delay with
    /// commit_siblings), and the commit's WAL writes are shared by more requests. Open connections
    /// are not always busy ones (a client that keeps a pool of keep-alive connections and sends
    /// one request at a time): after kMaxFruitlessWaits waits in a row that brought no other
    /// request, turns of one request commit at once until a turn holds two requests or more
    /// without having waited.
    bool waitsForSiblings() const;
    /// Queues a request the HTTP edge refused (it changed nothing) for the next flush().
    void recordRefused(RequestRecord record);
    /// Appends the queued log rows of requests that changed nothing; call inside a transaction.
    /// False on a store failure; the queue is empty afterwards either way (the rows move to the
    /// ones reportRecorded() reports, unstored when the transaction fails).
    bool recordQueued();
    /// Reports the requests of the last committed (`stored`) or failed transaction.
    void reportRecorded(bool stored);
    /// Writes the queued log rows and the cycle and minute counters in one transaction.
    void flush();
    /// One retention step (see kPruneBatch).
    void pruneLog();
    /// Reads the fault rules again when their revision in the store changed (see kFaultPollMs).
    void reloadFaults();
    /// Makes `rule`'s fault of the request answered with `response` and recorded in `record`: its
    /// SCIM error, the operation the identity provider sees (refused), the rule's name.
    static void applyFault(const FaultRule &rule, HttpResponse &response, RequestRecord &record);
    /// Writes `response` with `writer` after `delayMs`, or drops the connection as `drop` says.
    void deliver(const ResponseWriter &writer, const HttpResponse &response, FaultDrop drop, qint64 delayMs);

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
    QTimer m_faultTimer;
    QTimer m_commitTimer; ///< ends a turn's wait for siblings (kCommitDelayMs)
    FaultInjector m_faults;
    JwksCache *m_keys; ///< key sets of the token endpoint's jwt-bearer grant (a child: same thread)
    qint64 m_faultRevision = -1; ///< of the rules m_faults holds; -1: none read yet
    /// A request handled in the open turn, waiting for its commit.
    struct Pending
    {
        ResponseWriter writer;
        bool closeAfterResponse = false;
        HttpResponse response;
        RequestRecord record;
        bool wrote = false; ///< it ran a statement that writes
        QElapsedTimer timer; ///< since the request was handed over
        FaultDrop drop = FaultDrop::None; ///< a fault rule drops the connection instead
        qint64 delayMs = 0; ///< a fault rule delays the answer
    };
    QList<Pending> m_turn;
    bool m_turnOpen = false; ///< the turn's transaction is open
    qsizetype m_waitedWith = 0; ///< requests in the turn when its wait for siblings began; 0: none
    int m_fruitlessWaits = 0; ///< waits in a row after which the turn held no more requests
    QList<RequestRecord> m_queued; ///< answered, not stored yet (they changed nothing)
    QList<RequestRecord> m_recorded; ///< stored in the open transaction, reported after it
};

} // namespace scimmon
