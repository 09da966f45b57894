#pragma once

#include "model/operation.h"
#include "model/quirk.h"
#include "model/resourcechange.h"
#include "scim/scimerror.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace scimmon {

/// What a SCIM operation produced: the HTTP status and body to answer with, the headers that go
/// with them, and what the provisioning log says about it.
struct ScimOutcome
{
    int status = 200;
    QJsonObject body; ///< empty with hasBody false for 204/304
    bool hasBody = true;
    QString location; ///< Location header (201 Created)
    QString etag; ///< ETag header (single-resource responses)

    Operation operation = Operation::None; ///< what the request did (see RequestClassifier)
    QString resourceType; ///< "User" / "Group" / empty
    QString resourceId;
    QString target; ///< userName or displayName of the resource
    QList<Quirk> quirks; ///< IdP quirks accepted
    ResourceChange change; ///< what a successful write changed

    static ScimOutcome fromError(const ScimError &error, Operation operation = Operation::None)
    {
        ScimOutcome o;
        o.status = error.status;
        o.body = error.toJson();
        o.operation = operation;
        return o;
    }
    static ScimOutcome noContent()
    {
        ScimOutcome o;
        o.status = 204;
        o.hasBody = false;
        return o;
    }
};

} // namespace scimmon
