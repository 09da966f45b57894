#include "service/resourceservice.h"

#include "audit/auditlog.h"
#include "scim/filter.h"
#include "scim/patchengine.h"
#include "scim/resourcemapper.h"
#include "scim/scimconstants.h"
#include "scim/sortorder.h"
#include "service/auditrecorder.h"
#include "service/requestclassifier.h"
#include "store/queryplanner.h"

#include "model/timeorderedid.h"
#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace scimmon {

namespace {

QString nameOf(ResourceKind kind, const QJsonObject &data)
{
    return kind == ResourceKind::User ? ResourceMapper::userName(data) : ResourceMapper::displayName(data);
}

QDateTime now()
{
    // Millisecond precision, as stored, so that what a response says equals what a later read says.
    const QDateTime t = QDateTime::currentDateTimeUtc();
    return QDateTime::fromMSecsSinceEpoch(t.toMSecsSinceEpoch(), Qt::UTC);
}

/// Entra's Test Connection looks up a random GUID with `<matching attribute> eq "<guid>"`.
bool looksLikeTestConnection(const Filter &filter)
{
    const FilterNode &root = filter.root();
    return root.kind == FilterNode::Kind::Compare && root.op == CompareOp::Eq && root.value.isString()
        && RequestClassifier::isTestConnectionProbe(root.value.toString());
}

/// What a PATCH's member operations ask for.
MemberIntent intentOf(const QList<MemberChange> &changes)
{
    if (changes.isEmpty())
        return MemberIntent::None;
    auto all = [&](auto pred) { return std::all_of(changes.begin(), changes.end(), pred); };
    if (all([](const MemberChange &c) { return c.kind == MemberChange::Kind::Add; }))
        return MemberIntent::AddOnly;
    if (all([](const MemberChange &c) {
            return c.kind != MemberChange::Kind::Add && c.kind != MemberChange::Kind::Replace;
        }))
        return MemberIntent::RemoveOnly;
    return MemberIntent::Mixed;
}

QJsonObject memberJson(const MemberRef &m)
{
    return QJsonObject{{u"value"_s, m.value}, {u"type"_s, m.type}, {u"display"_s, m.display}};
}

} // namespace

ResourceService::ResourceService(Store &store, QString baseUrl)
    : m_store(store)
    , m_baseUrl(std::move(baseUrl))
{
}

ScimOutcome ResourceService::storeFailure(Operation operation)
{
    m_store.rollback();
    // Another receiver on a shared database took the name between our check and our write: the
    // database's unique index refused it, a 409 as if the check had seen it (RFC 7644 §3.3).
    if (m_store.lastError().kind == StoreError::Kind::Conflict)
        return ScimOutcome::fromError(
            ScimError::uniqueness(
                u"Another resource with this name was stored at the same moment. Nothing was changed."_s),
            operation);
    return ScimOutcome::fromError(
        ScimError::internal(u"The store failed: %1. Nothing was changed."_s.arg(m_store.lastError().message)),
        operation);
}

Result<Resource> ResourceService::beginChange(ResourceKind kind, const QString &id, const QString &ifMatch)
{
    if (!m_store.begin())
        return ScimError::internal(u"The store failed: %1. Nothing was changed."_s.arg(m_store.lastError().message));
    auto existing = m_store.resources().resource(kind, id);
    if (!existing) {
        m_store.rollback();
        return ScimError::notFound(u"%1 %2 not found."_s.arg(resourceTypeName(kind), id));
    }
    if (auto err = checkIfMatch(*existing, ifMatch)) {
        m_store.rollback();
        return *err;
    }
    return *existing;
}

void ResourceService::describe(ScimOutcome &o, ResourceKind kind, const QString &id, const QJsonObject &data)
{
    o.resourceType = resourceTypeName(kind);
    o.resourceId = id;
    o.target = nameOf(kind, data);
}

std::optional<ScimError> ResourceService::checkIfMatch(const Resource &r, const QString &ifMatch)
{
    if (ifMatch.isEmpty() || ifMatch.trimmed() == "*"_L1)
        return std::nullopt;
    for (const QString &tag : ifMatch.split(u',')) {
        QString t = tag.trimmed();
        // Weak comparison (RFC 7232 §2.3.2): W/"3" matches "3".
        if (t.startsWith("W/"_L1))
            t = t.mid(2);
        if (t == r.etag().mid(2))
            return std::nullopt;
    }
    return ScimError{412, {}, u"If-Match %1 does not match the current version %2."_s.arg(ifMatch, r.etag())};
}

QJsonObject ResourceService::represent(ResourceKind kind, const Resource &r, bool withMembers)
{
    if (kind == ResourceKind::Group) {
        QList<MemberRef> members;
        if (withMembers)
            members = m_store.resources().members(r.id);
        return ResourceMapper::toRepresentation(kind, r, m_baseUrl, withMembers ? &members : nullptr);
    }
    const auto groups = m_store.resources().groupsOf({r.id}).value(r.id);
    return ResourceMapper::toRepresentation(kind, r, m_baseUrl, nullptr, &groups);
}

QList<QJsonObject> ResourceService::representAll(ResourceKind kind, const QList<Resource> &resources, bool withMembers)
{
    QList<QJsonObject> out;
    out.reserve(resources.size());
    if (kind == ResourceKind::Group) {
        for (const Resource &r : resources)
            out.append(represent(kind, r, withMembers));
        return out;
    }
    QStringList ids;
    for (const Resource &r : resources)
        ids.append(r.id);
    const auto groups = m_store.resources().groupsOf(ids);
    for (const Resource &r : resources) {
        const auto g = groups.value(r.id);
        out.append(ResourceMapper::toRepresentation(kind, r, m_baseUrl, nullptr, &g));
    }
    return out;
}

ScimOutcome ResourceService::single(ResourceKind kind, int status, const Resource &r,
                                    const AttributeSelection &selection, Operation operation)
{
    ScimOutcome o;
    o.status = status;
    o.body = selection.apply(represent(kind, r, selection.wantsAttribute(u"members"_s)));
    o.etag = r.etag();
    o.operation = operation;
    o.resourceType = resourceTypeName(kind);
    o.resourceId = r.id;
    o.target = nameOf(kind, r.data);
    return o;
}

std::optional<ScimError> ResourceService::checkUnique(ResourceKind kind, const QJsonObject &data, const QString &selfId)
{
    const QString name = nameOf(kind, data);
    const QString holder = m_store.resources().idForName(kind, name);
    if (!holder.isEmpty() && holder != selfId)
        return ScimError::uniqueness(
            kind == ResourceKind::User
                ? u"A user with userName \"%1\" already exists (compared without regard to letter case)."_s.arg(name)
                : u"A group with displayName \"%1\" already exists (compared without regard to letter case)."_s.arg(
                    name));
    return std::nullopt;
}

std::optional<ScimError> ResourceService::resolveMembers(const QString &groupId, QList<MemberRef> &members)
{
    QStringList ids;
    for (const MemberRef &m : members)
        ids.append(m.value);
    const auto types = m_store.resources().memberTypes(ids);
    QStringList unknown;
    for (MemberRef &m : members) {
        if (m.value == groupId)
            return ScimError::invalidValue(u"A group cannot be a member of itself."_s);
        const auto it = types.find(m.value);
        if (it == types.end())
            unknown.append(m.value);
        else
            m.type = *it;
    }
    if (!unknown.isEmpty())
        return ScimError::invalidValue(
            u"No user or group has the member id(s) %1; members must be provisioned before they are added."_s.arg(
                unknown.mid(0, 10).join(u", "_s)));
    return std::nullopt;
}

bool ResourceService::replaceMembers(const QString &groupId, const QList<MemberRef> &members, ResourceChange &change)
{
    // Only the difference is written: replacing with the same set changes nothing.
    QSet<QString> wanted;
    for (const MemberRef &m : members)
        wanted.insert(m.value);
    QStringList drop;
    for (const MemberRef &m : m_store.resources().members(groupId))
        if (!wanted.contains(m.value))
            drop.append(m.value);
    return m_store.resources().removeMembers(groupId, drop, &change.membersRemoved) >= 0
        && m_store.resources().addMembers(groupId, members, &change.membersAdded) >= 0;
}

ScimOutcome ResourceService::createChange(ResourceKind kind, const QJsonObject &body,
                                          const AttributeSelection &selection)
{
    const Operation operation = RequestClassifier::ofWrite(kind, WriteKind::Create, {});
    QList<Quirk> quirks;
    auto client = ResourceMapper::fromClient(kind, body, &quirks);
    if (!client)
        return ScimOutcome::fromError(client.error(), operation);
    Resource r;
    r.id = TimeOrderedId::create();
    r.data = client.value().data;
    r.created = r.lastModified = now();
    r.version = 1;

    if (!m_store.begin())
        return storeFailure(operation);
    if (auto err = checkUnique(kind, r.data, QString())) {
        m_store.rollback();
        auto o = ScimOutcome::fromError(*err, operation);
        o.target = nameOf(kind, r.data);
        return o;
    }
    QList<MemberRef> members = client.value().members.value_or(QList<MemberRef>());
    if (auto err = resolveMembers(r.id, members)) {
        m_store.rollback();
        return ScimOutcome::fromError(*err, operation);
    }
    if (!m_store.resources().insert(kind, r))
        return storeFailure(operation);
    ResourceChange change;
    change.after = r.data;
    if (!members.isEmpty() && m_store.resources().addMembers(r.id, members, &change.membersAdded) < 0)
        return storeFailure(operation);
    if (!recordWrite(kind, operation, r.id, nameOf(kind, r.data), change) || !m_store.commit())
        return storeFailure(operation);

    ScimOutcome o = single(kind, 201, r, selection, operation);
    o.location = m_baseUrl + u'/' + endpointName(kind) + u'/' + r.id;
    o.quirks = quirks;
    o.change = change;
    return o;
}

ScimOutcome ResourceService::get(ResourceKind kind, const QString &id, const AttributeSelection &selection,
                                 const QString &ifNoneMatch)
{
    const Operation operation = RequestClassifier::ofLookup(kind);
    const auto r = m_store.resources().resource(kind, id);
    if (!r)
        return ScimOutcome::fromError(ScimError::notFound(u"%1 %2 not found."_s.arg(resourceTypeName(kind), id)),
                                      operation);
    if (!ifNoneMatch.isEmpty()) {
        for (const QString &tag : ifNoneMatch.split(u',')) {
            const QString t = tag.trimmed();
            if (t == "*"_L1 || t == r->etag() || u"W/"_s + t == r->etag()) {
                ScimOutcome o = ScimOutcome::noContent();
                o.status = 304;
                o.etag = r->etag();
                o.operation = operation;
                o.resourceType = resourceTypeName(kind);
                o.resourceId = id;
                o.target = nameOf(kind, r->data);
                return o;
            }
        }
    }
    return single(kind, 200, *r, selection, operation);
}

Result<ResourceService::SearchResult> ResourceService::search(ResourceKind kind, const Filter *filter,
                                                              const SortOrder &sort, qint64 startIndex, qint64 count,
                                                              bool withMembers)
{
    const QueryPlan plan = filter ? QueryPlanner::plan(*filter) : QueryPlan{};
    const std::optional<SortKey> column = QueryPlanner::sortColumn(kind, sort);
    ResourceQuery query;
    query.conditions = plan.conditions;
    query.descending = sort.descending;
    if (column)
        query.sort = *column;
    SearchResult result;
    if (plan.exact && (!sort.active || column)) {
        // The store filters, counts, sorts and pages.
        result.total = m_store.resources().count(kind, query);
        if (result.total < 0)
            return ScimError::internal(u"The store failed: %1."_s.arg(m_store.lastError().message));
        if (count > 0 && startIndex <= result.total) {
            query.offset = startIndex - 1;
            query.limit = count;
            result.page = representAll(kind, m_store.resources().find(kind, query), withMembers);
        }
        return result;
    }
    // Candidates from the index (or every resource), checked against the whole filter and sorted here.
    const QList<Resource> candidates = m_store.resources().find(kind, query);
    if (!m_store.lastError().ok())
        return ScimError::internal(u"The store failed: %1."_s.arg(m_store.lastError().message));
    QList<QJsonObject> matched;
    for (QJsonObject &rep : representAll(kind, candidates, true))
        if (!filter || filter->matches(rep))
            matched.append(std::move(rep));
    if (sort.active && !column)
        std::stable_sort(matched.begin(), matched.end(),
                         [&sort](const QJsonObject &a, const QJsonObject &b) { return sort.lessThan(a, b); });
    result.total = matched.size();
    if (count > 0 && startIndex <= result.total)
        result.page = matched.mid(startIndex - 1, count);
    if (!withMembers)
        for (QJsonObject &rep : result.page)
            rep.remove(u"members"_s);
    return result;
}

ScimOutcome ResourceService::list(ResourceKind kind, const ListParams &params)
{
    const bool filtered = !params.filter.trimmed().isEmpty();
    Operation operation = RequestClassifier::ofLookup(kind);
    const qint64 startIndex = std::max<qint64>(1, params.startIndex);
    const qint64 count = params.count < 0 ? kMaxResults : std::min(params.count, kMaxResults);
    const AttributeSelection selection = AttributeSelection::parse(kind, params.attributes, params.excludedAttributes);

    std::optional<Filter> filter;
    if (filtered) {
        auto parsed = Filter::parse(kind, params.filter);
        if (!parsed)
            return ScimOutcome::fromError(parsed.error(), operation);
        filter = parsed.value();
    }
    auto sort = SortOrder::parse(kind, params.sortBy, params.sortOrder);
    if (!sort)
        return ScimOutcome::fromError(sort.error(), operation);
    auto found = search(kind, filter ? &*filter : nullptr, sort.value(), startIndex, count,
                        selection.wantsAttribute(u"members"_s));
    if (!found)
        return ScimOutcome::fromError(found.error(), operation);
    const SearchResult &result = found.value();
    if (filter && result.total == 0 && looksLikeTestConnection(*filter))
        operation = Operation::TestConnection;

    QJsonArray resources;
    for (const QJsonObject &rep : result.page)
        resources.append(selection.apply(rep));
    ScimOutcome o;
    o.body = listResponse(result.total, startIndex, resources);
    o.operation = operation;
    o.resourceType = resourceTypeName(kind);
    if (result.page.size() == 1) {
        o.resourceId = result.page.first().value("id"_L1).toString();
        o.target = nameOf(kind, result.page.first());
    } else if (filter && filter->root().kind == FilterNode::Kind::Compare && filter->root().value.isString()) {
        o.target = filter->root().value.toString();
    }
    return o;
}

ScimOutcome ResourceService::searchAll(const ListParams &params)
{
    // Named after the type searched: a filter that names attributes of groups only searches groups.
    Operation operation = Operation::LookupUser;
    const qint64 startIndex = std::max<qint64>(1, params.startIndex);
    qint64 remaining = params.count < 0 ? kMaxResults : std::min(params.count, kMaxResults);
    qint64 total = 0;
    QJsonArray resources;
    std::optional<ScimError> firstError;
    int searched = 0;
    for (ResourceKind kind : {ResourceKind::User, ResourceKind::Group}) {
        // A filter naming attributes of one resource type only searches that type.
        std::optional<Filter> filter;
        if (!params.filter.trimmed().isEmpty()) {
            auto parsed = Filter::parse(kind, params.filter);
            if (!parsed) {
                firstError = firstError.value_or(parsed.error());
                continue;
            }
            filter = parsed.value();
        }
        auto sort = SortOrder::parse(kind, params.sortBy, params.sortOrder);
        if (!sort) {
            firstError = firstError.value_or(sort.error());
            continue;
        }
        ++searched;
        if (searched == 1)
            operation = RequestClassifier::ofLookup(kind);
        const AttributeSelection selection
            = AttributeSelection::parse(kind, params.attributes, params.excludedAttributes);
        const qint64 start = std::max<qint64>(1, startIndex - total);
        auto found = search(kind, filter ? &*filter : nullptr, sort.value(), start, remaining,
                            selection.wantsAttribute(u"members"_s));
        if (!found)
            return ScimOutcome::fromError(found.error(), operation);
        if (startIndex > total + found.value().total) {
            total += found.value().total;
            continue;
        }
        total += found.value().total;
        for (const QJsonObject &rep : found.value().page)
            resources.append(selection.apply(rep));
        remaining -= found.value().page.size();
    }
    if (searched == 0 && firstError)
        return ScimOutcome::fromError(*firstError, operation);
    ScimOutcome o;
    o.body = listResponse(total, startIndex, resources);
    o.operation = operation;
    return o;
}

QJsonObject ResourceService::listResponse(qint64 total, qint64 startIndex, const QJsonArray &resources)
{
    return QJsonObject{
        {u"schemas"_s, QJsonArray{schema::kListResponse}},
        {u"totalResults"_s, total},
        {u"startIndex"_s, startIndex},
        {u"itemsPerPage"_s, resources.size()},
        {u"Resources"_s, resources},
    };
}

ScimOutcome ResourceService::replaceChange(ResourceKind kind, const QString &id, const QJsonObject &body,
                                           const QString &ifMatch, const AttributeSelection &selection)
{
    const Operation operation = RequestClassifier::ofWrite(kind, WriteKind::Replace, {});
    QList<Quirk> quirks;
    auto client = ResourceMapper::fromClient(kind, body, &quirks);
    if (!client)
        return ScimOutcome::fromError(client.error(), operation);
    auto existing = beginChange(kind, id, ifMatch);
    if (!existing)
        return ScimOutcome::fromError(existing.error(), operation);
    if (auto err = checkUnique(kind, client.value().data, id)) {
        m_store.rollback();
        return ScimOutcome::fromError(*err, operation);
    }
    Resource r = existing.value();
    r.data = client.value().data;
    ResourceChange change;
    if (kind == ResourceKind::Group) {
        QList<MemberRef> members = client.value().members.value_or(QList<MemberRef>());
        if (auto err = resolveMembers(id, members)) {
            m_store.rollback();
            return ScimOutcome::fromError(*err, operation);
        }
        if (!replaceMembers(id, members, change))
            return storeFailure(operation);
    }
    change.before = existing.value().data;
    change.after = r.data;
    if (r.data != existing.value().data || !change.membersAdded.isEmpty() || !change.membersRemoved.isEmpty()) {
        r.version = existing.value().version + 1;
        r.lastModified = now();
    }
    const Operation done
        = RequestClassifier::ofWrite(kind, WriteKind::Replace, change, RequestClassifier::intentOf(change));
    if (r.version != existing.value().version && !recordWrite(kind, done, id, nameOf(kind, r.data), change))
        return storeFailure(operation);
    if (!m_store.resources().update(kind, r) || !m_store.commit())
        return storeFailure(operation);
    ScimOutcome o = single(kind, 200, r, selection, done);
    o.quirks = quirks;
    o.change = change;
    return o;
}

std::optional<ScimError> ResourceService::applyMemberChanges(const QString &groupId, const QList<MemberChange> &changes,
                                                             ResourceChange &change)
{
    const ScimError storeError = ScimError::internal(u"The store failed while changing members."_s);
    for (const MemberChange &memberChange : changes) {
        QList<MemberRef> members = memberChange.members;
        QStringList drop;
        switch (memberChange.kind) {
        case MemberChange::Kind::Add:
        case MemberChange::Kind::Replace:
            if (auto err = resolveMembers(groupId, members))
                return err;
            if (memberChange.kind == MemberChange::Kind::Replace
                    ? !replaceMembers(groupId, members, change)
                    : m_store.resources().addMembers(groupId, members, &change.membersAdded) < 0)
                return storeError;
            continue;
        case MemberChange::Kind::Remove:
            for (const MemberRef &m : members)
                drop.append(m.value);
            break;
        case MemberChange::Kind::RemoveAll:
            for (const MemberRef &m : m_store.resources().members(groupId))
                drop.append(m.value);
            break;
        case MemberChange::Kind::RemoveMatching:
            for (const MemberRef &m : m_store.resources().members(groupId))
                if (Filter::evaluate(*memberChange.filter, memberJson(m)))
                    drop.append(m.value);
            break;
        }
        if (m_store.resources().removeMembers(groupId, drop, &change.membersRemoved) < 0)
            return storeError;
    }
    return std::nullopt;
}

ScimOutcome ResourceService::patchChange(ResourceKind kind, const QString &id, const QJsonObject &body,
                                         const AttributeSelection &selection, bool attributesRequested,
                                         const QString &ifMatch)
{
    const Operation operation = RequestClassifier::ofWrite(kind, WriteKind::Patch, {});
    auto existing = beginChange(kind, id, ifMatch);
    if (!existing)
        return ScimOutcome::fromError(existing.error(), operation);
    const Resource &before = existing.value();
    auto fail = [&](const ScimError &err) {
        m_store.rollback();
        ScimOutcome o = ScimOutcome::fromError(err, operation);
        describe(o, kind, id, before.data);
        return o;
    };
    auto patched = PatchEngine::apply(kind, before.data, body);
    if (!patched)
        return fail(patched.error());
    const PatchResult &result = patched.value();
    if (auto err = ResourceMapper::checkRequired(kind, result.data))
        return fail(*err);
    if (nameOf(kind, result.data) != nameOf(kind, before.data))
        if (auto err = checkUnique(kind, result.data, id))
            return fail(*err);
    ResourceChange change;
    if (auto err = applyMemberChanges(id, result.memberChanges, change))
        return fail(*err);

    Resource r = before;
    change.before = before.data;
    change.after = result.data;
    const Operation name = RequestClassifier::ofWrite(kind, WriteKind::Patch, change, intentOf(result.memberChanges));
    if (result.data != before.data || !change.membersAdded.isEmpty() || !change.membersRemoved.isEmpty()) {
        r.data = result.data;
        r.version = before.version + 1;
        r.lastModified = now();
        if (!m_store.resources().update(kind, r) || !recordWrite(kind, name, id, nameOf(kind, r.data), change))
            return storeFailure(operation);
    }
    if (!m_store.commit())
        return storeFailure(operation);

    ScimOutcome o;
    if (kind == ResourceKind::Group && !attributesRequested) {
        o = ScimOutcome::noContent();
        o.etag = r.etag();
        o.operation = name;
        describe(o, kind, id, r.data);
    } else {
        o = single(kind, 200, r, selection, name);
    }
    o.quirks = result.quirks;
    if (change.before != change.after || !change.membersAdded.isEmpty() || !change.membersRemoved.isEmpty())
        o.change = change;
    return o;
}

ScimOutcome ResourceService::removeChange(ResourceKind kind, const QString &id, const QString &ifMatch)
{
    const Operation operation = RequestClassifier::ofWrite(kind, WriteKind::Delete, {});
    auto existing = beginChange(kind, id, ifMatch);
    if (!existing)
        return ScimOutcome::fromError(existing.error(), operation);
    ResourceChange change;
    change.before = existing.value().data;
    // The user's memberships go with it: each is an audited removal from its group.
    const QList<GroupRef> groups
        = kind == ResourceKind::User ? m_store.resources().groupsOf({id}).value(id) : QList<GroupRef>();
    if (!recordWrite(kind, operation, id, nameOf(kind, change.before), change)
        || !recordMembershipsEnded(id, nameOf(kind, change.before), groups) || !m_store.resources().remove(kind, id)
        || !m_store.commit())
        return storeFailure(operation);
    ScimOutcome o = ScimOutcome::noContent();
    o.operation = operation;
    describe(o, kind, id, existing.value().data);
    o.change.before = existing.value().data;
    return o;
}

bool ResourceService::recordWrite(ResourceKind kind, Operation operation, const QString &id, const QString &name,
                                  const ResourceChange &change)
{
    const QHash<QString, QString> names = m_store.resources().names(change.membersAdded + change.membersRemoved);
    return m_store.audit().append(AuditLog::forWrite(operation, kind, id, name, change, names, m_audit, now()));
}

bool ResourceService::recordMembershipsEnded(const QString &userId, const QString &userName,
                                             const QList<GroupRef> &groups)
{
    QList<AuditEvent> events;
    for (const GroupRef &g : groups) {
        ResourceChange change;
        change.membersRemoved = {userId};
        events += AuditLog::forWrite(Operation::RemoveMembers, ResourceKind::Group, g.value, g.display, change,
                                     {{userId, userName}}, m_audit, now());
    }
    return events.isEmpty() || m_store.audit().append(events);
}

ScimOutcome ResourceService::audited(ResourceKind kind, const QString &id, ScimOutcome outcome)
{
    // A refused write (4xx) is an audit event of its own, with the SCIM error as its result.
    if (outcome.status >= 400 && outcome.status < 500 && outcome.status != 401) {
        const ScimError error{outcome.status, outcome.body.value("scimType"_L1).toString(),
                              outcome.body.value("detail"_L1).toString()};
        const QString target = outcome.resourceId.isEmpty() ? id : outcome.resourceId;
        AuditRecorder::record(
            m_store, AuditLog::forRefusal(outcome.operation, kind, target, outcome.target, error, m_audit, now()));
    }
    return outcome;
}

ScimOutcome ResourceService::create(ResourceKind kind, const QJsonObject &body, const AttributeSelection &selection)
{
    return audited(kind, QString(), createChange(kind, body, selection));
}

ScimOutcome ResourceService::replace(ResourceKind kind, const QString &id, const QJsonObject &body,
                                     const QString &ifMatch, const AttributeSelection &selection)
{
    return audited(kind, id, replaceChange(kind, id, body, ifMatch, selection));
}

ScimOutcome ResourceService::patch(ResourceKind kind, const QString &id, const QJsonObject &body,
                                   const AttributeSelection &selection, bool attributesRequested,
                                   const QString &ifMatch)
{
    return audited(kind, id, patchChange(kind, id, body, selection, attributesRequested, ifMatch));
}

ScimOutcome ResourceService::remove(ResourceKind kind, const QString &id, const QString &ifMatch)
{
    return audited(kind, id, removeChange(kind, id, ifMatch));
}

} // namespace scimmon
