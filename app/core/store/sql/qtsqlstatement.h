#pragma once

#include "store/sql/sqlstatement.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <memory>

namespace scimmon {

/// A SqlStatement run through Qt Sql's QSqlQuery (forward only): the statement of every backend
/// that has no interface of its own (PostgreSQL through QPSQL).
class QtSqlStatement final : public SqlStatement
{
public:
    /// Prepares `sql` on `db`. Null on failure, with the driver's error in `*error`.
    static std::unique_ptr<SqlStatement> prepare(const QSqlDatabase &db, const QString &sql, QSqlError *error);

    bool exec(const QVariantList &values) override;
    bool next() override { return m_query.next(); }
    QVariant value(int index) const override { return m_query.value(index); }
    QStringList columnNames() const override;
    qint64 rowsAffected() const override { return m_query.numRowsAffected(); }
    QVariant lastInsertId() const override { return m_query.lastInsertId(); }
    QSqlError lastError() const override { return m_query.lastError(); }
    void finish() override { m_query.finish(); }

private:
    explicit QtSqlStatement(const QSqlDatabase &db);
    QSqlQuery m_query;
};

} // namespace scimmon
