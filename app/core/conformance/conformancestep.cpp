#include "conformance/conformancestep.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace scimmon {

QString verdictKey(ConformanceVerdict verdict)
{
    switch (verdict) {
    case ConformanceVerdict::Pass:
        return u"pass"_s;
    case ConformanceVerdict::Fail:
        return u"fail"_s;
    case ConformanceVerdict::Skip:
        break;
    }
    return u"skip"_s;
}

QByteArray ConformanceStep::responseHeader(const QByteArray &name) const
{
    for (const auto &[k, v] : responseHeaders)
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    return {};
}

namespace {

QJsonArray headersJson(const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QJsonArray out;
    for (const auto &[k, v] : headers)
        out.append(QString(QString::fromLatin1(k) + u": "_s + QString::fromUtf8(v)));
    return out;
}

} // namespace

QJsonObject ConformanceStep::toJson() const
{
    QJsonObject o{{u"title"_s, title},
                  {u"expectation"_s, expectation},
                  {u"why"_s, why},
                  {u"verdict"_s, verdictKey(verdict)},
                  {u"durationMs"_s, qRound(durationMs * 10) / 10.0}};
    if (cleanup)
        o.insert(u"cleanup"_s, true);
    if (!reason.isEmpty())
        o.insert(u"reason"_s, reason);
    if (!method.isEmpty()) {
        o.insert(u"request"_s,
                 QJsonObject{{u"method"_s, method},
                             {u"url"_s, url},
                             {u"headers"_s, headersJson(requestHeaders)},
                             {u"body"_s, QString::fromUtf8(requestBody)}});
        QJsonObject response{{u"status"_s, status},
                             {u"headers"_s, headersJson(responseHeaders)},
                             {u"body"_s, QString::fromUtf8(responseBody)}};
        if (!networkError.isEmpty())
            response.insert(u"networkError"_s, networkError);
        o.insert(u"response"_s, response);
    }
    return o;
}

} // namespace scimmon
