#include "store/sqlite/sqlitestore.h"

#include "scim/resourcemapper.h"
#include "scim/valuecompare.h"
#include "store/migrator.h"
#include "store/sqlite/walcheckpointer.h"
#include "store/sqlvalues.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace scimmon {

using namespace sql;

namespace {

QString table(ResourceKind kind)
{
    return kind == ResourceKind::User ? u"scim_users"_s : u"scim_groups"_s;
}

QString nameColumn(ResourceKind kind)
{
    return kind == ResourceKind::User ? u"user_name_folded"_s : u"display_name_folded"_s;
}

} // namespace

std::unique_ptr<SqliteStore> SqliteStore::open(const QString &path, const QString &connectionName, QString *error)
{
    if (!QSqlDatabase::isDriverAvailable(u"QSQLITE"_s)) {
        *error = u"The Qt SQLite driver (QSQLITE) is not installed; on Debian/Ubuntu install libqt6sql6-sqlite."_s;
        return nullptr;
    }
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        *error = u"Cannot create the folder %1 for the database."_s.arg(info.absolutePath());
        return nullptr;
    }
    if (!info.exists()) {
        // Created here, owner-only, so that SQLite's -wal and -shm files (which copy the database
        // file's permissions) are private too.
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    auto fail = [&](const QString &what) {
        *error = u"Cannot open the database %1: %2"_s.arg(path, what);
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        return nullptr;
    };
    if (!db.open())
        return fail(db.lastError().text());
    {
        QSqlQuery q(db);
        for (const auto &pragma :
             {u"PRAGMA journal_mode=WAL"_s, u"PRAGMA synchronous=NORMAL"_s, u"PRAGMA foreign_keys=ON"_s}) {
            if (!q.exec(pragma))
                return fail(q.lastError().text());
        }
        QString migrationError;
        if (!Migrator::migrate(db, u"sqlite"_s, &migrationError))
            return fail(migrationError);
    }
    auto store = std::unique_ptr<SqliteStore>(new SqliteStore(db, path));
    if (!store->deriveMissingBrowseColumns()) {
        *error = u"Cannot open the database %1: %2"_s.arg(path, store->lastError().message);
        return nullptr;
    }
    return store;
}

SqliteStore::SqliteStore(QSqlDatabase db, QString path)
    : m_db(std::move(db))
    , m_path(std::move(path))
    , m_connection(m_db.connectionName())
{
}

SqliteStore::~SqliteStore()
{
    m_checkpointer.reset();
    m_statements.clear();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

bool SqliteStore::setWalAutoCheckpoint(int pages)
{
    QSqlQuery q(m_db);
    return q.exec(u"PRAGMA wal_autocheckpoint=%1"_s.arg(pages));
}

void SqliteStore::checkpointInBackground(const StoreConfig &config)
{
    setWalAutoCheckpoint(kBackstopCheckpointPages);
    m_checkpointer = std::make_unique<WalCheckpointer>(config);
}

QString SqliteStore::backend() const
{
    return u"sqlite"_s;
}

QString SqliteStore::location() const
{
    return m_path;
}

QSqlQuery *SqliteStore::prepared(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it != m_statements.end())
        return it->get();
    auto q = std::make_shared<QSqlQuery>(m_db);
    if (!q->prepare(sql)) {
        fail(*q);
        return nullptr;
    }
    m_statements.insert(sql, q);
    return q.get();
}

QSqlQuery *SqliteStore::run(const QString &sql, const QVariantList &values)
{
    clearError();
    QSqlQuery *q = prepared(sql);
    if (!q)
        return nullptr;
    for (int i = 0; i < values.size(); ++i)
        q->bindValue(i, values.at(i));
    if (!q->exec()) {
        const QString native = q->lastError().nativeErrorCode();
        // 2067 SQLITE_CONSTRAINT_UNIQUE, 1555 SQLITE_CONSTRAINT_PRIMARYKEY, 19 SQLITE_CONSTRAINT
        const bool unique = native == "2067"_L1 || native == "1555"_L1 || native == "19"_L1;
        fail(*q, unique ? StoreError::Kind::Conflict : StoreError::Kind::Io);
        q->finish();
        return nullptr;
    }
    return q;
}

bool SqliteStore::fail(const QSqlQuery &query, StoreError::Kind kind)
{
    m_error = {kind, query.lastError().text()};
    return false;
}

bool SqliteStore::begin()
{
    // IMMEDIATE takes the write lock at the start, so two writers (the receiver and the token
    // command, say) queue on the busy timeout instead of failing when both try to upgrade a read.
    clearError();
    QSqlQuery q(m_db);
    if (!q.exec(u"BEGIN IMMEDIATE"_s)) {
        m_error = {StoreError::Kind::Io, q.lastError().text()};
        return false;
    }
    return true;
}

bool SqliteStore::commit()
{
    QSqlQuery q(m_db);
    if (!q.exec(u"COMMIT"_s)) {
        m_error = {StoreError::Kind::Io, q.lastError().text()};
        rollback();
        return false;
    }
    return true;
}

void SqliteStore::rollback()
{
    for (const auto &statement : std::as_const(m_statements))
        statement->finish();
    QSqlQuery(m_db).exec(u"ROLLBACK"_s);
}

// --- resources ---------------------------------------------------------------------------------

Resource SqliteStore::readResource(const QSqlQuery &q)
{
    Resource r;
    r.id = q.value(0).toString();
    r.data = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
    r.created = parseTs(q.value(2));
    r.lastModified = parseTs(q.value(3));
    r.version = q.value(4).toLongLong();
    return r;
}

std::optional<Resource> SqliteStore::resource(ResourceKind kind, const QString &id)
{
    QSqlQuery *q
        = run(u"SELECT id, data, created, last_modified, version FROM %1 WHERE id = ?"_s.arg(table(kind)), {id});
    if (!q || !q->next())
        return std::nullopt;
    Resource r = readResource(*q);
    q->finish();
    return r;
}

QString SqliteStore::whereClause(ResourceKind kind, const ResourceQuery &query, QVariantList &values) const
{
    QStringList terms;
    for (const IndexCondition &c : query.conditions) {
        switch (c.field) {
        case IndexedField::Id:
            terms.append(u"t.id = ?"_s);
            values.append(c.value);
            break;
        case IndexedField::Name:
            terms.append(u"t.%1 = ?"_s.arg(nameColumn(kind)));
            values.append(ValueCompare::fold(c.value));
            break;
        case IndexedField::DisplayName:
            terms.append(u"t.display_name_folded = ?"_s);
            values.append(ValueCompare::fold(c.value));
            break;
        case IndexedField::ExternalId:
            terms.append(u"t.external_id = ?"_s);
            values.append(c.value);
            break;
        case IndexedField::Email:
            if (kind != ResourceKind::User) {
                terms.append(u"0"_s);
                break;
            }
            if (c.emailType.isEmpty()) {
                terms.append(u"t.seq IN (SELECT e.user_seq FROM user_emails e WHERE e.value_folded = ?)"_s);
                values.append(ValueCompare::fold(c.value));
            } else {
                terms.append(
                    u"t.seq IN (SELECT e.user_seq FROM user_emails e WHERE e.value_folded = ? AND e.type_folded = ?)"_s);
                values.append(ValueCompare::fold(c.value));
                values.append(ValueCompare::fold(c.emailType));
            }
            break;
        }
    }
    return terms.isEmpty() ? QString() : u" WHERE "_s + terms.join(u" AND "_s);
}

QString SqliteStore::orderBy(ResourceKind kind, const ResourceQuery &query)
{
    QString column;
    switch (query.sort) {
    case SortKey::Created:
        return query.descending ? u" ORDER BY t.seq DESC"_s : u" ORDER BY t.seq"_s;
    case SortKey::Id:
        column = u"t.id"_s;
        break;
    case SortKey::Name:
        column = u"t."_s + nameColumn(kind);
        break;
    case SortKey::DisplayName:
        column = u"t.display_name_folded"_s;
        break;
    case SortKey::ExternalId:
        column = u"t.external_id"_s;
        break;
    case SortKey::LastModified:
        column = u"t.last_modified"_s;
        break;
    }
    return u" ORDER BY %1 IS NULL, %1 %2, t.seq"_s.arg(column, query.descending ? u"DESC"_s : u"ASC"_s);
}

QList<Resource> SqliteStore::findResources(ResourceKind kind, const ResourceQuery &query)
{
    QVariantList values;
    QString sql = u"SELECT t.id, t.data, t.created, t.last_modified, t.version FROM %1 t"_s.arg(table(kind))
        + whereClause(kind, query, values) + orderBy(kind, query);
    if (query.limit >= 0 || query.offset > 0) {
        sql += u" LIMIT ? OFFSET ?"_s;
        values.append(query.limit >= 0 ? query.limit : -1);
        values.append(query.offset);
    }
    QList<Resource> out;
    QSqlQuery *q = run(sql, values);
    if (!q)
        return out;
    while (q->next())
        out.append(readResource(*q));
    q->finish();
    return out;
}

qint64 SqliteStore::countResources(ResourceKind kind, const ResourceQuery &query)
{
    QVariantList values;
    const QString sql = u"SELECT COUNT(*) FROM %1 t"_s.arg(table(kind)) + whereClause(kind, query, values);
    QSqlQuery *q = run(sql, values);
    if (!q || !q->next())
        return -1;
    const qint64 n = q->value(0).toLongLong();
    q->finish();
    return n;
}

QString SqliteStore::idForName(ResourceKind kind, const QString &name)
{
    QSqlQuery *q
        = run(u"SELECT id FROM %1 WHERE %2 = ?"_s.arg(table(kind), nameColumn(kind)), {ValueCompare::fold(name)});
    if (!q || !q->next())
        return {};
    const QString id = q->value(0).toString();
    q->finish();
    return id;
}

bool SqliteStore::writeEmails(qint64 userSeq, const QJsonObject &data)
{
    if (!run(u"DELETE FROM user_emails WHERE user_seq = ?"_s, {userSeq}))
        return false;
    for (const auto &[type, value] : ResourceMapper::emails(data)) {
        // `type` is optional (RFC 7643 §4.1.2): an email without one is stored with an empty type.
        if (!run(u"INSERT INTO user_emails (user_seq, type_folded, value_folded) VALUES (?, COALESCE(?, ''), ?)"_s,
                 {userSeq, ValueCompare::fold(type), ValueCompare::fold(value)}))
            return false;
    }
    return true;
}

bool SqliteStore::insertResource(ResourceKind kind, const Resource &r)
{
    QSqlQuery *q = nullptr;
    if (kind == ResourceKind::User) {
        const QString displayName = ResourceMapper::displayName(r.data);
        q = run(
            u"INSERT INTO scim_users (id, user_name, user_name_folded, external_id, display_name, display_name_folded, "
            "active, data, created, last_modified, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
            {r.id, ResourceMapper::userName(r.data), ValueCompare::fold(ResourceMapper::userName(r.data)),
             nullable(ResourceMapper::externalId(r.data)), nullable(displayName),
             nullable(ValueCompare::fold(displayName)), ResourceMapper::active(r.data) ? 1 : 0, compact(r.data),
             ts(r.created), ts(r.lastModified), r.version});
        if (!q)
            return false;
        const qint64 seq = q->lastInsertId().toLongLong();
        q->finish();
        return writeEmails(seq, r.data) && writeBrowseColumns(kind, r.id, r.data);
    }
    q = run(
        u"INSERT INTO scim_groups (id, display_name, display_name_folded, external_id, data, created, last_modified, "
        "version) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
        {r.id, ResourceMapper::displayName(r.data), ValueCompare::fold(ResourceMapper::displayName(r.data)),
         nullable(ResourceMapper::externalId(r.data)), compact(r.data), ts(r.created), ts(r.lastModified), r.version});
    if (!q)
        return false;
    q->finish();
    return writeBrowseColumns(kind, r.id, r.data);
}

bool SqliteStore::updateResource(ResourceKind kind, const Resource &r)
{
    QSqlQuery *q = nullptr;
    if (kind == ResourceKind::User) {
        const QString displayName = ResourceMapper::displayName(r.data);
        q = run(u"UPDATE scim_users SET user_name = ?, user_name_folded = ?, external_id = ?, display_name = ?, "
                "display_name_folded = ?, active = ?, data = ?, last_modified = ?, version = ? WHERE id = ?"_s,
                {ResourceMapper::userName(r.data), ValueCompare::fold(ResourceMapper::userName(r.data)),
                 nullable(ResourceMapper::externalId(r.data)), nullable(displayName),
                 nullable(ValueCompare::fold(displayName)), ResourceMapper::active(r.data) ? 1 : 0, compact(r.data),
                 ts(r.lastModified), r.version, r.id});
    } else {
        q = run(u"UPDATE scim_groups SET display_name = ?, display_name_folded = ?, external_id = ?, data = ?, "
                "last_modified = ?, version = ? WHERE id = ?"_s,
                {ResourceMapper::displayName(r.data), ValueCompare::fold(ResourceMapper::displayName(r.data)),
                 nullable(ResourceMapper::externalId(r.data)), compact(r.data), ts(r.lastModified), r.version, r.id});
    }
    if (!q)
        return false;
    const bool found = q->numRowsAffected() > 0;
    q->finish();
    if (!found) {
        m_error = {StoreError::Kind::NotFound, u"no %1 with id %2"_s.arg(resourceTypeName(kind), r.id)};
        return false;
    }
    if (kind == ResourceKind::User) {
        QSqlQuery *s = run(u"SELECT seq FROM scim_users WHERE id = ?"_s, {r.id});
        if (!s || !s->next())
            return false;
        const qint64 seq = s->value(0).toLongLong();
        s->finish();
        return writeEmails(seq, r.data) && writeBrowseColumns(kind, r.id, r.data);
    }
    return writeBrowseColumns(kind, r.id, r.data);
}

bool SqliteStore::deleteResource(ResourceKind kind, const QString &id)
{
    if (!run(u"DELETE FROM memberships WHERE member_id = ?"_s, {id}))
        return false;
    QSqlQuery *q = run(u"DELETE FROM %1 WHERE id = ?"_s.arg(table(kind)), {id});
    if (!q)
        return false;
    const bool found = q->numRowsAffected() > 0;
    q->finish();
    if (!found) {
        m_error = {StoreError::Kind::NotFound, u"no %1 with id %2"_s.arg(resourceTypeName(kind), id)};
        return false;
    }
    return true;
}

bool SqliteStore::deleteAllResources()
{
    for (const auto &sql : {u"DELETE FROM memberships"_s, u"DELETE FROM user_emails"_s, u"DELETE FROM scim_users"_s,
                            u"DELETE FROM scim_groups"_s}) {
        QSqlQuery *q = run(sql, {});
        if (!q)
            return false;
        q->finish();
    }
    return true;
}

// --- memberships -------------------------------------------------------------------------------

qint64 SqliteStore::groupSeq(const QString &groupId)
{
    QSqlQuery *q = run(u"SELECT seq FROM scim_groups WHERE id = ?"_s, {groupId});
    if (!q)
        return -1;
    if (!q->next()) {
        m_error = {StoreError::Kind::NotFound, u"no Group with id %1"_s.arg(groupId)};
        return -1;
    }
    const qint64 seq = q->value(0).toLongLong();
    q->finish();
    return seq;
}

QList<MemberRef> SqliteStore::members(const QString &groupId)
{
    QList<MemberRef> out;
    QSqlQuery *q = run(u"SELECT m.member_id, m.member_type, COALESCE(u.display_name, u.user_name, g.display_name) "
                       "FROM memberships m JOIN scim_groups grp ON grp.seq = m.group_seq "
                       "LEFT JOIN scim_users u ON m.member_type = 'User' AND u.id = m.member_id "
                       "LEFT JOIN scim_groups g ON m.member_type = 'Group' AND g.id = m.member_id "
                       "WHERE grp.id = ? ORDER BY m.rowid"_s,
                       {groupId});
    if (!q)
        return out;
    while (q->next())
        out.append({q->value(0).toString(), q->value(1).toString(), q->value(2).toString()});
    q->finish();
    return out;
}

qint64 SqliteStore::memberCount(const QString &groupId)
{
    QSqlQuery *q = run(u"SELECT COUNT(*) FROM memberships m JOIN scim_groups g ON g.seq = m.group_seq WHERE g.id = ?"_s,
                       {groupId});
    if (!q || !q->next())
        return -1;
    const qint64 n = q->value(0).toLongLong();
    q->finish();
    return n;
}

QHash<QString, QList<GroupRef>> SqliteStore::groupsOf(const QStringList &userIds)
{
    QHash<QString, QList<GroupRef>> out;
    for (qsizetype i = 0; i < userIds.size(); i += kChunk) {
        const QStringList chunk = userIds.mid(i, kChunk);
        QVariantList values(chunk.begin(), chunk.end());
        QSqlQuery *q = run(u"SELECT m.member_id, g.id, g.display_name FROM memberships m "
                           "JOIN scim_groups g ON g.seq = m.group_seq WHERE m.member_id IN (%1) ORDER BY g.seq"_s.arg(
                               placeholders(chunk.size())),
                           values);
        if (!q)
            return out;
        while (q->next())
            out[q->value(0).toString()].append({q->value(1).toString(), q->value(2).toString()});
        q->finish();
    }
    return out;
}

QHash<QString, QString> SqliteStore::memberTypes(const QStringList &ids)
{
    return userOrGroupColumn(ids, u"'User'"_s, u"'Group'"_s);
}

QHash<QString, QString> SqliteStore::userOrGroupColumn(const QStringList &ids, const QString &userColumn,
                                                       const QString &groupColumn)
{
    QHash<QString, QString> out;
    for (qsizetype i = 0; i < ids.size(); i += kChunk) {
        const QStringList chunk = ids.mid(i, kChunk);
        QVariantList values(chunk.begin(), chunk.end());
        values += values;
        const QString marks = placeholders(chunk.size());
        QSqlQuery *q
            = run(u"SELECT id, %2 FROM scim_users WHERE id IN (%1) "
                  "UNION ALL SELECT id, %3 FROM scim_groups WHERE id IN (%1)"_s.arg(marks, userColumn, groupColumn),
                  values);
        if (!q)
            return out;
        while (q->next())
            out.insert(q->value(0).toString(), q->value(1).toString());
        q->finish();
    }
    return out;
}

qint64 SqliteStore::addMembers(const QString &groupId, const QList<MemberRef> &members, QStringList *added)
{
    const qint64 seq = groupSeq(groupId);
    if (seq < 0)
        return -1;
    qint64 count = 0;
    for (const MemberRef &m : members) {
        QSqlQuery *q = run(u"INSERT INTO memberships (group_seq, member_id, member_type) VALUES (?, ?, ?) "
                           "ON CONFLICT DO NOTHING"_s,
                           {seq, m.value, m.type.isEmpty() ? u"User"_s : m.type});
        if (!q)
            return -1;
        if (q->numRowsAffected() > 0) {
            ++count;
            if (added)
                added->append(m.value);
        }
        q->finish();
    }
    return count;
}

qint64 SqliteStore::removeMembers(const QString &groupId, const QStringList &memberIds, QStringList *removed)
{
    const qint64 seq = groupSeq(groupId);
    if (seq < 0)
        return -1;
    qint64 count = 0;
    for (const QString &id : memberIds) {
        QSqlQuery *q = run(u"DELETE FROM memberships WHERE group_seq = ? AND member_id = ?"_s, {seq, id});
        if (!q)
            return -1;
        if (q->numRowsAffected() > 0) {
            ++count;
            if (removed)
                removed->append(id);
        }
        q->finish();
    }
    return count;
}

qint64 SqliteStore::removeAllMembers(const QString &groupId)
{
    const qint64 seq = groupSeq(groupId);
    if (seq < 0)
        return -1;
    QSqlQuery *q = run(u"DELETE FROM memberships WHERE group_seq = ?"_s, {seq});
    if (!q)
        return -1;
    const qint64 removed = q->numRowsAffected();
    q->finish();
    return removed;
}

// --- tokens ------------------------------------------------------------------------------------

TokenRecord SqliteStore::readToken(const QSqlQuery &q)
{
    TokenRecord t;
    t.id = q.value(0).toLongLong();
    t.label = q.value(1).toString();
    t.hash = q.value(2).toString().toLatin1();
    t.created = parseTs(q.value(3));
    t.expires = parseTs(q.value(4));
    t.revoked = parseTs(q.value(5));
    t.lastUsed = parseTs(q.value(6));
    t.requestCount = q.value(7).toLongLong();
    return t;
}

static const QString kTokenColumns = u"id, label, hash, created, expires, revoked, last_used, request_count"_s;

qint64 SqliteStore::insertToken(const TokenRecord &t)
{
    QSqlQuery *q = run(u"INSERT INTO tokens (label, hash, created, expires) VALUES (?, ?, ?, ?)"_s,
                       {t.label, QString::fromLatin1(t.hash), ts(t.created), tsOrNull(t.expires)});
    if (!q)
        return 0;
    const qint64 id = q->lastInsertId().toLongLong();
    q->finish();
    return id;
}

QList<TokenRecord> SqliteStore::tokens()
{
    QList<TokenRecord> out;
    QSqlQuery *q = run(u"SELECT %1 FROM tokens ORDER BY id"_s.arg(kTokenColumns), {});
    if (!q)
        return out;
    while (q->next())
        out.append(readToken(*q));
    q->finish();
    return out;
}

std::optional<TokenRecord> SqliteStore::tokenByHash(const QByteArray &hash)
{
    QSqlQuery *q = run(u"SELECT %1 FROM tokens WHERE hash = ?"_s.arg(kTokenColumns), {QString::fromLatin1(hash)});
    if (!q || !q->next())
        return std::nullopt;
    TokenRecord t = readToken(*q);
    q->finish();
    return t;
}

std::optional<TokenRecord> SqliteStore::token(qint64 id)
{
    QSqlQuery *q = run(u"SELECT %1 FROM tokens WHERE id = ?"_s.arg(kTokenColumns), {id});
    if (!q || !q->next())
        return std::nullopt;
    TokenRecord t = readToken(*q);
    q->finish();
    return t;
}

bool SqliteStore::changeToken(const QString &sql, const QVariantList &values, qint64 id)
{
    QSqlQuery *q = run(sql, values);
    if (!q)
        return false;
    const bool found = q->numRowsAffected() > 0;
    q->finish();
    if (!found)
        m_error = {StoreError::Kind::NotFound, u"no token with id %1"_s.arg(id)};
    return found;
}

bool SqliteStore::revokeToken(qint64 id, const QDateTime &when)
{
    return changeToken(u"UPDATE tokens SET revoked = COALESCE(revoked, ?) WHERE id = ?"_s, {ts(when), id}, id);
}

bool SqliteStore::setTokenExpiry(qint64 id, const QDateTime &expires)
{
    return changeToken(u"UPDATE tokens SET expires = ? WHERE id = ?"_s, {tsOrNull(expires), id}, id);
}

bool SqliteStore::deleteToken(qint64 id)
{
    return changeToken(u"DELETE FROM tokens WHERE id = ?"_s, {id}, id);
}

bool SqliteStore::recordTokenUse(qint64 id, const QDateTime &when, qint64 requests)
{
    QSqlQuery *q = run(u"UPDATE tokens SET last_used = ?, request_count = request_count + ? WHERE id = ?"_s,
                       {ts(when), requests, id});
    if (!q)
        return false;
    q->finish();
    return true;
}

// --- request log -------------------------------------------------------------------------------

namespace {

constexpr qsizetype kMaxStoredMembers = 1000;

QVariant jsonOrNull(const QJsonObject &o)
{
    return o.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(compact(o));
}

QVariant idsOrNull(const QStringList &ids)
{
    if (ids.isEmpty())
        return QVariant(QMetaType(QMetaType::QString));
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(ids.mid(0, kMaxStoredMembers))).toJson(QJsonDocument::Compact));
}

QStringList idsFrom(const QVariant &v)
{
    QStringList out;
    for (const auto &id : QJsonDocument::fromJson(v.toString().toUtf8()).array())
        out.append(id.toString());
    return out;
}

const QString kRequestColumns = u"id, time, client, method, path, status, duration_ms, operation, resource_type, "
                                "resource_id, target, token_label, auth_failure, notes, request_headers, request_body, "
                                "response_headers, response_body, change_before, change_after, members_added, "
                                "members_removed, members_added_count, members_removed_count, request_ref, idp, "
                                "attempted_operation, cycle_id, quirks"_s;

} // namespace

const QString &SqliteStore::requestColumns()
{
    return kRequestColumns;
}

qint64 SqliteStore::appendRequest(const RequestRecord &r)
{
    QSqlQuery *q = run(
        u"INSERT INTO request_log (time, client, method, path, status, duration_ms, operation, resource_type, "
        "resource_id, target, token_label, auth_failure, notes, request_headers, request_body, response_headers, "
        "response_body, change_before, change_after, members_added, members_removed, members_added_count, "
        "members_removed_count, request_ref, idp, attempted_operation, cycle_id, quirks) VALUES (?, ?, ?, ?, ?, ?, ?, "
        "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        {ts(r.time),
         r.client,
         r.method,
         r.path,
         r.status,
         r.durationMs,
         operationKey(r.operation),
         nullable(r.resourceType),
         nullable(r.resourceId),
         nullable(r.target),
         nullable(r.tokenLabel),
         nullable(r.authFailure),
         nullable(Quirk::linesOf(r.quirks)),
         r.requestHeaders,
         r.requestBody,
         r.responseHeaders,
         r.responseBody,
         jsonOrNull(r.change.before),
         jsonOrNull(r.change.after),
         idsOrNull(r.change.membersAdded),
         idsOrNull(r.change.membersRemoved),
         std::max<qint64>(r.change.membersAddedCount, r.change.membersAdded.size()),
         std::max<qint64>(r.change.membersRemovedCount, r.change.membersRemoved.size()),
         nullable(r.requestRef),
         idpKey(r.idp),
         nullable(operationKey(r.attemptedOperation)),
         r.cycleId > 0 ? QVariant(r.cycleId) : QVariant(QMetaType(QMetaType::LongLong)),
         r.quirks.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(Quirk::toJson(r.quirks))});
    if (!q)
        return 0;
    const qint64 id = q->lastInsertId().toLongLong();
    q->finish();
    return id;
}

RequestRecord SqliteStore::readRequest(const QSqlQuery &q)
{
    RequestRecord r;
    r.id = q.value(0).toLongLong();
    r.time = parseTs(q.value(1));
    r.client = q.value(2).toString();
    r.method = q.value(3).toString();
    r.path = q.value(4).toString();
    r.status = q.value(5).toInt();
    r.durationMs = q.value(6).toDouble();
    r.operation = operationFromKey(q.value(7).toString());
    r.resourceType = q.value(8).toString();
    r.resourceId = q.value(9).toString();
    r.target = q.value(10).toString();
    r.tokenLabel = q.value(11).toString();
    r.authFailure = q.value(12).toString();
    const QVariant quirks = q.value(28);
    r.quirks = quirks.isNull() ? Quirk::fromText(q.value(13).toString()) : Quirk::fromJson(quirks.toString());
    r.requestHeaders = q.value(14).toString();
    r.requestBody = q.value(15).toString();
    r.responseHeaders = q.value(16).toString();
    r.responseBody = q.value(17).toString();
    r.change.before = QJsonDocument::fromJson(q.value(18).toString().toUtf8()).object();
    r.change.after = QJsonDocument::fromJson(q.value(19).toString().toUtf8()).object();
    r.change.membersAdded = idsFrom(q.value(20));
    r.change.membersRemoved = idsFrom(q.value(21));
    r.change.membersAddedCount = q.value(22).toLongLong();
    r.change.membersRemovedCount = q.value(23).toLongLong();
    r.requestRef = q.value(24).toString();
    readRequestViews(q, r);
    return r;
}

QList<RequestRecord> SqliteStore::recentRequests(int limit)
{
    QList<RequestRecord> out;
    QSqlQuery *q = run(u"SELECT %1 FROM request_log ORDER BY id DESC LIMIT ?"_s.arg(kRequestColumns), {limit});
    if (!q)
        return out;
    while (q->next())
        out.prepend(readRequest(*q));
    q->finish();
    return out;
}

qint64 SqliteStore::requestCount()
{
    QSqlQuery *q = run(u"SELECT COUNT(*) FROM request_log"_s, {});
    if (!q || !q->next())
        return -1;
    const qint64 n = q->value(0).toLongLong();
    q->finish();
    return n;
}

} // namespace scimmon
