#include "fault/faultinjector.h"

#include "scim/scimconstants.h"

using namespace Qt::StringLiterals;

namespace scimmon {

FaultInjector::FaultInjector()
{
    m_clock.start();
}

QRegularExpression FaultInjector::globExpression(const QString &pattern, bool segments)
{
    QString re = u"^"_s;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == u'*') {
            if (segments && i + 1 < pattern.size() && pattern.at(i + 1) == u'*') {
                re += u".*"_s;
                ++i;
            } else {
                re += segments ? u"[^/]*"_s : u".*"_s;
            }
        } else if (c == u'?') {
            re += segments ? u"[^/]"_s : u"."_s;
        } else {
            re += QRegularExpression::escape(QString(c));
        }
    }
    re += u'$';
    return QRegularExpression(
        re, QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
}

bool FaultInjector::globMatch(const QString &pattern, const QString &text, bool segments)
{
    return globExpression(pattern, segments).match(text).hasMatch();
}

QString FaultInjector::relativePath(const QString &path)
{
    // One spelling per endpoint: "//Users/" is "/Users", as the router reads it.
    QString clean = path;
    while (clean.contains(u"//"_s))
        clean.replace(u"//"_s, u"/"_s);
    if (clean.size() > 1 && clean.endsWith(u'/'))
        clean.chop(1);
    if (!clean.startsWith(kScimBasePath, Qt::CaseInsensitive))
        return {};
    if (clean.size() == kScimBasePath.size())
        return u"/"_s;
    if (clean.at(kScimBasePath.size()) != u'/')
        return {};
    return clean.mid(kScimBasePath.size());
}

void FaultInjector::setRules(const QList<FaultRule> &rules)
{
    QList<State> states;
    states.reserve(rules.size());
    for (const FaultRule &rule : rules) {
        const qsizetype old = m_rules.indexOf(rule);
        if (old >= 0) {
            states.append(m_states.at(old));
            continue;
        }
        State s;
        s.random.seed(rule.seed);
        s.path = globExpression(rule.pathGlob, true);
        if (!rule.namePattern.isEmpty())
            s.name = globExpression(rule.namePattern, false);
        states.append(std::move(s));
    }
    m_rules = rules;
    m_states = std::move(states);
}

bool FaultInjector::active() const
{
    return std::any_of(m_rules.cbegin(), m_rules.cend(), [](const FaultRule &r) { return r.enabled; });
}

bool FaultInjector::filtersMatch(qsizetype i, const QString &method, const QString &path) const
{
    const FaultRule &rule = m_rules.at(i);
    if (!rule.enabled)
        return false;
    if (rule.method != "*"_L1 && rule.method.compare(method, Qt::CaseInsensitive) != 0)
        return false;
    return m_states.at(i).path.match(path).hasMatch();
}

bool FaultInjector::mayMatch(const HttpRequest &request) const
{
    if (m_rules.isEmpty())
        return false;
    const QString method = QString::fromLatin1(request.method);
    const QString path = relativePath(request.path);
    if (path.isEmpty())
        return false; // not under the Tenant URL
    for (qsizetype i = 0; i < m_rules.size(); ++i)
        if (filtersMatch(i, method, path))
            return true;
    return false;
}

bool FaultInjector::fires(qsizetype i, qint64 nowMs)
{
    const FaultRule &rule = m_rules.at(i);
    State &s = m_states[i];
    const qint64 match = ++s.matches;
    if (s.firstMatchMs < 0)
        s.firstMatchMs = nowMs;
    switch (rule.frequency) {
    case FaultFrequency::Always:
        return true;
    case FaultFrequency::First:
        return match <= rule.count;
    case FaultFrequency::Every:
        return match % rule.count == 0;
    case FaultFrequency::ForSeconds:
        return nowMs - s.firstMatchMs < rule.count * 1000;
    case FaultFrequency::OverPerMinute: {
        // A sliding minute: the matches let through in the last 60 s; one over the limit fires.
        while (!s.recent.isEmpty() && nowMs - s.recent.first() >= 60'000)
            s.recent.removeFirst();
        if (s.recent.size() >= rule.count)
            return true;
        s.recent.append(nowMs);
        return false;
    }
    case FaultFrequency::Probability: {
        // One draw per match, so the same seed gives the same sequence of faults.
        std::uniform_real_distribution<double> draw(0.0, 1.0);
        return draw(s.random) < rule.probability;
    }
    }
    return false;
}

std::optional<FaultRule> FaultInjector::decide(const HttpRequest &request, const RequestRecord &record, qint64 nowMs)
{
    if (nowMs < 0)
        nowMs = m_clock.elapsed();
    // A request without a valid Secret Token keeps its 401: a rule must not hide a token mistake.
    if (!record.authFailure.isEmpty() || record.operation == Operation::AuthFailure)
        return std::nullopt;
    const QString method = QString::fromLatin1(request.method);
    const QString path = relativePath(request.path);
    if (path.isEmpty())
        return std::nullopt;
    for (qsizetype i = 0; i < m_rules.size(); ++i) {
        if (!filtersMatch(i, method, path))
            continue;
        const FaultRule &rule = m_rules.at(i);
        if (rule.operation != Operation::None && record.operation != rule.operation
            && record.attemptedOperation != rule.operation)
            continue;
        if (!rule.namePattern.isEmpty() && !m_states.at(i).name.match(record.target).hasMatch())
            continue;
        if (rule.idp && record.idp != *rule.idp)
            continue;
        if (fires(i, nowMs))
            return rule;
    }
    return std::nullopt;
}

ScimError FaultInjector::errorOf(const FaultRule &rule)
{
    ScimError error;
    error.status = rule.status;
    if (rule.status == 409)
        error.scimType = u"uniqueness"_s;
    else if (rule.status == 400)
        error.scimType = u"invalidValue"_s;
    error.detail = u"Fault rule \"%1\" answered %2 on purpose (scim-monitor fault injection)."_s.arg(rule.name,
                                                                                                     rule.actionText());
    return error;
}

} // namespace scimmon
