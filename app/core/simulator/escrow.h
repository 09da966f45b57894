#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace scimmon {

/// Entra's escrow of one object whose last export failed (idp-behaviour.md §2): how often it
/// failed, with which provisioning-log error code, and when Entra would retry it (gaps of about
/// 30 min, 1 h, 2 h, 4 h, 8 h). The simulator compresses time: an escrowed object is retried in
/// the next cycle it runs, and `nextRetry` shows when Entra itself would have retried.
struct Escrow
{
    int attempts = 0; ///< failed exports in a row; 0: not escrowed
    QString errorCode; ///< the Entra (or Okta) code of the last failure, e.g. "TooManyRequests"
    QDateTime lastFailure; ///< UTC
    QDateTime nextRetry; ///< UTC, when Entra would retry

    bool active() const { return attempts > 0; }
    /// Counts one more failure at `now` (UTC) with `code`, and sets nextRetry by Entra's gaps.
    void fail(const QString &code, const QDateTime &now);
    /// Ends the escrow after a successful export.
    void clear() { *this = Escrow(); }

    QJsonObject toJson() const;
    static Escrow fromJson(const QJsonObject &json);
};

} // namespace scimmon
