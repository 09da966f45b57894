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

namespace scimmon {

/// The path of the Tenant URL on the receiver: every SCIM endpoint (RFC 7644 §3.2) is under it.
inline const QString kScimBasePath = QStringLiteral("/scim/v2");

/// The most resources one list or search response carries (`filter.maxResults` in
/// ServiceProviderConfig, RFC 7643 §5).
inline constexpr qint64 kMaxListResults = 1000;
/// The most operations one Bulk request may hold (`bulk.maxOperations`, RFC 7644 §3.7.4).
inline constexpr int kMaxBulkOperations = 1000;

} // namespace scimmon
