#include "cli/faultsoptions.h"

#include "cli/commandline.h"
#include "fault/faultprofiles.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace scimmon {

FaultsOptions::FaultsOptions()
    : m_match(u"match"_s,
              u"faults add: the requests, \"METHOD PATH-GLOB\" under the Tenant URL, e.g. \"POST /Users\", "
              "\"PATCH /Groups/*\" (* within a segment, ** across, METHOD * for any)."_s,
              u"RULE"_s)
    , m_status(u"status"_s, u"faults add: answer this status with a SCIM error body (e.g. 409, 429, 500, 503)."_s,
               u"CODE"_s)
    , m_retryAfter(u"retry-after"_s, u"faults add: with --status, a Retry-After header of S seconds."_s, u"S"_s)
    , m_delayMs(u"delay-ms"_s,
                u"faults add: answer N milliseconds late (up to 3600000; over 60000 is past Entra's "
                "timeout)."_s,
                u"N"_s)
    , m_reset(u"reset"_s, u"faults add: reset the connection instead of answering."_s)
    , m_close(u"close"_s, u"faults add: close the connection without an answer."_s)
    , m_truncate(u"truncate"_s, u"faults add: send the answer cut in half, then close."_s)
    , m_phase(u"phase"_s,
              u"faults add: before (nothing changes, the default) or after (the change is committed, "
              "then the fault answers)."_s,
              u"PHASE"_s)
    , m_first(u"first"_s, u"faults add: only the first N matches."_s, u"N"_s)
    , m_every(u"every"_s, u"faults add: every Nth match."_s, u"N"_s)
    , m_forSeconds(u"for-seconds"_s, u"faults add: every match during T seconds from the first one."_s, u"T"_s)
    , m_probability(u"probability"_s, u"faults add: each match with probability P (0 < P <= 1), with --seed S."_s,
                    u"P"_s)
    , m_overPerMinute(u"over-per-minute"_s,
                      u"faults add: the matches beyond N within any minute (a rate limit; with --status 429)."_s,
                      u"N"_s)
    , m_operation(u"operation"_s,
                  u"faults add: only this operation, as the log names it, e.g. \"Create user\", "
                  "\"Add members\"."_s,
                  u"OPERATION"_s)
    , m_targetName(u"target-name"_s, u"faults add: only requests on a userName or displayName matching GLOB."_s,
                   u"GLOB"_s)
    , m_disabled(u"disabled"_s, u"faults add: store the rule disabled."_s)
{
}

QList<QCommandLineOption> FaultsOptions::options() const
{
    return {m_match, m_status, m_retryAfter, m_delayMs,     m_reset,         m_close,     m_truncate,   m_phase,
            m_first, m_every,  m_forSeconds, m_probability, m_overPerMinute, m_operation, m_targetName, m_disabled};
}

QString FaultsOptions::helpText()
{
    return u"  faults add --name NAME --match \"METHOD PATH-GLOB\" [--status CODE] [--retry-after S]\n"
           "           [--delay-ms N] [--reset|--close|--truncate] [--phase before|after]\n"
           "           [--first N | --every N | --for-seconds T | --probability P --seed S | --over-per-minute N]\n"
           "           [--operation OPERATION] [--target-name GLOB] [--idp entra|okta|other] [--disabled]\n"
           "                                                   make the receiver fail on purpose, by rule\n"
           "  faults list | clear | remove NAME | profile NAME   show, remove all, remove one, or replace every rule\n"
           "                                                   with a profile (aws-iam-identity-center, github-emu,\n"
           "                                                   slack, slow-service, flaky-service)\n"_s;
}

QString FaultsOptions::read(const QCommandLineParser &parser, const QStringList &positional, CommandLine &cl) const
{
    cl.faultsAction = positional.value(0);
    const QString action = cl.faultsAction;
    const bool add = action == "add"_L1;
    if (!add) {
        for (const QCommandLineOption &option : options())
            if (parser.isSet(option))
                return u"--%1 belongs to 'faults add'."_s.arg(option.names().first());
        for (const QString &shared : {u"name"_s, u"seed"_s, u"idp"_s})
            if (parser.isSet(shared))
                return u"--%1 belongs to 'faults add'."_s.arg(shared);
    }
    if (action == "list"_L1 || action == "clear"_L1)
        return positional.size() == 1 ? QString() : u"'faults %1' takes no further arguments."_s.arg(action);
    if (action == "remove"_L1) {
        cl.faultName = positional.value(1);
        return positional.size() == 2 && !cl.faultName.isEmpty()
            ? QString()
            : u"'faults remove' takes the rule's name (see 'faults list')."_s;
    }
    if (action == "profile"_L1) {
        if (positional.size() != 2)
            return u"'faults profile' takes a profile's name: %1."_s.arg(FaultProfiles::keys());
        if (!FaultProfiles::byKey(positional.value(1)))
            return u"There is no profile '%1'; the profiles are %2."_s.arg(positional.value(1), FaultProfiles::keys());
        cl.faultProfile = positional.value(1);
        return {};
    }
    if (!add)
        return u"'faults' takes add, list, clear, remove NAME or profile NAME, not '%1'."_s.arg(action);
    if (positional.size() != 1)
        return u"'faults add' takes no further arguments."_s;

    FaultRule rule;
    rule.name = parser.value(u"name"_s).trimmed();
    if (rule.name.isEmpty())
        return u"'faults add' needs --name NAME."_s;
    if (!parser.isSet(m_match))
        return u"'faults add' needs --match \"METHOD PATH-GLOB\", e.g. --match \"POST /Users\"."_s;
    QString error;
    if (!FaultRule::parseMatch(parser.value(m_match), rule, &error))
        return error;
    auto integer = [&](const QCommandLineOption &option, qint64 min, qint64 max, qint64 *out) {
        bool ok = false;
        const qint64 n = parser.value(option).toLongLong(&ok);
        if (!ok || n < min || n > max)
            return u"--%1 takes a whole number from %2 to %3."_s.arg(option.names().first()).arg(min).arg(max);
        *out = n;
        return QString();
    };
    qint64 n = 0;
    if (parser.isSet(m_status)) {
        bool ok = false;
        rule.status = parser.value(m_status).toInt(&ok);
        if (!ok || !FaultRule::isKnownStatus(rule.status))
            return u"--status %1 is not a status a rule can answer (4xx or 5xx, e.g. 400, 401, 403, 404, 409, 412, "
                   "429, 500, 502, 503, 504)."_s.arg(parser.value(m_status));
    }
    if (parser.isSet(m_retryAfter)) {
        if (!(error = integer(m_retryAfter, 0, 86400, &n)).isEmpty())
            return error;
        rule.retryAfterSeconds = int(n);
    }
    if (parser.isSet(m_delayMs)) {
        if (!(error = integer(m_delayMs, 0, 3600 * 1000, &n)).isEmpty())
            return error;
        rule.delayMs = n;
    }
    const int drops = int(parser.isSet(m_reset)) + int(parser.isSet(m_close)) + int(parser.isSet(m_truncate));
    if (drops > 1)
        return u"Give one of --reset, --close and --truncate."_s;
    rule.drop = parser.isSet(m_reset) ? FaultDrop::Reset
        : parser.isSet(m_close)       ? FaultDrop::Close
        : parser.isSet(m_truncate)    ? FaultDrop::Truncate
                                      : FaultDrop::None;
    if (parser.isSet(m_phase)) {
        const QString phase = parser.value(m_phase).toLower();
        if (phase != "before"_L1 && phase != "after"_L1)
            return u"--phase takes before or after, not '%1'."_s.arg(parser.value(m_phase));
        rule.phase = phase == "after"_L1 ? FaultPhase::After : FaultPhase::Before;
    }
    const int frequencies = int(parser.isSet(m_first)) + int(parser.isSet(m_every)) + int(parser.isSet(m_forSeconds))
        + int(parser.isSet(m_probability)) + int(parser.isSet(m_overPerMinute));
    if (frequencies > 1)
        return u"Give one of --first, --every, --for-seconds, --probability and --over-per-minute."_s;
    if (parser.isSet(u"seed"_s) && !parser.isSet(m_probability))
        return u"--seed goes with --probability."_s;
    const qint64 maxCount = 1'000'000'000;
    if (parser.isSet(m_first)) {
        rule.frequency = FaultFrequency::First;
        error = integer(m_first, 1, maxCount, &rule.count);
    } else if (parser.isSet(m_every)) {
        rule.frequency = FaultFrequency::Every;
        error = integer(m_every, 1, maxCount, &rule.count);
    } else if (parser.isSet(m_forSeconds)) {
        rule.frequency = FaultFrequency::ForSeconds;
        error = integer(m_forSeconds, 1, maxCount, &rule.count);
    } else if (parser.isSet(m_overPerMinute)) {
        rule.frequency = FaultFrequency::OverPerMinute;
        error = integer(m_overPerMinute, 1, maxCount, &rule.count);
    } else if (parser.isSet(m_probability)) {
        rule.frequency = FaultFrequency::Probability;
        bool ok = false;
        rule.probability = parser.value(m_probability).toDouble(&ok);
        if (!ok || !(rule.probability > 0 && rule.probability <= 1))
            return u"--probability takes a number above 0 and at most 1, e.g. 0.2."_s;
        if (!parser.isSet(u"seed"_s))
            return u"--probability needs --seed S, so that the same seed gives the same faults."_s;
        rule.seed = parser.value(u"seed"_s).toULongLong(&ok);
        if (!ok)
            return u"--seed takes a whole number from 0 to 18446744073709551615."_s;
    }
    if (!error.isEmpty())
        return error;
    if (parser.isSet(m_operation)) {
        for (Operation op : allOperations())
            if (operationKey(op).compare(parser.value(m_operation).simplified(), Qt::CaseInsensitive) == 0)
                rule.operation = op;
        if (rule.operation == Operation::None) {
            QStringList names;
            for (Operation op : allOperations())
                names.append(operationKey(op));
            return u"--operation '%1' is not an operation; the operations are %2."_s.arg(parser.value(m_operation),
                                                                                         names.join(u", "_s));
        }
    }
    rule.namePattern = parser.value(m_targetName);
    if (parser.isSet(u"idp"_s)) {
        const QString idp = parser.value(u"idp"_s).toLower();
        if (idp != "entra"_L1 && idp != "okta"_L1 && idp != "other"_L1)
            return u"--idp takes entra, okta or other, not '%1'."_s.arg(parser.value(u"idp"_s));
        rule.idp = idpFromKey(idp == "entra"_L1 ? u"Entra"_s : idp == "okta"_L1 ? u"Okta"_s : u"Other"_s);
    }
    rule.enabled = !parser.isSet(m_disabled);
    const QString problem = rule.problem();
    if (!problem.isEmpty())
        return problem;
    cl.faultRule = rule;
    return {};
}

} // namespace scimmon
