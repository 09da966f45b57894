#pragma once

#include "model/idp.h"
#include "model/operation.h"
#include "model/quirk.h"
#include "model/resourcechange.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace scimmon {

/// The header the IdP simulator puts on every request it sends, with its run id as the value, so
/// that the receiver marks the request as simulated (RequestRecord::simulationRun).
inline constexpr char kSimulationHeader[] = "X-Scim-Monitor-Simulation";
/// The longest simulation run id kept; longer header values are cut.
inline constexpr qsizetype kMaxSimulationRunLength = 64;

/// One request seen by the receiver, as the provisioning log shows and stores it. Header and body
/// texts are already redacted (no Authorization value, no password) before they get here.
struct RequestRecord
{
    qint64 id = 0; ///< store row id, 0 until stored
    QDateTime time; ///< when the request arrived, UTC
    QString client; ///< client address
    QString method; ///< HTTP method as sent
    QString path; ///< path and query as sent
    int status = 0; ///< HTTP status answered
    double durationMs = 0; ///< from request parsed to response written, in milliseconds
    Operation operation = Operation::None; ///< what the IdP did (RequestClassifier)
    QString resourceType; ///< "User", "Group" or empty
    QString resourceId; ///< id of the resource touched, if any
    QString target; ///< userName or displayName of the resource touched, if any
    QString tokenLabel; ///< label of the Secret Token used; empty when none matched
    QString authFailure; ///< why authentication failed; empty when it did not
    QString requestRef; ///< unique reference of the request; its audit events carry it
    QString requestHeaders; ///< "Name: value" lines
    QString requestBody;
    QString responseHeaders;
    QString responseBody;
    QList<Quirk> quirks; ///< IdP quirks accepted while reading the request, and notes
    ResourceChange change; ///< what a write changed (member lists capped at 1,000 ids when stored)
    Idp idp = Idp::Other; ///< who sent it (RequestClassifier, from User-Agent and dialect)
    /// For a refused request (AuthFailure, Rejected): what it tried, e.g. CreateUser; None otherwise.
    Operation attemptedOperation = Operation::None;
    qint64 cycleId = 0; ///< the provisioning cycle it belongs to (see CycleTracker); 0: none
    /// The run id of the IdP simulation that sent it (its `X-Scim-Monitor-Simulation` header, see
    /// kSimulationHeader); empty for real traffic. A rehearsal is never mistaken for a tenant.
    QString simulationRun;
    /// The name of the fault injection rule that made this answer (FaultRule); empty when the
    /// service answered as itself.
    QString fault;
    /// The name of the receiver that answered it (StoreConfig::receiverName), as read from the
    /// store; tells the receivers sharing a PostgreSQL store apart. Empty on a live record.
    QString receiver;
};

} // namespace scimmon

Q_DECLARE_METATYPE(scimmon::RequestRecord)
