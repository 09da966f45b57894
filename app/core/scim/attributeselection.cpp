#include "scim/attributeselection.h"

#include "scim/jsonutil.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace scimmon {

namespace {

QList<AttributeRef> parseList(ResourceKind kind, const QString &list)
{
    QList<AttributeRef> refs;
    for (const QString &part : list.split(u',', Qt::SkipEmptyParts)) {
        const QString p = part.trimmed();
        if (!p.isEmpty())
            refs.append(SchemaRegistry::instance().resolve(kind, p));
    }
    return refs;
}

QJsonValue keepSub(const QJsonValue &v, const QString &sub)
{
    auto pick = [&](const QJsonObject &o) {
        const QString key = json::findKey(o, sub);
        return key.isEmpty() ? QJsonObject() : QJsonObject{{key, o.value(key)}};
    };
    if (v.isArray()) {
        QJsonArray out;
        for (const auto &e : v.toArray()) {
            const QJsonObject o = pick(e.toObject());
            if (!o.isEmpty())
                out.append(o);
        }
        return out;
    }
    return pick(v.toObject());
}

QJsonValue dropSub(const QJsonValue &v, const QString &sub)
{
    auto drop = [&](QJsonObject o) {
        o.remove(json::findKey(o, sub));
        return o;
    };
    if (v.isArray()) {
        QJsonArray out;
        for (const auto &e : v.toArray())
            out.append(drop(e.toObject()));
        return out;
    }
    return drop(v.toObject());
}

bool alwaysReturned(const QString &key)
{
    return key == "id"_L1 || key == "schemas"_L1;
}

} // namespace

AttributeSelection AttributeSelection::parse(ResourceKind kind, const QString &attributes, const QString &excluded)
{
    AttributeSelection s;
    s.m_include = parseList(kind, attributes);
    s.m_exclude = parseList(kind, excluded);
    return s;
}

bool AttributeSelection::containsRef(const QList<AttributeRef> &refs, const QString &urn, const QString &name)
{
    for (const auto &r : refs)
        if (r.schemaUrn.compare(urn, Qt::CaseInsensitive) == 0 && r.name.compare(name, Qt::CaseInsensitive) == 0
            && r.subName.isEmpty())
            return true;
    return false;
}

bool AttributeSelection::wantsAttribute(const QString &name) const
{
    if (!m_include.isEmpty()) {
        for (const auto &r : m_include)
            if (!r.isExtension() && r.name.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        return false;
    }
    return !containsRef(m_exclude, QString(), name);
}

QJsonObject AttributeSelection::apply(const QJsonObject &rep) const
{
    if (isDefault())
        return rep;
    QJsonObject out;
    if (!m_include.isEmpty()) {
        for (auto it = rep.begin(); it != rep.end(); ++it)
            if (alwaysReturned(it.key()))
                out.insert(it.key(), it.value());
        for (const auto &r : m_include) {
            QJsonObject source = rep;
            if (r.isExtension())
                source = json::valueCi(rep, r.schemaUrn).toObject();
            const QString key = json::findKey(source, r.name);
            if (key.isEmpty())
                continue;
            QJsonValue v = r.subName.isEmpty() ? source.value(key) : keepSub(source.value(key), r.subName);
            if (r.isExtension()) {
                const QString urnKey = json::findKey(rep, r.schemaUrn);
                QJsonObject ext = out.value(urnKey).toObject();
                ext.insert(key, v);
                out.insert(urnKey, ext);
            } else if (!r.subName.isEmpty() && out.contains(key) && v.isObject()) {
                QJsonObject merged = out.value(key).toObject();
                const QJsonObject add = v.toObject();
                for (auto a = add.begin(); a != add.end(); ++a)
                    merged.insert(a.key(), a.value());
                out.insert(key, merged);
            } else {
                out.insert(key, v);
            }
        }
    } else {
        out = rep;
    }
    for (const auto &r : m_exclude) {
        if (r.attr && r.attr->returned == Returned::Always)
            continue;
        if (r.isExtension()) {
            const QString urnKey = json::findKey(out, r.schemaUrn);
            if (urnKey.isEmpty())
                continue;
            QJsonObject ext = out.value(urnKey).toObject();
            const QString key = json::findKey(ext, r.name);
            if (key.isEmpty())
                continue;
            if (r.subName.isEmpty())
                ext.remove(key);
            else
                ext.insert(key, dropSub(ext.value(key), r.subName));
            out.insert(urnKey, ext);
            continue;
        }
        const QString key = json::findKey(out, r.name);
        if (key.isEmpty() || alwaysReturned(key))
            continue;
        if (r.subName.isEmpty())
            out.remove(key);
        else
            out.insert(key, dropSub(out.value(key), r.subName));
    }
    return out;
}

} // namespace scimmon
