#pragma once

#include "model/idp.h"
#include "simulator/provisioninglogentry.h"
#include "simulator/quarantinerules.h"
#include "simulator/simulationoptions.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QStringList>

namespace scimmon {

/// The outcome of one simulation run: the IdP's provisioning log (one entry per object, with
/// its steps, requests, answers and codes), the directory changes made before an incremental
/// cycle, the quarantine verdict, and how the run ended.
struct SimulationReport
{
    enum class Outcome {
        Completed, ///< the cycle ran to its end (entries may still have failed)
        Aborted, ///< the target was unreachable, refused the token or is not a SCIM server
        Cancelled, ///< cancelled before its end
    };

    QString runId;
    Idp idp = Idp::Entra;
    SimulationFlavor flavor = SimulationFlavor::EntraDefault;
    SimulationCycle cycle = SimulationCycle::Initial;
    QString target;
    QDateTime started; ///< UTC
    QDateTime finished; ///< UTC
    Outcome outcome = Outcome::Completed;
    QString message; ///< why it was aborted (Test Connection's message) or cancelled; empty otherwise
    QStringList changes; ///< directory changes made before the cycle (incremental)
    QList<ProvisioningLogEntry> entries;
    qint64 requests = 0; ///< HTTP requests sent, retries included
    QuarantineVerdict quarantine;

    qint64 count(const QString &status) const;
    /// The command line's exit status: 2 when aborted, 1 when cancelled or an entry failed, else 0.
    int exitCode() const;
    /// The report as JSON (docs: README "Simulate an identity provider").
    QJsonObject toJson() const;
};

/// "completed", "aborted" or "cancelled".
QString outcomeKey(SimulationReport::Outcome outcome);

} // namespace scimmon

Q_DECLARE_METATYPE(scimmon::SimulationReport)
