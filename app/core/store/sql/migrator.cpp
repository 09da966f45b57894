#include "store/sql/migrator.h"

#include "store/sql/sqldialect.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace scimmon {

namespace {

struct Script
{
    int version;
    QString path;
};

QList<Script> scripts(const QString &backend)
{
    QList<Script> out;
    static const QRegularExpression name(u"^(\\d{4})_.*\\.sql$"_s);
    const QDir dir(u":/sql/"_s + backend);
    for (const QString &file : dir.entryList(QDir::Files, QDir::Name)) {
        const auto m = name.match(file);
        if (m.hasMatch())
            out.append({m.captured(1).toInt(), dir.filePath(file)});
    }
    return out;
}

QStringList statements(const QString &sql)
{
    QStringList out;
    QString current;
    bool dollarQuoted = false; // inside $$ … $$, where ';' ends statements of a function body
    for (const QString &line : sql.split(u'\n')) {
        if (!dollarQuoted && line.trimmed().startsWith("--"_L1))
            continue;
        current += line + u'\n';
        if (line.count("$$"_L1) % 2 == 1)
            dollarQuoted = !dollarQuoted;
        if (!dollarQuoted && line.trimmed().endsWith(u';')) {
            out.append(current.trimmed());
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        out.append(current.trimmed());
    return out;
}

} // namespace

int Migrator::latestVersion(const QString &backend)
{
    const auto all = scripts(backend);
    return all.isEmpty() ? 0 : all.last().version;
}

bool Migrator::migrate(QSqlDatabase &db, const QString &backend, const SqlDialect &dialect, QString *error)
{
    QSqlQuery q(db);
    auto rollback = [&db] { QSqlQuery(db).exec(u"ROLLBACK"_s); };
    // Opens a transaction holding the store's write lock: migrations of two processes queue.
    auto begin = [&]() {
        const QStringList statements = dialect.beginWrite();
        for (qsizetype i = 0; i < statements.size(); ++i) {
            if (!q.exec(statements.at(i))) {
                *error = q.lastError().text();
                if (i > 0)
                    rollback();
                return false;
            }
        }
        return true;
    };
    if (!begin())
        return false;
    const int latest = latestVersion(backend);
    if (!q.exec(u"CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied TEXT NOT NULL)"_s)
        || !q.exec(u"SELECT COALESCE(MAX(version), 0) FROM schema_migrations"_s) || !q.next()) {
        *error = q.lastError().text();
        rollback();
        return false;
    }
    const int current = q.value(0).toInt();
    q.finish();
    if (current > latest) {
        rollback();
        *error = u"it was written by a newer version of scim-monitor (schema version %1; this version knows up to "
                 "%2). Update scim-monitor on this machine."_s.arg(current)
                     .arg(latest);
        return false;
    }
    if (!q.exec(u"COMMIT"_s)) {
        *error = q.lastError().text();
        rollback();
        return false;
    }
    for (const Script &script : scripts(backend)) {
        if (script.version <= current)
            continue;
        QFile file(script.path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = u"cannot read migration %1"_s.arg(script.path);
            return false;
        }
        const QString sql = QString::fromUtf8(file.readAll());
        if (!begin())
            return false;
        q.prepare(u"SELECT 1 FROM schema_migrations WHERE version = ?"_s);
        q.addBindValue(script.version);
        if (!q.exec()) {
            *error = q.lastError().text();
            rollback();
            return false;
        }
        const bool applied = q.next();
        q.finish();
        if (applied) {
            rollback();
            continue;
        }
        for (const QString &statement : statements(sql)) {
            if (!q.exec(statement)) {
                *error = u"migration %1 failed: %2"_s.arg(QFileInfo(script.path).fileName(), q.lastError().text());
                rollback();
                return false;
            }
        }
        q.prepare(u"INSERT INTO schema_migrations (version, applied) VALUES (?, ?)"_s);
        q.addBindValue(script.version);
        q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        if (!q.exec() || !q.exec(u"COMMIT"_s)) {
            *error = q.lastError().text();
            rollback();
            return false;
        }
    }
    return true;
}

} // namespace scimmon
