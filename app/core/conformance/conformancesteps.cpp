#include "conformance/conformancesteps.h"

#include "conformance/conformanceexpect.h"
#include "scim/scimconstants.h"
#include "simulator/attributemapping.h"
#include "simulator/entrarequests.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace scimmon {

QJsonObject ConformanceSteps::entraFlat(const ConformanceContext &context, const QString &suffix)
{
    using M = AttributeMapping;
    const QString userName = context.userName(suffix);
    return QJsonObject{{M::kUserName, userName},
                       {M::kExternalId, context.name(u"ext-"_s + suffix)},
                       {M::kActive, true},
                       {M::kDisplayName, QString(u"Check "_s + suffix)},
                       {M::kGivenName, u"Check"_s},
                       {M::kFamilyName, suffix},
                       {M::kWorkEmail, userName},
                       {M::kTitle, u"Engineer"_s},
                       {M::kEmployeeNumber, QString(u"E-"_s + suffix)},
                       {M::kDepartment, u"Quality"_s}};
}

ConformanceRequest ConformanceSteps::fromCall(const ScimCall &call)
{
    ConformanceRequest r;
    r.method = call.method;
    r.path = call.path;
    r.query = call.query;
    if (call.hasBody)
        r.body = QJsonDocument(call.body).toJson(QJsonDocument::Compact);
    return r;
}

ConformanceCaseStep ConformanceSteps::createUser(const QString &key, const QString &suffix, bool requireLocation)
{
    return {u"Create user %1"_s.arg(suffix),
            requireLocation ? u"201 Created with the user, its id and a Location header"_s
                            : u"201 Created with the user and its id"_s,
            u"RFC 7644 §3.3; Entra's create body (entra-okta-scim.md §1.5)"_s,
            [suffix](ConformanceContext &x) { return fromCall(EntraRequests::createUser(entraFlat(x, suffix))); },
            [key, suffix, requireLocation](ConformanceContext &x, const ConformanceResponse &r) -> QString {
                const QString problem = ConformanceExpect(r)
                                            .status(201)
                                            .hasId()
                                            .that(r.json().value("userName"_L1).toString() == x.userName(suffix),
                                                  u"the answer does not echo the userName"_s)
                                            .that(!requireLocation || !r.header("Location").isEmpty(),
                                                  u"no Location header (RFC 7644 §3.3: SHALL)"_s);
                x.set(key, r.json().value("id"_L1).toString());
                return problem;
            }};
}

ConformanceCaseStep ConformanceSteps::createGroup(const QString &key, const QString &suffix)
{
    return {u"Create group %1"_s.arg(suffix), u"201 Created with the group and its id"_s,
            u"RFC 7644 §3.3; Entra's create body (entra-okta-scim.md §1.12)"_s,
            [suffix](ConformanceContext &x) {
                return fromCall(EntraRequests::createGroup(x.name(u"oid-"_s + suffix), x.name(suffix)));
            },
            [key, suffix](ConformanceContext &x, const ConformanceResponse &r) -> QString {
                x.set(key, r.json().value("id"_L1).toString());
                return ConformanceExpect(r).status(201).hasId().that(r.json().value("displayName"_L1).toString()
                                                                         == x.name(suffix),
                                                                     u"the answer does not echo the displayName"_s);
            }};
}

ConformanceCaseStep ConformanceSteps::readBack(const QString &collection, const QString &key, const QString &title,
                                               const QString &expectation, const QString &why,
                                               std::function<QString(const QJsonObject &)> check)
{
    return {title, expectation, why,
            [collection, key](ConformanceContext &x) {
                return ConformanceRequest::get(u"/%1/%2"_s.arg(collection, x.value(key)));
            },
            [check](ConformanceContext &, const ConformanceResponse &r) -> QString {
                const QString problem = ConformanceExpect(r).status(200);
                return !problem.isEmpty() ? problem : check(r.json());
            }};
}

ConformanceCaseStep ConformanceSteps::gone(const QString &collection, const QString &key)
{
    return {u"Read the deleted resource"_s, u"404 Not Found with a SCIM error body"_s,
            u"RFC 7644 §3.6: a deleted resource is no longer returned"_s,
            [collection, key](ConformanceContext &x) {
                return ConformanceRequest::get(u"/%1/%2"_s.arg(collection, x.value(key)));
            },
            [](ConformanceContext &, const ConformanceResponse &r) -> QString {
                return ConformanceExpect(r).status(404).errorBody();
            }};
}

QString ConformanceSteps::typedValue(const QJsonObject &resource, const QString &attribute, const QString &type)
{
    for (const QJsonValue &v : resource.value(attribute).toArray())
        if (v.toObject().value("type"_L1).toString() == type)
            return v.toObject().value("value"_L1).toString();
    return {};
}

int ConformanceSteps::primaryCount(const QJsonObject &resource, const QString &attribute)
{
    int n = 0;
    for (const QJsonValue &v : resource.value(attribute).toArray())
        n += v.toObject().value("primary"_L1).toBool() ? 1 : 0;
    return n;
}

QStringList ConformanceSteps::memberIds(const QJsonObject &group)
{
    QStringList ids;
    for (const QJsonValue &v : group.value("members"_L1).toArray())
        ids.append(v.toObject().value("value"_L1).toString());
    ids.sort();
    return ids;
}

QString ConformanceSteps::fill(const ConformanceContext &context, QString text)
{
    static const QRegularExpression placeholder(u"\\{([a-zA-Z0-9]+)\\}"_s);
    QRegularExpressionMatch m;
    while ((m = placeholder.match(text)).hasMatch())
        text.replace(m.capturedStart(), m.capturedLength(), context.value(m.captured(1)));
    return text;
}

} // namespace scimmon
