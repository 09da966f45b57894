#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace scimmon {

/// A bearer token as stored: never the token itself, only its SHA-256 hash. Either a Secret Token
/// an administrator created, or an access token the token endpoint issued to an OAuth client.
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
    qint64 client = 0; ///< OAuthClient::id of an issued access token; 0 for a Secret Token

    bool isAccessToken() const { return client != 0; }
};

} // namespace scimmon
