#include "store/sql/sqlresourcerepository.h"

#include "scim/mappinghealth.h"
#include "scim/resourcemapper.h"
#include "scim/valuecompare.h"
#include "store/sql/sqldatabase.h"
#include "store/sql/sqlvalues.h"

#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace scimmon {

using namespace sql;

namespace {

/// Resources derived per transaction when the store opens on rows stored by an older version.
constexpr int kDeriveBatch = 2000;

const QString kResourceColumns = u"t.id, t.data, t.created, t.last_modified, t.version"_s;

QString table(ResourceKind kind)
{
    return kind == ResourceKind::User ? u"scim_users"_s : u"scim_groups"_s;
}

QString nameColumn(ResourceKind kind)
{
    return kind == ResourceKind::User ? u"user_name_folded"_s : u"display_name_folded"_s;
}

Resource readResource(const SqlCursor &c)
{
    Resource r;
    r.id = c.value("id"_L1).toString();
    r.data = QJsonDocument::fromJson(c.value("data"_L1).toString().toUtf8()).object();
    r.created = parseTs(c.value("created"_L1));
    r.lastModified = parseTs(c.value("last_modified"_L1));
    r.version = c.value("version"_L1).toLongLong();
    return r;
}

/// The text a search looks in: the folded values, one per line (so that a search never matches
/// across two of them).
QString searchText(const QStringList &values)
{
    QStringList folded;
    for (const QString &v : values)
        if (!v.isEmpty())
            folded.append(ValueCompare::fold(v));
    return folded.join(u'\n');
}

/// True when a column read from the store holds `wanted`: both NULL, or the same value as text
/// (numbers compare by value). An empty text is a value, not NULL (the nullable columns are
/// written through sql::nullable); a difference there only costs a write.
bool sameValue(const QVariant &stored, const QVariant &wanted)
{
    const bool storedNull = stored.isNull() || (stored.typeId() == QMetaType::QString && stored.toString().isNull());
    const bool wantedNull = wanted.isNull() || (wanted.typeId() == QMetaType::QString && wanted.toString().isNull());
    if (storedNull || wantedNull)
        return storedNull == wantedNull;
    return stored.toString() == wanted.toString();
}

} // namespace

SqlResourceRepository::SqlResourceRepository(SqlDatabase &db)
    : m_db(db)
{
}

std::optional<Resource> SqlResourceRepository::resource(ResourceKind kind, const QString &id)
{
    SqlCursor c = m_db.run(u"SELECT %1 FROM %2 t WHERE t.id = ?"_s.arg(kResourceColumns, table(kind)), {id});
    if (!c || !c.next())
        return std::nullopt;
    return readResource(c);
}

QString SqlResourceRepository::where(ResourceKind kind, const ResourceQuery &query, QVariantList &values) const
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
                terms.append(u"1 = 0"_s);
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

QString SqlResourceRepository::orderBy(ResourceKind kind, const ResourceQuery &query) const
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

QList<Resource> SqlResourceRepository::find(ResourceKind kind, const ResourceQuery &query)
{
    QVariantList values;
    QString sql;
    if (query.conditions.isEmpty() && query.sort == SortKey::Created && query.offset > 0) {
        // A page of the whole table in creation order (how identity providers read a tenant):
        // its first row is found by counting entries of the narrow index on seq, not by walking
        // the rows before it (OFFSET over the table reads every resource's JSON up to the page).
        const bool down = query.descending;
        sql = u"SELECT %1 FROM %2 t WHERE t.seq %3 (SELECT seq FROM %2 ORDER BY seq %4 LIMIT 1 OFFSET ?) "
              "ORDER BY t.seq %4"_s.arg(kResourceColumns, table(kind), down ? u"<="_s : u">="_s,
                                        down ? u"DESC"_s : u"ASC"_s);
        values.append(query.offset);
        if (query.limit >= 0) {
            sql += u" LIMIT ?"_s;
            values.append(query.limit);
        }
    } else {
        sql = u"SELECT %1 FROM %2 t"_s.arg(kResourceColumns, table(kind)) + where(kind, query, values)
            + orderBy(kind, query);
        if (query.limit >= 0 || query.offset > 0) {
            sql += u" LIMIT %1 OFFSET ?"_s.arg(query.limit >= 0 ? u"?"_s : m_db.dialect().noLimit());
            if (query.limit >= 0)
                values.append(query.limit);
            values.append(query.offset);
        }
    }
    QList<Resource> out;
    SqlCursor c = m_db.run(sql, values);
    while (c.next())
        out.append(readResource(c));
    return out;
}

qint64 SqlResourceRepository::count(ResourceKind kind, const ResourceQuery &query)
{
    QVariantList values;
    return m_db.scalar(u"SELECT COUNT(*) FROM %1 t"_s.arg(table(kind)) + where(kind, query, values), values);
}

QString SqlResourceRepository::idForName(ResourceKind kind, const QString &name)
{
    SqlCursor c
        = m_db.run(u"SELECT id FROM %1 WHERE %2 = ?"_s.arg(table(kind), nameColumn(kind)), {ValueCompare::fold(name)});
    return c && c.next() ? c.value("id"_L1).toString() : QString();
}

bool SqlResourceRepository::writeEmails(qint64 userSeq, const QJsonObject &data, bool isNew)
{
    // `type` is optional (RFC 7643 §4.1.2): an email without one is stored with an empty type.
    QList<std::pair<QString, QString>> wanted;
    for (const auto &[type, value] : ResourceMapper::emails(data))
        wanted.append({ValueCompare::fold(type), ValueCompare::fold(value)});
    if (!isNew) {
        // Most updates leave the emails as they are: their rows (and index entries) stay.
        QList<std::pair<QString, QString>> stored;
        {
            SqlCursor c
                = m_db.run(u"SELECT type_folded, value_folded FROM user_emails WHERE user_seq = ?"_s, {userSeq});
            if (!c)
                return false;
            while (c.next())
                stored.append({c.value("type_folded"_L1).toString(), c.value("value_folded"_L1).toString()});
        }
        QList<std::pair<QString, QString>> sorted = wanted;
        std::sort(sorted.begin(), sorted.end());
        std::sort(stored.begin(), stored.end());
        if (stored == sorted)
            return true;
        if (!m_db.run(u"DELETE FROM user_emails WHERE user_seq = ?"_s, {userSeq}))
            return false;
    }
    for (const auto &[type, value] : std::as_const(wanted)) {
        if (!m_db.run(u"INSERT INTO user_emails (user_seq, type_folded, value_folded) VALUES (?, ?, ?)"_s,
                      {userSeq, type, value}))
            return false;
    }
    return true;
}

QList<SqlResourceRepository::Column> SqlResourceRepository::derivedColumns(ResourceKind kind, const QJsonObject &data,
                                                                           bool browseOnly)
{
    const int warnings = int(MappingHealth::missing(kind, data));
    const QString displayName = ResourceMapper::displayName(data);
    QList<Column> out;
    if (kind == ResourceKind::User) {
        const QString userName = ResourceMapper::userName(data);
        const QJsonObject name = data.value("name"_L1).toObject();
        const QString given = name.value("givenName"_L1).toString();
        const QString family = name.value("familyName"_L1).toString();
        const QString email = ResourceMapper::workEmail(data);
        if (!browseOnly)
            out = {{"user_name"_L1, userName},
                   {"user_name_folded"_L1, ValueCompare::fold(userName)},
                   {"external_id"_L1, nullable(ResourceMapper::externalId(data))},
                   {"display_name"_L1, nullable(displayName)},
                   {"display_name_folded"_L1, nullable(ValueCompare::fold(displayName))},
                   {"active"_L1, ResourceMapper::active(data) ? 1 : 0}};
        out += {{"given_name_folded"_L1, nullable(ValueCompare::fold(given))},
                {"family_name_folded"_L1, nullable(ValueCompare::fold(family))},
                {"work_email_folded"_L1, nullable(ValueCompare::fold(email))},
                {"search_text"_L1,
                 searchText({userName, displayName, given, family, email, ResourceMapper::externalId(data)})},
                {"mapping_warnings"_L1, warnings}};
        return out;
    }
    if (!browseOnly)
        out = {{"display_name"_L1, displayName},
               {"display_name_folded"_L1, ValueCompare::fold(displayName)},
               {"external_id"_L1, nullable(ResourceMapper::externalId(data))}};
    out += {{"search_text"_L1, searchText({displayName, ResourceMapper::externalId(data)})},
            {"mapping_warnings"_L1, warnings}};
    return out;
}

bool SqlResourceRepository::insert(ResourceKind kind, const Resource &r)
{
    // The columns derived from the data (the window's included) go in with the row: one write of
    // the row and its indexes.
    QStringList names{u"id"_s, u"data"_s, u"created"_s, u"last_modified"_s, u"version"_s};
    QVariantList values{r.id, compact(r.data), ts(r.created), ts(r.lastModified), r.version};
    for (const Column &column : derivedColumns(kind, r.data)) {
        names.append(column.name);
        values.append(column.value);
    }
    const QString sql
        = u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(table(kind), names.join(u", "_s), placeholders(names.size()));
    if (kind == ResourceKind::Group)
        return bool(m_db.run(sql, values));
    qint64 seq = 0;
    {
        SqlCursor c = m_db.run(sql + u" RETURNING seq"_s, values);
        if (!c || !c.next())
            return c && m_db.fail(StoreError::Kind::Io, u"the new user's row was not returned"_s);
        seq = c.value("seq"_L1).toLongLong();
    }
    return writeEmails(seq, r.data, true);
}

bool SqlResourceRepository::update(ResourceKind kind, const Resource &r)
{
    // The derived columns whose value changed, and only those, are written: an index whose
    // columns are not set is not touched (most PATCHes change one or two attributes, and the
    // users table has a dozen indexes for the window).
    const QList<Column> derived = derivedColumns(kind, r.data);
    QStringList names;
    for (const Column &column : derived)
        names.append(column.name);
    qint64 seq = -1;
    QStringList set{u"data = ?"_s, u"last_modified = ?"_s, u"version = ?"_s};
    QVariantList values{compact(r.data), ts(r.lastModified), r.version};
    {
        SqlCursor c = m_db.run(u"SELECT seq, %1 FROM %2 WHERE id = ?"_s.arg(names.join(u", "_s), table(kind)), {r.id});
        if (!c)
            return false;
        if (c.next()) {
            seq = c.value("seq"_L1).toLongLong();
            for (const Column &column : derived) {
                if (sameValue(c.value(column.name), column.value))
                    continue;
                set.append(column.name + u" = ?"_s);
                values.append(column.value);
            }
        }
    }
    if (seq < 0)
        return m_db.fail(StoreError::Kind::NotFound, u"no %1 with id %2"_s.arg(resourceTypeName(kind), r.id));
    values.append(seq);
    if (!m_db.changeRow(u"UPDATE %1 SET %2 WHERE seq = ?"_s.arg(table(kind), set.join(u", "_s)), values,
                        u"no %1 with id %2"_s.arg(resourceTypeName(kind), r.id)))
        return false;
    return kind != ResourceKind::User || writeEmails(seq, r.data, false);
}

bool SqlResourceRepository::remove(ResourceKind kind, const QString &id)
{
    if (!m_db.run(u"DELETE FROM memberships WHERE member_id = ?"_s, {id}))
        return false;
    SqlCursor c = m_db.run(u"DELETE FROM %1 WHERE id = ?"_s.arg(table(kind)), {id});
    if (!c)
        return false;
    if (c.rowsAffected() <= 0)
        return m_db.fail(StoreError::Kind::NotFound, u"no %1 with id %2"_s.arg(resourceTypeName(kind), id));
    return true;
}

bool SqlResourceRepository::removeAll()
{
    for (const auto &sql : {u"DELETE FROM memberships"_s, u"DELETE FROM user_emails"_s, u"DELETE FROM scim_users"_s,
                            u"DELETE FROM scim_groups"_s}) {
        if (!m_db.run(sql))
            return false;
    }
    return true;
}

QHash<QString, QString> SqlResourceRepository::names(const QStringList &ids)
{
    return userOrGroupColumn(ids, u"user_name"_s, u"display_name"_s);
}

// --- memberships -------------------------------------------------------------------------------

qint64 SqlResourceRepository::groupSeq(const QString &groupId)
{
    SqlCursor c = m_db.run(u"SELECT seq FROM scim_groups WHERE id = ?"_s, {groupId});
    if (!c)
        return -1;
    if (!c.next()) {
        m_db.fail(StoreError::Kind::NotFound, u"no Group with id %1"_s.arg(groupId));
        return -1;
    }
    return c.value("seq"_L1).toLongLong();
}

QList<MemberRef> SqlResourceRepository::members(const QString &groupId)
{
    QList<MemberRef> out;
    SqlCursor c = m_db.run(u"SELECT m.member_id, m.member_type, COALESCE(u.display_name, u.user_name, g.display_name) "
                           "AS display FROM memberships m JOIN scim_groups grp ON grp.seq = m.group_seq "
                           "LEFT JOIN scim_users u ON m.member_type = 'User' AND u.id = m.member_id "
                           "LEFT JOIN scim_groups g ON m.member_type = 'Group' AND g.id = m.member_id "
                           "WHERE grp.id = ? ORDER BY %1"_s.arg(m_db.dialect().insertionOrder(u"m"_s)),
                           {groupId});
    while (c.next())
        out.append({c.value("member_id"_L1).toString(), c.value("member_type"_L1).toString(),
                    c.value("display"_L1).toString()});
    return out;
}

qint64 SqlResourceRepository::memberCount(const QString &groupId)
{
    return m_db.scalar(u"SELECT COUNT(*) FROM memberships m JOIN scim_groups g ON g.seq = m.group_seq WHERE g.id = ?"_s,
                       {groupId});
}

QHash<QString, QList<GroupRef>> SqlResourceRepository::groupsOf(const QStringList &userIds)
{
    QHash<QString, QList<GroupRef>> out;
    for (qsizetype i = 0; i < userIds.size(); i += kChunk) {
        const QStringList chunk = userIds.mid(i, kChunk);
        SqlCursor c
            = m_db.run(u"SELECT m.member_id, g.id, g.display_name FROM memberships m "
                       "JOIN scim_groups g ON g.seq = m.group_seq WHERE m.member_id IN (%1) ORDER BY g.seq"_s.arg(
                           placeholders(chunk.size())),
                       QVariantList(chunk.begin(), chunk.end()));
        if (!c)
            return out;
        while (c.next())
            out[c.value("member_id"_L1).toString()].append(
                {c.value("id"_L1).toString(), c.value("display_name"_L1).toString()});
    }
    return out;
}

QHash<QString, QString> SqlResourceRepository::memberTypes(const QStringList &ids)
{
    return userOrGroupColumn(ids, u"'User'"_s, u"'Group'"_s);
}

QHash<QString, QString> SqlResourceRepository::userOrGroupColumn(const QStringList &ids, const QString &userColumn,
                                                                 const QString &groupColumn)
{
    QHash<QString, QString> out;
    for (qsizetype i = 0; i < ids.size(); i += kChunk) {
        const QStringList chunk = ids.mid(i, kChunk);
        QVariantList values(chunk.begin(), chunk.end());
        values += values;
        const QString marks = placeholders(chunk.size());
        SqlCursor c = m_db.run(
            u"SELECT id, %2 AS value FROM scim_users WHERE id IN (%1) "
            "UNION ALL SELECT id, %3 AS value FROM scim_groups WHERE id IN (%1)"_s.arg(marks, userColumn, groupColumn),
            values);
        if (!c)
            return out;
        while (c.next())
            out.insert(c.value("id"_L1).toString(), c.value("value"_L1).toString());
    }
    return out;
}

qint64 SqlResourceRepository::addMembers(const QString &groupId, const QList<MemberRef> &members, QStringList *added)
{
    const qint64 seq = groupSeq(groupId);
    if (seq < 0)
        return -1;
    qint64 count = 0;
    for (const MemberRef &m : members) {
        SqlCursor c = m_db.run(u"INSERT INTO memberships (group_seq, member_id, member_type) VALUES (?, ?, ?) "
                               "ON CONFLICT DO NOTHING"_s,
                               {seq, m.value, m.type.isEmpty() ? u"User"_s : m.type});
        if (!c)
            return -1;
        if (c.rowsAffected() > 0) {
            ++count;
            if (added)
                added->append(m.value);
        }
    }
    return count;
}

qint64 SqlResourceRepository::removeMembers(const QString &groupId, const QStringList &memberIds, QStringList *removed)
{
    const qint64 seq = groupSeq(groupId);
    if (seq < 0)
        return -1;
    qint64 count = 0;
    for (const QString &id : memberIds) {
        SqlCursor c = m_db.run(u"DELETE FROM memberships WHERE group_seq = ? AND member_id = ?"_s, {seq, id});
        if (!c)
            return -1;
        if (c.rowsAffected() > 0) {
            ++count;
            if (removed)
                removed->append(id);
        }
    }
    return count;
}

qint64 SqlResourceRepository::removeAllMembers(const QString &groupId)
{
    const qint64 seq = groupSeq(groupId);
    if (seq < 0)
        return -1;
    SqlCursor c = m_db.run(u"DELETE FROM memberships WHERE group_seq = ?"_s, {seq});
    return c ? c.rowsAffected() : -1;
}

// --- the window's derived columns --------------------------------------------------------------

bool SqlResourceRepository::writeBrowseColumns(ResourceKind kind, const QString &id, const QJsonObject &data)
{
    QStringList set;
    QVariantList values;
    for (const Column &column : derivedColumns(kind, data, true)) {
        set.append(column.name + u" = ?"_s);
        values.append(column.value);
    }
    values.append(id);
    return bool(m_db.run(u"UPDATE %1 SET %2 WHERE id = ?"_s.arg(table(kind), set.join(u", "_s)), values));
}

bool SqlResourceRepository::deriveMissingBrowseColumns()
{
    for (const ResourceKind kind : {ResourceKind::User, ResourceKind::Group}) {
        for (;;) {
            QList<std::pair<QString, QJsonObject>> batch;
            {
                SqlCursor c = m_db.run(u"SELECT id, data FROM %1 WHERE search_text IS NULL LIMIT ?"_s.arg(table(kind)),
                                       {kDeriveBatch});
                if (!c)
                    return false;
                while (c.next())
                    batch.append({c.value("id"_L1).toString(),
                                  QJsonDocument::fromJson(c.value("data"_L1).toString().toUtf8()).object()});
            }
            if (batch.isEmpty())
                break;
            if (!m_db.begin())
                return false;
            for (const auto &[id, data] : std::as_const(batch)) {
                if (!writeBrowseColumns(kind, id, data)) {
                    m_db.rollback();
                    return false;
                }
            }
            if (!m_db.commit())
                return false;
        }
    }
    return true;
}

} // namespace scimmon
