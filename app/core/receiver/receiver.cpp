#include "receiver/receiver.h"

#include <QFile>
#include <QSaveFile>
#include <QThread>

namespace scimmon {

Receiver::Receiver(QObject *parent)
    : QObject(parent)
    , m_thread(new QThread(this))
    , m_worker(new ReceiverWorker)
{
    qRegisterMetaType<scimmon::RequestRecord>();
    qRegisterMetaType<QList<scimmon::RequestRecord>>();
    m_thread->setObjectName(QStringLiteral("scim-receiver"));
    m_worker->moveToThread(m_thread);
    connect(m_worker, &ReceiverWorker::started, this, [this](const QString &url, quint16 port, quint64 generation) {
        if (generation != m_generation)
            return;
        m_tenantUrl = url;
        m_port = port;
        setState(State::Listening);
    });
    connect(m_worker, &ReceiverWorker::failed, this, [this](const QString &message, quint64 generation) {
        if (generation != m_generation)
            return;
        m_error = message;
        setState(State::Failed);
    });
    connect(m_worker, &ReceiverWorker::stopped, this, [this](quint64 generation) {
        if (generation == m_generation && m_state != State::Failed)
            setState(State::Stopped);
    });
    connect(m_worker, &ReceiverWorker::requestsHandled, this, [this](const QList<RequestRecord> &records) {
        for (const RequestRecord &r : records)
            Q_EMIT requestHandled(r);
    });
    connect(m_worker, &ReceiverWorker::faultRulesChanged, this, &Receiver::faultRulesChanged);
    m_thread->start();
}

Receiver::~Receiver()
{
    if (!m_addressFile.isEmpty())
        QFile::remove(m_addressFile);
    ReceiverWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker,
        [worker] {
            worker->shutdown();
            delete worker;
        },
        Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

void Receiver::setState(State state)
{
    m_state = state;
    if (!m_addressFile.isEmpty()) {
        if (state == State::Listening) {
            QSaveFile file(m_addressFile);
            if (file.open(QIODevice::WriteOnly)) {
                file.write(m_tenantUrl.toUtf8() + '\n');
                file.commit();
            }
        } else if (state == State::Stopped || state == State::Failed) {
            QFile::remove(m_addressFile);
        }
    }
    Q_EMIT stateChanged(state);
}

void Receiver::useStore(const StoreConfig &config)
{
    m_storeConfig = config;
    m_hasStore = true;
}

void Receiver::start(const ReceiverConfig &config)
{
    m_error.clear();
    m_config = config;
    m_started = true;
    useStore(config.store);
    m_tenantUrl.clear();
    m_port = 0;
    const quint64 generation = ++m_generation;
    ReceiverWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, config, generation] { worker->start(config, generation); }, Qt::QueuedConnection);
    setState(State::Starting);
}

void Receiver::stop()
{
    if (m_state == State::Stopped || m_state == State::Stopping)
        return;
    m_tenantUrl.clear();
    m_port = 0;
    const quint64 generation = ++m_generation;
    ReceiverWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, generation] { worker->stop(generation); }, Qt::QueuedConnection);
    if (m_state != State::Failed)
        setState(State::Stopping);
}

} // namespace scimmon
