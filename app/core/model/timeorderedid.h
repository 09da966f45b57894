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
    /// ("0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b"). The ids one process makes sort strictly in the
    /// order they were made, also within one millisecond: the 12 bits after the version are a
    /// counter (RFC 9562 §6.2, Method 1) that starts at a random value in its lower half each new
    /// millisecond and counts up; when it runs out (over 2,048 ids in one millisecond) the id
    /// takes the next millisecond, ahead of the clock. When the clock goes back, ids keep the last
    /// millisecond and its counter until the clock has caught up. Thread-safe.
    static QString create();
    /// An id for the time `msSinceEpoch` (Unix time, milliseconds; from 0 to 2^48 - 1), with the
    /// 12 bits after the version random: ids of one millisecond made this way are in no order.
    static QString create(qint64 msSinceEpoch);

private:
    /// The id of `msSinceEpoch` with `randA` (12 bits) after the version and random bits after
    /// the variant.
    static QString compose(qint64 msSinceEpoch, quint16 randA);
};

} // namespace scimmon
