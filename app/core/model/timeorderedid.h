#pragma once

#include <QDateTime>
#include <QString>

namespace scimmon {

/// Identifiers the service hands out (a new resource's `id`, a request's reference) as UUID
/// version 7 (RFC 9562 §5.7): 48 bits of Unix time in milliseconds, then 74 random bits. They are
/// as unique and as opaque to a client as random UUIDs (RFC 7643 §3.1 asks only for a stable,
/// unique `id`), but ids made one after another sort one after another, so that the store's
/// indexes on them grow at their end: a transaction holding many new rows writes one index page
/// instead of one page per row.
class TimeOrderedId
{
public:
    /// A new id for the current time, lower-case with dashes and without braces
    /// ("0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b").
    static QString create();
    /// The same for the time `msSinceEpoch` (Unix time, milliseconds; from 0 to 2^48 - 1).
    static QString create(qint64 msSinceEpoch);
};

} // namespace scimmon
