#include "receiver/receiver.h"

#include "receiver/receiverworker.h"

#include <QThread>

namespace scimmon {

Receiver::Receiver(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<scimmon::RequestRecord>();
}

Receiver::~Receiver()
{
    stop();
}

void Receiver::setState(State state)
{
    m_state = state;
    Q_EMIT stateChanged(state);
}

void Receiver::start(const ReceiverConfig &config)
{
    stop();
    m_error.clear();
    m_config = config;
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("scim-receiver"));
    m_worker = new ReceiverWorker(config);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &ReceiverWorker::started, this, [this](const QString &url, quint16 port) {
        m_tenantUrl = url;
        m_port = port;
        setState(State::Listening);
    });
    connect(m_worker, &ReceiverWorker::failed, this, [this](const QString &message) {
        m_error = message;
        setState(State::Failed);
    });
    connect(m_worker, &ReceiverWorker::requestHandled, this, &Receiver::requestHandled);
    m_thread->start();
    setState(State::Starting);
    QMetaObject::invokeMethod(m_worker, &ReceiverWorker::start, Qt::QueuedConnection);
}

void Receiver::stop()
{
    if (!m_thread)
        return;
    ReceiverWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker] { worker->stop(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_thread; // the worker was deleted by deleteLater when the thread finished
    m_thread = nullptr;
    m_worker = nullptr;
    m_tenantUrl.clear();
    m_port = 0;
    if (m_state != State::Failed)
        setState(State::Stopped);
}

} // namespace scimmon
