#include "store/sql/migrator.h"

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
    for (const QString &line : sql.split(u'\n')) {
        if (line.trimmed().startsWith("--"_L1))
            continue;
        current += line + u'\n';
        if (line.trimmed().endsWith(u';')) {
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

bool Migrator::migrate(QSqlDatabase &db, const QString &backend, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(
            u"CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied TEXT NOT NULL)"_s)) {
        *error = q.lastError().text();
        return false;
    }
    for (const Script &script : scripts(backend)) {
        QFile file(script.path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = u"cannot read migration %1"_s.arg(script.path);
            return false;
        }
        const QString sql = QString::fromUtf8(file.readAll());
        // BEGIN IMMEDIATE takes the write lock first, so two processes never run the same script.
        if (!q.exec(backend == "sqlite"_L1 ? u"BEGIN IMMEDIATE"_s : u"BEGIN"_s)) {
            *error = q.lastError().text();
            return false;
        }
        q.prepare(u"SELECT 1 FROM schema_migrations WHERE version = ?"_s);
        q.addBindValue(script.version);
        if (!q.exec()) {
            *error = q.lastError().text();
            QSqlQuery(db).exec(u"ROLLBACK"_s);
            return false;
        }
        const bool applied = q.next();
        q.finish();
        if (applied) {
            QSqlQuery(db).exec(u"ROLLBACK"_s);
            continue;
        }
        for (const QString &statement : statements(sql)) {
            if (!q.exec(statement)) {
                *error = u"migration %1 failed: %2"_s.arg(QFileInfo(script.path).fileName(), q.lastError().text());
                QSqlQuery(db).exec(u"ROLLBACK"_s);
                return false;
            }
        }
        q.prepare(u"INSERT INTO schema_migrations (version, applied) VALUES (?, ?)"_s);
        q.addBindValue(script.version);
        q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        if (!q.exec() || !q.exec(u"COMMIT"_s)) {
            *error = q.lastError().text();
            QSqlQuery(db).exec(u"ROLLBACK"_s);
            return false;
        }
    }
    return true;
}

} // namespace scimmon
