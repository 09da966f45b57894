#pragma once

#include <QString>

class QAbstractItemModel;
class QLineEdit;
class QObject;
class QSortFilterProxyModel;
class QTableView;
class QWidget;

namespace scimmon {

/// The shared look and behaviour of the app's tables, so that every tab feels the same.
class TableViews
{
public:
    /// Whole-row single selection, alternating row colours, compact fixed-height rows without
    /// word wrap, no row numbers, interactive column widths with the last one stretched.
    static void setUp(QTableView *view);

    /// A proxy for a search box over `source`: case-insensitive fixed-string match in any
    /// column's display text; sorts by ResourceTableModel::SortRole, locale-aware.
    static QSortFilterProxyModel *searchProxy(QAbstractItemModel *source, QObject *parent);

    /// A search box with a clear button that filters `proxy` as the user types.
    static QLineEdit *searchField(const QString &placeholder, QSortFilterProxyModel *proxy, QWidget *parent);

    /// Sets the width of `column` to fit `sample` (or its header text, whichever is wider) plus
    /// cell padding, in the view's font.
    static void fitColumn(QTableView *view, int column, const QString &sample);

    /// Keeps the current row (found again by ResourceTableModel::IdRole) and the scroll position of
    /// `view` when its model is reset, as the resource tables are on every reload.
    static void keepPositionAcrossResets(QTableView *view);
};

} // namespace scimmon
