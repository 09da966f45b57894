#include "ui/faults/faulttexts.h"

#include "ui/common/labels.h"
#include "ui/common/statusstyle.h"

using namespace Qt::StringLiterals;

namespace scimmon {

namespace {

QString duration(qint64 ms)
{
    return ms % 1000 == 0 ? FaultTexts::tr("%1 s").arg(ms / 1000) : FaultTexts::tr("%1 ms").arg(ms);
}

} // namespace

QString FaultTexts::status(int status)
{
    if (status == 0)
        return tr("the service's own answer");
    return QString::number(status) + u' ' + StatusStyle::reasonPhrase(status);
}

QString FaultTexts::action(const FaultRule &rule)
{
    QStringList parts;
    if (rule.status > 0) {
        QString text = status(rule.status);
        if (rule.retryAfterSeconds >= 0)
            text += u", "_s + tr("Retry-After %1 s").arg(rule.retryAfterSeconds);
        parts.append(text);
    }
    if (rule.delayMs > 0)
        parts.append(tr("%1 late").arg(duration(rule.delayMs)));
    switch (rule.drop) {
    case FaultDrop::Reset:
        parts.append(tr("reset the connection"));
        break;
    case FaultDrop::Close:
        parts.append(tr("close without an answer"));
        break;
    case FaultDrop::Truncate:
        parts.append(tr("cut the body in half"));
        break;
    case FaultDrop::None:
        break;
    }
    return parts.join(u"; "_s);
}

QString FaultTexts::frequency(const FaultRule &rule)
{
    switch (rule.frequency) {
    case FaultFrequency::First:
        return tr("first %1").arg(rule.count);
    case FaultFrequency::Every:
        return tr("1 in every %1").arg(rule.count);
    case FaultFrequency::ForSeconds:
        return tr("for %1 s").arg(rule.count);
    case FaultFrequency::Probability:
        return tr("%1 % (seed %2)").arg(rule.probability * 100.0).arg(rule.seed);
    case FaultFrequency::OverPerMinute:
        return tr("over %1 a minute").arg(rule.count);
    case FaultFrequency::Always:
        break;
    }
    return tr("always");
}

QString FaultTexts::phase(const FaultRule &rule)
{
    if (!rule.replacesAnswer())
        return u"\u2014"_s;
    return rule.phase == FaultPhase::After ? tr("after the change") : tr("before (nothing changes)");
}

QString FaultTexts::filters(const FaultRule &rule)
{
    QStringList parts;
    if (rule.operation != Operation::None)
        parts.append(Labels::operation(rule.operation));
    if (!rule.namePattern.isEmpty())
        parts.append(tr("name %1").arg(rule.namePattern));
    if (rule.idp)
        parts.append(tr("from %1").arg(Labels::idp(*rule.idp)));
    return parts.isEmpty() ? tr("any") : parts.join(u", "_s);
}

QString FaultTexts::profileTitle(const FaultProfile &profile)
{
    if (profile.key == "slow-service"_L1)
        return tr("Slow service");
    if (profile.key == "flaky-service"_L1)
        return tr("Flaky service");
    return profile.title; // a product's name
}

QString FaultTexts::profileDescription(const FaultProfile &profile)
{
    if (profile.key == "aws-iam-identity-center"_L1)
        return tr("No Bulk, no /Me and no .search (501), and an occasional 429 ThrottlingException (about one request "
                  "in 50, seeded). Its other documented limits (filters eq and and only, at most 100 membership "
                  "changes in one PATCH, lists of at most 50, one email per user) are about request bodies and are "
                  "not imitated by rules.");
    if (profile.key == "github-emu"_L1)
        return tr("About 1,000 users an hour: user creates beyond 17 a minute and member changes beyond 17 a minute "
                  "are answered 429 with Retry-After 60. GitHub also requires a User-Agent header and users "
                  "provisioned before their groups; rules do not check those.");
    if (profile.key == "slack"_L1)
        return tr("Slack's per-endpoint limits: user creates, updates and deletes beyond 180 a minute, and user reads "
                  "beyond 300 a minute, are answered 429 with Retry-After 60 (its bursts of 20 are not imitated).");
    if (profile.key == "slow-service"_L1)
        return tr("Every answer comes 1.5 s late, and every 20th request waits 65 s: past Entra's 60-second timeout, "
                  "so a create may be committed while Entra records a timeout and retries it.");
    if (profile.key == "flaky-service"_L1)
        return tr("Repeatable trouble (seeded): about 5% of requests get 503 with Retry-After 5, 2% have their "
                  "connection reset, and 2% of user creates are committed and then answered 500, the start of "
                  "Entra's 409 loop.");
    return profile.description;
}

} // namespace scimmon
