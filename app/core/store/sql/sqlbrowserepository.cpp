#include "store/sql/sqlbrowserepository.h"

#include "scim/mappinghealth.h"
#include "scim/resourcemapper.h"
#include "scim/valuecompare.h"
#include "store/sql/sqldatabase.h"
#include "store/sql/sqlvalues.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace scimmon {

using namespace sql;

namespace {

/// A visit of a table row costs about as much as reading this many entries of a narrow index
/// (measured on 100,000 users: a full scan of the search_text index takes a tenth of the time of
/// visiting every row through another index).
constexpr double kScanEntriesPerVisit = 8.0;

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

/// True when a search of users in userName order can walk the search_text index alone: the text
/// starts with the folded userName (unique, without control characters) and a line break, so
/// ordering by it is ordering by userName, and the walk reads no table row it does not return.
bool walksSearchIndex(ResourceKind kind, const BrowseQuery &query)
{
    return kind == ResourceKind::User && query.sort == BrowseSort::Name && !query.search.trimmed().isEmpty();
}

BrowseRow readRow(ResourceKind kind, const SqlCursor &c)
{
    BrowseRow row;
    row.id = c.value("id"_L1).toString();
    const QJsonObject data = QJsonDocument::fromJson(c.value("data"_L1).toString().toUtf8()).object();
    row.lastModified = parseTs(c.value("last_modified"_L1));
    row.active = c.value("active"_L1).toInt() != 0;
    row.count = c.value("count"_L1).toLongLong();
    row.warnings = c.value("warnings"_L1).toInt();
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

SqlBrowseRepository::SqlBrowseRepository(SqlDatabase &db)
    : m_db(db)
{
}

QString SqlBrowseRepository::where(ResourceKind kind, const BrowseQuery &query, QVariantList &values) const
{
    QStringList terms;
    QString needle = ValueCompare::fold(query.search.trimmed());
    if (!needle.isEmpty()) {
        // LIKE scans the narrow search_text index faster than a function call per row; the text
        // is folded, so its ASCII-only case rule changes nothing, and the user's % and _ are escaped.
        needle.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
        terms.append(u"t.search_text LIKE ? ESCAPE '\\'"_s);
        values.append(QString(u'%' + needle + u'%'));
    }
    if (query.warningsOnly)
        terms.append(warningsExpression(kind) + u" > 0"_s);
    return terms.isEmpty() ? QString() : QString(u" WHERE "_s + terms.join(u" AND "_s));
}

QString SqlBrowseRepository::order(ResourceKind kind, const BrowseQuery &query) const
{
    const QString direction = query.descending ? u" DESC"_s : u" ASC"_s;
    const QString column = walksSearchIndex(kind, query) ? u"t.search_text"_s : sortExpression(kind, query.sort);
    return u" ORDER BY "_s + column + direction + m_db.dialect().nullsSmallest(query.descending) + u", t.seq"_s
        + direction;
}

BrowsePage SqlBrowseRepository::page(ResourceKind kind, const BrowseQuery &query)
{
    BrowsePage page;
    const QString table = browseTable(kind);
    QVariantList values;
    const QString filter = where(kind, query, values);
    // One read transaction: the counts and the page see the same snapshot, and the reader never
    // holds up the receiver's writes.
    const bool inTransaction = m_db.begin(Database::Mode::Read);
    auto finish = [&](bool ok) {
        if (inTransaction)
            m_db.commit();
        return ok ? page : BrowsePage{};
    };
    page.total = m_db.scalar(u"SELECT COUNT(*) FROM %1"_s.arg(table));
    if (page.total < 0)
        return finish(false);
    const bool searchWalk = walksSearchIndex(kind, query);
    if (filter.isEmpty())
        page.matching = page.total;
    else if (query.knownMatching >= 0)
        page.matching = query.knownMatching;
    else if (!searchWalk) // a walk of the search index counts small results itself (below)
        page.matching = m_db.scalar(u"SELECT COUNT(*) FROM %1 t"_s.arg(table) + filter, values);
    if (page.matching < 0 && !searchWalk)
        return finish(false);
    if (query.limit <= 0 || (page.matching >= 0 && query.offset >= page.matching))
        return finish(page.matching >= 0 || readMatching(table, filter, values, page));

    // Walk the order's index testing each row until the page is full, or collect the matching
    // rows through the narrow indexes and sort only those: whichever visits fewer rows. A walk of
    // the search index visits only the rows it returns.
    QString from = filter;
    if (!filter.isEmpty() && !searchWalk) {
        const double walk
            = double(query.offset + query.limit) * double(page.total) / double(std::max<qint64>(1, page.matching));
        const double collect = double(page.total) / kScanEntriesPerVisit + double(page.matching);
        if (collect < walk)
            from = u" WHERE t.seq IN (SELECT t.seq FROM %1 t%2)"_s.arg(table, filter);
    }
    const QString columns = kind == ResourceKind::User
        ? u"t.id, t.data, t.last_modified, t.active, t.group_count AS count, t.mapping_warnings AS warnings"_s
        : QString(u"t.id, t.data, t.last_modified, 1 AS active, t.member_count AS count, "_s + warningsExpression(kind)
                  + u" AS warnings"_s);
    QVariantList pageValues = values;
    pageValues << query.limit << query.offset;
    {
        SqlCursor c = m_db.run(u"SELECT %1 FROM %2 t"_s.arg(columns, table) + from + order(kind, query)
                                   + u" LIMIT ? OFFSET ?"_s,
                               pageValues, SqlDatabase::Cache::No);
        if (!c)
            return finish(false);
        while (c.next())
            page.rows.append(readRow(kind, c));
    }
    if (page.matching >= 0)
        return finish(true);
    // A page that is not full after a walk from the first match on holds the last matches (and an
    // empty first page means there are none).
    if (page.rows.size() < query.limit && (query.offset == 0 || !page.rows.isEmpty())) {
        page.matching = query.offset + page.rows.size();
        return finish(true);
    }
    return finish(readMatching(table, filter, values, page));
}

bool SqlBrowseRepository::readMatching(const QString &table, const QString &where, const QVariantList &values,
                                       BrowsePage &page)
{
    page.matching = m_db.scalar(u"SELECT COUNT(*) FROM %1 t"_s.arg(table) + where, values);
    return page.matching >= 0;
}

OverviewCounts SqlBrowseRepository::overviewCounts(const QDateTime &now)
{
    OverviewCounts c;
    c.users = m_db.scalar(u"SELECT COUNT(*) FROM scim_users"_s);
    c.activeUsers = m_db.scalar(u"SELECT COUNT(*) FROM scim_users WHERE active = 1"_s);
    c.groups = m_db.scalar(u"SELECT COUNT(*) FROM scim_groups"_s);
    c.memberships = m_db.scalar(u"SELECT COUNT(*) FROM memberships"_s);
    c.tokens
        = m_db.scalar(u"SELECT COUNT(*) FROM tokens WHERE oauth_client IS NULL AND (revoked IS NULL OR revoked > ?) "
                      "AND (expires IS NULL OR expires > ?)"_s,
                      {ts(now), ts(now)});
    c.requests = m_db.scalar(u"SELECT COUNT(*) FROM request_log"_s);
    c.faults = m_db.scalar(u"SELECT COUNT(*) FROM request_log WHERE fault IS NOT NULL"_s);
    return c;
}

} // namespace scimmon
