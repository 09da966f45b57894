#pragma once

#include "model/requestrecord.h"
#include "receiver/receiverconfig.h"

#include <QObject>
#include <QPointer>

class QThread;

namespace scimmon {

class ReceiverWorker;

/// The SCIM receiver as the rest of the app sees it: start() runs the HTTP server, the router and
/// the store's writer connection on a worker thread, so the caller's thread never waits on the
/// network or the disk; requests are reported through requestHandled(), already stored in the
/// request log. Create, use and destroy it on one thread (the GUI or main thread).
class Receiver : public QObject
{
    Q_OBJECT
public:
    enum class State { Stopped, Starting, Listening, Failed };
    Q_ENUM(State)

    explicit Receiver(QObject *parent = nullptr);
    ~Receiver() override;

    /// Starts the receiver with `config` (stopping it first if it runs). State goes to Starting,
    /// then Listening (tenantUrl() set) or Failed (errorString() set), announced by stateChanged().
    void start(const ReceiverConfig &config);
    /// Stops listening and closes the store; returns once the worker thread has finished.
    void stop();

    /// The configuration of the last start() (the one running while Listening).
    const ReceiverConfig &config() const { return m_config; }
    State state() const { return m_state; }
    /// The Tenant URL, e.g. "http://127.0.0.1:8080/scim/v2"; empty unless Listening.
    QString tenantUrl() const { return m_tenantUrl; }
    quint16 port() const { return m_port; }
    QString errorString() const { return m_error; }

Q_SIGNALS:
    void stateChanged(scimmon::Receiver::State state);
    /// One request was answered; `record.id` is its row in the request log.
    void requestHandled(const scimmon::RequestRecord &record);

private:
    void setState(State state);

    QThread *m_thread = nullptr;
    ReceiverWorker *m_worker = nullptr;
    ReceiverConfig m_config;
    State m_state = State::Stopped;
    QString m_tenantUrl;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace scimmon
