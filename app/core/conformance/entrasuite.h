#pragma once

#include "conformance/conformancecase.h"

namespace scimmon {

/// The `entra` suite: Microsoft's direct SCIM validation tests under their own names
/// (idp-behaviour.md §3: Schema_Discoverability_Test, SCIM_Null_Update_Test,
/// SCIM_User_Create_Test, SCIM_User_Update_Test, SCIM_Group_Create_Test, SCIM_Group_Update_Test,
/// SCIM_User_Pagination_Test, SCIM_Group_Pagination_Test, SCIM_Update_Manager_Test,
/// Validate_Credentials_Test), Test Connection's random-GUID probes, and the engine-driven tests
/// (EntraEngineTests) played with the simulator's Entra request shapes.
class EntraSuite
{
public:
    /// Every test of the suite, direct ones first.
    static QList<ConformanceCase> cases();
    /// A test of the suite named `name`, described by `description`, about `why`.
    static ConformanceCase make(const QString &name, const QString &description, const QString &why);
};

} // namespace scimmon
