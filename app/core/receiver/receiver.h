#pragma once

#include "model/requestrecord.h"
#include "receiver/receiverconfig.h"
#include "receiver/receiverworker.h"

#include <QFuture>
#include <QMutex>
#include <QObject>
#include <QPromise>

#include <functional>
#include <memory>

class QThread;

namespace scimmon {

class Store;

/// The SCIM receiver as the rest of the app sees it. A worker thread, alive as long as the
/// Receiver, runs the HTTP server, the router and the store's one writer connection, so the
/// caller's thread never waits on the network or the disk: start(), stop() and write() return at
/// once, and their outcomes arrive as signals or futures. Requests are reported through
/// requestHandled(), already stored in the request log. Create, use and destroy it on one thread
/// (the GUI or main thread); only the destructor waits for the worker.
class Receiver : public QObject
{
    Q_OBJECT
public:
    enum class State { Stopped, Starting, Listening, Stopping, Failed };
    Q_ENUM(State)

    explicit Receiver(QObject *parent = nullptr);
    /// Stops listening, writes pending token usage, closes the store and ends the worker thread
    /// (waiting for the request being answered, if any).
    ~Receiver() override;

    /// Listens with `config` (stopping first if it listens). State goes to Starting, then
    /// Listening (tenantUrl() set) or Failed (errorString() set), announced by stateChanged().
    /// Returns at once.
    void start(const ReceiverConfig &config);
    /// Stops listening; the store stays open for write(). State goes to Stopping, then Stopped.
    /// Returns at once.
    void stop();
    /// The database write() uses before the first start() (afterwards, the started one).
    void useStore(const StoreConfig &config);
    /// True once useStore() or start() named the database write() uses.
    bool hasStore() const { return m_hasStore; }

    /// Runs `change` on the worker thread with the writer connection: the one way the window
    /// changes data (token changes, deletions, settings audit), so that the window's reader never
    /// writes. The future holds its result, or a default-constructed T when the store cannot be
    /// opened (storeError() then says why). Deliver it to the GUI with WriteTask.
    template<class T>
    QFuture<T> write(std::function<T(Store &)> change)
    {
        auto promise = std::make_shared<QPromise<T>>();
        QFuture<T> future = promise->future();
        promise->start();
        ReceiverWorker *worker = m_worker;
        const StoreConfig store = m_storeConfig;
        const std::shared_ptr<StoreError> error = m_storeError;
        QMetaObject::invokeMethod(
            m_worker,
            [worker, store, error, promise, change = std::move(change)] {
                QString why;
                Store *writer = worker->writer(store, &why);
                error->set(why);
                promise->addResult(writer ? change(*writer) : T());
                promise->finish();
            },
            Qt::QueuedConnection);
        return future;
    }
    /// Why the writer store could not be opened for the last write(); empty when it was.
    QString storeError() const { return m_storeError->get(); }

    /// The configuration of the last start() (the one running while Listening).
    const ReceiverConfig &config() const { return m_config; }
    /// True once start() was called: config() is then the configuration asked for.
    bool hasStarted() const { return m_started; }
    State state() const { return m_state; }
    /// The Tenant URL, e.g. "http://127.0.0.1:8080/scim/v2"; empty unless Listening.
    QString tenantUrl() const { return m_tenantUrl; }
    quint16 port() const { return m_port; }
    QString errorString() const { return m_error; }

    /// Makes the receiver write its Tenant URL to `path` (one line) while it listens and remove the
    /// file when it stops, fails or is destroyed, so that another process (`scim-monitor
    /// simulate`) finds the receiver of a data directory even when its port was chosen at start
    /// (--listen 127.0.0.1:0). Empty: no file. See kAddressFileName.
    void setAddressFile(const QString &path) { m_addressFile = path; }
    /// The address file's name in a data directory.
    static constexpr const char *kAddressFileName = "receiver-address";

Q_SIGNALS:
    void stateChanged(scimmon::Receiver::State state);
    /// One request was answered; `record.id` is its row in the request log.
    void requestHandled(const scimmon::RequestRecord &record);
    /// The fault rules in effect changed (read from the store within a second of any change);
    /// `enabled` of them are enabled: while above 0 the receiver misbehaves on purpose.
    void faultRulesChanged(int enabled);

private:
    /// Why the last write() found no store: set on the worker thread, read on the caller's.
    class StoreError
    {
    public:
        void set(const QString &text)
        {
            const QMutexLocker lock(&m_mutex);
            m_text = text;
        }
        QString get() const
        {
            const QMutexLocker lock(&m_mutex);
            return m_text;
        }

    private:
        mutable QMutex m_mutex;
        QString m_text;
    };

    void setState(State state);

    QThread *m_thread = nullptr;
    ReceiverWorker *m_worker = nullptr;
    ReceiverConfig m_config;
    StoreConfig m_storeConfig;
    bool m_hasStore = false;
    bool m_started = false;
    std::shared_ptr<StoreError> m_storeError = std::make_shared<StoreError>();
    quint64 m_generation = 0; ///< of the latest start() or stop(); older answers are stale
    State m_state = State::Stopped;
    QString m_tenantUrl;
    quint16 m_port = 0;
    QString m_error;
    QString m_addressFile;
};

} // namespace scimmon
