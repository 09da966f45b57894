#include "ui/resources/pagedresourcemodel.h"

#include "scim/mappinghealth.h"
#include "ui/common/labels.h"
#include "ui/common/readtask.h"
#include "ui/common/statusstyle.h"

#include <QGuiApplication>
#include <QPalette>

#include <algorithm>
#include <climits>

using namespace Qt::StringLiterals;

namespace scimmon {

namespace {

/// Pages the view may be waiting for at once; older wishes are forgotten.
constexpr qsizetype kMaxWanted = 4;

} // namespace

PagedResourceModel::PagedResourceModel(ResourceKind kind, ReadExecutor &reader, QObject *parent)
    : ResourceTableModel(reader, parent)
    , m_kind(kind)
{
    m_query.limit = kPageSize;
}

void PagedResourceModel::setSearch(const QString &text)
{
    if (text == m_query.search)
        return;
    m_query.search = text;
    reloadIfStarted();
}

void PagedResourceModel::setWarningsOnly(bool warningsOnly)
{
    if (warningsOnly == m_query.warningsOnly)
        return;
    m_query.warningsOnly = warningsOnly;
    reloadIfStarted();
}

void PagedResourceModel::sort(int column, Qt::SortOrder order)
{
    const BrowseSort key = sortKey(column);
    const bool descending = order == Qt::DescendingOrder;
    if (column == m_sortColumn && key == m_query.sort && descending == m_query.descending)
        return;
    m_sortColumn = column;
    m_query.sort = key;
    m_query.descending = descending;
    reloadIfStarted();
}

void PagedResourceModel::reloadIfStarted()
{
    // Before the first reload() the new settings only shape it.
    if (m_shownOnce || isLoading())
        reload();
}

BrowseQuery PagedResourceModel::query() const
{
    BrowseQuery q = m_query;
    q.offset = 0;
    q.limit = -1;
    return q;
}

bool PagedResourceModel::sameQuery(const BrowseQuery &a, const BrowseQuery &b)
{
    return a.search == b.search && a.warningsOnly == b.warningsOnly && a.sort == b.sort && a.descending == b.descending;
}

void PagedResourceModel::startLoad()
{
    const BrowseQuery query = m_query;
    // A reload of the rows shown reads the pages around the last one in sight with the counts;
    // a new query starts at the top.
    QList<int> pages{0};
    if (m_shownOnce && sameQuery(query, m_shown) && m_lastPage > 0)
        pages = {m_lastPage - 1, m_lastPage, m_lastPage + 1};
    const ResourceKind kind = m_kind;
    ReadTask::run<Loaded>(
        reader(), this,
        [kind, query, pages](Store &store) {
            Loaded out;
            for (const int page : pages) {
                BrowseQuery q = query;
                q.offset = qint64(page) * kPageSize;
                q.limit = kPageSize;
                q.knownMatching = out.ok ? out.matching : -1;
                const BrowsePage read = store.browse().page(kind, q);
                if (read.matching < 0) {
                    out.ok = false;
                    out.error = store.lastError().message;
                    return out;
                }
                out.ok = true;
                out.matching = read.matching;
                out.total = read.total;
                if (!read.rows.isEmpty())
                    out.pages.insert(page, read.rows);
                if (q.offset + kPageSize >= read.matching)
                    break;
            }
            return out;
        },
        [this, query](const Loaded &loaded) {
            apply(query, loaded);
            finishLoad();
        });
}

void PagedResourceModel::apply(const BrowseQuery &query, const Loaded &loaded)
{
    if (!sameQuery(query, m_query))
        return; // a newer search or order was asked for meanwhile; its read follows at once
    if (!loaded.ok) {
        m_error = loaded.error.isEmpty() ? tr("The database cannot be read.") : loaded.error;
        return;
    }
    m_error.clear();
    const bool newQuery = !m_shownOnce || !sameQuery(query, m_shown);
    beginResetModel();
    ++m_generation;
    m_shown = query;
    m_shownOnce = true;
    m_matching = loaded.matching;
    m_total = loaded.total;
    m_pages = loaded.pages;
    m_recent = m_pages.keys();
    m_wanted.clear();
    if (newQuery)
        m_lastPage = 0;
    endResetModel();
    Q_EMIT countsChanged(m_matching, m_total);
    if (newQuery)
        Q_EMIT queryApplied();
}

int PagedResourceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(std::min<qint64>(m_matching, INT_MAX));
}

const BrowseRow *PagedResourceModel::rowAt(int row) const
{
    const auto it = m_pages.constFind(row / kPageSize);
    if (it == m_pages.constEnd() || row % kPageSize >= it->size())
        return nullptr;
    return &it->at(row % kPageSize);
}

int PagedResourceModel::loadedRowCount() const
{
    int rows = 0;
    for (const QList<BrowseRow> &page : m_pages)
        rows += int(page.size());
    return rows;
}

QVariant PagedResourceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int page = index.row() / kPageSize;
    m_lastPage = page;
    const BrowseRow *row = rowAt(index.row());
    if (!row) {
        // A page that arrived shorter (the data changed meanwhile) is not read again: the reload
        // that follows every change brings the right rows.
        if (!m_pages.contains(page))
            want(page);
        return role == Qt::TextAlignmentRole ? alignment(index.column()) : QVariant();
    }
    touch(page);
    return valueOf(*row, index.column(), role);
}

QVariant PagedResourceModel::valueOf(const BrowseRow &row, int column, int role) const
{
    switch (role) {
    case IdRole:
        return row.id;
    case WarningsRole:
        return row.warnings;
    case Qt::TextAlignmentRole:
        return alignment(column);
    default:
        return cellData(row, column, role);
    }
}

QModelIndexList PagedResourceModel::match(const QModelIndex &start, int role, const QVariant &value, int hits,
                                          Qt::MatchFlags) const
{
    QModelIndexList out;
    const int column = start.isValid() ? start.column() : 0;
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        const QList<BrowseRow> &rows = it.value();
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const int row = int(it.key() * kPageSize + i);
            if (row < start.row() || row >= rowCount() || valueOf(rows.at(i), column, role) != value)
                continue;
            out.append(index(row, column));
            if (hits > 0 && out.size() >= hits)
                return out;
        }
    }
    return out;
}

void PagedResourceModel::touch(int page) const
{
    if (!m_recent.isEmpty() && m_recent.constLast() == page)
        return;
    m_recent.removeOne(page);
    m_recent.append(page);
}

void PagedResourceModel::want(int page) const
{
    m_wanted.removeOne(page);
    m_wanted.append(page);
    while (m_wanted.size() > kMaxWanted)
        m_wanted.removeFirst();
    if (!m_reading)
        const_cast<PagedResourceModel *>(this)->readNextWanted(); // the cache is the model's own state
}

void PagedResourceModel::readNextWanted()
{
    while (!m_wanted.isEmpty() && m_pages.contains(m_wanted.constLast()))
        m_wanted.removeLast();
    if (m_wanted.isEmpty() || !m_shownOnce)
        return;
    // The latest wish, or the first page of the run of consecutive pages it ends (one paint asks
    // for the page at the top of the view, then the next): the top of the view comes first.
    qsizetype pick = m_wanted.size() - 1;
    while (pick > 0 && m_wanted.at(pick - 1) == m_wanted.at(pick) - 1)
        --pick;
    const int page = m_wanted.takeAt(pick);
    m_reading = true;
    BrowseQuery q = m_shown;
    q.offset = qint64(page) * kPageSize;
    q.limit = kPageSize;
    q.knownMatching = m_matching;
    const ResourceKind kind = m_kind;
    const quint64 generation = m_generation;
    ReadTask::run<BrowsePage>(
        reader(), this, [kind, q](Store &store) { return store.browse().page(kind, q); },
        [this, page, generation](const BrowsePage &result) { pageArrived(page, generation, result); });
}

void PagedResourceModel::pageArrived(int page, quint64 generation, const BrowsePage &result)
{
    m_reading = false;
    if (generation == m_generation && result.matching >= 0) {
        m_pages.insert(page, result.rows);
        touch(page);
        while (m_recent.size() > kMaxCachedPages)
            m_pages.remove(m_recent.takeFirst());
        const int first = page * kPageSize;
        const int last = std::min(rowCount() - 1, first + kPageSize - 1);
        if (first <= last)
            Q_EMIT dataChanged(index(first, 0), index(last, columnCount() - 1));
    }
    readNextWanted();
}

QVariant PagedResourceModel::mappingData(const BrowseRow &row, int role) const
{
    if (row.warnings == 0)
        return {};
    const auto missing = MappingHealth::Attributes::fromInt(row.warnings);
    switch (role) {
    case Qt::DisplayRole:
        return MappingHealth::paths(m_kind, missing).join(u", "_s);
    case BadgeRole:
        return tr("%Ln missing", nullptr, int(MappingHealth::paths(m_kind, missing).size()));
    case BadgeColorRole:
    case Qt::ForegroundRole:
        return warningColor(QGuiApplication::palette());
    case Qt::ToolTipRole:
        return Labels::mappingWarnings(m_kind, missing).join(u'\n');
    default:
        return {};
    }
}

QColor PagedResourceModel::warningColor(const QPalette &palette)
{
    return StatusStyle::color(400, palette);
}

QString PagedResourceModel::timeText(const QDateTime &t)
{
    return t.toLocalTime().toString(u"yyyy-MM-dd hh:mm:ss"_s);
}

} // namespace scimmon
