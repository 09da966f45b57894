#pragma once

#include <QString>

/// Schema and message URNs of RFC 7643 / RFC 7644.
namespace scimmon::schema {

inline const QString kUser = QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:User");
inline const QString kGroup = QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:Group");
inline const QString kEnterpriseUser = QStringLiteral("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User");
inline const QString kServiceProviderConfig
    = QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig");
inline const QString kResourceType = QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:ResourceType");
inline const QString kSchema = QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:Schema");
inline const QString kListResponse = QStringLiteral("urn:ietf:params:scim:api:messages:2.0:ListResponse");
inline const QString kPatchOp = QStringLiteral("urn:ietf:params:scim:api:messages:2.0:PatchOp");
inline const QString kError = QStringLiteral("urn:ietf:params:scim:api:messages:2.0:Error");
inline const QString kSearchRequest = QStringLiteral("urn:ietf:params:scim:api:messages:2.0:SearchRequest");

} // namespace scimmon::schema
