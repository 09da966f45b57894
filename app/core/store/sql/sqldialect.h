#pragma once

#include <QSqlError>
#include <QString>

namespace scimmon {

/// The SQL that differs between the database engines behind the store, so that the repositories
/// (store/sql/) are written once: transaction statements, text search, "no limit", and how a
/// unique-constraint violation reads. One instance per backend, stateless.
class SqlDialect
{
public:
    virtual ~SqlDialect() = default;

    /// The statement that opens a write transaction and takes the write lock at once (SQLite:
    /// BEGIN IMMEDIATE, so two writers queue on the busy timeout instead of failing).
    virtual QString beginWrite() const = 0;
    /// The statement that opens a read-only transaction: one consistent snapshot for several
    /// reads that never holds up the writer.
    virtual QString beginRead() const = 0;
    /// A condition true when the text expression `haystack` contains the bound `?` parameter
    /// (SQLite: instr(haystack, ?) > 0; PostgreSQL: strpos(haystack, ?) > 0).
    virtual QString contains(const QString &haystack) const = 0;
    /// The LIMIT value that means "no limit" when an OFFSET is needed (SQLite: -1; PostgreSQL: ALL).
    virtual QString noLimit() const = 0;
    /// An expression that orders the rows of the table aliased `alias` as they were inserted, for
    /// tables without a sequence column of their own (SQLite: alias.rowid).
    virtual QString insertionOrder(const QString &alias) const = 0;
    /// True when `error` is a violation of a unique or primary-key constraint.
    virtual bool isUniqueViolation(const QSqlError &error) const = 0;
};

} // namespace scimmon
