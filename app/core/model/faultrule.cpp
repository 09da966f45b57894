#include "model/faultrule.h"

#include "model/httpexchange.h"

#include <QJsonValue>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace scimmon {

namespace {

/// Statuses a rule may answer (each has its reason phrase, httpReasonPhrase()).
constexpr int kStatuses[]
    = {400, 401, 403, 404, 405, 406, 408, 409, 412, 413, 415, 422, 429, 431, 500, 501, 502, 503, 504};

QString seconds(qint64 ms)
{
    if (ms % 1000 == 0)
        return u"%1 s"_s.arg(ms / 1000);
    return u"%1 ms"_s.arg(ms);
}

} // namespace

QString faultDropKey(FaultDrop drop)
{
    switch (drop) {
    case FaultDrop::Reset:
        return u"reset"_s;
    case FaultDrop::Close:
        return u"close"_s;
    case FaultDrop::Truncate:
        return u"truncate"_s;
    case FaultDrop::None:
        break;
    }
    return {};
}

QString faultFrequencyKey(FaultFrequency frequency)
{
    switch (frequency) {
    case FaultFrequency::First:
        return u"first"_s;
    case FaultFrequency::Every:
        return u"every"_s;
    case FaultFrequency::ForSeconds:
        return u"for-seconds"_s;
    case FaultFrequency::Probability:
        return u"probability"_s;
    case FaultFrequency::OverPerMinute:
        return u"over-per-minute"_s;
    case FaultFrequency::Always:
        break;
    }
    return u"always"_s;
}

const QStringList &FaultRule::methods()
{
    static const QStringList all{u"GET"_s, u"POST"_s, u"PUT"_s, u"PATCH"_s, u"DELETE"_s};
    return all;
}

bool FaultRule::isKnownStatus(int status)
{
    return std::find(std::begin(kStatuses), std::end(kStatuses), status) != std::end(kStatuses);
}

QString FaultRule::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString FaultRule::matchText() const
{
    return method + u' ' + pathGlob;
}

QString FaultRule::actionText() const
{
    QStringList parts;
    if (status > 0) {
        QString text = QString::number(status) + u' ' + QString::fromLatin1(httpReasonPhrase(status));
        if (retryAfterSeconds >= 0)
            text += u" (Retry-After %1 s)"_s.arg(retryAfterSeconds);
        parts.append(text);
    }
    if (delayMs > 0)
        parts.append(u"delay "_s + seconds(delayMs));
    switch (drop) {
    case FaultDrop::Reset:
        parts.append(u"reset the connection"_s);
        break;
    case FaultDrop::Close:
        parts.append(u"close without an answer"_s);
        break;
    case FaultDrop::Truncate:
        parts.append(u"truncate the body"_s);
        break;
    case FaultDrop::None:
        break;
    }
    return parts.join(u", "_s);
}

QString FaultRule::frequencyText() const
{
    switch (frequency) {
    case FaultFrequency::First:
        return u"first %1"_s.arg(count);
    case FaultFrequency::Every:
        return u"1 in every %1"_s.arg(count);
    case FaultFrequency::ForSeconds:
        return u"for %1 s"_s.arg(count);
    case FaultFrequency::Probability:
        return u"p=%1 seed %2"_s.arg(probability).arg(seed);
    case FaultFrequency::OverPerMinute:
        return u"over %1/min"_s.arg(count);
    case FaultFrequency::Always:
        break;
    }
    return u"always"_s;
}

QString FaultRule::pathProblem(const QString &glob)
{
    if (!glob.startsWith(u'/') || glob.contains(u' '))
        return u"The path pattern '%1' must start with '/' (under the Tenant URL, e.g. /Users or /Groups/*)."_s.arg(
            glob);
    if (glob.contains(u'?'))
        return u"The path pattern '%1' holds a query ('?'); rules match the path alone, e.g. /Users."_s.arg(glob);
    return {};
}

QString FaultRule::problem() const
{
    if (name.trimmed().isEmpty())
        return u"A fault rule needs a name."_s;
    if (name.size() > 80)
        return u"A fault rule's name has at most 80 characters."_s;
    for (const QChar c : name)
        if (!c.isPrint())
            return u"A fault rule's name holds no control characters (line breaks, tabs)."_s;
    if (method != "*"_L1 && !methods().contains(method))
        return u"The method '%1' is not one of *, %2."_s.arg(method, methods().join(u", "_s));
    if (const QString path = pathProblem(pathGlob); !path.isEmpty())
        return path;
    if (status != 0 && !isKnownStatus(status))
        return u"The status %1 is not one a rule can answer (4xx or 5xx, e.g. 409, 429, 500, 503)."_s.arg(status);
    if (status == 0 && delayMs <= 0 && drop == FaultDrop::None)
        return u"The rule does nothing: give a status, a delay, or a reset, close or truncate."_s;
    if (retryAfterSeconds >= 0 && status == 0)
        return u"Retry-After goes with a status (429 or 503)."_s;
    if (retryAfterSeconds > 86400)
        return u"Retry-After is at most 86400 seconds."_s;
    if (delayMs < 0 || delayMs > 3600 * 1000)
        return u"The delay is from 0 to 3600000 milliseconds."_s;
    if (status != 0 && (drop == FaultDrop::Reset || drop == FaultDrop::Close))
        return u"A reset or closed connection answers nothing; leave out the status."_s;
    if (drop == FaultDrop::Truncate && status == 0 && phase == FaultPhase::Before)
        return u"A truncated answer before the change needs a status (the error it cuts); to cut the service's own "
               "answer, choose the phase after."_s;
    switch (frequency) {
    case FaultFrequency::First:
    case FaultFrequency::Every:
    case FaultFrequency::ForSeconds:
    case FaultFrequency::OverPerMinute:
        if (count < 1 || count > 1'000'000'000)
            return u"The count of '%1' is from 1 to 1000000000."_s.arg(faultFrequencyKey(frequency));
        break;
    case FaultFrequency::Probability:
        if (!(probability > 0 && probability <= 1))
            return u"The probability is above 0 and at most 1."_s;
        break;
    case FaultFrequency::Always:
        break;
    }
    return {};
}

QJsonObject FaultRule::toJson() const
{
    QJsonObject o{{u"name"_s, name},     {u"enabled"_s, enabled},  {u"method"_s, method},
                  {u"path"_s, pathGlob}, {u"phase"_s, phaseKey()}, {u"frequency"_s, faultFrequencyKey(frequency)}};
    if (!id.isEmpty())
        o.insert(u"id"_s, id);
    if (operation != Operation::None)
        o.insert(u"operation"_s, operationKey(operation));
    if (!namePattern.isEmpty())
        o.insert(u"namePattern"_s, namePattern);
    if (idp)
        o.insert(u"idp"_s, idpKey(*idp));
    if (status)
        o.insert(u"status"_s, status);
    if (retryAfterSeconds >= 0)
        o.insert(u"retryAfter"_s, retryAfterSeconds);
    if (delayMs > 0)
        o.insert(u"delayMs"_s, delayMs);
    if (drop != FaultDrop::None)
        o.insert(u"drop"_s, faultDropKey(drop));
    if (frequency == FaultFrequency::First || frequency == FaultFrequency::Every
        || frequency == FaultFrequency::ForSeconds || frequency == FaultFrequency::OverPerMinute)
        o.insert(u"count"_s, count);
    if (frequency == FaultFrequency::Probability) {
        o.insert(u"probability"_s, probability);
        o.insert(u"seed"_s, QString::number(seed)); // a string: JSON numbers lose 64-bit precision
    }
    return o;
}

std::optional<FaultRule> FaultRule::fromJson(const QJsonObject &o, QString *error)
{
    auto fail = [&](const QString &why) -> std::optional<FaultRule> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    FaultRule r;
    r.id = o.value(u"id"_s).toString();
    r.name = o.value(u"name"_s).toString();
    r.enabled = o.value(u"enabled"_s).toBool(true);
    r.method = o.value(u"method"_s).toString(u"*"_s);
    r.pathGlob = o.value(u"path"_s).toString(u"/**"_s);
    const QString phase = o.value(u"phase"_s).toString(u"before"_s);
    if (phase != "before"_L1 && phase != "after"_L1)
        return fail(u"unknown phase '%1'"_s.arg(phase));
    r.phase = phase == "after"_L1 ? FaultPhase::After : FaultPhase::Before;
    if (o.contains(u"operation"_s)) {
        r.operation = operationFromKey(o.value(u"operation"_s).toString());
        if (r.operation == Operation::None)
            return fail(u"unknown operation '%1'"_s.arg(o.value(u"operation"_s).toString()));
    }
    r.namePattern = o.value(u"namePattern"_s).toString();
    if (o.contains(u"idp"_s))
        r.idp = idpFromKey(o.value(u"idp"_s).toString());
    r.status = o.value(u"status"_s).toInt(0);
    r.retryAfterSeconds = o.value(u"retryAfter"_s).toInt(-1);
    r.delayMs = qint64(o.value(u"delayMs"_s).toDouble(0));
    const QString drop = o.value(u"drop"_s).toString();
    bool dropKnown = drop.isEmpty();
    for (FaultDrop d : {FaultDrop::Reset, FaultDrop::Close, FaultDrop::Truncate})
        if (drop == faultDropKey(d)) {
            r.drop = d;
            dropKnown = true;
        }
    if (!dropKnown)
        return fail(u"unknown drop '%1'"_s.arg(drop));
    const QString frequency = o.value(u"frequency"_s).toString(u"always"_s);
    bool frequencyKnown = false;
    for (FaultFrequency f : {FaultFrequency::Always, FaultFrequency::First, FaultFrequency::Every,
                             FaultFrequency::ForSeconds, FaultFrequency::Probability, FaultFrequency::OverPerMinute})
        if (frequency == faultFrequencyKey(f)) {
            r.frequency = f;
            frequencyKnown = true;
        }
    if (!frequencyKnown)
        return fail(u"unknown frequency '%1'"_s.arg(frequency));
    r.count = qint64(o.value(u"count"_s).toDouble(0));
    r.probability = o.value(u"probability"_s).toDouble(0);
    r.seed = o.value(u"seed"_s).toString().toULongLong();
    const QString why = r.problem();
    if (!why.isEmpty())
        return fail(why);
    return r;
}

bool FaultRule::parseMatch(const QString &text, FaultRule &rule, QString *error)
{
    const QStringList parts = text.simplified().split(u' ');
    if (parts.size() != 2) {
        if (error)
            *error = u"--match takes \"METHOD PATH-GLOB\", e.g. \"POST /Users\" or \"PATCH /Groups/*\"; '%1' is not "
                     "of that shape."_s.arg(text);
        return false;
    }
    rule.method = parts[0].toUpper();
    rule.pathGlob = parts[1];
    if (rule.method != "*"_L1 && !methods().contains(rule.method)) {
        if (error)
            *error = u"The method '%1' is not one of *, %2."_s.arg(parts[0], methods().join(u", "_s));
        return false;
    }
    const QString problem = pathProblem(rule.pathGlob);
    if (!problem.isEmpty() && error)
        *error = problem;
    return problem.isEmpty();
}

} // namespace scimmon
