#pragma once

#include "model/resourcekind.h"
#include "scim/result.h"
#include "scim/schemaregistry.h"

#include <QJsonObject>
#include <QJsonValue>

#include <memory>

namespace scimmon {

/// RFC 7644 §3.4.2.2 attribute operators.
enum class CompareOp { Eq, Ne, Co, Sw, Ew, Gt, Lt, Ge, Le, Pr };

struct FilterNode;
using FilterNodePtr = std::shared_ptr<const FilterNode>;

/// One node of a parsed filter expression.
struct FilterNode
{
    enum class Kind {
        And, ///< left and right
        Or, ///< left or right
        Not, ///< not (left)
        Compare, ///< attr op value (op Pr has no value)
        ValuePath, ///< attr[left]: some element of the multi-valued attr matches left
    };
    Kind kind = Kind::Compare;
    FilterNodePtr left;
    FilterNodePtr right;
    AttributeRef attr; ///< Compare: the compared attribute (inside a value path, `subName` is the
                       ///< element's sub-attribute); ValuePath: the multi-valued attribute.
    CompareOp op = CompareOp::Eq;
    QJsonValue value; ///< Compare: the literal (string, bool, number or null).
    bool inValuePath = false; ///< Compare inside `[...]`: evaluated against one element.
};

/// A parsed SCIM filter for one resource type (RFC 7644 §3.4.2.2): the whole grammar with
/// `and`/`or`/`not`, grouping, value paths such as `emails[type eq "work" and primary eq true]`,
/// and Entra's `emails[type eq "work"].value eq "…"` form. Attribute names match without regard to
/// case; values compare by the attribute's type and `caseExact` characteristic.
class Filter
{
public:
    /// Parses `text` for resources of `kind`. Errors come back as 400 `invalidFilter` with a
    /// `detail` naming the position and what was expected. An unquoted single-word value is read as
    /// a string (Entra's older `externalId eq jyoung` sample).
    static Result<Filter> parse(ResourceKind kind, const QString &text);

    /// True when `resource` (the full representation, with id, meta and extension objects) matches.
    bool matches(const QJsonObject &resource) const;

    const FilterNode &root() const { return *m_root; }
    ResourceKind kind() const { return m_kind; }
    const QString &text() const { return m_text; }

    /// True when `node` matches `context`: the resource, or one element inside a value path.
    static bool evaluate(const FilterNode &node, const QJsonObject &context);

private:
    Filter(ResourceKind kind, QString text, FilterNodePtr root);
    ResourceKind m_kind;
    QString m_text;
    FilterNodePtr m_root;
};

} // namespace scimmon
