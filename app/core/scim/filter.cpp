#include "scim/filter.h"

#include "scim/filterparser.h"
#include "scim/jsonutil.h"
#include "scim/valuecompare.h"

#include <QJsonArray>

namespace scimmon {

namespace {

/// The values `ref` designates in `context`: for a multi-valued attribute every element (or every
/// element's sub-attribute), for a single one a list of one. Absent values give an empty list.
QList<QJsonValue> valuesOf(const AttributeRef &ref, const QJsonObject &context, bool inValuePath)
{
    if (inValuePath)
        return {json::valueCi(context, ref.subName)};
    QJsonObject container = context;
    if (ref.isExtension())
        container = json::valueCi(context, ref.schemaUrn).toObject();
    const QJsonValue v = json::valueCi(container, ref.name);
    QList<QJsonValue> out;
    auto collect = [&](const QJsonValue &item) {
        if (ref.subName.isEmpty())
            out.append(item);
        else if (item.isObject())
            out.append(json::valueCi(item.toObject(), ref.subName));
    };
    if (v.isArray()) {
        for (const auto &item : v.toArray())
            collect(item);
    } else if (!v.isUndefined() && !v.isNull()) {
        collect(v);
    }
    return out;
}

} // namespace

Filter::Filter(ResourceKind kind, QString text, FilterNodePtr root)
    : m_kind(kind)
    , m_text(std::move(text))
    , m_root(std::move(root))
{
}

Result<Filter> Filter::parse(ResourceKind kind, const QString &text)
{
    FilterParser parser(kind, text);
    auto root = parser.parseFilter();
    if (!root)
        return root.error();
    return Filter(kind, text, root.value());
}

bool Filter::matches(const QJsonObject &resource) const
{
    return evaluate(*m_root, resource);
}

bool Filter::evaluate(const FilterNode &node, const QJsonObject &context)
{
    switch (node.kind) {
    case FilterNode::Kind::And:
        return evaluate(*node.left, context) && evaluate(*node.right, context);
    case FilterNode::Kind::Or:
        return evaluate(*node.left, context) || evaluate(*node.right, context);
    case FilterNode::Kind::Not:
        return !evaluate(*node.left, context);
    case FilterNode::Kind::ValuePath: {
        QJsonObject container = context;
        if (node.attr.isExtension())
            container = json::valueCi(context, node.attr.schemaUrn).toObject();
        const QJsonValue v = json::valueCi(container, node.attr.name);
        const QJsonArray elements = v.isArray() ? v.toArray() : v.isObject() ? QJsonArray{v} : QJsonArray{};
        for (const auto &element : elements)
            if (element.isObject() && evaluate(*node.left, element.toObject()))
                return true;
        return false;
    }
    case FilterNode::Kind::Compare:
        break;
    }
    const auto values = valuesOf(node.attr, context, node.inValuePath);
    const AttributeDef *def = node.attr.leaf();
    if (node.op == CompareOp::Ne) {
        for (const auto &v : values)
            if (ValueCompare::equal(def, v, node.value))
                return false;
        return true;
    }
    if (values.isEmpty())
        return ValueCompare::compare(def, QJsonValue(), node.op, node.value);
    for (const auto &v : values)
        if (ValueCompare::compare(def, v, node.op, node.value))
            return true;
    return false;
}

} // namespace scimmon
