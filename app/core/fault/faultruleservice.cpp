#include "fault/faultruleservice.h"

#include "audit/auditlog.h"
#include "model/auditevent.h"
#include "service/auditrecorder.h"
#include "store/store.h"

using namespace Qt::StringLiterals;

namespace scimmon {

namespace {

bool refuse(QString *error, const QString &why)
{
    if (error)
        *error = why;
    return false;
}

AuditEvent event(const QString &action, const FaultRule &rule, const QList<AuditChange> &changes = {})
{
    AuditEvent e;
    e.time = QDateTime::currentDateTimeUtc();
    e.actor = AuditContext().actor;
    e.action = action;
    e.targetType = u"Fault rule"_s;
    e.targetName = rule.name;
    e.changes = changes;
    return e;
}

/// The rule's definition as audit changes: every attribute from `before` to `after`.
QList<AuditChange> changesOf(const FaultRule *before, const FaultRule *after)
{
    return AuditLog::diff(before ? before->toJson() : QJsonObject(), after ? after->toJson() : QJsonObject());
}

} // namespace

FaultRuleService::FaultRuleService(Store &store)
    : m_store(store)
{
}

QList<FaultRule> FaultRuleService::rules()
{
    return m_store.faultRules().all();
}

qsizetype FaultRuleService::indexOf(const QList<FaultRule> &rules, const QString &name) const
{
    for (qsizetype i = 0; i < rules.size(); ++i)
        if (rules[i].name.compare(name, Qt::CaseInsensitive) == 0)
            return i;
    return -1;
}

bool FaultRuleService::save(const QList<FaultRule> &rules, const QList<AuditEvent> &events, QString *error)
{
    if (!m_store.begin())
        return refuse(error, m_store.lastError().message);
    bool ok = m_store.faultRules().replace(rules);
    for (qsizetype i = 0; ok && i < events.size(); ++i)
        ok = AuditRecorder::record(m_store, events[i], true);
    if (ok && m_store.commit())
        return true;
    const QString why = m_store.lastError().message;
    m_store.rollback();
    return refuse(error, u"The fault rules were not saved: %1"_s.arg(why));
}

bool FaultRuleService::add(const FaultRule &rule, QString *error)
{
    const QString problem = rule.problem();
    if (!problem.isEmpty())
        return refuse(error, problem);
    QList<FaultRule> rules = this->rules();
    if (indexOf(rules, rule.name) >= 0)
        return refuse(error, u"A fault rule named \"%1\" exists already."_s.arg(rule.name));
    rules.append(rule);
    return save(rules, {event(u"fault.added"_s, rule, changesOf(nullptr, &rule))}, error);
}

bool FaultRuleService::update(const QString &name, const FaultRule &rule, QString *error)
{
    const QString problem = rule.problem();
    if (!problem.isEmpty())
        return refuse(error, problem);
    QList<FaultRule> rules = this->rules();
    const qsizetype at = indexOf(rules, name);
    if (at < 0)
        return refuse(error, u"There is no fault rule named \"%1\"."_s.arg(name));
    const qsizetype clash = indexOf(rules, rule.name);
    if (clash >= 0 && clash != at)
        return refuse(error, u"A fault rule named \"%1\" exists already."_s.arg(rule.name));
    const FaultRule before = rules[at];
    if (before == rule)
        return true;
    rules[at] = rule;
    return save(rules, {event(u"fault.changed"_s, rule, changesOf(&before, &rule))}, error);
}

bool FaultRuleService::setEnabled(const QString &name, bool enabled, QString *error)
{
    QList<FaultRule> rules = this->rules();
    const qsizetype at = indexOf(rules, name);
    if (at < 0)
        return refuse(error, u"There is no fault rule named \"%1\"."_s.arg(name));
    FaultRule rule = rules[at];
    rule.enabled = enabled;
    return update(name, rule, error);
}

bool FaultRuleService::move(const QString &name, int delta, QString *error)
{
    QList<FaultRule> rules = this->rules();
    const qsizetype at = indexOf(rules, name);
    if (at < 0)
        return refuse(error, u"There is no fault rule named \"%1\"."_s.arg(name));
    const qsizetype to = std::clamp<qsizetype>(at + delta, 0, rules.size() - 1);
    if (to == at)
        return true;
    rules.move(at, to);
    AuditEvent e = event(u"fault.changed"_s, rules[to]);
    e.changes = {{u"position"_s, qint64(at + 1), qint64(to + 1)}};
    return save(rules, {e}, error);
}

bool FaultRuleService::remove(const QString &name, QString *error)
{
    QList<FaultRule> rules = this->rules();
    const qsizetype at = indexOf(rules, name);
    if (at < 0)
        return refuse(error, u"There is no fault rule named \"%1\"."_s.arg(name));
    const FaultRule gone = rules.takeAt(at);
    return save(rules, {event(u"fault.removed"_s, gone, changesOf(&gone, nullptr))}, error);
}

bool FaultRuleService::clear(QString *error)
{
    QList<AuditEvent> events;
    for (const FaultRule &r : rules())
        events.append(event(u"fault.removed"_s, r, changesOf(&r, nullptr)));
    return save({}, events, error);
}

bool FaultRuleService::applyProfile(const FaultProfile &profile, QString *error)
{
    QStringList names;
    for (const FaultRule &r : profile.rules)
        names.append(r.name);
    AuditEvent e;
    e.time = QDateTime::currentDateTimeUtc();
    e.actor = AuditContext().actor;
    e.action = u"fault.profile_applied"_s;
    e.targetType = u"Fault rule"_s;
    e.targetName = profile.key;
    QStringList before;
    for (const FaultRule &r : rules())
        before.append(r.name);
    e.changes = {{u"rules"_s, before.join(u", "_s), names.join(u", "_s)}};
    return save(profile.rules, {e}, error);
}

} // namespace scimmon
