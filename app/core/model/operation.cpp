#include "model/operation.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace scimmon {

namespace {

const std::array<std::pair<Operation, QStringView>, 20> kKeys{{
    {Operation::TestConnection, u"Test Connection"},
    {Operation::Discovery, u"Discovery"},
    {Operation::LookupUser, u"Lookup user"},
    {Operation::CreateUser, u"Create user"},
    {Operation::UpdateUser, u"Update user"},
    {Operation::DeactivateUser, u"Deactivate user"},
    {Operation::ReactivateUser, u"Reactivate user"},
    {Operation::ReplaceUser, u"Replace user"},
    {Operation::DeleteUser, u"Delete user"},
    {Operation::LookupGroup, u"Lookup group"},
    {Operation::CreateGroup, u"Create group"},
    {Operation::RenameGroup, u"Rename group"},
    {Operation::AddMembers, u"Add members"},
    {Operation::RemoveMembers, u"Remove members"},
    {Operation::UpdateGroup, u"Update group"},
    {Operation::DeleteGroup, u"Delete group"},
    {Operation::Bulk, u"Bulk"},
    {Operation::TokenRequest, u"Token request"},
    {Operation::AuthFailure, u"Auth failure"},
    {Operation::Rejected, u"Rejected"},
}};

} // namespace

const QList<Operation> &allOperations()
{
    static const QList<Operation> all = [] {
        QList<Operation> out;
        for (const auto &[op, key] : kKeys)
            out.append(op);
        return out;
    }();
    return all;
}

QString operationKey(Operation operation)
{
    for (const auto &[op, key] : kKeys)
        if (op == operation)
            return key.toString();
    return QString();
}

Operation operationFromKey(QStringView key)
{
    for (const auto &[op, k] : kKeys)
        if (k == key)
            return op;
    return Operation::None;
}

} // namespace scimmon
