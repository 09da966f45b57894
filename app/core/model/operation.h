#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace scimmon {

/// What a request did, in the identity provider's own words (the operations of Entra's
/// provisioning log, field guide §1): decided once per request by RequestClassifier and read by
/// the log table, the detail pane, the audit trail, the exports and the headless line.
enum class Operation : quint8 {
    None, ///< not classified (a request that named no endpoint is Rejected once classified)
    TestConnection, ///< Entra's random-GUID probe (field guide §1.1) or Okta's connector test (§5)
    Discovery, ///< /ServiceProviderConfig, /Schemas, /ResourceTypes
    LookupUser, ///< a read of users: by id, by filter, paged, POST …/.search
    CreateUser,
    UpdateUser, ///< a PATCH that does not flip `active`
    DeactivateUser, ///< `active` true → false (PATCH, or a PUT as Okta's AIW apps send it)
    ReactivateUser, ///< `active` false → true
    ReplaceUser, ///< a PUT that does not flip `active`
    DeleteUser,
    LookupGroup,
    CreateGroup,
    RenameGroup, ///< only displayName changed
    AddMembers, ///< only members added
    RemoveMembers, ///< only members removed
    UpdateGroup, ///< anything else on a group, or a mix
    DeleteGroup,
    Bulk, ///< /Bulk
    TokenRequest, ///< POST /oauth2/token: an OAuth client asked for an access token (TokenEndpoint)
    AuthFailure, ///< 401: no valid Secret Token or access token, or an OAuth client not authenticated
    Rejected, ///< any other 4xx or 5xx answer
};

/// Every operation a request can be classified as, in the order the log's filter lists them.
const QList<Operation> &allOperations();
/// The operation's stable English name ("Create user"), as the store keeps it and the CSV export
/// and the headless line write it; never translated. Empty for Operation::None.
QString operationKey(Operation operation);
/// The operation named `key` (see operationKey()); Operation::None for an unknown name.
Operation operationFromKey(QStringView key);
/// True for AuthFailure and Rejected, the operations of a refused request.
inline bool isFailure(Operation operation)
{
    return operation == Operation::AuthFailure || operation == Operation::Rejected;
}

} // namespace scimmon
