#pragma once

#include "scim/filter.h"
#include "scim/schema.h"

#include <QDateTime>
#include <QJsonValue>

namespace scimmon {

/// Value comparison under SCIM's typing rules (RFC 7644 §3.4.2.2, RFC 7643 §2.3): strings honour
/// the attribute's `caseExact`, booleans accept Entra's "True"/"False" strings, dateTimes compare
/// as instants, numbers numerically. Attributes without a definition compare by their JSON type,
/// strings without regard to case.
class ValueCompare
{
public:
    /// Checks that `op` and `operand` make sense for `def` (nullptr: unknown attribute). Returns an
    /// empty string when they do, else a sentence for an `invalidFilter` detail.
    static QString checkFilterOperand(const AttributeDef *def, CompareOp op, const QJsonValue &operand);

    /// True when `actual op operand` holds. `Pr` is true for any non-null, non-empty value.
    static bool compare(const AttributeDef *def, const QJsonValue &actual, CompareOp op, const QJsonValue &operand);

    /// Equality as `eq` decides it, used for value-path matching in PATCH and duplicate detection.
    static bool equal(const AttributeDef *def, const QJsonValue &a, const QJsonValue &b);

    /// The form used for every comparison without regard to case, and for the store's folded index
    /// columns: Unicode NFC (so composed and decomposed letters are equal), then full upper-casing
    /// (ß → SS) and case folding. Never null: a null input gives an empty string.
    static QString fold(const QString &s);

    /// Parses an RFC 3339 / xsd:dateTime value (any number of fraction digits, 'Z' or an offset)
    /// into a UTC QDateTime; invalid QDateTime when it is not one.
    static QDateTime parseDateTime(const QString &text);

    /// Interprets `v` as a SCIM boolean: true/false, or the strings "true"/"false" in any case.
    static std::optional<bool> toBoolean(const QJsonValue &v);
};

} // namespace scimmon
