#include "scim/patchpath.h"

#include "scim/filterparser.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace scimmon {

namespace {

bool validName(const QString &name)
{
    static const QRegularExpression re(u"^[A-Za-z$][A-Za-z0-9_$-]*$"_s);
    return re.match(name).hasMatch();
}

ScimError invalid(const QString &text, const QString &why)
{
    return ScimError::invalidPath(u"Invalid PATCH path \"%1\": %2"_s.arg(text, why));
}

} // namespace

Result<PatchPath> PatchPath::parse(ResourceKind kind, const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return invalid(text, u"the path is empty."_s);
    const auto &registry = SchemaRegistry::instance();
    const auto bracket = t.indexOf(u'[');
    PatchPath path;
    path.ref = registry.resolve(kind, bracket < 0 ? QStringView(t) : QStringView(t).left(bracket));
    if (!validName(path.ref.name) || (!path.ref.subName.isEmpty() && !validName(path.ref.subName)))
        return invalid(text, u"'%1' is not an attribute name."_s.arg(path.ref.toString()));
    if (bracket < 0)
        return path;

    if (!path.ref.subName.isEmpty())
        return invalid(text,
                       u"a value filter applies to a multi-valued attribute, not to '%1'."_s.arg(path.ref.toString()));
    const QString rest = t.mid(bracket + 1);
    FilterParser parser(kind, rest);
    auto filter = parser.parseValueFilter(path.ref);
    if (!filter)
        return invalid(text, filter.error().detail);
    if (!parser.consume(u']'))
        return invalid(text, u"expected ']' after the value filter."_s);
    path.valueFilter = filter.value();
    const QString tail = rest.mid(parser.position()).trimmed();
    if (!tail.isEmpty()) {
        if (!tail.startsWith(u'.') || !validName(tail.mid(1)))
            return invalid(text, u"only '.subAttribute' may follow ']'."_s);
        path.ref = registry.resolve(kind, path.ref.schemaUrn, path.ref.name, tail.mid(1));
    }
    return path;
}

} // namespace scimmon
