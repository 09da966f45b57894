#include "conformance/conformancerequest.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace scimmon {

ConformanceRequest ConformanceRequest::get(const QString &path, const QList<QPair<QString, QString>> &query)
{
    ConformanceRequest r;
    r.path = path;
    r.query = query;
    return r;
}

ConformanceRequest ConformanceRequest::withBody(const QByteArray &method, const QString &path, const QJsonObject &json)
{
    ConformanceRequest r;
    r.method = method;
    r.path = path;
    r.body = QJsonDocument(json).toJson(QJsonDocument::Compact);
    return r;
}

ConformanceRequest ConformanceRequest::post(const QString &path, const QJsonObject &json)
{
    return withBody("POST", path, json);
}

ConformanceRequest ConformanceRequest::put(const QString &path, const QJsonObject &json)
{
    return withBody("PUT", path, json);
}

ConformanceRequest ConformanceRequest::patch(const QString &path, const QJsonArray &operations)
{
    return withBody("PATCH", path,
                    QJsonObject{{u"schemas"_s, QJsonArray{u"urn:ietf:params:scim:api:messages:2.0:PatchOp"_s}},
                                {u"Operations"_s, operations}});
}

ConformanceRequest ConformanceRequest::del(const QString &path)
{
    ConformanceRequest r;
    r.method = "DELETE";
    r.path = path;
    return r;
}

ConformanceRequest &ConformanceRequest::header(const QByteArray &name, const QByteArray &value)
{
    headers.append({name, value});
    return *this;
}

QByteArray ConformanceResponse::header(const QByteArray &name) const
{
    for (const auto &[k, v] : headers)
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    return {};
}

QJsonObject ConformanceResponse::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QJsonArray ConformanceResponse::resources() const
{
    return json().value("Resources"_L1).toArray();
}

} // namespace scimmon
