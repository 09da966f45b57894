#pragma once

#include "ui/resources/resourcetablemodel.h"

#include "model/resourcekind.h"
#include "store/browsequery.h"

#include <QColor>
#include <QList>
#include <QMap>

class QPalette;

namespace scimmon {

/// Base of the Users and Groups tables, made for 100,000 resources and more: the store searches,
/// filters, sorts and pages (Store::browseResources, on the ReadExecutor's thread), and the model
/// holds only the pages of kPageSize rows that the view has asked for, at most kMaxCachedPages
/// of them. rowCount() is the number of matching resources from the start, so the scroll bar is
/// right at once; a row whose page is still being read shows empty cells until its page arrives
/// (dataChanged()). The view's header drives sort(); setSearch() and setWarningsOnly() filter.
///
/// Every new search, filter, order or reload() reads the counts and the first rows in one read
/// and replaces the rows in one reset; changes asked for while one is read are merged into one
/// more read after it, and a read overtaken by a newer search is dropped unseen. A reload() of the
/// same query reads the pages around the last row the view showed, so that the rows in sight do
/// not blink. match() looks only at the rows loaded.
class PagedResourceModel : public ResourceTableModel
{
    Q_OBJECT
public:
    static constexpr int kPageSize = 200; ///< rows per read
    static constexpr int kMaxCachedPages = 40; ///< pages held; the least recently shown go first

    enum Role {
        WarningsRole = SortRole + 1, ///< int: the MappingHealth::Attributes the resource lacks
        BadgeRole, ///< QString: a badge the BadgeDelegate draws before the cell's text
        BadgeColorRole, ///< QColor: the badge's colour
    };

    /// Rows of `kind` read through `reader`, which must outlive the model. Starts empty, sorted by
    /// name ascending; call reload().
    PagedResourceModel(ResourceKind kind, ReadExecutor &reader, QObject *parent = nullptr);

    /// Users or groups.
    ResourceKind kind() const { return m_kind; }

    /// Shows the resources whose text contains `text` (see BrowseQuery::search) and returns at
    /// once; the rows follow (countsChanged(), queryApplied()).
    void setSearch(const QString &text);
    /// The search asked for last.
    QString search() const { return m_query.search; }
    /// Shows only the resources with mapping-health warnings (true) or all (false).
    void setWarningsOnly(bool warningsOnly);
    /// True while only resources with mapping-health warnings are asked for.
    bool warningsOnly() const { return m_query.warningsOnly; }
    /// Orders the rows by `column` (the view's header calls it); reads them again unless the
    /// order is the one shown.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    /// The column and direction asked for last.
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_query.descending ? Qt::DescendingOrder : Qt::AscendingOrder; }
    /// The search, filter and order asked for last (offset 0, no limit: for an export).
    BrowseQuery query() const;

    /// Resources matching the search and filter, and resources of the kind, as shown.
    qint64 matchingCount() const { return m_matching; }
    qint64 totalCount() const { return m_total; }
    /// Why the last read failed; empty after a successful one.
    QString errorString() const { return m_error; }

    /// The matching resources (at most INT_MAX); 0 for a child index.
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    /// The row's cells (cellData()), IdRole, WarningsRole and the alignment of numbers; nothing
    /// while the row's page is being read (asking starts the read).
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    /// Like QAbstractItemModel::match(), over the rows loaded only (a hit farther away is not
    /// found). Qt::MatchWrap and the other flags are ignored: values compare with QVariant ==.
    QModelIndexList match(const QModelIndex &start, int role, const QVariant &value, int hits = 1,
                          Qt::MatchFlags flags = Qt::MatchFlags(Qt::MatchStartsWith | Qt::MatchWrap)) const override;

    /// `t` in local time as the tables and the detail pane show it, "yyyy-MM-dd hh:mm:ss".
    static QString timeText(const QDateTime &t);
    /// The colour of mapping-health warnings on `palette`.
    static QColor warningColor(const QPalette &palette);

    /// The resource in `row` when its page is loaded; nullptr otherwise.
    const BrowseRow *rowAt(int row) const;
    /// The number of rows loaded (for tests and benchmarks).
    int loadedRowCount() const;

Q_SIGNALS:
    /// The counts changed (after a read): resources matching, resources in all.
    void countsChanged(qint64 matching, qint64 total);
    /// The rows now answer a new search, filter or order (not a reload of the same one): views
    /// scroll to the top. Follows modelReset() and countsChanged().
    void queryApplied();

protected:
    /// The value of `column` of `row` for `role` (DisplayRole, ToolTipRole, ForegroundRole,
    /// BadgeRole, ...); an invalid QVariant for roles the column does not have.
    virtual QVariant cellData(const BrowseRow &row, int column, int role) const = 0;
    /// The store's order for `column`.
    virtual BrowseSort sortKey(int column) const = 0;
    void startLoad() override;
    /// The Mapping column: the SCIM paths of the attributes `row` lacks (DisplayRole), a
    /// "N missing" warning badge, the warning colour, and the explanations as tool tip.
    QVariant mappingData(const BrowseRow &row, int role) const;

private:
    struct Loaded
    {
        bool ok = false; ///< false when the store failed (or could not be opened)
        QString error;
        qint64 matching = 0;
        qint64 total = 0;
        QMap<int, QList<BrowseRow>> pages;
    };

    static bool sameQuery(const BrowseQuery &a, const BrowseQuery &b);
    void reloadIfStarted();
    void apply(const BrowseQuery &query, const Loaded &loaded);
    /// Notes that the view wants page `page` and reads the most recently wanted ones, one at a
    /// time (so that a fast scroll reads where it stopped, not every page it passed).
    void want(int page) const;
    void readNextWanted();
    void pageArrived(int page, quint64 generation, const BrowsePage &result);
    void touch(int page) const;
    /// data() of a loaded row, without noting what the view looks at.
    QVariant valueOf(const BrowseRow &row, int column, int role) const;

    ResourceKind m_kind;
    BrowseQuery m_query; ///< asked for last
    BrowseQuery m_shown; ///< the query of the rows shown
    bool m_shownOnce = false;
    int m_sortColumn = 0;
    qint64 m_matching = 0;
    qint64 m_total = 0;
    QString m_error;
    quint64 m_generation = 0; ///< counts resets; page reads of an older one are dropped

    // Touched from data(), which is const: the cache of what the view has asked for.
    mutable QMap<int, QList<BrowseRow>> m_pages; ///< page number to rows, in page order
    mutable QList<int> m_recent; ///< loaded pages, least recently shown first
    mutable QList<int> m_wanted; ///< pages asked for and not loaded, most recent last
    mutable int m_lastPage = 0; ///< the page of the last row the view asked for
    bool m_reading = false; ///< a page read is under way
};

} // namespace scimmon
