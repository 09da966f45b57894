#include "store/queryplanner.h"

using namespace Qt::StringLiterals;

namespace scimmon {

namespace {

void conjuncts(const FilterNodePtr &node, QList<FilterNodePtr> &out)
{
    if (node->kind == FilterNode::Kind::And) {
        conjuncts(node->left, out);
        conjuncts(node->right, out);
    } else {
        out.append(node);
    }
}

bool isStringEq(const FilterNode &n)
{
    return n.kind == FilterNode::Kind::Compare && n.op == CompareOp::Eq && n.value.isString() && !n.attr.isExtension();
}

std::optional<IndexCondition> simpleCondition(ResourceKind kind, const FilterNode &n)
{
    if (!isStringEq(n) || n.inValuePath)
        return std::nullopt;
    const QString value = n.value.toString();
    const AttributeRef &a = n.attr;
    if (a.subName.isEmpty()) {
        if (a.name == "id"_L1)
            return IndexCondition{IndexedField::Id, value, {}};
        if (a.name == "externalId"_L1)
            return IndexCondition{IndexedField::ExternalId, value, {}};
        if (kind == ResourceKind::User && a.name == "userName"_L1)
            return IndexCondition{IndexedField::Name, value, {}};
        if (a.name == "displayName"_L1)
            return IndexCondition{
                kind == ResourceKind::User ? IndexedField::DisplayName : IndexedField::Name, value, {}};
        return std::nullopt;
    }
    if (kind == ResourceKind::User && a.name == "emails"_L1 && a.subName == "value"_L1)
        return IndexCondition{IndexedField::Email, value, {}};
    return std::nullopt;
}

/// emails[type eq "work" and value eq "x"] (after the parser folded a trailing `.value eq "x"` in).
std::optional<IndexCondition> emailValuePath(ResourceKind kind, const FilterNode &n)
{
    if (kind != ResourceKind::User || n.kind != FilterNode::Kind::ValuePath || n.attr.name != "emails"_L1
        || n.attr.isExtension())
        return std::nullopt;
    QList<FilterNodePtr> terms;
    conjuncts(n.left, terms);
    QString type;
    QString value;
    bool haveValue = false;
    for (const auto &t : terms) {
        if (!isStringEq(*t))
            return std::nullopt;
        if (t->attr.subName == "type"_L1 && type.isEmpty())
            type = t->value.toString();
        else if (t->attr.subName == "value"_L1 && !haveValue) {
            value = t->value.toString();
            haveValue = true;
        } else
            return std::nullopt;
    }
    if (!haveValue)
        return std::nullopt;
    return IndexCondition{IndexedField::Email, value, type};
}

} // namespace

QueryPlan QueryPlanner::plan(const Filter &filter)
{
    QueryPlan plan;
    QList<FilterNodePtr> terms;
    // Filter::root() is a reference; wrap it without taking ownership to walk the tree.
    conjuncts(FilterNodePtr(&filter.root(), [](const FilterNode *) {}), terms);
    for (const auto &t : terms) {
        auto c = simpleCondition(filter.kind(), *t);
        if (!c)
            c = emailValuePath(filter.kind(), *t);
        if (c)
            plan.conditions.append(*c);
        else
            plan.exact = false;
    }
    return plan;
}

std::optional<SortKey> QueryPlanner::sortColumn(ResourceKind kind, const SortOrder &sort)
{
    const AttributeRef &ref = sort.attr;
    if (!sort.active || ref.isExtension())
        return std::nullopt;
    if (ref.subName.isEmpty()) {
        if (ref.name == "id"_L1)
            return SortKey::Id;
        if (ref.name == "externalId"_L1)
            return SortKey::ExternalId;
        if (ref.name == "userName"_L1 && kind == ResourceKind::User)
            return SortKey::Name;
        if (ref.name == "displayName"_L1)
            return kind == ResourceKind::User ? SortKey::DisplayName : SortKey::Name;
        return std::nullopt;
    }
    if (ref.name == "meta"_L1 && ref.subName == "created"_L1)
        return SortKey::Created;
    if (ref.name == "meta"_L1 && ref.subName == "lastModified"_L1)
        return SortKey::LastModified;
    return std::nullopt;
}

} // namespace scimmon
