#include "requestlogpage.h"

#include "core/settings/appsettings.h"
#include "requestdetailview.h"
#include "requestlogmodel.h"
#include "tableviews.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace scimmon {

RequestLogPage::RequestLogPage(RequestLogModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(TableViews::searchProxy(model, this))
    , m_view(new QTableView(this))
    , m_detail(new RequestDetailView(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_followAction(new QAction(u"&Follow log"_s, this))
{
    m_search = TableViews::searchField(u"Search the log"_s, m_proxy, this);
    m_search->setObjectName(u"logSearch"_s);

    m_followAction->setCheckable(true);
    m_followAction->setChecked(true);
    m_followAction->setIconText(u"Follow"_s);
    m_followAction->setToolTip(u"Scroll to new requests as they arrive (while the log is scrolled to the bottom)"_s);
    auto *follow = new QToolButton(this);
    follow->setDefaultAction(m_followAction);
    follow->setToolButtonStyle(Qt::ToolButtonTextOnly);

    auto *clearButton = new QPushButton(u"Clear view"_s, this);
    clearButton->setToolTip(u"Remove the rows shown here; the stored log is kept"_s);
    connect(clearButton, &QPushButton::clicked, m_model, &RequestLogModel::clear);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(follow);
    bar->addWidget(clearButton);

    m_view->setObjectName(u"logTable"_s);
    m_view->setModel(m_proxy);
    TableViews::setUp(m_view);
    TableViews::fitColumn(m_view, RequestLogModel::Time, u"00:00:00.000"_s);
    TableViews::fitColumn(m_view, RequestLogModel::Client, u"192.168.100.100"_s);
    TableViews::fitColumn(m_view, RequestLogModel::Method, u"DELETE"_s);
    TableViews::fitColumn(m_view, RequestLogModel::Path, u"/scim/v2/Users/00000000-0000-0000-0000-0000000"_s);
    TableViews::fitColumn(m_view, RequestLogModel::Status, u"000"_s);
    TableViews::fitColumn(m_view, RequestLogModel::Duration, u"0000.0"_s);
    TableViews::fitColumn(m_view, RequestLogModel::Operation, u"Remove members"_s);
    m_view->setTextElideMode(Qt::ElideMiddle);

    m_detail->setObjectName(u"requestDetail"_s);
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(bar);
    layout->addWidget(m_splitter, 1);

    // Follow: remember before each insertion whether the user was at the bottom.
    connect(m_proxy, &QAbstractItemModel::rowsAboutToBeInserted, this, [this] { m_wasAtBottom = isAtBottom(); });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_followAction->isChecked() && m_wasAtBottom)
            m_view->scrollToBottom();
    });
    connect(m_followAction, &QAction::toggled, this, [this](bool on) {
        if (on)
            m_view->scrollToBottom();
    });

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RequestLogPage::showCurrent);
    connect(m_proxy, &QAbstractItemModel::modelReset, m_detail, &RequestDetailView::clearRecord);
}

void RequestLogPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void RequestLogPage::restoreState(const AppSettings &settings)
{
    const QByteArray splitter = settings.viewState(u"log/splitter"_s);
    if (!splitter.isEmpty())
        m_splitter->restoreState(splitter);
    else
        m_splitter->setSizes({420, 280});
    const QByteArray header = settings.viewState(u"log/header"_s);
    if (!header.isEmpty())
        m_view->horizontalHeader()->restoreState(header);
}

void RequestLogPage::saveState(AppSettings &settings) const
{
    settings.setViewState(u"log/splitter"_s, m_splitter->saveState());
    settings.setViewState(u"log/header"_s, m_view->horizontalHeader()->saveState());
}

void RequestLogPage::showCurrent()
{
    const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
    if (!current.isValid()) {
        m_detail->clearRecord();
        return;
    }
    const RequestRecord record = m_model->record(current.row());
    if (record.id == 0 || record.id != m_detail->recordId())
        m_detail->setRecord(record);
}

bool RequestLogPage::isAtBottom() const
{
    const QScrollBar *bar = m_view->verticalScrollBar();
    return bar->value() >= bar->maximum();
}

} // namespace scimmon
