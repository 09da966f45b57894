#include "service/auditrecorder.h"

#include "store/store.h"

namespace scimmon {

bool AuditRecorder::record(Store &store, const AuditEvent &event, bool inTransaction)
{
    if (inTransaction)
        return store.audit().append({event});
    if (!store.begin())
        return false;
    if (!store.audit().append({event}) || !store.commit()) {
        store.rollback();
        return false;
    }
    return true;
}

} // namespace scimmon
