#include "store/sqlite/sqlitestatement.h"

#include <QDate>
#include <QDateTime>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QTime>
#include <QUuid>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace scimmon {

namespace {

sqlite3 *handleOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

/// Qt Sql's rule for a value that binds SQL NULL (QSqlResultPrivate::isVariantNull).
bool bindsNull(const QVariant &value)
{
    if (value.isNull())
        return true;
    switch (value.typeId()) {
    case QMetaType::QString:
        return static_cast<const QString *>(value.constData())->isNull();
    case QMetaType::QByteArray:
        return static_cast<const QByteArray *>(value.constData())->isNull();
    case QMetaType::QDateTime:
        return !static_cast<const QDateTime *>(value.constData())->isValid();
    case QMetaType::QDate:
        return static_cast<const QDate *>(value.constData())->isNull();
    case QMetaType::QTime:
        return !static_cast<const QTime *>(value.constData())->isValid();
    case QMetaType::QUuid:
        return static_cast<const QUuid *>(value.constData())->isNull();
    default:
        return false;
    }
}

QSqlError sqliteError(sqlite3 *db, int code, const char *what, QSqlError::ErrorType type = QSqlError::ConnectionError)
{
    // The shape of QSQLITE's errors: SQLite's message as the database text, the extended result
    // code as the native code.
    return QSqlError(QString::fromLatin1(what), db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString(), type,
                     QString::number(code));
}

} // namespace

bool SqliteStatement::sharesLibraryWith(const QSqlDatabase &db)
{
    if (!handleOf(db))
        return false;
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT sqlite_source_id()")) && q.next()
        && q.value(0).toString() == QString::fromLatin1(sqlite3_sourceid());
}

SqliteStatement::SqliteStatement(sqlite3 *db, sqlite3_stmt *statement)
    : m_db(db)
    , m_statement(statement)
{
    const int count = sqlite3_column_count(statement);
    m_columns.reserve(count);
    for (int i = 0; i < count; ++i)
        m_columns.append(QString::fromUtf8(sqlite3_column_name(statement, i)));
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

std::unique_ptr<SqlStatement> SqliteStatement::prepare(const QSqlDatabase &db, const QString &sql, QSqlError *error)
{
    sqlite3 *handle = handleOf(db);
    if (!handle) {
        *error = QSqlError(u"Unable to execute statement"_s, u"the connection is not an open SQLite connection"_s,
                           QSqlError::ConnectionError);
        return nullptr;
    }
    const QByteArray text = sql.toUtf8();
    sqlite3_stmt *statement = nullptr;
    const char *tail = nullptr;
    const int code
        = sqlite3_prepare_v3(handle, text.constData(), int(text.size()), SQLITE_PREPARE_PERSISTENT, &statement, &tail);
    if (code != SQLITE_OK) {
        *error = sqliteError(handle, code, "Unable to execute statement", QSqlError::StatementError);
        sqlite3_finalize(statement);
        return nullptr;
    }
    if (!statement || (tail && !QByteArrayView(tail).trimmed().isEmpty())) {
        *error = QSqlError(u"Unable to execute multiple statements at a time"_s,
                           statement ? u"more than one statement"_s : u"no statement"_s, QSqlError::StatementError,
                           QString::number(SQLITE_MISUSE));
        sqlite3_finalize(statement);
        return nullptr;
    }
    return std::unique_ptr<SqlStatement>(new SqliteStatement(handle, statement));
}

int SqliteStatement::bind(int index, const QVariant &value)
{
    const int i = index + 1;
    if (bindsNull(value))
        return sqlite3_bind_null(m_statement, i);
    switch (value.typeId()) {
    case QMetaType::QByteArray: {
        const auto *bytes = static_cast<const QByteArray *>(value.constData());
        return sqlite3_bind_blob64(m_statement, i, bytes->constData(), sqlite3_uint64(bytes->size()), SQLITE_STATIC);
    }
    case QMetaType::Int:
    case QMetaType::Bool:
        return sqlite3_bind_int(m_statement, i, value.toInt());
    case QMetaType::Double:
        return sqlite3_bind_double(m_statement, i, value.toDouble());
    case QMetaType::UInt:
    case QMetaType::LongLong:
        return sqlite3_bind_int64(m_statement, i, value.toLongLong());
    case QMetaType::QDateTime:
        m_utf8.append(value.toDateTime().toString(Qt::ISODateWithMs).toUtf8());
        break;
    case QMetaType::QTime:
        m_utf8.append(value.toTime().toString(u"hh:mm:ss.zzz").toUtf8());
        break;
    case QMetaType::QString:
        m_utf8.append(static_cast<const QString *>(value.constData())->toUtf8());
        break;
    default: // as QSQLITE does: the value's text (a ULongLong too)
        m_utf8.append(value.toString().toUtf8());
        break;
    }
    const QByteArray &text = m_utf8.constLast();
    return sqlite3_bind_text64(m_statement, i, text.constData(), sqlite3_uint64(text.size()), SQLITE_STATIC,
                               SQLITE_UTF8);
}

bool SqliteStatement::failed(int code, const char *what)
{
    m_error = sqliteError(m_db, code, what);
    sqlite3_reset(m_statement);
    m_rowPending = false;
    m_done = true;
    return false;
}

bool SqliteStatement::exec(const QVariantList &values)
{
    sqlite3_reset(m_statement);
    m_error = QSqlError();
    m_rowPending = false;
    m_done = true;
    m_utf8.clear();
    m_values = values;
    if (sqlite3_bind_parameter_count(m_statement) != values.size()) {
        m_error = QSqlError(u"Parameter count mismatch"_s, QString(), QSqlError::StatementError);
        return false;
    }
    m_utf8.reserve(values.size());
    for (int i = 0; i < values.size(); ++i) {
        const int code = bind(i, m_values.at(i));
        if (code != SQLITE_OK)
            return failed(code, "Unable to bind parameters");
    }
    const int code = sqlite3_step(m_statement);
    if (code == SQLITE_ROW) {
        m_rowPending = true;
        m_done = false;
        return true;
    }
    if (code == SQLITE_DONE) {
        sqlite3_reset(m_statement); // as QSQLITE: a finished statement holds no lock
        return true;
    }
    return failed(code, "Unable to fetch row");
}

bool SqliteStatement::next()
{
    if (m_rowPending) {
        m_rowPending = false;
        return true;
    }
    if (m_done)
        return false;
    const int code = sqlite3_step(m_statement);
    if (code == SQLITE_ROW)
        return true;
    if (code == SQLITE_DONE) {
        m_done = true;
        sqlite3_reset(m_statement);
        return false;
    }
    return failed(code, "Unable to fetch row");
}

QVariant SqliteStatement::value(int index) const
{
    switch (sqlite3_column_type(m_statement, index)) {
    case SQLITE_INTEGER:
        return QVariant(qint64(sqlite3_column_int64(m_statement, index)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(m_statement, index));
    case SQLITE_NULL:
        return QVariant(QMetaType::fromType<QString>());
    case SQLITE_BLOB: {
        const auto *data = static_cast<const char *>(sqlite3_column_blob(m_statement, index));
        return QVariant(QByteArray(data, sqlite3_column_bytes(m_statement, index)));
    }
    default: {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, index));
        return QVariant(QString::fromUtf8(text, sqlite3_column_bytes(m_statement, index)));
    }
    }
}

qint64 SqliteStatement::rowsAffected() const
{
    return sqlite3_changes64(m_db);
}

QVariant SqliteStatement::lastInsertId() const
{
    const qint64 id = sqlite3_last_insert_rowid(m_db);
    return id ? QVariant(id) : QVariant();
}

void SqliteStatement::finish()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement); // nothing points into the buffers freed below
    m_rowPending = false;
    m_done = true;
    m_values.clear();
    m_utf8.clear();
}

} // namespace scimmon
