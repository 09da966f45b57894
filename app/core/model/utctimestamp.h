#pragma once

#include <QDateTime>
#include <QString>

namespace scimmon {

/// The one text form of a point in time that the store, the request log and SCIM's meta.created
/// and meta.lastModified use: RFC 3339 / ISO 8601 in UTC with milliseconds,
/// "2026-12-06T08:27:35.123Z".
class UtcTimestamp
{
public:
    /// `dt` in UTC as "yyyy-MM-ddTHH:mm:ss.zzzZ"; empty for an invalid `dt`. The same text as
    /// dt.toUTC().toString(Qt::ISODateWithMs), which it falls back to for years outside
    /// 1..9999, written directly from the milliseconds since the epoch: Qt's general formatter
    /// took 2% of the receiver thread's time, several timestamps per request.
    static QString text(const QDateTime &dt);
};

} // namespace scimmon
