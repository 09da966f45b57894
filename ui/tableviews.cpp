#include "tableviews.h"

#include "resourcetablemodel.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QTableView>

#include <algorithm>

#include <memory>

namespace scimmon {

void TableViews::setUp(QTableView *view)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->setShowGrid(false);
    view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    QHeaderView *header = view->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
}

QSortFilterProxyModel *TableViews::searchProxy(QAbstractItemModel *source, QObject *parent)
{
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(source);
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy->setFilterKeyColumn(-1);
    proxy->setSortRole(ResourceTableModel::SortRole);
    proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    proxy->setSortLocaleAware(true);
    return proxy;
}

QLineEdit *TableViews::searchField(const QString &placeholder, QSortFilterProxyModel *proxy, QWidget *parent)
{
    auto *field = new QLineEdit(parent);
    field->setPlaceholderText(placeholder);
    field->setClearButtonEnabled(true);
    field->setMinimumWidth(260);
    QObject::connect(field, &QLineEdit::textChanged, proxy, &QSortFilterProxyModel::setFilterFixedString);
    return field;
}

void TableViews::fitColumn(QTableView *view, int column, const QString &sample)
{
    const QString title = view->model()->headerData(column, Qt::Horizontal).toString();
    const int text = view->fontMetrics().horizontalAdvance(sample);
    const int header = view->horizontalHeader()->fontMetrics().horizontalAdvance(title)
        + view->style()->pixelMetric(QStyle::PM_HeaderMarkSize) + 8;
    view->horizontalHeader()->resizeSection(column, std::max(text + 16, header + 8));
}

void TableViews::keepPositionAcrossResets(QTableView *view)
{
    struct Position
    {
        QString currentId;
        int column = 0;
        int scroll = 0;
    };
    auto saved = std::make_shared<Position>();
    QAbstractItemModel *model = view->model();
    QObject::connect(model, &QAbstractItemModel::modelAboutToBeReset, view, [view, saved] {
        const QModelIndex current = view->currentIndex();
        saved->currentId = current.data(ResourceTableModel::IdRole).toString();
        saved->column = current.isValid() ? current.column() : 0;
        saved->scroll = view->verticalScrollBar()->value();
    });
    QObject::connect(model, &QAbstractItemModel::modelReset, view, [view, model, saved] {
        view->doItemsLayout(); // so that the scroll bar knows the new range
        view->verticalScrollBar()->setValue(saved->scroll);
        if (saved->currentId.isEmpty())
            return;
        const QModelIndexList hits
            = model->match(model->index(0, 0), ResourceTableModel::IdRole, saved->currentId, 1, Qt::MatchExactly);
        if (hits.isEmpty())
            return;
        const QModelIndex index = model->index(hits.first().row(), saved->column);
        view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    });
}

} // namespace scimmon
