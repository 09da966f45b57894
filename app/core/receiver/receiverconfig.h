#pragma once

#include "platform/tlscredentials.h"
#include "store/storeconfig.h"

#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace scimmon {

class AppSettings;

/// Everything the receiver needs to run.
struct ReceiverConfig
{
    StoreConfig store;
    QHostAddress address = QHostAddress::LocalHost; ///< interface to listen on
    quint16 port = 8080; ///< 0: any free port
    qint64 maxBodyBytes = 10 * 1024 * 1024; ///< largest request body accepted, bytes (413 above)
    int idleTimeoutMs = 60 * 1000; ///< idle connection lifetime and whole-request deadline, ms
    int headTimeoutMs = 10 * 1000; ///< deadline for a request's head, milliseconds
    int maxConnections = 256; ///< open connections at most (503 above)
    /// Reverse proxies whose X-Forwarded-For is believed: addresses or subnets ("10.0.0.0/8").
    /// Requests from any other peer are logged with the peer's address. Empty: none.
    QList<QPair<QHostAddress, int>> trustedProxies;
    int logRetentionDays = 30; ///< request log entries older than this are deleted; 0: kept
    qint64 logRetentionRows = 1000000; ///< at most this many request log entries are kept; 0: no limit
    /// HTTPS when `tls.certificateFile` is set (TLS 1.2 or newer, see TlsCredentials); plain HTTP
    /// otherwise. The files are read when the receiver starts.
    TlsFiles tls;

    /// Takes the receiver settings of `settings` (listen address, limits, trusted proxies, log
    /// retention, certificate and key files; not the key's passphrase, which lives in the
    /// keychain). `listenOverride` ("HOST:PORT", from --listen) replaces the saved listen address
    /// when not empty. Returns false with `*error` naming the setting when one is invalid.
    bool applySettings(const AppSettings &settings, const QString &listenOverride, QString *error);
    /// The scheme of the Tenant URL: "https" with a certificate, "http" without.
    QString scheme() const { return tls.enabled() ? QStringLiteral("https") : QStringLiteral("http"); }

    /// Parses "HOST:PORT", "[v6]:PORT", ":PORT" or "PORT" into address and port. Returns false
    /// with `*error` set when it is not one of those.
    bool setListen(const QString &hostPort, QString *error);
    /// "HOST:PORT" as setListen() reads it.
    QString listenText() const;
    /// Parses addresses and subnets ("127.0.0.1", "::1", "10.0.0.0/8") into trustedProxies.
    /// Returns false with `*error` naming the first entry that is neither.
    bool setTrustedProxies(const QStringList &entries, QString *error);
};

} // namespace scimmon
