#pragma once

#include "simulator/sentrequest.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

namespace scimmon {

/// One step of an entry, as Entra's provisioning log shows it (Import, Scope, Match, Action;
/// provision on demand adds Connection test).
struct ProvisioningLogStep
{
    QString name;
    QString status; ///< "Success", "Failure" or "Skipped"
    QString detail; ///< one English sentence
};

/// One attribute an entry changed: old → new (Entra's "Modified properties").
struct ModifiedProperty
{
    QString name;
    QString oldValue;
    QString newValue;
};

/// What the simulated IdP's provisioning log shows for one object in one cycle
/// (idp-behaviour.md §2): the identity, the action, the status, the steps, Entra's error code for
/// the answer it got (or Okta's), the modified properties and the requests it caused.
struct ProvisioningLogEntry
{
    QString cycleId; ///< the run id
    QString changeId; ///< unique per entry
    QString objectType; ///< "User", "Group" or "Connection"
    QString sourceId; ///< the IdP's object id
    QString identity; ///< userName or displayName
    QString targetId; ///< the target's id, when known
    QString action; ///< "Create", "Update", "Disable", "Delete", "Other" or "None"
    QString status; ///< "Success", "Failure", "Skipped" or "Warning"
    QString errorCode; ///< e.g. "EntryConflict", "TooManyRequests"; empty on success
    QString errorDetail; ///< one English sentence
    bool escrowed = false; ///< the failure is escrowed and retried in a later cycle
    int retryCount = 0; ///< failed attempts in earlier cycles
    bool referenceFailure = false; ///< a manager or member reference failed (quarantine counts these apart)
    QList<ProvisioningLogStep> steps;
    QList<ModifiedProperty> modifiedProperties;
    QList<SentRequest> requests;

    void addStep(const QString &name, const QString &stepStatus, const QString &detail)
    {
        steps.append({name, stepStatus, detail});
    }
    bool failed() const { return status == QStringLiteral("Failure"); }
    QJsonObject toJson() const;
};

} // namespace scimmon

Q_DECLARE_METATYPE(scimmon::ProvisioningLogEntry)
