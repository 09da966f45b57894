#pragma once

#include "model/faultrule.h"

#include <QList>

namespace scimmon {

/// The fault injection rules, in order, and a revision that every change raises, so that a
/// receiver (in this process or another one on the same store) sees a change by reading one
/// number. The rules are written as a whole: a change never half-applies.
class FaultRuleRepository
{
public:
    virtual ~FaultRuleRepository() = default;

    /// The rules in the order they are tried. Empty on a store failure too (see lastError()).
    virtual QList<FaultRule> all() = 0;
    /// The revision of the stored rules: 0 before any change, raised by each replace(); -1 on a
    /// store failure.
    virtual qint64 revision() = 0;
    /// Replaces every rule with `rules` (in this order) and raises the revision, in one
    /// transaction (a savepoint inside the caller's). False on a store failure (nothing changed).
    virtual bool replace(const QList<FaultRule> &rules) = 0;
};

} // namespace scimmon
