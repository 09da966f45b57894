#pragma once

#include "model/requestrecord.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace scimmon {

/// Which requests of the provisioning log to show, count or export. Every field that is set must
/// hold (AND); an empty field does not restrict. The same rules are applied to live records by
/// matches() and to the stored log in SQL by the store, so that both agree.
struct RequestFilter
{
    /// Free text, found without regard to ASCII letter case in the path, target, resource id,
    /// client, method, operation (and the operation a refused request attempted), token label,
    /// IdP, status code or quirk notes. Bodies and headers are not searched (they can be large).
    QString text;
    QList<int> statusClasses; ///< any of these classes: 2 for 2xx, 3, 4, 5
    QList<Operation> operations; ///< any of these operations
    QString resourceType; ///< "User", "Group", or kNoResourceType for requests on neither
    std::optional<Idp> idp; ///< this IdP; nullopt: any
    QDateTime from; ///< inclusive, UTC; invalid: from the start
    QDateTime to; ///< inclusive, UTC; invalid: up to now
    /// Requests that touched this resource: made on it (resourceId), or group membership changes
    /// that added or removed it as a member.
    QString touching;
    qint64 cycleId = 0; ///< requests of this provisioning cycle; 0: any

    /// resourceType value for requests on no User or Group (discovery, refused requests, ...).
    static inline const QString kNoResourceType = QStringLiteral("None");

    /// True when nothing restricts.
    bool isEmpty() const;
    /// True when `record` passes every condition (as the store's SQL would decide).
    bool matches(const RequestRecord &record) const;
    /// `text` lower-cased in the ASCII range only, as SQLite's lower() does.
    static QString asciiLower(const QString &text);

    friend bool operator==(const RequestFilter &, const RequestFilter &) = default;
};

} // namespace scimmon
