#pragma once

#include "../store/storeconfig.h"

#include <QHostAddress>
#include <QString>

namespace scimmon {

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

    /// Parses "HOST:PORT", "[v6]:PORT", ":PORT" or "PORT" into address and port. Returns false
    /// with `*error` set when it is not one of those.
    bool setListen(const QString &hostPort, QString *error);
    /// "HOST:PORT" as setListen() reads it.
    QString listenText() const;
};

} // namespace scimmon
