#pragma once

#include "conformance/conformancecase.h"

namespace scimmon {

/// The `entra` suite's engine-driven tests (idp-behaviour.md §3: Create_User_Test,
/// Update_User_Test, Disable_User_Test, Delete_User_Test, User_Update_Manager_Test,
/// Restore_User_Test, POD_User_Test, Create_Group_Test, Update_Group_Test, Delete_Group_Test,
/// Group_Update_Add_Member_Test, Group_Update_Remove_Member_Test, POD_Group_Test), played with the
/// requests the simulator's Entra client sends (EntraRequests: match query, then create or PATCH in
/// the default dialect), plus the shapes Entra sends that the RFC does not: the aadOptscim062020
/// PATCH dialect, `excludedAttributes=members`, and the duplicate create of the "409 loop".
class EntraEngineTests
{
public:
    static QList<ConformanceCase> cases();
};

} // namespace scimmon
