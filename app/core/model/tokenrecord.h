#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace scimmon {

/// A Secret Token as stored: never the token itself, only its SHA-256 hash.
struct TokenRecord
{
    qint64 id = 0;
    QString label;
    QByteArray hash; ///< hex SHA-256 of the token text
    QDateTime created;
    QDateTime expires; ///< invalid: never expires
    QDateTime revoked; ///< invalid: not revoked
    QDateTime lastUsed;
    qint64 requestCount = 0;
};

} // namespace scimmon
