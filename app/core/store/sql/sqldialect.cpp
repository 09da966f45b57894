#include "store/sql/sqldialect.h"

#include "store/sql/qtsqlstatement.h"

namespace scimmon {

std::unique_ptr<SqlStatement> SqlDialect::prepare(const QSqlDatabase &db, const QString &sql, QSqlError *error) const
{
    return QtSqlStatement::prepare(db, sql, error);
}

} // namespace scimmon
