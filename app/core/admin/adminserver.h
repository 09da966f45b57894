#pragma once

#include "admin/metricsregistry.h"
#include "receiver/receiverconfig.h"

#include <QHostAddress>
#include <QObject>

#include <memory>

class QHttpServer;

namespace scimmon {

class GuardedTcpServer;
class Receiver;
class Store;

/// The headless receiver's admin listener, apart from the Tenant URL (loopback by default, so
/// that neither the IdP nor the internet reaches it), for a fleet's monitoring:
/// - `GET /metrics`: MetricsRegistry's Prometheus text (version 0.0.4), with the resources read
///   from the store at each scrape;
/// - `GET /livez`: 200 while the process answers;
/// - `GET /readyz`: 200 when the database is reachable (a read transaction on the server's own
///   connection), the receiver's listener is bound and its certificate (HTTPS) is valid; 503
///   otherwise. The body lists each check, "ok" or why not.
/// QtHttpServer on a GuardedTcpServer (the body, head and idle limits the receiver uses; admin
/// requests have no body). Lives on the thread that creates it, beside the Receiver.
class AdminServer : public QObject
{
    Q_OBJECT
public:
    /// `receiver` must outlive the server; `config` is what it was started with (its store and
    /// certificate are checked).
    AdminServer(const Receiver &receiver, const ReceiverConfig &config, const QString &version,
                QObject *parent = nullptr);
    ~AdminServer() override;

    /// Listens on `address`:`port` (0: any free port). False with `*error` set when it cannot.
    bool listen(const QHostAddress &address, quint16 port, QString *error);
    /// The port listened on (0 before listen()).
    quint16 port() const { return m_port; }
    /// What the requests counted so far go to (fed from Receiver::requestHandled()).
    MetricsRegistry &metrics() { return m_metrics; }

    /// The readiness checks as /readyz reports them: each line "name: ok" or "name: why"; `ready`
    /// is set when every check passed.
    QString readiness(bool *ready);

private:
    /// The store connection of scrapes and readiness checks, opened on first use (nullptr with
    /// `*error` set when it cannot be).
    Store *store(QString *error);

    const Receiver &m_receiver;
    ReceiverConfig m_config;
    MetricsRegistry m_metrics;
    std::unique_ptr<QHttpServer> m_http;
    GuardedTcpServer *m_tcp = nullptr;
    std::unique_ptr<Store> m_store;
    quint16 m_port = 0;
};

} // namespace scimmon
