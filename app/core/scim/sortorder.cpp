#include "scim/sortorder.h"

#include "scim/jsonutil.h"
#include "scim/valuecompare.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace scimmon {

namespace {

/// The value a resource sorts by: for multi-valued attributes the primary element's, else the first's.
QJsonValue sortValue(const AttributeRef &ref, const QJsonObject &rep)
{
    const QJsonObject container = ref.isExtension() ? json::valueCi(rep, ref.schemaUrn).toObject() : rep;
    QJsonValue v = json::valueCi(container, ref.name);
    if (v.isArray()) {
        const QJsonArray arr = v.toArray();
        QJsonValue chosen = arr.isEmpty() ? QJsonValue() : arr.first();
        for (const auto &e : arr)
            if (e.isObject() && e.toObject().value("primary"_L1).toBool())
                chosen = e;
        v = chosen;
        if (ref.subName.isEmpty() && v.isObject())
            v = v.toObject().value("value"_L1);
    }
    if (!ref.subName.isEmpty())
        v = v.isObject() ? json::valueCi(v.toObject(), ref.subName) : QJsonValue();
    return v;
}

} // namespace

Result<SortOrder> SortOrder::parse(ResourceKind kind, const QString &sortBy, const QString &sortOrder)
{
    SortOrder s;
    const QString order = sortOrder.trimmed();
    if (!order.isEmpty() && order.compare("ascending"_L1, Qt::CaseInsensitive) != 0
        && order.compare("descending"_L1, Qt::CaseInsensitive) != 0)
        return ScimError::invalidValue(u"sortOrder must be \"ascending\" or \"descending\", not \"%1\"."_s.arg(order));
    s.descending = order.compare("descending"_L1, Qt::CaseInsensitive) == 0;
    if (sortBy.trimmed().isEmpty())
        return s;
    s.active = true;
    s.attr = SchemaRegistry::instance().resolve(kind, sortBy.trimmed());
    const bool custom = s.attr.isExtension() && !SchemaRegistry::instance().schema(s.attr.schemaUrn);
    if (!custom && (!s.attr.attr || (!s.attr.subName.isEmpty() && !s.attr.sub)))
        return ScimError::invalidValue(
            u"sortBy \"%1\" is not an attribute of %2."_s.arg(sortBy, resourceTypeName(kind)));
    const AttributeDef *leaf = s.attr.leaf();
    if (leaf && leaf->type == AttributeType::Complex && !leaf->subAttribute(u"value"))
        return ScimError::invalidValue(
            u"sortBy \"%1\" is a complex attribute; sort by one of its sub-attributes."_s.arg(sortBy));
    return s;
}

bool SortOrder::lessThan(const QJsonObject &a, const QJsonObject &b) const
{
    const QJsonValue va = sortValue(attr, a);
    const QJsonValue vb = sortValue(attr, b);
    const bool missingA = va.isNull() || va.isUndefined();
    const bool missingB = vb.isNull() || vb.isUndefined();
    if (missingA || missingB)
        return !missingA && missingB; // values first, missing last
    const AttributeDef *def = attr.leaf();
    if (def && def->type == AttributeType::Complex)
        def = def->subAttribute(u"value");
    return descending ? ValueCompare::compare(def, vb, CompareOp::Lt, va)
                      : ValueCompare::compare(def, va, CompareOp::Lt, vb);
}

} // namespace scimmon
