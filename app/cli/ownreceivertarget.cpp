#include "cli/ownreceivertarget.h"

#include "receiver/receiver.h"
#include "scim/scimconstants.h"
#include "service/tokenservice.h"
#include "simulator/simulatorstate.h"
#include "store/storefactory.h"

#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

namespace scimmon {

OwnReceiverTarget::OwnReceiverTarget(QObject *parent)
    : QObject(parent)
{
}

OwnReceiverTarget::~OwnReceiverTarget() = default;

QString OwnReceiverTarget::identity(const QString &dataDir)
{
    return SimulatorState::ownReceiverIdentity(dataDir);
}

bool OwnReceiverTarget::createToken(const QString &runId, QString *error)
{
    auto store = StoreFactory::open(m_config.store, u"simulate-token"_s, error);
    if (!store)
        return false;
    TokenService tokens(*store);
    tokens.setActor(u"simulate"_s);
    const auto created = tokens.create(u"Simulation %1"_s.arg(runId.left(8)), 1, error);
    if (!created)
        return false;
    m_token = created->secret.toUtf8();
    m_tokenId = created->record.id;
    return true;
}

void OwnReceiverTarget::open(const ReceiverConfig &config, const QString &dataDir, const QString &runId,
                             std::function<void(bool, const QString &)> ready)
{
    m_config = config;
    QString error;
    m_lock = std::make_unique<QLockFile>(QDir(dataDir).absoluteFilePath(u"scim-monitor.lock"_s));
    m_lock->setStaleLockTime(0);
    const bool own = m_lock->tryLock(0);
    if (!own)
        m_lock.reset();
    if (!createToken(runId, &error)) {
        ready(false, u"cannot create a Secret Token for the run: "_s + error);
        return;
    }
    if (!own) {
        // Another scim-monitor serves this data directory: send to the Tenant URL it announces,
        // or else to the listen address of the settings.
        QFile announced(QDir(dataDir).absoluteFilePath(QString::fromLatin1(Receiver::kAddressFileName)));
        if (announced.open(QIODevice::ReadOnly)) {
            const QUrl url(QString::fromUtf8(announced.readAll().trimmed()), QUrl::StrictMode);
            if (url.isValid() && (url.scheme() == "http"_L1 || url.scheme() == "https"_L1)) {
                m_tenantUrl = url;
                ready(true, {});
                return;
            }
        }
        QHostAddress address = config.address;
        if (address == QHostAddress::AnyIPv4 || address == QHostAddress::Any)
            address = QHostAddress::LocalHost;
        else if (address == QHostAddress::AnyIPv6)
            address = QHostAddress::LocalHostIPv6;
        QUrl url;
        url.setScheme(config.scheme());
        url.setHost(address.toString());
        url.setPort(config.port);
        url.setPath(kScimBasePath);
        m_tenantUrl = url;
        ready(true, {});
        return;
    }
    ReceiverConfig local = config;
    local.address = QHostAddress::LocalHost;
    local.port = 0;
    local.tls = TlsFiles{};
    m_receiver = std::make_unique<Receiver>();
    // A second `simulate` on this data directory meanwhile sends to this receiver.
    m_receiver->setAddressFile(QDir(dataDir).absoluteFilePath(QString::fromLatin1(Receiver::kAddressFileName)));
    connect(m_receiver.get(), &Receiver::stateChanged, this, [this, ready](Receiver::State state) {
        if (state == Receiver::State::Listening) {
            m_tenantUrl = QUrl(m_receiver->tenantUrl());
            ready(true, {});
        } else if (state == Receiver::State::Failed) {
            ready(false, u"the receiver did not start: "_s + m_receiver->errorString());
        }
    });
    m_receiver->start(local);
}

void OwnReceiverTarget::close(std::function<void()> closed)
{
    if (m_tokenId > 0) {
        QString error;
        if (auto store = StoreFactory::open(m_config.store, u"simulate-token"_s, &error)) {
            TokenService tokens(*store);
            tokens.setActor(u"simulate"_s);
            if (tokens.revoke(m_tokenId, &error))
                tokens.remove(m_tokenId, &error);
        }
        m_tokenId = 0;
    }
    if (!m_receiver || m_receiver->state() == Receiver::State::Stopped
        || m_receiver->state() == Receiver::State::Failed) {
        closed();
        return;
    }
    connect(m_receiver.get(), &Receiver::stateChanged, this, [closed](Receiver::State state) {
        if (state == Receiver::State::Stopped)
            closed();
    });
    m_receiver->stop();
}

} // namespace scimmon
