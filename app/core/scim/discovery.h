#pragma once

#include "scim/result.h"

#include <QJsonObject>
#include <QString>

namespace scimmon {

/// The service provider's discovery documents (RFC 7644 §4, RFC 7643 §5–§7), built from what the
/// engine implements so they never promise more or less than it does. `baseUrl` is the Tenant URL.
class Discovery
{
public:
    /// GET /ServiceProviderConfig: a single object (not a ListResponse). `maxPayloadBytes` is the
    /// receiver's body limit, the largest Bulk request it accepts.
    static QJsonObject serviceProviderConfig(const QString &baseUrl, qint64 maxPayloadBytes);
    /// GET /ResourceTypes: a ListResponse with User (with the EnterpriseUser extension) and Group.
    static QJsonObject resourceTypes(const QString &baseUrl);
    /// GET /ResourceTypes/{name}: 404 for names other than User and Group.
    static Result<QJsonObject> resourceType(const QString &baseUrl, const QString &name);
    /// GET /Schemas: a ListResponse with the User, Group and EnterpriseUser schemas.
    static QJsonObject schemas(const QString &baseUrl);
    /// GET /Schemas/{urn}: 404 for an unknown URN.
    static Result<QJsonObject> schema(const QString &baseUrl, const QString &urn);
};

} // namespace scimmon
