#pragma once

#include <QString>

namespace scimmon {

/// The two SCIM resource types the service provider serves (RFC 7643 §4).
enum class ResourceKind { User, Group };

/// "User" or "Group": the `meta.resourceType` value and the ResourceType `name`.
inline QString resourceTypeName(ResourceKind kind)
{
    return kind == ResourceKind::User ? QStringLiteral("User") : QStringLiteral("Group");
}

/// "Users" or "Groups": the endpoint segment after the Tenant URL.
inline QString endpointName(ResourceKind kind)
{
    return kind == ResourceKind::User ? QStringLiteral("Users") : QStringLiteral("Groups");
}

} // namespace scimmon
