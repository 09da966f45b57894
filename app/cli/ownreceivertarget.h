#pragma once

#include "receiver/receiverconfig.h"

#include <QLockFile>
#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>

namespace scimmon {

class Receiver;

/// The app's own receiver as the target of `scim-monitor simulate` without --target. When no
/// other scim-monitor holds the data directory's receiver lock, it takes the lock and starts an
/// in-process receiver on the data directory's store, on 127.0.0.1 and a free port (plain HTTP:
/// the traffic never leaves the machine). When another process holds the lock (the window or
/// --headless is running), the requests go to that receiver at the Tenant URL it announces in the
/// data directory (Receiver::setAddressFile()), or else at the listen address of the data
/// directory's settings (127.0.0.1 for an address that listens on all interfaces; a self-signed
/// certificate is accepted, since it is the app's own). Either way a Secret Token is created for
/// the run (label "Simulation <run id>", expiring after a day should the run be killed) and
/// revoked and deleted by close(). Single-threaded, on the caller's event loop.
class OwnReceiverTarget : public QObject
{
    Q_OBJECT

public:
    explicit OwnReceiverTarget(QObject *parent = nullptr);
    ~OwnReceiverTarget() override;

    /// Makes the target ready: `ready(true, {})` once requests can be sent, or `ready(false,
    /// why)` (one English sentence). `config` is the data directory's receiver configuration
    /// (store and saved listen address); `runId` names the token.
    void open(const ReceiverConfig &config, const QString &dataDir, const QString &runId,
              std::function<void(bool ok, const QString &error)> ready);
    /// Revokes and deletes the run's token, stops the in-process receiver, then calls `closed`.
    void close(std::function<void()> closed);

    QUrl tenantUrl() const { return m_tenantUrl; }
    QByteArray token() const { return m_token; }
    /// True when the running receiver serves HTTPS (its certificate is accepted as is).
    bool insecure() const { return m_tenantUrl.scheme() == QStringLiteral("https"); }
    /// The target's identity in the state file: the data directory, since the port changes.
    static QString identity(const QString &dataDir);
    /// True when the in-process receiver serves (false: another process's receiver does).
    bool inProcess() const { return m_receiver != nullptr; }

private:
    bool createToken(const QString &runId, QString *error);

    ReceiverConfig m_config;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<Receiver> m_receiver;
    QUrl m_tenantUrl;
    QByteArray m_token;
    qint64 m_tokenId = 0;
};

} // namespace scimmon
