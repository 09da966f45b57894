#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

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
    /// word wrap, a little more room beside cell texts, no row numbers, interactive column widths
    /// with the last one stretched.
    static void setUp(QTableView *view);

    /// A proxy for a search box over `source`: case-insensitive fixed-string match in any
    /// column's display text; when the view sorts, by ResourceTableModel::SortRole, locale-aware.
    static QSortFilterProxyModel *searchProxy(QAbstractItemModel *source, QObject *parent);

    /// A search box with a clear button, the look of every tab's search, for the caller to connect.
    static QLineEdit *searchField(const QString &placeholder, QWidget *parent);
    /// A search box with a clear button that filters `proxy` as the user types.
    static QLineEdit *searchField(const QString &placeholder, QSortFilterProxyModel *proxy, QWidget *parent);

    /// Sets the width of `column` to fit `sample` (or its header text, whichever is wider) plus
    /// cell padding, in the view's font.
    static void fitColumn(QTableView *view, int column, const QString &sample);
    /// Fits `column` to the widest of `samples`, e.g. every label a column can show in the
    /// window's language.
    static void fitColumn(QTableView *view, int column, const QStringList &samples);

    /// The first time the view shows rows, fits every column to its contents and header, at most
    /// `maxWidth` pixels wide; if the columns are then wider than the view, the widest are narrowed
    /// alike until all fit (down to 80 px).
    static void fitColumnsOnFirstRows(QTableView *view, int maxWidth);

    /// Restores the column layout `state` saved by columnsState(); when there is none (or it does
    /// not apply), fits the columns as fitColumnsOnFirstRows() does.
    static void restoreColumns(QTableView *view, const QByteArray &state, int maxWidth);
    /// The column layout to save: the header's state once it was restored or fitted; empty before
    /// (a view never shown has only provisional widths, which must not replace a saved layout).
    static QByteArray columnsState(const QTableView *view);

    /// Keeps the current row (found again by ResourceTableModel::IdRole) and the scroll position of
    /// `view` when its model is reset, as the resource tables are on every reload.
    static void keepPositionAcrossResets(QTableView *view);
};

} // namespace scimmon
