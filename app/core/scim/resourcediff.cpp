#include "scim/resourcediff.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace scimmon {

namespace {

void flattenInto(QMap<QString, QJsonValue> &out, const QString &path, const QJsonValue &value);

void flattenObject(QMap<QString, QJsonValue> &out, const QString &prefix, const QJsonObject &o, bool prefixIsUrn)
{
    if (o.isEmpty() && !prefix.isEmpty()) {
        out.insert(prefix, o);
        return;
    }
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (prefix.isEmpty() && it.key().startsWith("urn:"_L1, Qt::CaseInsensitive) && it.value().isObject()) {
            // An extension schema: its attributes follow the URN after ':' (RFC 7644 §3.10).
            flattenObject(out, it.key(), it.value().toObject(), true);
            continue;
        }
        const QString path = prefix.isEmpty() ? it.key() : prefix + (prefixIsUrn ? u':' : u'.') + it.key();
        flattenInto(out, path, it.value());
    }
}

void flattenInto(QMap<QString, QJsonValue> &out, const QString &path, const QJsonValue &value)
{
    if (value.isObject()) {
        flattenObject(out, path, value.toObject(), false);
        return;
    }
    if (!value.isArray()) {
        out.insert(path, value);
        return;
    }
    const QJsonArray a = value.toArray();
    bool complex = !a.isEmpty();
    for (const QJsonValue &e : a)
        complex = complex && e.isObject();
    if (!complex) {
        out.insert(path, value);
        return;
    }
    QMap<QString, int> typeUse;
    for (const QJsonValue &e : a)
        ++typeUse[e.toObject().value("type"_L1).toString()];
    for (qsizetype i = 0; i < a.size(); ++i) {
        const QJsonObject element = a.at(i).toObject();
        const QString type = element.value("type"_L1).toString();
        // By type when that names one element; by position otherwise.
        const QString key = !type.isEmpty() && typeUse.value(type) == 1
            ? QString(path + u"[type eq \""_s + type + u"\"]"_s)
            : QString(path + u'[' + QString::number(i) + u']');
        for (auto it = element.begin(); it != element.end(); ++it)
            flattenInto(out, key + u'.' + it.key(), it.value());
    }
}

} // namespace

QMap<QString, QJsonValue> ResourceDiff::flatten(const QJsonObject &object)
{
    QMap<QString, QJsonValue> out;
    flattenObject(out, QString(), object, false);
    return out;
}

QString ResourceDiff::valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 17);
    case QJsonValue::Null:
        return u"null"_s;
    default:
        return {};
    }
}

QList<AuditChange> ResourceDiff::changes(const QJsonObject &before, const QJsonObject &after)
{
    const QMap<QString, QJsonValue> a = flatten(before);
    const QMap<QString, QJsonValue> b = flatten(after);
    QMap<QString, AuditChange> out;
    for (auto it = a.cbegin(); it != a.cend(); ++it) {
        const QJsonValue now = b.value(it.key(), QJsonValue(QJsonValue::Undefined));
        if (now != it.value())
            out.insert(it.key(), {it.key(), it.value(), now});
    }
    for (auto it = b.cbegin(); it != b.cend(); ++it)
        if (!a.contains(it.key()))
            out.insert(it.key(), {it.key(), QJsonValue(QJsonValue::Undefined), it.value()});
    return out.values();
}

QList<AttributeDiff> ResourceDiff::diff(const QJsonObject &before, const QJsonObject &after)
{
    QList<AttributeDiff> out;
    for (const AuditChange &c : changes(before, after)) {
        const bool added = c.oldValue.isUndefined();
        const bool removed = c.newValue.isUndefined();
        out.append({c.attribute, added ? QString() : valueText(c.oldValue), removed ? QString() : valueText(c.newValue),
                    added         ? AttributeDiff::Kind::Added
                        : removed ? AttributeDiff::Kind::Removed
                                  : AttributeDiff::Kind::Changed});
    }
    return out;
}

} // namespace scimmon
