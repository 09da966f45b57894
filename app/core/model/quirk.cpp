#include "model/quirk.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace scimmon {

namespace {

const std::array<std::pair<Quirk::Kind, QStringView>, 10> kKeys{{
    {Quirk::Kind::Other, u"other"},
    {Quirk::Kind::CapitalisedOp, u"capitalisedOp"},
    {Quirk::Kind::BooleanAsString, u"booleanAsString"},
    {Quirk::Kind::OneElementArray, u"oneElementArray"},
    {Quirk::Kind::BareComplexValue, u"bareComplexValue"},
    {Quirk::Kind::PathlessDottedKeys, u"pathlessDottedKeys"},
    {Quirk::Kind::ValuePathElementCreated, u"valuePathElementCreated"},
    {Quirk::Kind::ValueArrayMemberRemoval, u"valueArrayMemberRemoval"},
    {Quirk::Kind::BulkOperation, u"bulkOperation"},
    {Quirk::Kind::PlainHttpOnHttpsPort, u"plainHttpOnHttpsPort"},
}};

} // namespace

QString Quirk::key(Kind kind)
{
    for (const auto &[k, name] : kKeys)
        if (k == kind)
            return name.toString();
    return u"other"_s;
}

QString Quirk::text() const
{
    auto arg = [this](int i) { return args.value(i); };
    switch (kind) {
    case Kind::CapitalisedOp:
        return u"op \"%1\" capitalised → %2"_s.arg(arg(0), arg(1));
    case Kind::BooleanAsString:
        return u"%1 sent as string \"%2\" → %3"_s.arg(arg(0), arg(1), arg(2));
    case Kind::OneElementArray:
        return u"%1 sent as a one-element array → its value"_s.arg(arg(0));
    case Kind::BareComplexValue:
        return u"%1 sent as a bare value → {\"value\": …}"_s.arg(arg(0));
    case Kind::PathlessDottedKeys:
        return u"path-less operation with dotted or URN-qualified keys → one change per key"_s;
    case Kind::ValuePathElementCreated:
        return u"value-path %1 on an element that did not exist → element created"_s.arg(arg(0));
    case Kind::ValueArrayMemberRemoval:
        return u"value-array member removal → removes only the listed members"_s;
    case Kind::BulkOperation:
        return u"%1 %2%3 → %4"_s.arg(arg(0), arg(1), arg(2).isEmpty() ? QString() : u" (bulkId:"_s + arg(2) + u')',
                                     arg(3));
    case Kind::PlainHttpOnHttpsPort:
        return u"Plain HTTP sent to the HTTPS port"_s;
    case Kind::Other:
        break;
    }
    return arg(0);
}

bool Quirk::isEntraDialect() const
{
    return kind == Kind::CapitalisedOp || kind == Kind::BooleanAsString || kind == Kind::ValueArrayMemberRemoval
        || kind == Kind::PathlessDottedKeys;
}

QString Quirk::toJson(const QList<Quirk> &quirks)
{
    QJsonArray arr;
    for (const Quirk &q : quirks) {
        QJsonObject o{{u"kind"_s, key(q.kind)}};
        if (!q.args.isEmpty())
            o.insert(u"args"_s, QJsonArray::fromStringList(q.args));
        if (q.kind == Kind::Other && q.args.isEmpty())
            continue;
        arr.append(o);
    }
    return QString::fromUtf8(QJsonDocument(arr).toJson(QJsonDocument::Compact));
}

QList<Quirk> Quirk::fromJson(const QString &json)
{
    QList<Quirk> out;
    const QJsonArray arr = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const auto &item : arr) {
        const QJsonObject o = item.toObject();
        Quirk q;
        const QString name = o.value("kind"_L1).toString();
        for (const QJsonValue &a : o.value("args"_L1).toArray())
            q.args.append(a.toString());
        for (const auto &[k, n] : kKeys)
            if (n == name)
                q.kind = k;
        if (q.kind == Kind::Other && q.args.isEmpty())
            q.args = {name};
        out.append(q);
    }
    return out;
}

QString Quirk::linesOf(const QList<Quirk> &quirks)
{
    QStringList lines;
    for (const Quirk &q : quirks)
        lines.append(q.text());
    return lines.join(u'\n');
}

QList<Quirk> Quirk::fromText(const QString &lines)
{
    QList<Quirk> out;
    for (const QString &line : lines.split(u'\n', Qt::SkipEmptyParts))
        out.append(Quirk{Kind::Other, {line}});
    return out;
}

} // namespace scimmon
