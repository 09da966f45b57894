#pragma once

#include "model/resourcechange.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace scimmon {

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
    QString operation; ///< what the IdP did, in its words: "Create user", "Add members", ...
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
    QStringList notes; ///< IdP quirks accepted while reading the request, one line each
    ResourceChange change; ///< what a write changed (member lists capped at 1,000 ids when stored)
    QString idp; ///< who sent it: "Entra", "Okta" or "Other" (RequestClassifier, from User-Agent and dialect)
    /// For a refused request (operation "Rejected" or "Auth failure"): what it tried, e.g. "Create user".
    QString attemptedOperation;
    qint64 cycleId = 0; ///< the provisioning cycle it belongs to (see CycleTracker); 0: none
};

} // namespace scimmon

Q_DECLARE_METATYPE(scimmon::RequestRecord)
