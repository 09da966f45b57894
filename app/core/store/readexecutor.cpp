#include "store/readexecutor.h"

#include "store/storefactory.h"

#include <QThread>

using namespace Qt::StringLiterals;

namespace scimmon {

ReadExecutor::ReadExecutor(StoreConfig config)
    : m_config(std::move(config))
{
    m_config.readOnly = true; // every write goes to the receiver's writer (Receiver::write)
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1); // keep the one thread, and with it the connection
}

ReadExecutor::~ReadExecutor()
{
    QtConcurrent::run(&m_pool, [this] { m_store.reset(); }).waitForFinished();
    m_pool.waitForDone();
}

Store *ReadExecutor::storeOnThisThread()
{
    if (!m_store) {
        QString error;
        m_store = StoreFactory::open(m_config, u"reader-%1"_s.arg(quintptr(this)), &error);
        m_openError = error;
    }
    return m_store.get();
}

QString ReadExecutor::openError() const
{
    return m_openError;
}

} // namespace scimmon
