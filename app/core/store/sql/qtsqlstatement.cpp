#include "store/sql/qtsqlstatement.h"

#include <QSqlRecord>

namespace scimmon {

QtSqlStatement::QtSqlStatement(const QSqlDatabase &db)
    : m_query(db)
{
    m_query.setForwardOnly(true);
}

std::unique_ptr<SqlStatement> QtSqlStatement::prepare(const QSqlDatabase &db, const QString &sql, QSqlError *error)
{
    std::unique_ptr<QtSqlStatement> statement(new QtSqlStatement(db));
    if (!statement->m_query.prepare(sql)) {
        *error = statement->m_query.lastError();
        return nullptr;
    }
    return statement;
}

bool QtSqlStatement::exec(const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i)
        m_query.bindValue(i, values.at(i));
    return m_query.exec();
}

QStringList QtSqlStatement::columnNames() const
{
    if (!m_query.isSelect())
        return {};
    const QSqlRecord record = m_query.record();
    QStringList names;
    names.reserve(record.count());
    for (int i = 0; i < record.count(); ++i)
        names.append(record.fieldName(i));
    return names;
}

} // namespace scimmon
