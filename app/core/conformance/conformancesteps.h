#pragma once

#include "conformance/conformancecase.h"
#include "simulator/scimtransport.h"

#include <QJsonObject>
#include <QString>

namespace scimmon {

/// Steps and request shapes the suites share: creating a user the way Entra does (the simulator's
/// EntraRequests, from a flat attribute export), creating a group, reading a resource back, and
/// small readers of SCIM resources. Every object carries the context's prefix.
class ConformanceSteps
{
public:
    /// The flat export (AttributeMapping keys) of test user `suffix`: userName and work email
    /// `<prefix><suffix>@example.com`, externalId, active, displayName, given and family name,
    /// title, employeeNumber and department.
    static QJsonObject entraFlat(const ConformanceContext &context, const QString &suffix);
    /// A ScimCall of the simulator (EntraRequests, OktaRequests) as a conformance request.
    static ConformanceRequest fromCall(const ScimCall &call);

    /// `POST /Users` with Entra's create body for `suffix`; expects 201, an id and the userName
    /// echoed, and with `requireLocation` a Location header (RFC 7644 §3.3: SHALL) — only the tests
    /// about creation ask for it, so that a missing header fails those and not every test that
    /// needs a user; stores the id under `key`.
    static ConformanceCaseStep createUser(const QString &key, const QString &suffix, bool requireLocation = false);
    /// `POST /Groups` with Entra's create body (no members); expects 201 and an id (RFC 7644
    /// §3.3); stores the id under `key`.
    static ConformanceCaseStep createGroup(const QString &key, const QString &suffix);
    /// `GET /<collection>/<id under key>`; expects 200 and passes the resource to `check`, which
    /// returns the problem or an empty string.
    static ConformanceCaseStep readBack(const QString &collection, const QString &key, const QString &title,
                                        const QString &expectation, const QString &why,
                                        std::function<QString(const QJsonObject &)> check);
    /// `GET /<collection>/<id under key>` expecting 404 (the resource is gone; RFC 7644 §3.6).
    static ConformanceCaseStep gone(const QString &collection, const QString &key);

    /// The `value` of the entry of `type` in multi-valued `attribute` (e.g. emails, work).
    static QString typedValue(const QJsonObject &resource, const QString &attribute, const QString &type);
    /// How many entries of multi-valued `attribute` carry `primary: true` (RFC 7643 §2.4).
    static int primaryCount(const QJsonObject &resource, const QString &attribute);
    /// The member ids of a group, sorted.
    static QStringList memberIds(const QJsonObject &group);
    /// `value` with the id stored under each `{key}` put in, e.g. "/Users/{user}".
    static QString fill(const ConformanceContext &context, QString text);
};

} // namespace scimmon
