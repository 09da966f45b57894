#pragma once

#include "model/auditevent.h"

namespace scimmon {

class Store;

/// Writes audit events that are not part of a SCIM write (which ResourceService records in the
/// write's own transaction): actions taken in the app, token changes and refused writes.
class AuditRecorder
{
public:
    /// Appends `event` in its own transaction, unless `inTransaction` says the caller has one open
    /// (then it is part of the caller's change). False on a store failure (see Store::lastError()).
    static bool record(Store &store, const AuditEvent &event, bool inTransaction = false);
};

} // namespace scimmon
