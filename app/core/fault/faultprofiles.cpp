#include "fault/faultprofiles.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace scimmon {

namespace {

FaultRule rule(const QString &name, const QString &method, const QString &path)
{
    FaultRule r;
    r.name = name;
    r.method = method;
    r.pathGlob = path;
    return r;
}

FaultRule status(FaultRule r, int code, int retryAfter = -1)
{
    r.status = code;
    r.retryAfterSeconds = retryAfter;
    return r;
}

FaultRule perMinute(FaultRule r, qint64 limit)
{
    r.frequency = FaultFrequency::OverPerMinute;
    r.count = limit;
    return r;
}

FaultRule chance(FaultRule r, double p, quint64 seed)
{
    r.frequency = FaultFrequency::Probability;
    r.probability = p;
    r.seed = seed;
    return r;
}

QList<FaultProfile> build()
{
    QList<FaultProfile> out;

    FaultProfile aws{u"aws-iam-identity-center"_s,
                     u"AWS IAM Identity Center"_s,
                     u"No Bulk, no /Me and no .search (501), and an occasional 429 ThrottlingException (about one "
                     "request in 50, seeded). Its other documented limits (filters eq and and only, at most 100 "
                     "membership changes in one PATCH, lists of at most 50, one email per user) are about request "
                     "bodies and are not imitated by rules."_s,
                     {}};
    aws.rules = {status(rule(u"AWS: no Bulk"_s, u"POST"_s, u"/Bulk"_s), 501),
                 status(rule(u"AWS: no .search"_s, u"POST"_s, u"/**.search"_s), 501),
                 status(rule(u"AWS: no /Me"_s, u"*"_s, u"/Me"_s), 501),
                 chance(status(rule(u"AWS: ThrottlingException"_s, u"*"_s, u"/**"_s), 429, 1), 0.02, 1)};
    out.append(aws);

    FaultProfile github{u"github-emu"_s,
                        u"GitHub Enterprise Managed Users"_s,
                        u"About 1,000 users an hour: user creates beyond 17 a minute and member changes beyond 17 a "
                        "minute are answered 429 with Retry-After 60. GitHub also requires a User-Agent header and "
                        "users provisioned before their groups; rules do not check those."_s,
                        {}};
    github.rules = {perMinute(status(rule(u"GitHub: user creates"_s, u"POST"_s, u"/Users"_s), 429, 60), 17),
                    perMinute(status(rule(u"GitHub: member changes"_s, u"PATCH"_s, u"/Groups/*"_s), 429, 60), 17)};
    out.append(github);

    FaultProfile slack{u"slack"_s,
                       u"Slack"_s,
                       u"Slack's per-endpoint limits: user creates, updates and deletes beyond 180 a minute, and user "
                       "reads beyond 300 a minute, are answered 429 with Retry-After 60 (its bursts of 20 are not "
                       "imitated)."_s,
                       {}};
    slack.rules = {perMinute(status(rule(u"Slack: user creates"_s, u"POST"_s, u"/Users"_s), 429, 60), 180),
                   perMinute(status(rule(u"Slack: user updates"_s, u"PATCH"_s, u"/Users/*"_s), 429, 60), 180),
                   perMinute(status(rule(u"Slack: user replaces"_s, u"PUT"_s, u"/Users/*"_s), 429, 60), 180),
                   perMinute(status(rule(u"Slack: user deletes"_s, u"DELETE"_s, u"/Users/*"_s), 429, 60), 180),
                   perMinute(status(rule(u"Slack: user reads"_s, u"GET"_s, u"/Users**"_s), 429, 60), 300)};
    out.append(slack);

    FaultProfile slow{u"slow-service"_s,
                      u"Slow service"_s,
                      u"Every answer comes 1.5 s late, and every 20th request waits 65 s: past Entra's 60-second "
                      "timeout, so a create may be committed while Entra records a timeout and retries it."_s,
                      {}};
    FaultRule timeout = rule(u"Slow: past the timeout"_s, u"*"_s, u"/**"_s);
    timeout.delayMs = 65'000;
    timeout.frequency = FaultFrequency::Every;
    timeout.count = 20;
    FaultRule late = rule(u"Slow: every answer"_s, u"*"_s, u"/**"_s);
    late.delayMs = 1500;
    slow.rules = {timeout, late};
    out.append(slow);

    FaultProfile flaky{u"flaky-service"_s,
                       u"Flaky service"_s,
                       u"Repeatable trouble (seeded): about 5% of requests get 503 with Retry-After 5, 2% have their "
                       "connection reset, and 2% of user creates are committed and then answered 500, the start of "
                       "Entra's 409 loop."_s,
                       {}};
    FaultRule committed = chance(status(rule(u"Flaky: 500 after create"_s, u"POST"_s, u"/Users"_s), 500), 0.02, 44);
    committed.phase = FaultPhase::After;
    FaultRule reset = chance(rule(u"Flaky: reset"_s, u"*"_s, u"/**"_s), 0.02, 43);
    reset.drop = FaultDrop::Reset;
    flaky.rules = {committed, reset, chance(status(rule(u"Flaky: 503"_s, u"*"_s, u"/**"_s), 503, 5), 0.05, 42)};
    out.append(flaky);
    return out;
}

} // namespace

const QList<FaultProfile> &FaultProfiles::all()
{
    static const QList<FaultProfile> profiles = build();
    return profiles;
}

std::optional<FaultProfile> FaultProfiles::byKey(const QString &key)
{
    for (const FaultProfile &p : all())
        if (p.key.compare(key, Qt::CaseInsensitive) == 0)
            return p;
    return std::nullopt;
}

QString FaultProfiles::keys()
{
    QStringList keys;
    for (const FaultProfile &p : all())
        keys.append(p.key);
    return keys.join(u", "_s);
}

} // namespace scimmon
