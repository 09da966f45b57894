#pragma once

#include "audit/auditlog.h"
#include "model/operation.h"
#include "model/resourcekind.h"
#include "scim/attributeselection.h"
#include "scim/patchengine.h"
#include "scim/scimconstants.h"
#include "scim/scimoutcome.h"
#include "store/store.h"

#include <QJsonObject>

namespace scimmon {

class Filter;

/// Parameters of a list or search request (RFC 7644 §3.4.2).
struct ListParams
{
    QString filter; ///< empty: every resource
    qint64 startIndex = 1; ///< 1-based; values below 1 are read as 1
    qint64 count = -1; ///< -1: not given (the server maximum applies); 0: totals only
    QString attributes; ///< comma-separated
    QString excludedAttributes;
    QString sortBy; ///< attribute path; empty: creation order
    QString sortOrder; ///< "ascending" (default) or "descending"
};

struct SortOrder;

/// The SCIM operations on Users and Groups (RFC 7644 §3.3–§3.6) over a Store. Every change is one
/// transaction, committed before the outcome is returned; a request that fails changes nothing.
/// Group memberships are changed row by row, so adding one member to a large group does not
/// rewrite the group.
class ResourceService
{
public:
    /// The most resources one list response carries (`filter.maxResults` in ServiceProviderConfig).
    static constexpr qint64 kMaxResults = kMaxListResults;

    /// `baseUrl`: the Tenant URL (e.g. "http://127.0.0.1:8080/scim/v2") used in `Location`,
    /// `meta.location` and member `$ref`s.
    ResourceService(Store &store, QString baseUrl);

    /// The Tenant URL this service builds locations under.
    const QString &baseUrl() const { return m_baseUrl; }

    /// Who acts and through which request: every change is recorded in the audit trail with
    /// these, in the change's own transaction; refused changes are recorded with their error.
    void setAuditContext(const AuditContext &context) { m_audit = context; }

    /// POST /Users, /Groups: 201 + resource + Location + ETag. 409 `uniqueness` when the userName
    /// (any letter case) or group displayName is taken; 400 for invalid bodies or unknown member ids.
    /// `selection` (the `attributes`/`excludedAttributes` parameters, RFC 7644 §3.9) shapes the body.
    ScimOutcome create(ResourceKind kind, const QJsonObject &body, const AttributeSelection &selection = {});
    /// GET /Users/{id}: 200 + resource + ETag, 304 when `ifNoneMatch` names the current version, 404.
    ScimOutcome get(ResourceKind kind, const QString &id, const AttributeSelection &selection,
                    const QString &ifNoneMatch = QString());
    /// GET /Users?filter=…: 200 + ListResponse, also when nothing matches (never 404). 400
    /// `invalidFilter` for a malformed filter.
    ScimOutcome list(ResourceKind kind, const ListParams &params);
    /// POST /.search at the root (RFC 7644 §3.4.3): users, then groups, in one ListResponse.
    /// A filter that names attributes of only one resource type searches only that type.
    ScimOutcome searchAll(const ListParams &params);
    /// PUT: replaces every writable attribute (and a group's members). 200 + resource, 404, 409,
    /// 412 when `ifMatch` is given and is not the current version.
    ScimOutcome replace(ResourceKind kind, const QString &id, const QJsonObject &body,
                        const QString &ifMatch = QString(), const AttributeSelection &selection = {});
    /// PATCH: applies a PatchOp request (see PatchEngine). Users: 200 + resource. Groups: 204,
    /// or 200 + resource when `selection` asks for attributes. A request that changes nothing keeps
    /// meta.version and meta.lastModified. 404, 409, 412, 400.
    ScimOutcome patch(ResourceKind kind, const QString &id, const QJsonObject &body,
                      const AttributeSelection &selection, bool attributesRequested,
                      const QString &ifMatch = QString());
    /// DELETE: 204; the resource's memberships go with it. 404, 412.
    ScimOutcome remove(ResourceKind kind, const QString &id, const QString &ifMatch = QString());

private:
    ScimOutcome createChange(ResourceKind kind, const QJsonObject &body, const AttributeSelection &selection);
    ScimOutcome replaceChange(ResourceKind kind, const QString &id, const QJsonObject &body, const QString &ifMatch,
                              const AttributeSelection &selection);
    ScimOutcome patchChange(ResourceKind kind, const QString &id, const QJsonObject &body,
                            const AttributeSelection &selection, bool attributesRequested, const QString &ifMatch);
    ScimOutcome removeChange(ResourceKind kind, const QString &id, const QString &ifMatch);
    /// Records a refused write (4xx) in the audit trail; returns `outcome` unchanged.
    ScimOutcome audited(ResourceKind kind, const QString &id, ScimOutcome outcome);
    /// Appends the audit events of a write; call inside its transaction.
    bool recordWrite(ResourceKind kind, Operation operation, const QString &id, const QString &name,
                     const ResourceChange &change);
    /// Appends group.member_removed for each group a deleted user was in.
    bool recordMembershipsEnded(const QString &userId, const QString &userName, const QList<GroupRef> &groups);

    struct SearchResult
    {
        qint64 total = 0;
        QList<QJsonObject> page;
    };
    /// Filters, sorts and pages resources of `kind`: in SQL when the filter and sort order are
    /// answered by indexes, else over the candidates in memory.
    Result<SearchResult> search(ResourceKind kind, const Filter *filter, const SortOrder &sort, qint64 startIndex,
                                qint64 count, bool withMembers);
    static QJsonObject listResponse(qint64 total, qint64 startIndex, const QJsonArray &resources);
    QJsonObject represent(ResourceKind kind, const Resource &r, bool withMembers);
    QList<QJsonObject> representAll(ResourceKind kind, const QList<Resource> &resources, bool withMembers);
    std::optional<ScimError> checkUnique(ResourceKind kind, const QJsonObject &data, const QString &selfId);
    /// Checks member ids exist and fills in their types; 400 invalidValue naming the unknown ids.
    std::optional<ScimError> resolveMembers(const QString &groupId, QList<MemberRef> &members);
    /// Makes a group's membership exactly `members`, writing only the difference; records it in `change`.
    bool replaceMembers(const QString &groupId, const QList<MemberRef> &members, ResourceChange &change);
    ScimOutcome storeFailure(Operation operation);
    /// Starts a write: begins the transaction, loads the resource and checks If-Match (RFC 7644
    /// §3.14). On failure nothing is left open and the error (404, 412, 500) comes back.
    Result<Resource> beginChange(ResourceKind kind, const QString &id, const QString &ifMatch);
    /// Applies a PATCH's membership changes in order; records the members added and removed.
    std::optional<ScimError> applyMemberChanges(const QString &groupId, const QList<MemberChange> &changes,
                                                ResourceChange &change);
    static void describe(ScimOutcome &o, ResourceKind kind, const QString &id, const QJsonObject &data);
    ScimOutcome single(ResourceKind kind, int status, const Resource &r, const AttributeSelection &selection,
                       Operation operation);
    static std::optional<ScimError> checkIfMatch(const Resource &r, const QString &ifMatch);

    Store &m_store;
    QString m_baseUrl;
    AuditContext m_audit;
};

} // namespace scimmon
