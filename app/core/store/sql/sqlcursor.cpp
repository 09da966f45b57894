#include "store/sql/sqlcursor.h"

namespace scimmon {

SqlCursor::SqlCursor(QSqlQuery *query, std::shared_ptr<QSqlQuery> owned, const QStringList *columns)
    : m_query(query)
    , m_owned(std::move(owned))
    , m_columns(columns)
{
}

SqlCursor::SqlCursor(SqlCursor &&other) noexcept
    : m_query(std::exchange(other.m_query, nullptr))
    , m_owned(std::move(other.m_owned))
    , m_columns(std::exchange(other.m_columns, nullptr))
{
}

SqlCursor &SqlCursor::operator=(SqlCursor &&other) noexcept
{
    if (this != &other) {
        if (m_query)
            m_query->finish();
        m_query = std::exchange(other.m_query, nullptr);
        m_owned = std::move(other.m_owned);
        m_columns = std::exchange(other.m_columns, nullptr);
    }
    return *this;
}

SqlCursor::~SqlCursor()
{
    if (m_query)
        m_query->finish();
}

QVariant SqlCursor::value(QLatin1StringView name) const
{
    if (!m_query || !m_columns)
        return {};
    for (qsizetype i = 0; i < m_columns->size(); ++i)
        if (m_columns->at(i) == name)
            return m_query->value(int(i));
    Q_ASSERT_X(false, "SqlCursor::value", "no such column in the SELECT list");
    return {};
}

} // namespace scimmon
