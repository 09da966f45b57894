#include "http/scimrouter.h"

#include "scim/discovery.h"
#include "scim/jsonutil.h"
#include "service/bulkprocessor.h"
#include "service/requestclassifier.h"
#include "service/resourceservice.h"
#include "service/tokenservice.h"

#include "model/timeorderedid.h"
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace scimmon {

namespace {

const QByteArray kScimJson = "application/scim+json; charset=utf-8"_ba;

ScimOutcome methodNotAllowed(const HttpRequest &request, QByteArray &allow, const QByteArray &methods)
{
    allow = methods;
    return ScimOutcome::fromError(ScimError::methodNotAllowed(u"%1 is not allowed here; this endpoint takes %2."_s.arg(
                                      QString::fromLatin1(request.method), QString::fromLatin1(methods))),
                                  Operation::Rejected);
}

/// Parses a request body that must be a JSON object (RFC 7644 §3.1, §8.1).
Result<QJsonObject> jsonBody(const HttpRequest &request)
{
    if (request.body.trimmed().isEmpty())
        return ScimError::invalidSyntax(u"The request needs a JSON body."_s);
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &err);
    if (err.error != QJsonParseError::NoError)
        return ScimError::invalidSyntax(
            u"The body is not valid JSON: %1 at byte %2."_s.arg(err.errorString()).arg(err.offset));
    if (!doc.isObject())
        return ScimError::invalidSyntax(u"The body must be a JSON object."_s);
    return doc.object();
}

bool isMethod(const HttpRequest &r, const char *m)
{
    return r.method == m;
}

qint64 intParam(const HttpRequest &request, const QString &name, qint64 fallback, bool *bad)
{
    const QString v = request.query(name);
    if (v.isNull() || v.trimmed().isEmpty())
        return fallback;
    bool ok = false;
    const qint64 n = v.trimmed().toLongLong(&ok);
    if (!ok)
        *bad = true;
    return ok ? n : fallback;
}

/// A list of attribute names, given as a JSON array or a comma-separated string.
QString nameList(const QJsonValue &v)
{
    if (!v.isArray())
        return v.toString();
    QStringList names;
    for (const auto &n : v.toArray())
        names.append(n.toString());
    return names.join(u',');
}

/// The body of POST …/.search (RFC 7644 §3.4.3, a SearchRequest) as list parameters.
Result<ListParams> searchRequest(const HttpRequest &request)
{
    auto body = jsonBody(request);
    if (!body)
        return body.error();
    const QJsonObject b = body.value();
    ListParams p;
    const QJsonValue filter = json::valueCi(b, u"filter");
    if (!filter.isUndefined() && !filter.isNull() && !filter.isString())
        return ScimError::invalidValue(u"'filter' must be a string."_s);
    p.filter = filter.toString();
    p.attributes = nameList(json::valueCi(b, u"attributes"));
    p.excludedAttributes = nameList(json::valueCi(b, u"excludedAttributes"));
    p.sortBy = json::valueCi(b, u"sortBy").toString();
    p.sortOrder = json::valueCi(b, u"sortOrder").toString();
    for (const auto &[key, target] : {std::pair{u"startIndex", &p.startIndex}, std::pair{u"count", &p.count}}) {
        const QJsonValue v = json::valueCi(b, key);
        if (v.isUndefined() || v.isNull())
            continue;
        if (!v.isDouble())
            return ScimError::invalidValue(u"'%1' must be an integer."_s.arg(QStringView(key)));
        *target = v.toInteger();
    }
    if (p.count < -1)
        p.count = 0;
    return p;
}

} // namespace

ScimRouter::ScimRouter(Store &store, TokenService &tokens, qint64 maxBodyBytes, JwksCache *keys)
    : m_store(store)
    , m_tokens(tokens)
    , m_maxBodyBytes(maxBodyBytes)
    , m_tokenEndpoint(store, keys)
{
}

HttpResponse ScimRouter::handle(const HttpRequest &request, RequestRecord &record)
{
    QString path = request.path;
    if (TokenEndpoint::isTokenPath(path)) {
        record.requestRef = TimeOrderedId::create();
        HttpResponse response = m_tokenEndpoint.handle(request, record);
        record.status = response.status;
        m_classifier.classify(record, request);
        return response;
    }
    QByteArray allow;
    ScimOutcome outcome;
    bool invalidToken = false;
    const bool underBase = path.compare(kScimBasePath, Qt::CaseInsensitive) == 0
        || path.startsWith(kScimBasePath + u'/', Qt::CaseInsensitive);
    if (!underBase) {
        outcome
            = ScimOutcome::fromError(ScimError::notFound(u"%1 is not a SCIM endpoint; the Tenant URL is %2%3."_s.arg(
                                         path, request.origin, kScimBasePath)),
                                     Operation::Rejected);
    } else {
        const AuthCheck auth = m_tokens.check(request.header("authorization"));
        record.tokenLabel = auth.token.label;
        record.requestRef = TimeOrderedId::create();
        m_audit = AuditContext{auth.token.label, record.requestRef};
        if (!auth.ok()) {
            record.authFailure = auth.reason();
            invalidToken = auth.failure != AuthCheck::Failure::NoHeader;
            outcome = ScimOutcome::fromError(
                ScimError::unauthorized(u"Authentication failed: send a valid Secret Token or access token as "
                                        "\"Authorization: Bearer <token>\"."_s),
                Operation::AuthFailure);
        } else {
            const QStringList segments = path.mid(kScimBasePath.size()).split(u'/', Qt::SkipEmptyParts);
            outcome = route(request, request.origin + kScimBasePath, segments, allow);
        }
    }
    if (outcome.operation == Operation::None)
        outcome.operation = Operation::Rejected;
    record.operation = outcome.operation;
    record.resourceType = outcome.resourceType;
    record.resourceId = outcome.resourceId;
    record.target = outcome.target;
    record.quirks = outcome.quirks;
    record.change = outcome.change;
    record.change.membersAddedCount = outcome.change.membersAdded.size();
    record.change.membersRemovedCount = outcome.change.membersRemoved.size();
    record.status = outcome.status;
    m_classifier.classify(record, request);

    HttpResponse response = render(outcome);
    if (!allow.isEmpty())
        response.setHeader("Allow", allow);
    if (outcome.status == 401)
        // RFC 6750 §3.1: a token that was sent but is not valid (unknown, expired, revoked).
        response.setHeader("WWW-Authenticate",
                           invalidToken ? "Bearer realm=\"scim-monitor\", error=\"invalid_token\""
                                        : "Bearer realm=\"scim-monitor\"");
    return response;
}

ResourceService ScimRouter::service(const QString &baseUrl) const
{
    ResourceService s(m_store, baseUrl);
    s.setAuditContext(m_audit);
    return s;
}

HttpResponse ScimRouter::errorResponse(const ScimError &error)
{
    return render(ScimOutcome::fromError(error));
}

HttpResponse ScimRouter::render(const ScimOutcome &o)
{
    HttpResponse r;
    r.status = o.status;
    if (o.hasBody) {
        r.setHeader("Content-Type", kScimJson);
        r.body = QJsonDocument(o.body).toJson(QJsonDocument::Compact);
    }
    if (!o.location.isEmpty())
        r.setHeader("Location", o.location.toUtf8());
    if (!o.etag.isEmpty())
        r.setHeader("ETag", o.etag.toUtf8());
    return r;
}

ScimOutcome ScimRouter::route(const HttpRequest &request, const QString &baseUrl, const QStringList &segments,
                              QByteArray &allow)
{
    if (segments.isEmpty())
        return ScimOutcome::fromError(
            ScimError::notFound(u"The Tenant URL itself is not an endpoint; use /Users or /Groups."_s),
            Operation::Rejected);
    const QString &first = segments.first();
    auto is = [&](QLatin1StringView name) { return first.compare(name, Qt::CaseInsensitive) == 0; };

    if (first == ".search"_L1 && segments.size() == 1) {
        if (!isMethod(request, "POST"))
            return methodNotAllowed(request, allow, "POST");
        auto params = searchRequest(request);
        if (!params)
            return ScimOutcome::fromError(params.error(), Operation::LookupUser);
        return service(baseUrl).searchAll(params.value());
    }
    if (is("Users"_L1))
        return resourceEndpoint(request, baseUrl, ResourceKind::User, segments, allow);
    if (is("Groups"_L1))
        return resourceEndpoint(request, baseUrl, ResourceKind::Group, segments, allow);

    ScimOutcome o;
    o.operation = Operation::Discovery;
    if (is("ServiceProviderConfig"_L1) && segments.size() == 1) {
        if (!isMethod(request, "GET"))
            return methodNotAllowed(request, allow, "GET");
        o.body = Discovery::serviceProviderConfig(baseUrl, m_maxBodyBytes);
        return o;
    }
    if ((is("ResourceTypes"_L1) || is("Schemas"_L1)) && segments.size() <= 2) {
        if (!isMethod(request, "GET"))
            return methodNotAllowed(request, allow, "GET");
        if (segments.size() == 1) {
            o.body = is("Schemas"_L1) ? Discovery::schemas(baseUrl) : Discovery::resourceTypes(baseUrl);
            return o;
        }
        auto doc = is("Schemas"_L1) ? Discovery::schema(baseUrl, segments.at(1))
                                    : Discovery::resourceType(baseUrl, segments.at(1));
        if (!doc)
            return ScimOutcome::fromError(doc.error(), o.operation);
        o.body = doc.value();
        return o;
    }
    if (is("Bulk"_L1) && segments.size() == 1) {
        if (!isMethod(request, "POST"))
            return methodNotAllowed(request, allow, "POST");
        auto body = jsonBody(request);
        if (!body)
            return ScimOutcome::fromError(body.error(), Operation::Bulk);
        ResourceService bulkService = service(baseUrl);
        return BulkProcessor(bulkService).process(body.value());
    }
    if (is("Me"_L1) && segments.size() == 1)
        return ScimOutcome::fromError(
            ScimError{501,
                      {},
                      u"The /Me alias is not supported: requests are authenticated by a Secret Token, not a user."_s},
            Operation::Rejected);
    return ScimOutcome::fromError(
        ScimError::notFound(u"There is no endpoint %1 under the Tenant URL."_s.arg(u'/' + segments.join(u'/'))),
        Operation::Rejected);
}

ScimOutcome ScimRouter::resourceEndpoint(const HttpRequest &request, const QString &baseUrl, ResourceKind kind,
                                         const QStringList &segments, QByteArray &allow)
{
    ResourceService service = this->service(baseUrl);
    const QString ifMatch = QString::fromUtf8(request.header("if-match"));
    const bool hasAttributes
        = !request.query(u"attributes"_s).isNull() || !request.query(u"excludedAttributes"_s).isNull();
    const AttributeSelection selection
        = AttributeSelection::parse(kind, request.query(u"attributes"_s), request.query(u"excludedAttributes"_s));

    if (segments.size() == 1) {
        if (isMethod(request, "GET")) {
            ListParams params;
            bool bad = false;
            params.filter = request.query(u"filter"_s);
            params.startIndex = intParam(request, u"startIndex"_s, 1, &bad);
            params.count = intParam(request, u"count"_s, -1, &bad);
            params.count = params.count < -1 ? 0 : params.count;
            params.attributes = request.query(u"attributes"_s);
            params.excludedAttributes = request.query(u"excludedAttributes"_s);
            params.sortBy = request.query(u"sortBy"_s);
            params.sortOrder = request.query(u"sortOrder"_s);
            if (bad)
                return ScimOutcome::fromError(ScimError::invalidValue(u"startIndex and count must be integers."_s),
                                              RequestClassifier::ofLookup(kind));
            return service.list(kind, params);
        }
        if (isMethod(request, "POST")) {
            auto body = jsonBody(request);
            if (!body)
                return ScimOutcome::fromError(body.error(), RequestClassifier::ofWrite(kind, WriteKind::Create, {}));
            return service.create(kind, body.value(), selection);
        }
        return methodNotAllowed(request, allow, "GET, POST");
    }
    if (segments.size() == 2 && segments.at(1) == ".search"_L1) {
        if (!isMethod(request, "POST"))
            return methodNotAllowed(request, allow, "POST");
        auto params = searchRequest(request);
        if (!params)
            return ScimOutcome::fromError(params.error(), RequestClassifier::ofLookup(kind));
        return service.list(kind, params.value());
    }
    if (segments.size() != 2)
        return ScimOutcome::fromError(
            ScimError::notFound(u"There is no endpoint %1 under the Tenant URL."_s.arg(u'/' + segments.join(u'/'))),
            Operation::Rejected);
    const QString &id = segments.at(1);
    if (isMethod(request, "GET"))
        return service.get(kind, id, selection, QString::fromUtf8(request.header("if-none-match")));
    if (isMethod(request, "PUT")) {
        auto body = jsonBody(request);
        if (!body)
            return ScimOutcome::fromError(body.error(), RequestClassifier::ofWrite(kind, WriteKind::Replace, {}));
        return service.replace(kind, id, body.value(), ifMatch, selection);
    }
    if (isMethod(request, "PATCH")) {
        auto body = jsonBody(request);
        if (!body)
            return ScimOutcome::fromError(body.error(), RequestClassifier::ofWrite(kind, WriteKind::Patch, {}));
        return service.patch(kind, id, body.value(), selection, hasAttributes, ifMatch);
    }
    if (isMethod(request, "DELETE"))
        return service.remove(kind, id, ifMatch);
    return methodNotAllowed(request, allow, "GET, PUT, PATCH, DELETE");
}

} // namespace scimmon
