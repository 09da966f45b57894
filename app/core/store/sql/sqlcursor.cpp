#include "store/sql/sqlcursor.h"

namespace scimmon {

SqlCursor::SqlCursor(SqlStatement *statement, std::shared_ptr<SqlStatement> owned, const QStringList *columns)
    : m_statement(statement)
    , m_owned(std::move(owned))
    , m_columns(columns)
{
}

SqlCursor::SqlCursor(SqlCursor &&other) noexcept
    : m_statement(std::exchange(other.m_statement, nullptr))
    , m_owned(std::move(other.m_owned))
    , m_columns(std::exchange(other.m_columns, nullptr))
{
}

SqlCursor &SqlCursor::operator=(SqlCursor &&other) noexcept
{
    if (this != &other) {
        if (m_statement)
            m_statement->finish();
        m_statement = std::exchange(other.m_statement, nullptr);
        m_owned = std::move(other.m_owned);
        m_columns = std::exchange(other.m_columns, nullptr);
    }
    return *this;
}

SqlCursor::~SqlCursor()
{
    if (m_statement)
        m_statement->finish();
}

QVariant SqlCursor::value(QLatin1StringView name) const
{
    if (!m_statement || !m_columns)
        return {};
    for (qsizetype i = 0; i < m_columns->size(); ++i)
        if (m_columns->at(i) == name)
            return m_statement->value(int(i));
    Q_ASSERT_X(false, "SqlCursor::value", "no such column in the SELECT list");
    return {};
}

} // namespace scimmon
