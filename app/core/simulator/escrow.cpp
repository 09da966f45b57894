#include "simulator/escrow.h"

#include <array>

using namespace Qt::StringLiterals;

namespace scimmon {

void Escrow::fail(const QString &code, const QDateTime &now)
{
    static constexpr std::array<int, 5> kGapMinutes = {30, 60, 120, 240, 480};
    ++attempts;
    errorCode = code;
    lastFailure = now;
    const int gap = kGapMinutes.at(std::min<size_t>(size_t(attempts - 1), kGapMinutes.size() - 1));
    nextRetry = now.addSecs(qint64(gap) * 60);
}

QJsonObject Escrow::toJson() const
{
    if (!active())
        return {};
    return {{u"attempts"_s, attempts},
            {u"errorCode"_s, errorCode},
            {u"lastFailure"_s, lastFailure.toString(Qt::ISODateWithMs)},
            {u"nextRetry"_s, nextRetry.toString(Qt::ISODateWithMs)}};
}

Escrow Escrow::fromJson(const QJsonObject &json)
{
    Escrow e;
    e.attempts = json.value("attempts"_L1).toInt();
    e.errorCode = json.value("errorCode"_L1).toString();
    e.lastFailure = QDateTime::fromString(json.value("lastFailure"_L1).toString(), Qt::ISODateWithMs);
    e.nextRetry = QDateTime::fromString(json.value("nextRetry"_L1).toString(), Qt::ISODateWithMs);
    return e;
}

} // namespace scimmon
