#include "service/bulkprocessor.h"

#include "scim/jsonutil.h"
#include "scim/scimconstants.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace scimmon {

namespace {

const QString kBulkRequest = u"urn:ietf:params:scim:api:messages:2.0:BulkRequest"_s;
const QString kBulkResponse = u"urn:ietf:params:scim:api:messages:2.0:BulkResponse"_s;

void collectReferences(const QJsonValue &v, QSet<QString> &out)
{
    static const QRegularExpression ref(u"^bulkId:(.+)$"_s);
    if (v.isString()) {
        const auto m = ref.match(v.toString());
        if (m.hasMatch())
            out.insert(m.captured(1));
    } else if (v.isArray()) {
        for (const auto &e : v.toArray())
            collectReferences(e, out);
    } else if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            collectReferences(*it, out);
    }
}

QJsonValue substitute(const QJsonValue &v, const QHash<QString, QString> &ids)
{
    if (v.isString()) {
        const QString s = v.toString();
        if (s.startsWith("bulkId:"_L1) && ids.contains(s.mid(7)))
            return ids.value(s.mid(7));
        return v;
    }
    if (v.isArray()) {
        QJsonArray a = v.toArray();
        for (auto it = a.begin(); it != a.end(); ++it)
            *it = substitute(*it, ids);
        return a;
    }
    if (v.isObject()) {
        QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            *it = substitute(*it, ids);
        return o;
    }
    return v;
}

} // namespace

BulkProcessor::BulkProcessor(ResourceService &service)
    : m_service(service)
{
}

QJsonObject BulkProcessor::failure(const Step &op, const ScimError &error)
{
    QJsonObject entry{
        {u"method"_s, op.method}, {u"status"_s, QString::number(error.status)}, {u"response"_s, error.toJson()}};
    if (!op.bulkId.isEmpty())
        entry.insert(u"bulkId"_s, op.bulkId);
    return entry;
}

ScimOutcome BulkProcessor::process(const QJsonObject &body)
{
    const QJsonValue ops = json::valueCi(body, u"Operations");
    if (!ops.isArray())
        return ScimOutcome::fromError(
            ScimError::invalidSyntax(u"A Bulk request needs an 'Operations' array (RFC 7644 §3.7)."_s),
            Operation::Bulk);
    if (ops.toArray().size() > kMaxOperations)
        return ScimOutcome::fromError(
            ScimError{413,
                      {},
                      u"The Bulk request has %1 operations; at most %2 are accepted (bulk.maxOperations)."_s
                          .arg(ops.toArray().size())
                          .arg(kMaxOperations)},
            Operation::Bulk);
    const QJsonValue failOnErrors = json::valueCi(body, u"failOnErrors");
    if (!failOnErrors.isUndefined() && !failOnErrors.isNull()
        && (!failOnErrors.isDouble() || failOnErrors.toInteger() < 1))
        return ScimOutcome::fromError(ScimError::invalidSyntax(u"'failOnErrors' must be a positive integer."_s),
                                      Operation::Bulk);
    const qint64 maxErrors = failOnErrors.isDouble() ? failOnErrors.toInteger() : -1;

    for (const auto &item : ops.toArray()) {
        const QJsonObject o = item.toObject();
        Step op;
        op.index = int(m_operations.size());
        op.method = json::valueCi(o, u"method").toString().toUpper();
        op.bulkId = json::valueCi(o, u"bulkId").toString();
        op.path = json::valueCi(o, u"path").toString();
        op.version = json::valueCi(o, u"version").toString();
        op.data = json::valueCi(o, u"data");
        collectReferences(op.data, op.references);
        collectReferences(op.path, op.references);
        if (op.method == "POST"_L1 && !op.bulkId.isEmpty() && !m_creator.contains(op.bulkId))
            m_creator.insert(op.bulkId, op.index);
        m_operations.append(op);
    }

    QJsonArray results;
    qint64 errors = 0;
    QList<Quirk> steps;
    for (int i = 0; i < m_operations.size(); ++i) {
        const QJsonObject entry = runWithDependencies(i);
        results.append(entry);
        steps.append(Quirk{Quirk::Kind::BulkOperation,
                           {m_operations[i].method, m_operations[i].path, m_operations[i].bulkId,
                            entry.value("status"_L1).toString()}});
        if (entry.value("status"_L1).toString().toInt() >= 400 && maxErrors > 0 && ++errors >= maxErrors)
            break; // failOnErrors reached: the rest is not run
    }
    ScimOutcome o;
    o.body = QJsonObject{{u"schemas"_s, QJsonArray{kBulkResponse}}, {u"Operations"_s, results}};
    o.operation = Operation::Bulk;
    o.target = u"%1 of %2 operations"_s.arg(results.size()).arg(m_operations.size());
    o.quirks = steps;
    return o;
}

QJsonObject BulkProcessor::runWithDependencies(int index)
{
    if (m_results.contains(index))
        return m_results.value(index);
    const Step &op = m_operations[index];
    m_running.insert(index);
    for (const QString &ref : op.references) {
        const auto creator = m_creator.find(ref);
        if (creator == m_creator.end()) {
            m_running.remove(index);
            return m_results[index]
                = failure(op, ScimError::invalidValue(u"No POST in this request has bulkId \"%1\"."_s.arg(ref)));
        }
        if (m_running.contains(*creator) && *creator != index) {
            m_running.remove(index);
            return m_results[index] = failure(
                       op,
                       ScimError{409, u"invalidValue"_s, u"bulkId \"%1\" is part of a circular reference."_s.arg(ref)});
        }
        if (*creator != index)
            runWithDependencies(*creator);
        if (!m_created.contains(ref)) {
            m_running.remove(index);
            return m_results[index]
                = failure(op,
                          ScimError{409, u"invalidValue"_s,
                                    u"The operation that creates bulkId \"%1\" failed."_s.arg(ref)});
        }
    }
    m_results[index] = run(op);
    m_running.remove(index);
    return m_results.value(index);
}

QJsonObject BulkProcessor::run(const Step &op)
{
    QStringList segments = op.path.split(u'/', Qt::SkipEmptyParts);
    for (QString &segment : segments)
        segment = substitute(segment, m_created).toString(); // "/Users/bulkId:qwerty"
    std::optional<ResourceKind> kind;
    if (!segments.isEmpty() && segments.first().compare("Users"_L1, Qt::CaseInsensitive) == 0)
        kind = ResourceKind::User;
    else if (!segments.isEmpty() && segments.first().compare("Groups"_L1, Qt::CaseInsensitive) == 0)
        kind = ResourceKind::Group;
    if (!kind || segments.size() > 2)
        return failure(
            op,
            ScimError::invalidPath(
                u"Bulk operation path \"%1\" is not /Users, /Groups or one of their resources."_s.arg(op.path)));
    const QJsonObject data = substitute(op.data, m_created).toObject();
    const bool collection = segments.size() == 1;

    ScimOutcome outcome;
    if (op.method == "POST"_L1 && collection) {
        if (op.bulkId.isEmpty())
            return failure(op, ScimError::invalidValue(u"A POST in a Bulk request needs a bulkId."_s));
        outcome = m_service.create(*kind, data);
        if (outcome.status == 201)
            m_created.insert(op.bulkId, outcome.resourceId);
    } else if (op.method == "PUT"_L1 && !collection) {
        outcome = m_service.replace(*kind, segments.at(1), data, op.version);
    } else if (op.method == "PATCH"_L1 && !collection) {
        outcome = m_service.patch(*kind, segments.at(1), data, AttributeSelection(), false, op.version);
    } else if (op.method == "DELETE"_L1 && !collection) {
        outcome = m_service.remove(*kind, segments.at(1), op.version);
    } else {
        return failure(op,
                       ScimError::invalidSyntax(
                           u"Bulk operation method \"%1\" does not apply to \"%2\"."_s.arg(op.method, op.path)));
    }
    if (outcome.status >= 400)
        return failure(op,
                       ScimError{outcome.status, outcome.body.value("scimType"_L1).toString(),
                                 outcome.body.value("detail"_L1).toString()});
    QJsonObject entry{{u"method"_s, op.method}, {u"status"_s, QString::number(outcome.status)}};
    if (!op.bulkId.isEmpty())
        entry.insert(u"bulkId"_s, op.bulkId);
    if (op.method != "DELETE"_L1)
        entry.insert(u"location"_s,
                     QString(m_service.baseUrl() + u'/' + endpointName(*kind) + u'/' + outcome.resourceId));
    if (!outcome.etag.isEmpty())
        entry.insert(u"version"_s, outcome.etag);
    return entry;
}

} // namespace scimmon
