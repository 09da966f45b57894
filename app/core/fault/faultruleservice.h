#pragma once

#include "fault/faultprofiles.h"
#include "model/auditevent.h"
#include "model/faultrule.h"

#include <QList>
#include <QString>

#include <functional>

namespace scimmon {

class Store;

/// Adds, changes, orders, enables, removes and replaces the fault injection rules in the store,
/// each change in one transaction with its audit events (fault.added, fault.changed,
/// fault.removed, fault.profile_applied; target type "Fault rule"; actor "local"). A receiver on
/// the same store, in this process or another, picks the change up within a second (see
/// FaultRuleRepository::revision()). Every function returns false with `*error` set, and changes
/// nothing, for an invalid rule, an unknown or duplicate name, or a store failure.
class FaultRuleService
{
public:
    explicit FaultRuleService(Store &store);

    /// The rules in the order they are tried.
    QList<FaultRule> rules();
    /// Appends `rule` (last in order); refused when it is invalid (FaultRule::problem()) or its
    /// name is taken (without regard to case).
    bool add(const FaultRule &rule, QString *error);
    /// Replaces the rule named `name` with `rule`, in its place (a rename is allowed when the new
    /// name is free).
    bool update(const QString &name, const FaultRule &rule, QString *error);
    /// Enables or disables the rule named `name` (audited as fault.changed).
    bool setEnabled(const QString &name, bool enabled, QString *error);
    /// Moves the rule named `name` by `delta` places (negative: earlier), within the list.
    bool move(const QString &name, int delta, QString *error);
    /// Removes the rule named `name`.
    bool remove(const QString &name, QString *error);
    /// Removes every rule (one fault.removed event each).
    bool clear(QString *error);
    /// Replaces every rule with `profile`'s (fault.profile_applied, naming the rules).
    bool applyProfile(const FaultProfile &profile, QString *error);

private:
    /// One change: in a write transaction (so that two processes changing rules at once queue
    /// instead of losing one change), reads the rules, lets `change` edit them and name its audit
    /// events (false with `*error` set: nothing is written), then writes both.
    bool mutate(const std::function<bool(QList<FaultRule> &, QList<AuditEvent> &, QString *)> &change, QString *error);
    /// The index of the rule named `name` (without regard to case); -1 when none.
    static qsizetype indexOf(const QList<FaultRule> &rules, const QString &name);

    Store &m_store;
};

} // namespace scimmon
