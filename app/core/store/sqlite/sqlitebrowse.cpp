// The window's Users and Groups tables on SQLite: pages searched, filtered and sorted in SQL on the
// columns of migration 0005, and the writing of those columns.

#include "scim/mappinghealth.h"
#include "scim/resourcemapper.h"
#include "scim/valuecompare.h"
#include "store/sqlite/sqlitestore.h"
#include "store/sqlvalues.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace scimmon {

using namespace sql;

namespace {

/// A visit of a table row costs about as much as reading this many entries of a narrow index
/// (measured on 100,000 users: a full scan of the search_text index takes a tenth of the time of
/// visiting every row through another index).
constexpr double kScanEntriesPerVisit = 8.0;
/// Resources derived per transaction when the store opens on rows stored by an older version.
constexpr int kDeriveBatch = 2000;

QString browseTable(ResourceKind kind)
{
    return kind == ResourceKind::User ? u"scim_users"_s : u"scim_groups"_s;
}

/// The mapping-health warnings of a row: stored for users; for groups the stored ones plus
/// `members` when the group has none.
QString warningsExpression(ResourceKind kind)
{
    if (kind == ResourceKind::User)
        return u"t.mapping_warnings"_s;
    return u"(t.mapping_warnings | CASE WHEN t.member_count = 0 THEN %1 ELSE 0 END)"_s.arg(int(MappingHealth::Members));
}

QString sortExpression(ResourceKind kind, BrowseSort sort)
{
    const bool user = kind == ResourceKind::User;
    switch (sort) {
    case BrowseSort::Name:
        return user ? u"t.user_name_folded"_s : u"t.display_name_folded"_s;
    case BrowseSort::DisplayName:
        return u"t.display_name_folded"_s;
    case BrowseSort::GivenName:
        return user ? u"t.given_name_folded"_s : u"t.display_name_folded"_s;
    case BrowseSort::FamilyName:
        return user ? u"t.family_name_folded"_s : u"t.display_name_folded"_s;
    case BrowseSort::WorkEmail:
        return user ? u"t.work_email_folded"_s : u"t.display_name_folded"_s;
    case BrowseSort::ExternalId:
        return u"t.external_id"_s;
    case BrowseSort::Active:
        return user ? u"t.active"_s : u"t.display_name_folded"_s;
    case BrowseSort::Count:
        return user ? u"t.group_count"_s : u"t.member_count"_s;
    case BrowseSort::Warnings:
        return warningsExpression(kind);
    case BrowseSort::LastModified:
        return u"t.last_modified"_s;
    }
    return u"t.seq"_s;
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

/// True when a search of users in userName order can walk the search_text index alone: the text
/// starts with the folded userName (unique, without control characters) and a line break, so
/// ordering by it is ordering by userName, and the walk reads no table row it does not return.
bool walksSearchIndex(ResourceKind kind, const BrowseQuery &query)
{
    return kind == ResourceKind::User && query.sort == BrowseSort::Name && !query.search.trimmed().isEmpty();
}

BrowseRow readBrowseRow(ResourceKind kind, const QSqlQuery &q)
{
    BrowseRow row;
    row.id = q.value(0).toString();
    const QJsonObject data = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
    row.lastModified = parseTs(q.value(2));
    row.active = q.value(3).toInt() != 0;
    row.count = q.value(4).toLongLong();
    row.warnings = q.value(5).toInt();
    row.externalId = ResourceMapper::externalId(data);
    if (kind == ResourceKind::Group) {
        row.name = ResourceMapper::displayName(data);
        return row;
    }
    const QJsonObject name = data.value("name"_L1).toObject();
    row.name = ResourceMapper::userName(data);
    row.displayName = ResourceMapper::displayName(data);
    row.givenName = name.value("givenName"_L1).toString();
    row.familyName = name.value("familyName"_L1).toString();
    row.workEmail = ResourceMapper::workEmail(data);
    return row;
}

} // namespace

QString SqliteStore::browseWhere(ResourceKind kind, const BrowseQuery &query, QVariantList &values)
{
    QStringList terms;
    QString needle = ValueCompare::fold(query.search.trimmed());
    if (!needle.isEmpty()) {
        // LIKE scans the narrow search_text index faster than instr(); the text is folded, so its
        // ASCII-only case rule changes nothing, and the user's % and _ are escaped.
        needle.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
        terms.append(u"t.search_text LIKE ? ESCAPE '\\'"_s);
        values.append(QString(u'%' + needle + u'%'));
    }
    if (query.warningsOnly)
        terms.append(warningsExpression(kind) + u" > 0"_s);
    return terms.isEmpty() ? QString() : QString(u" WHERE "_s + terms.join(u" AND "_s));
}

QString SqliteStore::browseOrder(ResourceKind kind, const BrowseQuery &query)
{
    const QString direction = query.descending ? u" DESC"_s : u" ASC"_s;
    const QString column = walksSearchIndex(kind, query) ? u"t.search_text"_s : sortExpression(kind, query.sort);
    return u" ORDER BY "_s + column + direction + u", t.seq"_s + direction;
}

BrowsePage SqliteStore::browseResources(ResourceKind kind, const BrowseQuery &query)
{
    BrowsePage page;
    const QString table = browseTable(kind);
    QVariantList values;
    const QString where = browseWhere(kind, query, values);
    // One deferred read transaction: the counts and the page see the same snapshot, and in WAL
    // mode the reader never holds up the receiver's writes.
    QSqlQuery tx(m_db);
    const bool inTransaction = tx.exec(u"BEGIN DEFERRED"_s);
    auto finish = [&](bool ok) {
        if (inTransaction)
            tx.exec(u"COMMIT"_s);
        return ok ? page : BrowsePage{};
    };
    page.total = scalar(u"SELECT COUNT(*) FROM %1"_s.arg(table), {});
    if (page.total < 0)
        return finish(false);
    const bool searchWalk = walksSearchIndex(kind, query);
    if (where.isEmpty())
        page.matching = page.total;
    else if (query.knownMatching >= 0)
        page.matching = query.knownMatching;
    else if (!searchWalk) // a walk of the search index counts small results itself (below)
        page.matching = scalar(u"SELECT COUNT(*) FROM %1 t"_s.arg(table) + where, values);
    if (page.matching < 0 && !searchWalk)
        return finish(false);
    if (query.limit <= 0 || (page.matching >= 0 && query.offset >= page.matching))
        return finish(page.matching >= 0 || readMatching(table, where, values, page));

    // Walk the order's index testing each row until the page is full, or collect the matching
    // rows through the narrow indexes and sort only those: whichever visits fewer rows. A walk of
    // the search index visits only the rows it returns.
    QString from = where;
    if (!where.isEmpty() && !searchWalk) {
        const double walk
            = double(query.offset + query.limit) * double(page.total) / double(std::max<qint64>(1, page.matching));
        const double collect = double(page.total) / kScanEntriesPerVisit + double(page.matching);
        if (collect < walk)
            from = u" WHERE t.seq IN (SELECT t.seq FROM %1 t%2)"_s.arg(table, where);
    }
    const QString columns = kind == ResourceKind::User
        ? u"t.id, t.data, t.last_modified, t.active, t.group_count, t.mapping_warnings"_s
        : QString(u"t.id, t.data, t.last_modified, 1, t.member_count, "_s + warningsExpression(kind));
    QVariantList pageValues = values;
    pageValues << query.limit << query.offset;
    auto q = runDynamic(u"SELECT %1 FROM %2 t"_s.arg(columns, table) + from + browseOrder(kind, query)
                            + u" LIMIT ? OFFSET ?"_s,
                        pageValues);
    if (!q)
        return finish(false);
    while (q->next())
        page.rows.append(readBrowseRow(kind, *q));
    q.reset();
    if (page.matching >= 0)
        return finish(true);
    // A page that is not full after a walk from the first match on holds the last matches (and an
    // empty first page means there are none).
    if (page.rows.size() < query.limit && (query.offset == 0 || !page.rows.isEmpty())) {
        page.matching = query.offset + page.rows.size();
        return finish(true);
    }
    return finish(readMatching(table, where, values, page));
}

bool SqliteStore::readMatching(const QString &table, const QString &where, const QVariantList &values, BrowsePage &page)
{
    page.matching = scalar(u"SELECT COUNT(*) FROM %1 t"_s.arg(table) + where, values);
    return page.matching >= 0;
}

bool SqliteStore::writeBrowseColumns(ResourceKind kind, const QString &id, const QJsonObject &data)
{
    const int warnings = int(MappingHealth::missing(kind, data));
    QSqlQuery *q = nullptr;
    if (kind == ResourceKind::User) {
        const QJsonObject name = data.value("name"_L1).toObject();
        const QString given = name.value("givenName"_L1).toString();
        const QString family = name.value("familyName"_L1).toString();
        const QString email = ResourceMapper::workEmail(data);
        const QString text = searchText({ResourceMapper::userName(data), ResourceMapper::displayName(data), given,
                                         family, email, ResourceMapper::externalId(data)});
        q = run(u"UPDATE scim_users SET given_name_folded = ?, family_name_folded = ?, work_email_folded = ?, "
                "search_text = ?, mapping_warnings = ? WHERE id = ?"_s,
                {nullable(ValueCompare::fold(given)), nullable(ValueCompare::fold(family)),
                 nullable(ValueCompare::fold(email)), text, warnings, id});
    } else {
        const QString text = searchText({ResourceMapper::displayName(data), ResourceMapper::externalId(data)});
        q = run(u"UPDATE scim_groups SET search_text = ?, mapping_warnings = ? WHERE id = ?"_s, {text, warnings, id});
    }
    if (!q)
        return false;
    q->finish();
    return true;
}

bool SqliteStore::deriveMissingBrowseColumns()
{
    for (const ResourceKind kind : {ResourceKind::User, ResourceKind::Group}) {
        for (;;) {
            QList<std::pair<QString, QJsonObject>> batch;
            QSqlQuery *q = run(u"SELECT id, data FROM %1 WHERE search_text IS NULL LIMIT ?"_s.arg(browseTable(kind)),
                               {kDeriveBatch});
            if (!q)
                return false;
            while (q->next())
                batch.append(
                    {q->value(0).toString(), QJsonDocument::fromJson(q->value(1).toString().toUtf8()).object()});
            q->finish();
            if (batch.isEmpty())
                break;
            if (!begin())
                return false;
            for (const auto &[id, data] : std::as_const(batch)) {
                if (!writeBrowseColumns(kind, id, data)) {
                    rollback();
                    return false;
                }
            }
            if (!commit())
                return false;
        }
    }
    return true;
}

} // namespace scimmon
