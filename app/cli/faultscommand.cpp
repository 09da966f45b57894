#include "cli/faultscommand.h"

#include "fault/faultprofiles.h"
#include "fault/faultruleservice.h"
#include "store/storefactory.h"

#include <cstdio>

using namespace Qt::StringLiterals;

namespace scimmon {

namespace {

int fail(int status, const QString &message)
{
    std::fprintf(stderr, "scim-monitor: %s\n", qPrintable(message));
    return status;
}

/// The filters of `rule` beyond method and path, in English; "-" when it has none.
QString filtersOf(const FaultRule &rule)
{
    QStringList parts;
    if (rule.operation != Operation::None)
        parts.append(operationKey(rule.operation));
    if (!rule.namePattern.isEmpty())
        parts.append(u"name "_s + rule.namePattern);
    if (rule.idp)
        parts.append(u"from "_s + idpKey(*rule.idp));
    return parts.isEmpty() ? u"-"_s : parts.join(u", "_s);
}

void printRules(const QList<FaultRule> &rules)
{
    std::printf("%-3s %-26s %-8s %-22s %-22s %-7s %-14s %s\n", "#", "NAME", "STATE", "MATCH", "FILTERS", "PHASE",
                "FREQUENCY", "ACTION");
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const FaultRule &r = rules[i];
        std::printf("%-3lld %-26s %-8s %-22s %-22s %-7s %-14s %s\n", qint64(i + 1), qPrintable(r.name),
                    r.enabled ? "enabled" : "disabled", qPrintable(r.matchText()), qPrintable(filtersOf(r)),
                    r.replacesAnswer() ? qPrintable(r.phaseKey()) : "-", qPrintable(r.frequencyText()),
                    qPrintable(r.actionText()));
    }
}

} // namespace

int FaultsCommand::run(const CommandLine &cl, const StoreConfig &storeConfig)
{
    QString error;
    StoreConfig config = storeConfig;
    // Only what adds rules may create a store (a mistyped --data-dir is not silently made).
    config.mustExist = cl.faultsAction != "add"_L1 && cl.faultsAction != "profile"_L1;
    auto store = StoreFactory::open(config, u"faults-command"_s, &error);
    if (!store)
        return fail(1, error);
    FaultRuleService faults(*store);
    const QList<FaultRule> rules = faults.rules();
    auto exists = [&](const QString &name) {
        return std::any_of(rules.cbegin(), rules.cend(),
                           [&](const FaultRule &r) { return r.name.compare(name, Qt::CaseInsensitive) == 0; });
    };
    const char *applies = "A receiver on this store applies it within a second.";

    if (cl.faultsAction == "list"_L1) {
        if (rules.isEmpty()) {
            std::printf("No fault rules: the receiver answers as itself. Add one with: scim-monitor faults add "
                        "--name NAME --match \"METHOD PATH-GLOB\" --status CODE\n");
            return 0;
        }
        printRules(rules);
        return 0;
    }
    if (cl.faultsAction == "add"_L1) {
        const FaultRule &rule = *cl.faultRule;
        if (exists(rule.name))
            return fail(
                2,
                u"A fault rule named \"%1\" exists already; remove it first or choose another name."_s.arg(rule.name));
        if (!faults.add(rule, &error))
            return fail(1, error);
        const QString phase = !rule.replacesAnswer() ? u"the service's answer and the change are kept"_s
            : rule.phase == FaultPhase::After        ? u"after the change is committed"_s
                                                     : u"before (nothing changes)"_s;
        std::printf("Added fault rule \"%s\"%s: %s -> %s, %s, %s. %s\n", qPrintable(rule.name),
                    rule.enabled ? "" : " (disabled)", qPrintable(rule.matchText()), qPrintable(rule.actionText()),
                    qPrintable(phase), qPrintable(rule.frequencyText()), applies);
        return 0;
    }
    if (cl.faultsAction == "remove"_L1) {
        if (!exists(cl.faultName))
            return fail(2, u"There is no fault rule named \"%1\" (see 'faults list')."_s.arg(cl.faultName));
        if (!faults.remove(cl.faultName, &error))
            return fail(1, error);
        std::printf("Removed fault rule \"%s\". %s\n", qPrintable(cl.faultName), applies);
        return 0;
    }
    if (cl.faultsAction == "clear"_L1) {
        if (!faults.clear(&error))
            return fail(1, error);
        std::printf("Removed %lld fault rule(s): the receiver answers as itself.\n", qint64(rules.size()));
        return 0;
    }
    const std::optional<FaultProfile> profile = FaultProfiles::byKey(cl.faultProfile);
    if (!profile)
        return fail(2, u"There is no profile '%1'; the profiles are %2."_s.arg(cl.faultProfile, FaultProfiles::keys()));
    if (!faults.applyProfile(*profile, &error))
        return fail(1, error);
    std::printf("Applied the profile \"%s\" (it replaced %lld rule(s)): %s\n\n", qPrintable(profile->title),
                qint64(rules.size()), qPrintable(profile->description));
    printRules(profile->rules);
    std::printf("\n%s\n", applies);
    return 0;
}

} // namespace scimmon
