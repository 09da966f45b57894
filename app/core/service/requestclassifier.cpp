#include "service/requestclassifier.h"

#include "scim/resourcemapper.h"
#include "scim/scimconstants.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace scimmon {

namespace {

/// Okta's connector test (field guide §5): GET /Users?count=1&startIndex=1, no filter.
bool isOktaConnectorTest(const RequestRecord &record, const HttpRequest &request)
{
    return record.idp == Idp::Okta && request.method == "GET" && request.path.endsWith("/Users"_L1, Qt::CaseInsensitive)
        && request.query(u"filter"_s).isNull() && request.query(u"count"_s).trimmed() == "1"_L1;
}

} // namespace

Operation RequestClassifier::ofLookup(ResourceKind kind)
{
    return kind == ResourceKind::User ? Operation::LookupUser : Operation::LookupGroup;
}

bool RequestClassifier::isTestConnectionProbe(const QString &value)
{
    static const QRegularExpression guid(u"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"_s,
                                         QRegularExpression::CaseInsensitiveOption);
    return guid.match(value).hasMatch();
}

MemberIntent RequestClassifier::intentOf(const ResourceChange &change)
{
    const bool added = !change.membersAdded.isEmpty();
    const bool removed = !change.membersRemoved.isEmpty();
    if (added && removed)
        return MemberIntent::Mixed;
    if (added)
        return MemberIntent::AddOnly;
    return removed ? MemberIntent::RemoveOnly : MemberIntent::None;
}

Operation RequestClassifier::ofWrite(ResourceKind kind, WriteKind write, const ResourceChange &change,
                                     MemberIntent members)
{
    const bool user = kind == ResourceKind::User;
    switch (write) {
    case WriteKind::Create:
        return user ? Operation::CreateUser : Operation::CreateGroup;
    case WriteKind::Delete:
        return user ? Operation::DeleteUser : Operation::DeleteGroup;
    case WriteKind::Replace:
    case WriteKind::Patch:
        break;
    }
    const bool changed = !change.before.isEmpty() && !change.after.isEmpty();
    if (user) {
        if (changed) {
            const bool was = ResourceMapper::active(change.before);
            const bool is = ResourceMapper::active(change.after);
            if (was != is)
                return is ? Operation::ReactivateUser : Operation::DeactivateUser;
        }
        return write == WriteKind::Replace ? Operation::ReplaceUser : Operation::UpdateUser;
    }
    if (!changed)
        return Operation::UpdateGroup;
    QJsonObject before = change.before;
    QJsonObject after = change.after;
    const bool renamed = ResourceMapper::displayName(before) != ResourceMapper::displayName(after);
    before.remove(u"displayName"_s);
    after.remove(u"displayName"_s);
    const bool sameOtherwise = before == after;
    if (sameOtherwise && renamed && members == MemberIntent::None)
        return Operation::RenameGroup;
    if (sameOtherwise && !renamed && members == MemberIntent::AddOnly && change.membersRemoved.isEmpty())
        return Operation::AddMembers;
    if (sameOtherwise && !renamed && members == MemberIntent::RemoveOnly && change.membersAdded.isEmpty())
        return Operation::RemoveMembers;
    return Operation::UpdateGroup;
}

Operation RequestClassifier::fromRequestLine(const QString &method, const QString &rawPath)
{
    const QString path = rawPath.section(u'?', 0, 0);
    if (!path.startsWith(kScimBasePath, Qt::CaseInsensitive))
        return Operation::None;
    const QStringList segments = path.mid(kScimBasePath.size()).split(u'/', Qt::SkipEmptyParts);
    if (segments.isEmpty())
        return Operation::None;
    auto is = [&](QLatin1StringView name) { return segments.first().compare(name, Qt::CaseInsensitive) == 0; };
    if (is("ServiceProviderConfig"_L1) || is("Schemas"_L1) || is("ResourceTypes"_L1))
        return Operation::Discovery;
    if (is("Bulk"_L1))
        return Operation::Bulk;
    if (segments.first() == ".search"_L1)
        return Operation::LookupUser;
    if (!is("Users"_L1) && !is("Groups"_L1))
        return Operation::None;
    const bool user = is("Users"_L1);
    const bool search = segments.size() == 2 && segments.at(1) == ".search"_L1;
    const bool collection = segments.size() == 1 || search;
    if (method == "GET"_L1 || (method == "POST"_L1 && search))
        return user ? Operation::LookupUser : Operation::LookupGroup;
    if (method == "POST"_L1 && collection)
        return user ? Operation::CreateUser : Operation::CreateGroup;
    if (collection)
        return Operation::None;
    if (method == "PATCH"_L1)
        return user ? Operation::UpdateUser : Operation::UpdateGroup;
    if (method == "PUT"_L1)
        return user ? Operation::ReplaceUser : Operation::UpdateGroup;
    if (method == "DELETE"_L1)
        return user ? Operation::DeleteUser : Operation::DeleteGroup;
    return Operation::None;
}

void RequestClassifier::classify(RequestRecord &record, const HttpRequest &request)
{
    record.idp = m_idp.detect(record, request);
    Operation op = record.operation;
    if (op == Operation::LookupUser && record.status == 200 && isOktaConnectorTest(record, request))
        op = Operation::TestConnection;

    record.attemptedOperation = Operation::None;
    if (record.status == 401 || op == Operation::AuthFailure) {
        record.attemptedOperation = op == Operation::AuthFailure || op == Operation::None || op == Operation::Rejected
            ? fromRequestLine(record.method.isEmpty() ? QString::fromLatin1(request.method) : record.method,
                              request.path)
            : op;
        record.operation = Operation::AuthFailure;
        return;
    }
    if (record.status >= 400) {
        if (op != Operation::Rejected)
            record.attemptedOperation = op;
        record.operation = Operation::Rejected;
        return;
    }
    record.operation = op == Operation::None ? Operation::Rejected : op;
}

} // namespace scimmon
