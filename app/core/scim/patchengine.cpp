#include "scim/patchengine.h"

#include "scim/jsonutil.h"
#include "scim/patchpath.h"
#include "scim/primaryvalue.h"
#include "scim/resourcemapper.h"
#include "scim/scimconstants.h"
#include "scim/valuecompare.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace scimmon {

namespace {

/// Reads/writes the object that holds an attribute: the resource itself or an extension object.
class Container
{
public:
    Container(QJsonObject &data, const QString &urn)
        : m_data(data)
        , m_urn(urn)
        , m_obj(urn.isEmpty() ? data : data.value(urn).toObject())
    {
    }
    QJsonObject &obj() { return m_obj; }
    void commit()
    {
        if (m_urn.isEmpty())
            m_data = m_obj;
        else if (m_obj.isEmpty())
            m_data.remove(m_urn);
        else
            m_data.insert(m_urn, m_obj);
    }

private:
    QJsonObject &m_data;
    QString m_urn;
    QJsonObject m_obj;
};

void setOrRemove(QJsonObject &obj, const QString &key, const QJsonValue &v)
{
    if (v.isUndefined() || json::isEmptyValue(v))
        obj.remove(key);
    else
        obj.insert(key, v);
}

QJsonObject merged(QJsonObject base, const QJsonObject &add)
{
    for (auto it = add.begin(); it != add.end(); ++it)
        base.insert(it.key(), it.value());
    return base;
}

/// The `sub eq value` terms of an and-only filter: what a new element must carry to match it.
void eqTerms(const FilterNode &node, QJsonObject &out)
{
    if (node.kind == FilterNode::Kind::And) {
        eqTerms(*node.left, out);
        eqTerms(*node.right, out);
    } else if (node.kind == FilterNode::Kind::Compare && node.op == CompareOp::Eq && node.inValuePath
               && !node.value.isNull()) {
        out.insert(node.attr.subName, node.value);
    }
}

bool sameElement(const AttributeDef &def, const QJsonValue &a, const QJsonValue &b)
{
    if (def.type != AttributeType::Complex)
        return ValueCompare::equal(&def, a, b);
    const QJsonObject oa = a.toObject();
    const QJsonObject ob = b.toObject();
    if (def.subAttribute(u"value") && oa.contains("value"_L1) && ob.contains("value"_L1))
        return ValueCompare::equal(def.subAttribute(u"value"), oa.value("value"_L1), ob.value("value"_L1))
            && oa.value("type"_L1).toString().compare(ob.value("type"_L1).toString(), Qt::CaseInsensitive) == 0;
    return oa == ob;
}

} // namespace

PatchEngine::PatchEngine(ResourceKind kind, const QJsonObject &data)
    : m_kind(kind)
{
    m_result.data = data;
}

Result<PatchResult> PatchEngine::apply(ResourceKind kind, const QJsonObject &data, const QJsonObject &body)
{
    const QJsonValue schemas = json::valueCi(body, u"schemas");
    if (schemas.isArray()) {
        bool found = false;
        for (const auto &s : schemas.toArray())
            found = found || s.toString().compare(schema::kPatchOp, Qt::CaseInsensitive) == 0;
        if (!found)
            return ScimError::invalidSyntax(u"A PATCH body must list \"%1\" in 'schemas'."_s.arg(schema::kPatchOp));
    }
    const QJsonValue ops = json::valueCi(body, u"Operations");
    if (!ops.isArray() || ops.toArray().isEmpty())
        return ScimError::invalidSyntax(u"A PATCH body needs a non-empty 'Operations' array (RFC 7644 §3.5.2)."_s);

    PatchEngine engine(kind, data);
    int index = 0;
    for (const auto &item : ops.toArray()) {
        ++index;
        if (!item.isObject())
            return ScimError::invalidSyntax(u"Operation %1 is not a JSON object."_s.arg(index));
        const QJsonObject op = item.toObject();
        const QString name = json::valueCi(op, u"op").toString();
        Op kindOfOp;
        if (name.compare("add"_L1, Qt::CaseInsensitive) == 0)
            kindOfOp = Op::Add;
        else if (name.compare("replace"_L1, Qt::CaseInsensitive) == 0)
            kindOfOp = Op::Replace;
        else if (name.compare("remove"_L1, Qt::CaseInsensitive) == 0)
            kindOfOp = Op::Remove;
        else
            return ScimError::invalidSyntax(
                u"Operation %1 has op \"%2\"; it must be add, replace or remove."_s.arg(index).arg(name));
        if (name != name.toLower())
            engine.m_result.quirks.append(Quirk{Quirk::Kind::CapitalisedOp, {name, name.toLower()}});
        const QString valueKey = json::findKey(op, u"value");
        const QJsonValue path = json::valueCi(op, u"path");
        const QJsonObject before = engine.m_result.data;
        if (auto err = engine.applyOperation(kindOfOp, path, valueKey.isEmpty() ? QJsonValue() : op.value(valueKey),
                                             !valueKey.isEmpty())) {
            ScimError e = *err;
            e.detail = u"Operation %1 (%2): %3"_s.arg(index).arg(name, e.detail);
            return e;
        }
        PrimaryValue::keepOne(before, engine.m_result.data);
    }
    QList<Quirk> unique;
    for (const Quirk &q : std::as_const(engine.m_result.quirks))
        if (!unique.contains(q))
            unique.append(q);
    engine.m_result.quirks = unique;
    return engine.m_result;
}

std::optional<ScimError> PatchEngine::applyOperation(Op op, const QJsonValue &path, const QJsonValue &value,
                                                     bool hasValue)
{
    if (path.isUndefined() || path.isNull() || (path.isString() && path.toString().trimmed().isEmpty())) {
        if (op == Op::Remove)
            return ScimError::noTarget(u"remove needs a 'path' naming what to remove."_s);
        return applyPathless(op, value);
    }
    if (!path.isString())
        return ScimError::invalidPath(u"'path' must be a string."_s);
    auto parsed = PatchPath::parse(m_kind, path.toString());
    if (!parsed)
        return parsed.error();
    return applyPath(op, parsed.value(), value, hasValue);
}

std::optional<ScimError> PatchEngine::applyPathless(Op op, const QJsonValue &value)
{
    if (!value.isObject())
        return ScimError::invalidSyntax(u"an operation without 'path' needs an object 'value'."_s);
    const QJsonObject obj = value.toObject();
    bool dotted = false;
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        const QString &key = it.key();
        // Okta sends the group's id in path-less replaces; id, meta and schemas are not attributes to set.
        if (key.compare("id"_L1, Qt::CaseInsensitive) == 0 || key.compare("meta"_L1, Qt::CaseInsensitive) == 0
            || key.compare("schemas"_L1, Qt::CaseInsensitive) == 0)
            continue;
        const auto [urn, rest] = SchemaRegistry::instance().splitUrn(m_kind, key);
        if (key.startsWith("urn:"_L1, Qt::CaseInsensitive) && rest.isEmpty() && it.value().isObject()) {
            // RFC form: {"urn:…:enterprise:2.0:User": {"department": "…"}}
            const QJsonObject ext = it.value().toObject();
            for (auto e = ext.begin(); e != ext.end(); ++e) {
                const QString sub = (urn.isEmpty() ? SchemaRegistry::instance().core(m_kind).id : urn) + u':' + e.key();
                if (auto err = applyOperation(op, sub, e.value(), true))
                    return err;
            }
            continue;
        }
        dotted = dotted || key.contains(u'.') || key.startsWith("urn:"_L1, Qt::CaseInsensitive);
        if (auto err = applyOperation(op, key, it.value(), true))
            return err;
    }
    if (dotted)
        m_result.quirks.append(Quirk{Quirk::Kind::PathlessDottedKeys, {}});
    return std::nullopt;
}

std::optional<ScimError> PatchEngine::applyPath(Op op, const PatchPath &path, const QJsonValue &value, bool hasValue)
{
    const AttributeRef &ref = path.ref;
    if (m_kind == ResourceKind::Group && !ref.isExtension() && ref.name == "members"_L1)
        return applyMembers(op, path, value, hasValue);
    if (!ref.attr) {
        if (ref.isExtension() && !SchemaRegistry::instance().schema(ref.schemaUrn))
            return applyCustom(op, path, value);
        return ScimError::invalidPath(
            u"'%1' is not an attribute of %2."_s.arg(ref.toString(), resourceTypeName(m_kind)));
    }
    if (ref.attr->mutability == Mutability::ReadOnly || (ref.sub && ref.sub->mutability == Mutability::ReadOnly))
        return ScimError::mutability(u"'%1' is read-only."_s.arg(ref.toString()));
    if (!ref.subName.isEmpty() && !ref.sub)
        return ScimError::invalidPath(u"'%1' has no sub-attribute '%2'."_s.arg(ref.name, ref.subName));
    if (op != Op::Remove && !hasValue)
        return ScimError::invalidValue(u"%1 needs a 'value'."_s.arg(op == Op::Add ? u"add"_s : u"replace"_s));
    if (path.valueFilter)
        return applyValuePath(op, path, value);

    const AttributeDef &def = *ref.attr;
    Container c(m_result.data, ref.schemaUrn);
    QJsonObject &obj = c.obj();
    if (def.mutability == Mutability::WriteOnly) {
        return std::nullopt; // accepted and discarded, as on create (password)
    }

    if (ref.sub) {
        // name.givenName, manager.value; on a multi-valued attribute: every element.
        Result<QJsonValue> v = op == Op::Remove
            ? Result<QJsonValue>(QJsonValue(QJsonValue::Undefined))
            : ResourceMapper::normalize(*ref.sub, value, ref.toString(), false, &m_result.quirks);
        if (!v)
            return v.error();
        if (def.multiValued) {
            QJsonArray arr = obj.value(def.name).toArray();
            for (auto it = arr.begin(); it != arr.end(); ++it) {
                QJsonObject e = it->toObject();
                setOrRemove(e, ref.sub->name, v.value());
                *it = e;
            }
            setOrRemove(obj, def.name, arr);
        } else {
            QJsonObject complex = obj.value(def.name).toObject();
            setOrRemove(complex, ref.sub->name, v.value());
            setOrRemove(obj, def.name, complex);
        }
        c.commit();
        return std::nullopt;
    }

    if (op == Op::Remove) {
        if (def.multiValued && !json::isEmptyValue(value)) {
            // Entra's legacy form: remove with a value array removes only those elements.
            auto listed = ResourceMapper::normalize(def, value, ref.toString(), false, &m_result.quirks);
            if (!listed)
                return listed.error();
            QJsonArray kept;
            for (const auto &e : obj.value(def.name).toArray()) {
                bool drop = false;
                for (const auto &l : listed.value().toArray())
                    drop = drop || sameElement(def, e, l);
                if (!drop)
                    kept.append(e);
            }
            setOrRemove(obj, def.name, kept);
        } else {
            obj.remove(def.name);
        }
        c.commit();
        return std::nullopt;
    }

    auto v = ResourceMapper::normalize(def, value, ref.toString(), false, &m_result.quirks);
    if (!v)
        return v.error();
    if (def.multiValued) {
        if (op == Op::Replace) {
            setOrRemove(obj, def.name, v.value());
        } else {
            QJsonArray arr = obj.value(def.name).toArray();
            for (const auto &add : v.value().toArray()) {
                bool exists = false;
                for (const auto &e : arr)
                    exists = exists || sameElement(def, e, add);
                if (!exists)
                    arr.append(add);
            }
            setOrRemove(obj, def.name, arr);
        }
    } else if (def.type == AttributeType::Complex && v.value().isObject()) {
        // RFC 7644 §3.5.2.1/.3: sub-attributes not given are left as they are.
        setOrRemove(obj, def.name, merged(obj.value(def.name).toObject(), v.value().toObject()));
    } else {
        setOrRemove(obj, def.name, v.value());
    }
    c.commit();
    return std::nullopt;
}

std::optional<ScimError> PatchEngine::applyValuePath(Op op, const PatchPath &path, const QJsonValue &value)
{
    const AttributeRef &ref = path.ref;
    const AttributeDef &def = *ref.attr;
    if (!def.multiValued || def.type != AttributeType::Complex)
        return ScimError::invalidPath(
            u"a value filter needs a multi-valued complex attribute; '%1' is not one."_s.arg(def.name));
    Container c(m_result.data, ref.schemaUrn);
    QJsonObject &obj = c.obj();
    QJsonArray arr = obj.value(def.name).toArray();

    QJsonValue newValue(QJsonValue::Undefined);
    if (op != Op::Remove) {
        const QJsonValue single = value.isArray() && value.toArray().size() == 1 ? value.toArray().first() : value;
        auto v = ref.sub ? ResourceMapper::normalize(*ref.sub, value, ref.toString(), false, &m_result.quirks)
                         : ResourceMapper::normalize(def, single, ref.toString(), true, &m_result.quirks);
        if (!v)
            return v.error();
        newValue = v.value();
    }

    bool matched = false;
    QJsonArray out;
    for (const auto &item : arr) {
        QJsonObject e = item.toObject();
        if (!Filter::evaluate(*path.valueFilter, e)) {
            out.append(e);
            continue;
        }
        matched = true;
        if (op == Op::Remove) {
            if (ref.sub) {
                e.remove(ref.sub->name);
                if (!e.isEmpty())
                    out.append(e);
            }
            continue;
        }
        if (ref.sub)
            setOrRemove(e, ref.sub->name, newValue);
        else if (newValue.isObject())
            e = merged(e, newValue.toObject());
        else if (newValue.isUndefined() && op == Op::Replace)
            continue; // replacing the element with nothing removes it
        out.append(e);
    }
    if (!matched && op != Op::Remove && !newValue.isUndefined()) {
        // Entra sends add/replace to `emails[type eq "work"].value` before that element exists:
        // create it from the filter's eq terms (RFC 7644 would answer noTarget).
        QJsonObject e;
        eqTerms(*path.valueFilter, e);
        if (ref.sub)
            e.insert(ref.sub->name, newValue);
        else if (newValue.isObject())
            e = merged(e, newValue.toObject());
        out.append(e);
        m_result.quirks.append(Quirk{Quirk::Kind::ValuePathElementCreated, {op == Op::Add ? u"add"_s : u"replace"_s}});
    }
    setOrRemove(obj, def.name, out);
    c.commit();
    return std::nullopt;
}

std::optional<ScimError> PatchEngine::applyMembers(Op op, const PatchPath &path, const QJsonValue &value, bool hasValue)
{
    if (path.valueFilter) {
        if (op != Op::Remove || path.ref.sub)
            return ScimError::invalidPath(
                u"members can be filtered only to remove them, e.g. remove members[value eq \"id\"]."_s);
        m_result.memberChanges.append({MemberChange::Kind::RemoveMatching, {}, path.valueFilter});
        return std::nullopt;
    }
    if (path.ref.sub)
        return ScimError::invalidPath(u"members' sub-attributes cannot be changed; add or remove the member."_s);
    if (op == Op::Remove) {
        if (!hasValue || json::isEmptyValue(value)) {
            m_result.memberChanges.append({MemberChange::Kind::RemoveAll, {}, {}});
            return std::nullopt;
        }
        auto list = ResourceMapper::members(value, &m_result.quirks);
        if (!list)
            return list.error();
        m_result.quirks.append(Quirk{Quirk::Kind::ValueArrayMemberRemoval, {}});
        m_result.memberChanges.append({MemberChange::Kind::Remove, list.value(), {}});
        return std::nullopt;
    }
    if (!hasValue)
        return ScimError::invalidValue(
            u"%1 of members needs a 'value'."_s.arg(op == Op::Add ? u"add"_s : u"replace"_s));
    auto list = ResourceMapper::members(value, &m_result.quirks);
    if (!list)
        return list.error();
    m_result.memberChanges.append(
        {op == Op::Add ? MemberChange::Kind::Add : MemberChange::Kind::Replace, list.value(), {}});
    return std::nullopt;
}

std::optional<ScimError> PatchEngine::applyCustom(Op op, const PatchPath &path, const QJsonValue &value)
{
    // An attribute of an extension schema the server does not know (a custom mapping): kept as sent.
    if (path.valueFilter)
        return ScimError::invalidPath(u"value filters are not supported on '%1'."_s.arg(path.ref.toString()));
    Container c(m_result.data, path.ref.schemaUrn);
    QJsonObject &obj = c.obj();
    const QString key = json::findKey(obj, path.ref.name).isEmpty() ? path.ref.name : json::findKey(obj, path.ref.name);
    if (path.ref.subName.isEmpty()) {
        if (op == Op::Remove)
            obj.remove(key);
        else
            setOrRemove(obj, key, value);
    } else {
        QJsonObject complex = obj.value(key).toObject();
        setOrRemove(complex, path.ref.subName, op == Op::Remove ? QJsonValue(QJsonValue::Undefined) : value);
        setOrRemove(obj, key, complex);
    }
    c.commit();
    return std::nullopt;
}

} // namespace scimmon
