#include "scim/valuecompare.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace scimmon {

namespace {

bool isOrdering(CompareOp op)
{
    return op == CompareOp::Gt || op == CompareOp::Lt || op == CompareOp::Ge || op == CompareOp::Le;
}

bool isSubstring(CompareOp op)
{
    return op == CompareOp::Co || op == CompareOp::Sw || op == CompareOp::Ew;
}

template<class T>
bool ordered(const T &a, const T &b, CompareOp op)
{
    switch (op) {
    case CompareOp::Eq:
        return a == b;
    case CompareOp::Ne:
        return !(a == b);
    case CompareOp::Gt:
        return b < a;
    case CompareOp::Lt:
        return a < b;
    case CompareOp::Ge:
        return !(a < b);
    case CompareOp::Le:
        return !(b < a);
    default:
        return false;
    }
}

QString valueText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isBool())
        return v.toBool() ? u"true"_s : u"false"_s;
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (std::floor(d) == d && std::abs(d) < 1e15)
            return QString::number(qint64(d));
        return QString::number(d, 'g', 17);
    }
    return QString();
}

bool present(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return false;
    if (v.isString())
        return !v.toString().isEmpty();
    if (v.isArray())
        return !v.toArray().isEmpty();
    if (v.isObject())
        return !v.toObject().isEmpty();
    return true;
}

bool compareText(QString a, QString b, bool caseExact, CompareOp op)
{
    if (!caseExact) {
        a = ValueCompare::fold(a);
        b = ValueCompare::fold(b);
    }
    switch (op) {
    case CompareOp::Co:
        return a.contains(b);
    case CompareOp::Sw:
        return a.startsWith(b);
    case CompareOp::Ew:
        return a.endsWith(b);
    default:
        return ordered(a, b, op);
    }
}

} // namespace

QString ValueCompare::fold(const QString &s)
{
    if (s.isEmpty())
        return QStringLiteral("");
    return s.normalized(QString::NormalizationForm_C).toUpper().toCaseFolded();
}

std::optional<bool> ValueCompare::toBoolean(const QJsonValue &v)
{
    if (v.isBool())
        return v.toBool();
    if (v.isString()) {
        const QString s = v.toString().trimmed();
        if (s.compare("true"_L1, Qt::CaseInsensitive) == 0)
            return true;
        if (s.compare("false"_L1, Qt::CaseInsensitive) == 0)
            return false;
    }
    return std::nullopt;
}

QDateTime ValueCompare::parseDateTime(const QString &text)
{
    // xsd:dateTime allows any number of fraction digits (.NET sends 7); Qt reads at most 3.
    static const QRegularExpression re(
        u"^(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2})(?:\\.(\\d+))?(Z|[+-]\\d{2}:\\d{2})?$"_s,
        QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return {};
    QString normalized = m.captured(1);
    const QString fraction = m.captured(2);
    if (!fraction.isEmpty())
        normalized += u'.' + QString(fraction + u"00"_s).left(3);
    QString zone = m.captured(3).toUpper();
    normalized += zone.isEmpty() ? u"Z"_s : zone;
    QDateTime dt = QDateTime::fromString(normalized, Qt::ISODateWithMs);
    return dt.isValid() ? dt.toUTC() : QDateTime();
}

QString ValueCompare::checkFilterOperand(const AttributeDef *def, CompareOp op, const QJsonValue &operand)
{
    if (op == CompareOp::Pr || !def)
        return {};
    const QString name = def->name;
    switch (def->type) {
    case AttributeType::Boolean:
        if (op != CompareOp::Eq && op != CompareOp::Ne)
            return u"'%1' is a boolean; only eq and ne apply to it."_s.arg(name);
        if (!operand.isNull() && !toBoolean(operand))
            return u"'%1' is a boolean; compare it with true or false."_s.arg(name);
        return {};
    case AttributeType::Binary:
        if (isOrdering(op))
            return u"'%1' is binary; gt, lt, ge and le do not apply to it."_s.arg(name);
        return {};
    case AttributeType::DateTime:
        if (isSubstring(op))
            return {};
        if (!operand.isNull() && !parseDateTime(valueText(operand)).isValid())
            return u"'%1' is a dateTime; '%2' is not an RFC 3339 date and time such as 2026-01-31T08:00:00Z."_s.arg(
                name, valueText(operand));
        return {};
    case AttributeType::Integer:
    case AttributeType::Decimal:
        if (isSubstring(op))
            return u"'%1' is a number; co, sw and ew do not apply to it."_s.arg(name);
        if (!operand.isNull() && !operand.isDouble())
            return u"'%1' is a number; compare it with a number."_s.arg(name);
        return {};
    case AttributeType::Complex:
        return u"'%1' is a complex attribute; compare one of its sub-attributes."_s.arg(name);
    case AttributeType::String:
    case AttributeType::Reference:
        break;
    }
    return {};
}

bool ValueCompare::compare(const AttributeDef *def, const QJsonValue &actual, CompareOp op, const QJsonValue &operand)
{
    if (op == CompareOp::Pr)
        return present(actual);
    if (actual.isNull() || actual.isUndefined())
        return operand.isNull() ? op == CompareOp::Eq : op == CompareOp::Ne;
    if (operand.isNull())
        return op == CompareOp::Ne;

    AttributeType type = AttributeType::String;
    bool caseExact = false;
    if (def) {
        type = def->type;
        caseExact = def->caseExact;
    } else if (actual.isBool()) {
        type = AttributeType::Boolean;
    } else if (actual.isDouble()) {
        type = AttributeType::Decimal;
    }

    switch (type) {
    case AttributeType::Boolean: {
        const auto a = toBoolean(actual);
        const auto b = toBoolean(operand);
        if (!a || !b)
            return op == CompareOp::Ne;
        return op == CompareOp::Eq ? *a == *b : op == CompareOp::Ne ? *a != *b : false;
    }
    case AttributeType::Integer:
    case AttributeType::Decimal:
        if (actual.isDouble() && operand.isDouble())
            return ordered(actual.toDouble(), operand.toDouble(), op);
        return compareText(valueText(actual), valueText(operand), true, op);
    case AttributeType::DateTime:
        if (!isSubstring(op)) {
            const QDateTime a = parseDateTime(valueText(actual));
            const QDateTime b = parseDateTime(valueText(operand));
            if (a.isValid() && b.isValid())
                return ordered(a, b, op);
        }
        return compareText(valueText(actual), valueText(operand), true, op);
    case AttributeType::Complex:
        return false;
    case AttributeType::String:
    case AttributeType::Reference:
    case AttributeType::Binary:
        break;
    }
    return compareText(valueText(actual), valueText(operand), caseExact, op);
}

bool ValueCompare::equal(const AttributeDef *def, const QJsonValue &a, const QJsonValue &b)
{
    return compare(def, a, CompareOp::Eq, b);
}

} // namespace scimmon
