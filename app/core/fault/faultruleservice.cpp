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

qsizetype FaultRuleService::indexOf(const QList<FaultRule> &rules, const QString &name)
{
    for (qsizetype i = 0; i < rules.size(); ++i)
        if (rules[i].name.compare(name, Qt::CaseInsensitive) == 0)
            return i;
    return -1;
}

bool FaultRuleService::mutate(const std::function<bool(QList<FaultRule> &, QList<AuditEvent> &, QString *)> &change,
                              QString *error)
{
    if (!m_store.begin())
        return refuse(error, m_store.lastError().message);
    QList<FaultRule> rules = m_store.faultRules().all();
    QList<AuditEvent> events;
    QString why;
    if (!change(rules, events, &why)) {
        m_store.rollback();
        return refuse(error, why);
    }
    bool ok = m_store.faultRules().replace(rules);
    for (qsizetype i = 0; ok && i < events.size(); ++i)
        ok = AuditRecorder::record(m_store, events[i], true);
    if (ok && m_store.commit())
        return true;
    why = m_store.lastError().message;
    m_store.rollback();
    return refuse(error, u"The fault rules were not saved: %1"_s.arg(why));
}

bool FaultRuleService::add(const FaultRule &rule, QString *error)
{
    const QString problem = rule.problem();
    if (!problem.isEmpty())
        return refuse(error, problem);
    return mutate(
        [&](QList<FaultRule> &rules, QList<AuditEvent> &events, QString *why) {
            if (indexOf(rules, rule.name) >= 0)
                return refuse(why, u"A fault rule named \"%1\" exists already."_s.arg(rule.name));
            FaultRule added = rule;
            added.id = FaultRule::newId(); // its counts start afresh, even under an old name
            rules.append(added);
            events.append(event(u"fault.added"_s, added, changesOf(nullptr, &added)));
            return true;
        },
        error);
}

bool FaultRuleService::update(const QString &name, const FaultRule &rule, QString *error)
{
    const QString problem = rule.problem();
    if (!problem.isEmpty())
        return refuse(error, problem);
    return mutate(
        [&](QList<FaultRule> &rules, QList<AuditEvent> &events, QString *why) {
            const qsizetype at = indexOf(rules, name);
            if (at < 0)
                return refuse(why, u"There is no fault rule named \"%1\"."_s.arg(name));
            const qsizetype clash = indexOf(rules, rule.name);
            if (clash >= 0 && clash != at)
                return refuse(why, u"A fault rule named \"%1\" exists already."_s.arg(rule.name));
            FaultRule changed = rule;
            changed.id = rules[at].id;
            if (changed == rules[at])
                return true; // nothing to write (an empty change is still one transaction)
            const FaultRule before = rules[at];
            changed.id = FaultRule::newId(); // a changed rule counts afresh
            rules[at] = changed;
            events.append(event(u"fault.changed"_s, changed, changesOf(&before, &changed)));
            return true;
        },
        error);
}

bool FaultRuleService::setEnabled(const QString &name, bool enabled, QString *error)
{
    return mutate(
        [&](QList<FaultRule> &rules, QList<AuditEvent> &events, QString *why) {
            const qsizetype at = indexOf(rules, name);
            if (at < 0)
                return refuse(why, u"There is no fault rule named \"%1\"."_s.arg(name));
            if (rules[at].enabled == enabled)
                return true;
            const FaultRule before = rules[at];
            rules[at].enabled = enabled;
            rules[at].id = FaultRule::newId();
            events.append(event(u"fault.changed"_s, rules[at], changesOf(&before, &rules[at])));
            return true;
        },
        error);
}

bool FaultRuleService::move(const QString &name, int delta, QString *error)
{
    return mutate(
        [&](QList<FaultRule> &rules, QList<AuditEvent> &events, QString *why) {
            const qsizetype at = indexOf(rules, name);
            if (at < 0)
                return refuse(why, u"There is no fault rule named \"%1\"."_s.arg(name));
            const qsizetype to = std::clamp<qsizetype>(at + delta, 0, rules.size() - 1);
            if (to == at)
                return true;
            rules.move(at, to); // the same rule in another place: its counts stay
            AuditEvent e = event(u"fault.changed"_s, rules[to]);
            e.changes = {{u"position"_s, qint64(at + 1), qint64(to + 1)}};
            events.append(e);
            return true;
        },
        error);
}

bool FaultRuleService::remove(const QString &name, QString *error)
{
    return mutate(
        [&](QList<FaultRule> &rules, QList<AuditEvent> &events, QString *why) {
            const qsizetype at = indexOf(rules, name);
            if (at < 0)
                return refuse(why, u"There is no fault rule named \"%1\"."_s.arg(name));
            const FaultRule gone = rules.takeAt(at);
            events.append(event(u"fault.removed"_s, gone, changesOf(&gone, nullptr)));
            return true;
        },
        error);
}

bool FaultRuleService::clear(QString *error)
{
    return mutate(
        [&](QList<FaultRule> &rules, QList<AuditEvent> &events, QString *) {
            for (const FaultRule &r : std::as_const(rules))
                events.append(event(u"fault.removed"_s, r, changesOf(&r, nullptr)));
            rules.clear();
            return true;
        },
        error);
}

bool FaultRuleService::applyProfile(const FaultProfile &profile, QString *error)
{
    return mutate(
        [&](QList<FaultRule> &rules, QList<AuditEvent> &events, QString *) {
            QStringList before;
            for (const FaultRule &r : std::as_const(rules))
                before.append(r.name);
            rules.clear();
            QStringList names;
            for (FaultRule r : profile.rules) {
                r.id = FaultRule::newId();
                names.append(r.name);
                rules.append(r);
            }
            AuditEvent e;
            e.time = QDateTime::currentDateTimeUtc();
            e.actor = AuditContext().actor;
            e.action = u"fault.profile_applied"_s;
            e.targetType = u"Fault rule"_s;
            e.targetName = profile.key;
            e.changes = {{u"rules"_s, before.join(u", "_s), names.join(u", "_s)}};
            events.append(e);
            return true;
        },
        error);
}

} // namespace scimmon
