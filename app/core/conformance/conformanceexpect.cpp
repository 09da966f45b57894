#include "conformance/conformanceexpect.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace scimmon {

namespace {

QString shortBody(const QByteArray &body)
{
    const QString text = QString::fromUtf8(body.left(200)).simplified();
    return text.isEmpty() ? u"an empty body"_s : u"'%1'"_s.arg(text);
}

} // namespace

ConformanceExpect::ConformanceExpect(const ConformanceResponse &response)
    : m_response(response)
    , m_json(response.json())
{
}

ConformanceExpect &ConformanceExpect::status(int status)
{
    return statusIn({status});
}

ConformanceExpect &ConformanceExpect::statusIn(const QList<int> &statuses)
{
    if (!m_failure.isEmpty())
        return *this;
    if (m_response.status == 0) {
        m_failure = u"no answer: "_s + m_response.networkError;
        return *this;
    }
    if (!statuses.contains(m_response.status)) {
        QStringList wanted;
        for (int s : statuses)
            wanted.append(QString::number(s));
        m_failure = u"expected HTTP %1, got %2 with %3"_s.arg(wanted.join(u" or "_s))
                        .arg(m_response.status)
                        .arg(shortBody(m_response.body));
    }
    return *this;
}

ConformanceExpect &ConformanceExpect::that(bool ok, const QString &problem)
{
    if (m_failure.isEmpty() && !ok)
        m_failure = problem;
    return *this;
}

ConformanceExpect &ConformanceExpect::scimContentType()
{
    const QByteArray type = m_response.header("Content-Type").toLower();
    return that(type.startsWith("application/scim+json"),
                u"Content-Type is '%1', not application/scim+json"_s.arg(QString::fromLatin1(type)));
}

ConformanceExpect &ConformanceExpect::listResponse()
{
    const bool listSchema
        = m_json.value("schemas"_L1).toArray().contains(u"urn:ietf:params:scim:api:messages:2.0:ListResponse"_s);
    that(listSchema,
         u"the answer is not a ListResponse (schemas lacks "
         "urn:ietf:params:scim:api:messages:2.0:ListResponse): %1"_s.arg(shortBody(m_response.body)));
    that(m_json.value("totalResults"_L1).isDouble(), u"the ListResponse has no numeric totalResults"_s);
    return that(m_json.value("totalResults"_L1).toInt() == 0 || m_json.value("Resources"_L1).isArray(),
                u"the ListResponse has results but no Resources array"_s);
}

ConformanceExpect &ConformanceExpect::totalResults(int total)
{
    listResponse();
    const int got = m_json.value("totalResults"_L1).toInt(-1);
    that(got == total, u"expected totalResults %1, got %2"_s.arg(total).arg(got));
    return that(m_json.value("Resources"_L1).toArray().size() == total || total == 0,
                u"expected %1 Resources, got %2"_s.arg(total).arg(m_json.value("Resources"_L1).toArray().size()));
}

ConformanceExpect &ConformanceExpect::errorBody()
{
    that(m_json.value("schemas"_L1).toArray().contains(u"urn:ietf:params:scim:api:messages:2.0:Error"_s),
         u"the error body lacks the schema urn:ietf:params:scim:api:messages:2.0:Error: %1"_s.arg(
             shortBody(m_response.body)));
    const QJsonValue s = m_json.value("status"_L1);
    return that(s.isString() && s.toString() == QString::number(m_response.status),
                u"the error body's status must be the string \"%1\" (RFC 7644 §3.12)"_s.arg(m_response.status));
}

ConformanceExpect &ConformanceExpect::hasId()
{
    return that(!m_json.value("id"_L1).toString().isEmpty(),
                u"the answer has no id: %1"_s.arg(shortBody(m_response.body)));
}

} // namespace scimmon
