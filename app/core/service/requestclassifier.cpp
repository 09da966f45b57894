#include "service/requestclassifier.h"

#include "scim/filter.h"
#include "scim/resourcemapper.h"
#include "scim/scimconstants.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace scimmon {

namespace {

QString lookupOf(const QString &resourceType)
{
    return resourceType == "Group"_L1 ? u"Lookup group"_s : u"Lookup user"_s;
}

/// The resource type a root POST /.search looks at: Group when its filter only makes sense for
/// groups (as ResourceService::searchAll decides), else User.
QString rootSearchType(const HttpRequest &request)
{
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    QString filter;
    for (auto it = body.begin(); it != body.end(); ++it)
        if (it.key().compare("filter"_L1, Qt::CaseInsensitive) == 0)
            filter = it.value().toString();
    if (filter.trimmed().isEmpty())
        return u"User"_s;
    if (!Filter::parse(ResourceKind::User, filter) && Filter::parse(ResourceKind::Group, filter))
        return u"Group"_s;
    return u"User"_s;
}

/// A group PUT named by what it changed.
QString groupReplaceName(const ResourceChange &change)
{
    const bool added = !change.membersAdded.isEmpty();
    const bool removed = !change.membersRemoved.isEmpty();
    QJsonObject before = change.before;
    QJsonObject after = change.after;
    const bool renamed = ResourceMapper::displayName(before) != ResourceMapper::displayName(after) && !after.isEmpty();
    before.remove(u"displayName"_s);
    after.remove(u"displayName"_s);
    const bool otherChanges = before != after;
    if (renamed && !otherChanges && !added && !removed)
        return u"Rename group"_s;
    if (!renamed && !otherChanges && added && !removed)
        return u"Add members"_s;
    if (!renamed && !otherChanges && removed && !added)
        return u"Remove members"_s;
    return u"Update group"_s;
}

/// Okta's connector test (field guide §5): GET /Users?count=1&startIndex=1, no filter.
bool isOktaConnectorTest(const RequestRecord &record, const HttpRequest &request)
{
    return record.idp == "Okta"_L1 && request.method == "GET" && request.path.endsWith("/Users"_L1, Qt::CaseInsensitive)
        && request.query(u"filter"_s).isNull() && request.query(u"count"_s).trimmed() == "1"_L1;
}

} // namespace

const QStringList &RequestClassifier::operationNames()
{
    static const QStringList names{
        u"Test Connection"_s, u"Discovery"_s,      u"Lookup user"_s,
        u"Create user"_s,     u"Update user"_s,    u"Deactivate user"_s,
        u"Reactivate user"_s, u"Replace user"_s,   u"Delete user"_s,
        u"Lookup group"_s,    u"Create group"_s,   u"Rename group"_s,
        u"Add members"_s,     u"Remove members"_s, u"Update group"_s,
        u"Delete group"_s,    u"Bulk"_s,           u"Auth failure"_s,
        u"Rejected"_s,
    };
    return names;
}

QString RequestClassifier::fromRequestLine(const QString &method, const QString &rawPath)
{
    QString path = rawPath.section(u'?', 0, 0);
    const QString base = kScimBasePath;
    if (!path.startsWith(base, Qt::CaseInsensitive))
        return {};
    const QStringList segments = path.mid(base.size()).split(u'/', Qt::SkipEmptyParts);
    if (segments.isEmpty())
        return {};
    auto is = [&](QLatin1StringView name) { return segments.first().compare(name, Qt::CaseInsensitive) == 0; };
    if (is("ServiceProviderConfig"_L1) || is("Schemas"_L1) || is("ResourceTypes"_L1))
        return u"Discovery"_s;
    if (is("Bulk"_L1))
        return u"Bulk"_s;
    if (segments.first() == ".search"_L1)
        return u"Lookup user"_s;
    if (!is("Users"_L1) && !is("Groups"_L1))
        return {};
    const QString noun = is("Users"_L1) ? u"user"_s : u"group"_s;
    const bool collection = segments.size() == 1 || (segments.size() == 2 && segments.at(1) == ".search"_L1);
    if (method == "GET"_L1 || (method == "POST"_L1 && segments.size() == 2 && segments.at(1) == ".search"_L1))
        return u"Lookup "_s + noun;
    if (method == "POST"_L1 && collection)
        return u"Create "_s + noun;
    if (collection)
        return {};
    if (method == "PATCH"_L1)
        return u"Update "_s + noun;
    if (method == "PUT"_L1)
        return noun == "user"_L1 ? u"Replace user"_s : u"Update group"_s;
    if (method == "DELETE"_L1)
        return u"Delete "_s + noun;
    return {};
}

void RequestClassifier::classify(RequestRecord &record, const HttpRequest &request)
{
    QString op = record.operation;
    if (op == "Get user"_L1 || op == "List users"_L1 || op == "Find user"_L1)
        op = u"Lookup user"_s;
    else if (op == "Get group"_L1 || op == "List groups"_L1 || op == "Find group"_L1)
        op = u"Lookup group"_s;
    else if (op == "Search"_L1)
        op = lookupOf(record.resourceType.isEmpty() ? rootSearchType(request) : record.resourceType);
    else if (op == "Replace group"_L1)
        op = record.status < 400 ? groupReplaceName(record.change) : u"Update group"_s;
    else if (op == "Replace user"_L1 && record.status < 400 && !record.change.before.isEmpty()
             && !record.change.after.isEmpty()) {
        const bool was = ResourceMapper::active(record.change.before);
        const bool is = ResourceMapper::active(record.change.after);
        if (was != is)
            op = is ? u"Reactivate user"_s : u"Deactivate user"_s;
    }
    if (op == "Lookup user"_L1 && record.status == 200 && isOktaConnectorTest(record, request))
        op = u"Test Connection"_s;

    record.attemptedOperation.clear();
    if (record.status == 401 || op == "Auth failure"_L1) {
        QString tried = op == "Auth failure"_L1 || op.isEmpty() || op == "Rejected"_L1 ? fromRequestLine(
                            record.method.isEmpty() ? QString::fromLatin1(request.method) : record.method, request.path)
                                                                                       : op;
        record.attemptedOperation = tried;
        record.operation = u"Auth failure"_s;
        return;
    }
    if (record.status >= 400) {
        if (op != "Rejected"_L1)
            record.attemptedOperation = op;
        record.operation = u"Rejected"_s;
        return;
    }
    record.operation = op.isEmpty() ? u"Rejected"_s : op;
}

} // namespace scimmon
