#include "service/localactions.h"

#include "audit/auditlog.h"
#include "service/auditrecorder.h"

using namespace Qt::StringLiterals;

namespace scimmon {

LocalActions::LocalActions(Store &store)
    : m_store(store)
{
}

ScimOutcome LocalActions::deleteResource(ResourceKind kind, const QString &id)
{
    ResourceService service(m_store, QString());
    service.setAuditContext(AuditContext{});
    return service.remove(kind, id);
}

bool LocalActions::resetAllData()
{
    if (!m_store.begin())
        return false;
    const qint64 users = m_store.resources().count(ResourceKind::User, ResourceQuery{});
    const qint64 groups = m_store.resources().count(ResourceKind::Group, ResourceQuery{});
    AuditEvent e;
    e.time = QDateTime::currentDateTimeUtc();
    e.action = u"data.reset"_s;
    e.actor = AuditContext().actor;
    e.targetType = u"Data"_s;
    e.targetName = u"all users and groups"_s;
    e.changes = {{u"users"_s, users, 0}, {u"groups"_s, groups, 0}};
    if (users < 0 || groups < 0 || !m_store.resources().removeAll() || !AuditRecorder::record(m_store, e, true)
        || !m_store.commit()) {
        m_store.rollback();
        return false;
    }
    return true;
}

bool LocalActions::recordSettingsChange(const QString &key, const QString &oldValue, const QString &newValue)
{
    AuditEvent e;
    e.time = QDateTime::currentDateTimeUtc();
    e.action = u"settings.changed"_s;
    e.actor = AuditContext().actor;
    e.targetType = u"Settings"_s;
    e.targetName = key;
    e.changes = {{key, oldValue, newValue}};
    return AuditRecorder::record(m_store, e);
}

} // namespace scimmon
