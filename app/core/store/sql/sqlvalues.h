#pragma once

// Conversions between engine values and SQL column values, shared by the SQL store's files.

#include "model/utctimestamp.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <QVariant>

namespace scimmon::sql {

/// A timestamp as stored: ISO 8601 UTC with milliseconds ("2026-11-29T17:02:37.123Z", see
/// UtcTimestamp); empty if invalid.
inline QString ts(const QDateTime &dt)
{
    return UtcTimestamp::text(dt);
}

/// ts(), or SQL NULL for an invalid time.
inline QVariant tsOrNull(const QDateTime &dt)
{
    return dt.isValid() ? QVariant(ts(dt)) : QVariant(QMetaType(QMetaType::QString));
}

/// A stored timestamp read back as UTC; invalid for NULL or garbage.
inline QDateTime parseTs(const QVariant &v)
{
    if (v.isNull())
        return {};
    const QDateTime dt = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    return dt.isValid() ? dt.toUTC() : QDateTime();
}

/// Compact JSON text of an object.
inline QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

/// `s`, or SQL NULL when empty.
inline QVariant nullable(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

/// `s` for a column that may not be NULL: an empty text for a null QString (which binds NULL).
inline QString required(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

/// Bound parameters per IN (...) list.
constexpr int kChunk = 400;

/// "?,?,…" with `n` marks.
inline QString placeholders(qsizetype n)
{
    QStringList marks;
    marks.reserve(n);
    for (qsizetype i = 0; i < n; ++i)
        marks.append(QStringLiteral("?"));
    return marks.join(u',');
}

} // namespace scimmon::sql
