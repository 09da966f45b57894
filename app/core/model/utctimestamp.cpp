#include "model/utctimestamp.h"

namespace scimmon {

namespace {

/// The proleptic Gregorian date of `days` since 1970-01-01 (days from civil, inverted; H. Hinnant,
/// "chrono-Compatible Low-Level Date Algorithms").
void civilFromDays(qint64 days, qint64 &year, int &month, int &day)
{
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 dayOfEra = days - era * 146097;
    const qint64 yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 monthIndex = (5 * dayOfYear + 2) / 153;
    day = int(dayOfYear - (153 * monthIndex + 2) / 5 + 1);
    month = int(monthIndex < 10 ? monthIndex + 3 : monthIndex - 9);
    year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
}

void put(QChar *&out, qint64 value, int digits)
{
    for (int i = digits - 1; i >= 0; --i, value /= 10)
        out[i] = QChar(u'0' + char16_t(value % 10));
    out += digits;
}

} // namespace

QString UtcTimestamp::text(const QDateTime &dt)
{
    if (!dt.isValid())
        return {};
    constexpr qint64 msPerDay = 86400000;
    const qint64 ms = dt.toMSecsSinceEpoch();
    const qint64 days = (ms >= 0 ? ms : ms - (msPerDay - 1)) / msPerDay;
    const qint64 msOfDay = ms - days * msPerDay;
    qint64 year = 0;
    int month = 0;
    int day = 0;
    civilFromDays(days, year, month, day);
    if (year < 1 || year > 9999)
        return dt.toUTC().toString(Qt::ISODateWithMs);
    QString text(24, Qt::Uninitialized);
    QChar *out = text.data();
    put(out, year, 4);
    *out++ = u'-';
    put(out, month, 2);
    *out++ = u'-';
    put(out, day, 2);
    *out++ = u'T';
    put(out, msOfDay / 3600000, 2);
    *out++ = u':';
    put(out, msOfDay / 60000 % 60, 2);
    *out++ = u':';
    put(out, msOfDay / 1000 % 60, 2);
    *out++ = u'.';
    put(out, msOfDay % 1000, 3);
    *out = u'Z';
    return text;
}

} // namespace scimmon
