#include "ui/common/tableviews.h"

#include "ui/resources/resourcetablemodel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLineEdit>
#include <QProxyStyle>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QTableView>
#include <QTimer>

#include <algorithm>
#include <memory>

namespace scimmon {

namespace {

const int kMinFittedWidth = 80; ///< narrowest a column is made to fit the view, px
/// Dynamic property of a view whose column widths are final (restored or fitted).
const char *const kColumnsSettled = "scimmonColumnsSettled";

/// Wider horizontal margins beside cell texts (the item view's text margin is the focus frame
/// margin), so that a right-aligned number and the text of the next column do not run together.
class RoomyCellStyle : public QProxyStyle
{
public:
    int pixelMetric(PixelMetric metric, const QStyleOption *option, const QWidget *widget) const override
    {
        const int value = QProxyStyle::pixelMetric(metric, option, widget);
        return metric == PM_FocusFrameHMargin ? value + 3 : value;
    }
};

/// Fits a view's columns once, as soon as it shows rows: after a model reset with rows while the
/// view is visible, or when the view is shown with rows (a hidden tab's view has no final size).
class ColumnFitter : public QObject
{
public:
    ColumnFitter(QTableView *view, int maxWidth)
        : QObject(view)
        , m_view(view)
        , m_maxWidth(maxWidth)
    {
        view->installEventFilter(this);
        connect(view->model(), &QAbstractItemModel::modelReset, this, &ColumnFitter::tryFit);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_view && event->type() == QEvent::Show)
            QTimer::singleShot(0, this, &ColumnFitter::tryFit); // once the layout has sized the view
        return false;
    }

private:
    void tryFit()
    {
        if (m_done || m_view->model()->rowCount() == 0 || !m_view->isVisible())
            return;
        m_done = true;
        fit();
        m_view->setProperty(kColumnsSettled, true);
        m_view->removeEventFilter(this);
        deleteLater();
    }

    void fit()
    {
        QHeaderView *header = m_view->horizontalHeader();
        QList<int> widths;
        const int last = header->count() - 1;
        for (int column = 0; column < header->count(); ++column) {
            // The last column stretches into the room left; its contents must not widen the table.
            if (column == last && header->stretchLastSection()) {
                header->resizeSection(column, kMinFittedWidth); // the least it is stretched to
                widths.append(kMinFittedWidth);
                continue;
            }
            m_view->resizeColumnToContents(column);
            widths.append(std::min(header->sectionSize(column), m_maxWidth));
        }
        // When that is wider than the view, narrow the widest columns to a common width so that
        // every column stays in sight (the narrow ones, counts and dates, keep their full width).
        int available = m_view->viewport()->width();
        if (!m_view->verticalScrollBar()->isVisible()) // it may appear once the rows are laid out
            available -= m_view->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_view);
        auto total = [&](int cap) {
            int sum = 0;
            for (int w : std::as_const(widths))
                sum += std::min(w, cap);
            return sum;
        };
        int cap = m_maxWidth;
        while (cap > kMinFittedWidth && total(cap) > available)
            cap -= 4;
        for (int column = 0; column < widths.size() - 1; ++column) // the last one stretches
            header->resizeSection(column, std::min(widths.at(column), cap));
    }

    QTableView *m_view;
    int m_maxWidth;
    bool m_done = false;
};

} // namespace

void TableViews::setUp(QTableView *view)
{
    auto *style = new RoomyCellStyle;
    style->setParent(view);
    view->setStyle(style);
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

QLineEdit *TableViews::searchField(const QString &placeholder, QWidget *parent)
{
    auto *field = new QLineEdit(parent);
    field->setPlaceholderText(placeholder);
    field->setClearButtonEnabled(true);
    field->setMinimumWidth(260);
    return field;
}

QLineEdit *TableViews::searchField(const QString &placeholder, QSortFilterProxyModel *proxy, QWidget *parent)
{
    QLineEdit *field = searchField(placeholder, parent);
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

void TableViews::fitColumn(QTableView *view, int column, const QStringList &samples)
{
    QString widest;
    for (const QString &sample : samples)
        if (view->fontMetrics().horizontalAdvance(sample) > view->fontMetrics().horizontalAdvance(widest))
            widest = sample;
    fitColumn(view, column, widest);
}

void TableViews::fitColumnsOnFirstRows(QTableView *view, int maxWidth)
{
    new ColumnFitter(view, maxWidth);
}

void TableViews::restoreColumns(QTableView *view, const QByteArray &state, int maxWidth)
{
    if (!state.isEmpty() && view->horizontalHeader()->restoreState(state))
        view->setProperty(kColumnsSettled, true);
    else
        fitColumnsOnFirstRows(view, maxWidth);
}

QByteArray TableViews::columnsState(const QTableView *view)
{
    return view->property(kColumnsSettled).toBool() ? view->horizontalHeader()->saveState() : QByteArray();
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
