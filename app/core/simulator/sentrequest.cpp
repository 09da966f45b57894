#include "simulator/sentrequest.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace scimmon {

QJsonObject SentRequest::json() const
{
    return QJsonDocument::fromJson(responseBody.toUtf8()).object();
}

QJsonObject SentRequest::toJson() const
{
    QJsonObject o{{u"time"_s, time.toString(Qt::ISODateWithMs)},
                  {u"method"_s, method},
                  {u"url"_s, url},
                  {u"status"_s, status},
                  {u"durationMs"_s, qRound(durationMs * 10) / 10.0},
                  {u"attempt"_s, attempt}};
    if (!requestBody.isEmpty())
        o.insert(u"requestBody"_s,
                 requestBody.size() <= kReportedChars ? requestBody : requestBody.left(kReportedChars) + u"… [cut]"_s);
    if (!responseBody.isEmpty())
        o.insert(u"responseBody"_s,
                 responseBody.size() <= kReportedChars ? responseBody
                                                       : responseBody.left(kReportedChars) + u"… [cut]"_s);
    if (!retryAfter.isEmpty())
        o.insert(u"retryAfter"_s, retryAfter);
    if (!networkError.isEmpty())
        o.insert(u"networkError"_s, networkError);
    if (timedOut)
        o.insert(u"timedOut"_s, true);
    return o;
}

} // namespace scimmon
