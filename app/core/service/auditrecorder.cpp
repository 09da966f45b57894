#include "service/auditrecorder.h"

#include "store/store.h"

namespace scimmon {

bool AuditRecorder::record(Store &store, const AuditEvent &event, bool inTransaction)
{
    if (inTransaction)
        return store.appendAudit({event});
    if (!store.begin())
        return false;
    if (!store.appendAudit({event}) || !store.commit()) {
        store.rollback();
        return false;
    }
    return true;
}

} // namespace scimmon
