#pragma once

#include "scim/filter.h"

namespace scimmon {

/// Recursive-descent parser behind Filter::parse and the PATCH path parser (RFC 7644 §3.4.2.2
/// grammar). Not used directly by the rest of the engine.
class FilterParser
{
public:
    /// Deepest nesting of parentheses, `not` and value paths accepted (anything deeper is refused
    /// with invalidFilter rather than risking the stack).
    static constexpr int kMaxDepth = 32;
    /// Most comparisons one filter may hold.
    static constexpr int kMaxComparisons = 256;

    FilterParser(ResourceKind kind, const QString &text);

    /// Parses the whole text as a filter; fails on trailing input.
    Result<FilterNodePtr> parseFilter();
    /// Parses a value filter for the elements of `outer` (the part between '[' and ']'), stopping
    /// at the closing ']' which is left unconsumed.
    Result<FilterNodePtr> parseValueFilter(const AttributeRef &outer);
    /// Position (0-based, in characters) where parsing stopped.
    qsizetype position() const { return m_pos; }
    /// Consumes `c` after optional whitespace; false if the next character is something else.
    bool consume(QChar c);
    /// True once only whitespace is left.
    bool atEnd();

private:
    enum class TokenType { End, LParen, RParen, LBracket, RBracket, String, Number, Word, Invalid };
    struct Token
    {
        TokenType type = TokenType::End;
        QString text; ///< raw text of a word or number
        QJsonValue value; ///< decoded value of a string or number
        qsizetype pos = 0;
    };

    Token peek();
    Token next();
    Token lex();
    void skipSpace();

    Result<FilterNodePtr> parseOr(const AttributeRef *outer);
    Result<FilterNodePtr> parseAnd(const AttributeRef *outer);
    Result<FilterNodePtr> parseUnary(const AttributeRef *outer);
    Result<FilterNodePtr> parseAttributeExpression(const AttributeRef *outer);
    Result<FilterNodePtr> parseComparison(const AttributeRef &attr, bool inValuePath);

    ScimError error(const Token &at, const QString &expected) const;
    static QString describe(const Token &token);

    ResourceKind m_kind;
    QString m_text;
    qsizetype m_pos = 0;
    bool m_hasPeek = false;
    int m_depth = 0;
    int m_comparisons = 0;
    Token m_peek;
};

} // namespace scimmon
