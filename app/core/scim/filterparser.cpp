#include "scim/filterparser.h"

#include "scim/valuecompare.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace scimmon {

namespace {

bool isWordChar(QChar c)
{
    return !c.isSpace() && c != u'(' && c != u')' && c != u'[' && c != u']' && c != u'"';
}

std::optional<CompareOp> compareOp(const QString &word)
{
    static const std::pair<QLatin1StringView, CompareOp> ops[] = {
        {"eq"_L1, CompareOp::Eq}, {"ne"_L1, CompareOp::Ne}, {"co"_L1, CompareOp::Co}, {"sw"_L1, CompareOp::Sw},
        {"ew"_L1, CompareOp::Ew}, {"gt"_L1, CompareOp::Gt}, {"lt"_L1, CompareOp::Lt}, {"ge"_L1, CompareOp::Ge},
        {"le"_L1, CompareOp::Le}, {"pr"_L1, CompareOp::Pr},
    };
    for (const auto &[name, op] : ops)
        if (word.compare(name, Qt::CaseInsensitive) == 0)
            return op;
    return std::nullopt;
}

bool isKeyword(const QString &word, QLatin1StringView keyword)
{
    return word.compare(keyword, Qt::CaseInsensitive) == 0;
}

bool validAttributeName(QStringView name)
{
    static const QRegularExpression re(u"^[A-Za-z$][A-Za-z0-9_$-]*$"_s);
    return re.match(name).hasMatch();
}

FilterNodePtr makeBinary(FilterNode::Kind kind, FilterNodePtr l, FilterNodePtr r)
{
    auto node = std::make_shared<FilterNode>();
    node->kind = kind;
    node->left = std::move(l);
    node->right = std::move(r);
    return node;
}

} // namespace

FilterParser::FilterParser(ResourceKind kind, const QString &text)
    : m_kind(kind)
    , m_text(text)
{
}

void FilterParser::skipSpace()
{
    while (m_pos < m_text.size() && m_text[m_pos].isSpace())
        ++m_pos;
}

bool FilterParser::consume(QChar c)
{
    if (m_hasPeek) {
        const auto expected = c == u'(' ? TokenType::LParen
            : c == u')'                 ? TokenType::RParen
            : c == u'['                 ? TokenType::LBracket
                                        : TokenType::RBracket;
        if (m_peek.type != expected)
            return false;
        m_hasPeek = false;
        return true;
    }
    skipSpace();
    if (m_pos < m_text.size() && m_text[m_pos] == c) {
        ++m_pos;
        return true;
    }
    return false;
}

bool FilterParser::atEnd()
{
    return peek().type == TokenType::End;
}

FilterParser::Token FilterParser::peek()
{
    if (!m_hasPeek) {
        m_peek = lex();
        m_hasPeek = true;
    }
    return m_peek;
}

FilterParser::Token FilterParser::next()
{
    Token t = peek();
    m_hasPeek = false;
    return t;
}

FilterParser::Token FilterParser::lex()
{
    skipSpace();
    Token t;
    t.pos = m_pos;
    if (m_pos >= m_text.size())
        return t;
    const QChar c = m_text[m_pos];
    switch (c.unicode()) {
    case u'(':
        ++m_pos;
        t.type = TokenType::LParen;
        return t;
    case u')':
        ++m_pos;
        t.type = TokenType::RParen;
        return t;
    case u'[':
        ++m_pos;
        t.type = TokenType::LBracket;
        return t;
    case u']':
        ++m_pos;
        t.type = TokenType::RBracket;
        return t;
    case u'"': {
        // A JSON string (RFC 7644 §3.4.2.2: "compValue = ... string"); escapes as in JSON.
        qsizetype end = m_pos + 1;
        while (end < m_text.size() && m_text[end] != u'"') {
            if (m_text[end] == u'\\')
                ++end;
            ++end;
        }
        if (end >= m_text.size()) {
            t.type = TokenType::Invalid;
            t.text = u"unterminated string"_s;
            m_pos = m_text.size();
            return t;
        }
        const QString literal = m_text.mid(m_pos, end - m_pos + 1);
        m_pos = end + 1;
        QJsonParseError err;
        const auto doc = QJsonDocument::fromJson((u'[' + literal + u']').toUtf8(), &err);
        if (err.error != QJsonParseError::NoError || !doc.isArray()) {
            t.type = TokenType::Invalid;
            t.text = u"invalid escape in string "_s + literal;
            return t;
        }
        t.type = TokenType::String;
        t.text = literal;
        t.value = doc.array().at(0);
        return t;
    }
    default:
        break;
    }
    qsizetype end = m_pos;
    while (end < m_text.size() && isWordChar(m_text[end]))
        ++end;
    t.text = m_text.mid(m_pos, end - m_pos);
    m_pos = end;
    static const QRegularExpression number(u"^-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?$"_s);
    if (number.match(t.text).hasMatch()) {
        t.type = TokenType::Number;
        t.value = t.text.toDouble();
    } else {
        t.type = TokenType::Word;
    }
    return t;
}

QString FilterParser::describe(const Token &token)
{
    switch (token.type) {
    case TokenType::End:
        return u"the end of the filter"_s;
    case TokenType::LParen:
        return u"'('"_s;
    case TokenType::RParen:
        return u"')'"_s;
    case TokenType::LBracket:
        return u"'['"_s;
    case TokenType::RBracket:
        return u"']'"_s;
    case TokenType::Invalid:
        return token.text;
    case TokenType::String:
    case TokenType::Number:
    case TokenType::Word:
        break;
    }
    return u'\'' + token.text + u'\'';
}

ScimError FilterParser::error(const Token &at, const QString &expected) const
{
    return ScimError::invalidFilter(u"Invalid filter \"%1\": found %2 at position %3, expected %4."_s.arg(
        m_text, describe(at), QString::number(at.pos + 1), expected));
}

Result<FilterNodePtr> FilterParser::parseFilter()
{
    if (m_text.trimmed().isEmpty())
        return ScimError::invalidFilter(u"The filter is empty."_s);
    auto node = parseOr(nullptr);
    if (!node)
        return node;
    const Token t = peek();
    if (t.type != TokenType::End)
        return error(t, u"'and', 'or' or the end of the filter"_s);
    return node;
}

Result<FilterNodePtr> FilterParser::parseValueFilter(const AttributeRef &outer)
{
    return parseOr(&outer);
}

Result<FilterNodePtr> FilterParser::parseOr(const AttributeRef *outer)
{
    auto left = parseAnd(outer);
    if (!left)
        return left;
    FilterNodePtr node = left.value();
    while (peek().type == TokenType::Word && isKeyword(peek().text, "or"_L1)) {
        next();
        auto right = parseAnd(outer);
        if (!right)
            return right;
        node = makeBinary(FilterNode::Kind::Or, node, right.value());
    }
    return node;
}

Result<FilterNodePtr> FilterParser::parseAnd(const AttributeRef *outer)
{
    auto left = parseUnary(outer);
    if (!left)
        return left;
    FilterNodePtr node = left.value();
    while (peek().type == TokenType::Word && isKeyword(peek().text, "and"_L1)) {
        next();
        auto right = parseUnary(outer);
        if (!right)
            return right;
        node = makeBinary(FilterNode::Kind::And, node, right.value());
    }
    return node;
}

Result<FilterNodePtr> FilterParser::parseUnary(const AttributeRef *outer)
{
    // Every level of grouping passes through here once; refusing deep nesting keeps the
    // recursion (here and in evaluation) far from the stack's end.
    struct DepthGuard
    {
        int &depth;
        explicit DepthGuard(int &d)
            : depth(++d)
        {
        }
        ~DepthGuard() { --depth; }
    } guard(m_depth);
    if (m_depth > kMaxDepth)
        return ScimError::invalidFilter(
            u"Invalid filter: more than %1 levels of parentheses, 'not' or value paths."_s.arg(kMaxDepth));
    Token t = peek();
    if (t.type == TokenType::Word && isKeyword(t.text, "not"_L1)) {
        next();
        auto inner = parseUnary(outer);
        if (!inner)
            return inner;
        auto node = std::make_shared<FilterNode>();
        node->kind = FilterNode::Kind::Not;
        node->left = inner.value();
        return FilterNodePtr(node);
    }
    if (t.type == TokenType::LParen) {
        next();
        auto inner = parseOr(outer);
        if (!inner)
            return inner;
        const Token close = next();
        if (close.type != TokenType::RParen)
            return error(close, u"')'"_s);
        return inner;
    }
    return parseAttributeExpression(outer);
}

Result<FilterNodePtr> FilterParser::parseAttributeExpression(const AttributeRef *outer)
{
    const Token t = next();
    if (t.type != TokenType::Word)
        return error(t, u"an attribute name"_s);
    const auto &registry = SchemaRegistry::instance();

    AttributeRef attr;
    if (outer) {
        // Inside a value path the names are sub-attributes of the outer attribute.
        if (!validAttributeName(t.text))
            return error(t, u"a sub-attribute name of '%1'"_s.arg(outer->name));
        attr = registry.resolve(m_kind, outer->schemaUrn, outer->name, t.text);
    } else {
        attr = registry.resolve(m_kind, t.text);
        if (!validAttributeName(attr.name) || (!attr.subName.isEmpty() && !validAttributeName(attr.subName)))
            return error(t, u"an attribute name"_s);
    }

    // Unknown names are refused rather than matching nothing, so that a typo in an IdP's matching
    // attribute shows up as an error. Attributes of extension schemas the server does not know
    // (custom mappings, kept as sent) can be filtered on freely.
    const bool customExtension = attr.isExtension() && !registry.schema(attr.schemaUrn);
    if (!customExtension) {
        if (!attr.attr)
            return error(t, u"an attribute of %1; '%2' is not one"_s.arg(resourceTypeName(m_kind), t.text));
        if (!attr.subName.isEmpty() && !attr.sub)
            return error(t, u"a sub-attribute of '%1'; '%2' is not one"_s.arg(attr.name, attr.subName));
    }

    if (peek().type == TokenType::LBracket) {
        if (outer)
            return error(peek(), u"a comparison operator: value paths cannot be nested"_s);
        if (!attr.subName.isEmpty())
            return error(peek(), u"a comparison operator: a value path applies to a multi-valued attribute"_s);
        next();
        auto inner = parseOr(&attr);
        if (!inner)
            return inner;
        const Token close = next();
        if (close.type != TokenType::RBracket)
            return error(close, u"']' to close the value path"_s);
        auto node = std::make_shared<FilterNode>();
        node->kind = FilterNode::Kind::ValuePath;
        node->attr = attr;
        node->left = inner.value();
        // Entra's `emails[type eq "work"].value eq "x"`: the trailing sub-attribute comparison is
        // one more condition on the same element.
        const Token after = peek();
        if (after.type == TokenType::Word && after.text.startsWith(u'.')) {
            next();
            const AttributeRef subAttr = registry.resolve(m_kind, attr.schemaUrn, attr.name, after.text.mid(1));
            if (!validAttributeName(subAttr.subName))
                return error(after, u"a sub-attribute name after ']'"_s);
            auto cmp = parseComparison(subAttr, true);
            if (!cmp)
                return cmp;
            node->left = makeBinary(FilterNode::Kind::And, node->left, cmp.value());
        }
        return FilterNodePtr(node);
    }
    return parseComparison(attr, outer != nullptr);
}

Result<FilterNodePtr> FilterParser::parseComparison(const AttributeRef &attr, bool inValuePath)
{
    if (++m_comparisons > kMaxComparisons)
        return ScimError::invalidFilter(u"Invalid filter: more than %1 comparisons."_s.arg(kMaxComparisons));
    const Token opToken = next();
    const auto op = opToken.type == TokenType::Word ? compareOp(opToken.text) : std::nullopt;
    if (!op)
        return error(opToken, u"a comparison operator (eq, ne, co, sw, ew, gt, lt, ge, le, pr)"_s);

    auto node = std::make_shared<FilterNode>();
    node->kind = FilterNode::Kind::Compare;
    node->attr = attr;
    node->op = *op;
    node->inValuePath = inValuePath;

    // A complex attribute compared as a whole means its "value" sub-attribute (RFC 7644 §3.4.2.2).
    if (attr.attr && attr.attr->type == AttributeType::Complex && attr.subName.isEmpty()) {
        if (attr.attr->subAttribute(u"value")) {
            node->attr = SchemaRegistry::instance().resolve(m_kind, attr.schemaUrn, attr.name, u"value"_s);
        } else {
            return ScimError::invalidFilter(
                u"Invalid filter \"%1\": '%2' is a complex attribute; compare one of its sub-attributes, e.g. '%2.%3'."_s
                    .arg(m_text, attr.name,
                         attr.attr->subAttributes.isEmpty() ? u"value"_s : attr.attr->subAttributes.first().name));
        }
    }
    if (*op == CompareOp::Pr)
        return FilterNodePtr(node);

    const Token v = next();
    switch (v.type) {
    case TokenType::String:
    case TokenType::Number:
        node->value = v.value;
        break;
    case TokenType::Word:
        if (isKeyword(v.text, "true"_L1))
            node->value = true;
        else if (isKeyword(v.text, "false"_L1))
            node->value = false;
        else if (isKeyword(v.text, "null"_L1))
            node->value = QJsonValue::Null;
        else
            node->value = v.text; // unquoted value, read as a string
        break;
    default:
        return error(v, u"a value (a quoted string, a number, true, false or null)"_s);
    }

    if (auto problem = ValueCompare::checkFilterOperand(node->attr.leaf(), *op, node->value); !problem.isEmpty())
        return ScimError::invalidFilter(u"Invalid filter \"%1\": %2"_s.arg(m_text, problem));
    return FilterNodePtr(node);
}

} // namespace scimmon
