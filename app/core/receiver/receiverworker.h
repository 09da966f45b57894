#pragma once

#include "model/trafficminute.h"
#include "receiver/receiverconfig.h"
#include "service/cycletracker.h"
#include "store/store.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <optional>

namespace scimmon {

class GuardedTcpServer;
class ScimHttpServer;
class ScimRouter;
class TokenService;

/// The receiver's parts that live on its worker thread: the writer connection to the store, the
/// token service, the router and the HTTP server. Created and driven by Receiver; not used directly.
class ReceiverWorker : public QObject
{
    Q_OBJECT
public:
    explicit ReceiverWorker(ReceiverConfig config);
    ~ReceiverWorker() override;

    /// Opens the store and starts listening. Emits started() or failed(). Worker thread only.
    void start();
    /// Stops listening, writes pending token usage and closes the store. Worker thread only.
    void stop();

    /// Entries deleted by one retention step; further steps follow at once (as separate events,
    /// so that requests are answered in between) until one deletes fewer.
    static constexpr int kPruneBatch = 500;
    /// How often the retention setting is applied, in milliseconds (also once at start).
    static constexpr int kPruneIntervalMs = 60 * 1000;

Q_SIGNALS:
    /// Listening on `port`; `tenantUrl` is the URL to give the IdP.
    void started(const QString &tenantUrl, quint16 port);
    void failed(const QString &message);
    /// A request was answered and stored in the request log (record.id set).
    void requestHandled(const scimmon::RequestRecord &record);

private:
    /// Stores one answered request in the request log, in its provisioning cycle and in the
    /// traffic of its minute (one transaction), then emits requestHandled().
    void record(RequestRecord record);
    /// One retention step (see kPruneBatch).
    void pruneLog();

    ReceiverConfig m_config;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<TokenService> m_tokens;
    std::unique_ptr<ScimRouter> m_router;
    ScimHttpServer *m_server = nullptr;
    QPointer<GuardedTcpServer> m_tcp;
    QTimer m_usageTimer;
    QTimer m_retentionTimer;
    CycleTracker m_cycles;
    std::optional<TrafficMinute> m_minute; ///< the traffic of the current minute, as stored
};

} // namespace scimmon
