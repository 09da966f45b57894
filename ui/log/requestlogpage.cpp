#include "ui/log/requestlogpage.h"

#include "platform/appsettings.h"
#include "ui/common/emptyviewhint.h"
#include "ui/common/labels.h"
#include "ui/common/tableviews.h"
#include "ui/log/requestdetailview.h"
#include "ui/log/requestlogfilterbar.h"
#include "ui/log/requestlogmodel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace scimmon {

RequestLogPage::RequestLogPage(RequestLogModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_filters(new RequestLogFilterBar(this))
    , m_view(new QTableView(this))
    , m_detail(new RequestDetailView(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_followAction(new QAction(tr("&Follow log"), this))
    , m_pauseAction(new QAction(tr("&Pause log"), this))
    , m_newerLabel(new QLabel(this))
    , m_newerButton(new QPushButton(tr("Show newest"), this))
{
    m_followAction->setCheckable(true);
    m_followAction->setChecked(true);
    m_followAction->setIconText(tr("Follow"));
    m_followAction->setToolTip(tr("Scroll to new requests as they arrive (while the log is scrolled to the bottom)"));
    auto *follow = new QToolButton(this);
    follow->setObjectName(u"followLog"_s);
    follow->setDefaultAction(m_followAction);
    follow->setToolButtonStyle(Qt::ToolButtonTextOnly);

    m_pauseAction->setCheckable(true);
    m_pauseAction->setIconText(tr("Pause"));
    m_pauseAction->setToolTip(tr("Keep the rows as they are while you read; new requests are counted, not shown"));
    auto *pause = new QToolButton(this);
    pause->setObjectName(u"pauseLog"_s);
    pause->setDefaultAction(m_pauseAction);
    pause->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_pauseAction, &QAction::toggled, m_model, [this](bool on) { m_model->setPaused(on); });

    auto *clearButton = new QPushButton(tr("Clear view"), this);
    clearButton->setObjectName(u"clearLogView"_s);
    clearButton->setToolTip(tr("Remove the rows shown here; the stored log is kept"));
    connect(clearButton, &QPushButton::clicked, m_model, &RequestLogModel::clear);

    m_newerLabel->setObjectName(u"newerRequests"_s);
    m_newerButton->setObjectName(u"showNewest"_s);
    m_newerButton->setToolTip(tr("Show the newest requests and follow the log again"));
    connect(m_newerButton, &QPushButton::clicked, this, [this] {
        if (m_model->isPaused())
            m_pauseAction->setChecked(false);
        else
            m_model->showNewest();
    });

    auto *bar = new QHBoxLayout;
    bar->addWidget(pause);
    bar->addWidget(follow);
    bar->addWidget(clearButton);
    bar->addSpacing(12);
    bar->addWidget(m_newerLabel);
    bar->addWidget(m_newerButton);
    bar->addStretch(1);
    bar->addWidget(m_filters->chip());
    bar->addWidget(m_filters->countLabel());

    m_view->setObjectName(u"logTable"_s);
    m_view->setModel(m_model);
    TableViews::setUp(m_view);
    TableViews::fitColumn(m_view, RequestLogModel::Time, u"00:00:00.000"_s);
    TableViews::fitColumn(m_view, RequestLogModel::Client, u"192.168.100.100"_s);
    TableViews::fitColumn(m_view, RequestLogModel::Idp,
                          {Labels::idp(Idp::Entra), Labels::idp(Idp::Okta), Labels::idp(Idp::Other),
                           RequestLogModel::simulatedIdp(Idp::Entra), RequestLogModel::simulatedIdp(Idp::Okta)});
    TableViews::fitColumn(m_view, RequestLogModel::Method, u"DELETE"_s);
    TableViews::fitColumn(m_view, RequestLogModel::Path, u"/scim/v2/Users/00000000-0000-0000-0000-0000"_s);
    TableViews::fitColumn(m_view, RequestLogModel::Status, u"000"_s);
    TableViews::fitColumn(m_view, RequestLogModel::Duration, u"000.0"_s);
    QStringList operations;
    for (const scimmon::Operation op : allOperations())
        operations.append(Labels::operation(op));
    TableViews::fitColumn(m_view, RequestLogModel::Operation, operations);
    TableViews::fitColumn(m_view, RequestLogModel::Target, u"firstname.lastname@contoso.com"_s);
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_emptyHint = new EmptyViewHint(m_view);

    m_detail->setObjectName(u"requestDetail"_s);
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_filters);
    layout->addLayout(bar);
    layout->addWidget(m_splitter, 1);

    // Follow: remember before each insertion at the end whether the user was at the bottom.
    connect(m_model, &QAbstractItemModel::rowsAboutToBeInserted, this, [this] { m_wasAtBottom = isAtBottom(); });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first, int last) {
        const bool atEnd = last == m_model->rowCount() - 1 && (first > 0 || m_model->rowCount() == last - first + 1);
        if (atEnd && m_followAction->isChecked() && m_wasAtBottom && m_model->isAtLive())
            m_view->scrollToBottom();
    });
    connect(m_followAction, &QAction::toggled, this, [this](bool on) {
        if (on)
            m_view->scrollToBottom();
    });

    // Paging: reaching the top loads older requests, the bottom newer ones (when away from live).
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this, &RequestLogPage::maybeFetch);
    connect(m_model, &RequestLogModel::olderLoaded, this, [this](int rows) {
        // Keep the row the user was looking at in place.
        if (rows > 0 && m_topBeforeOlder >= 0)
            m_view->verticalScrollBar()->setValue(m_topBeforeOlder + rows);
        m_topBeforeOlder = -1;
    });
    connect(m_model, &RequestLogModel::historyLoaded, this, [this] {
        if (m_followAction->isChecked())
            m_view->scrollToBottom();
    });

    connect(m_filters, &RequestLogFilterBar::filterChanged, m_model, &RequestLogModel::setFilter);
    connect(m_model, &RequestLogModel::matchingCountChanged, this, &RequestLogPage::updateCounts);
    connect(m_model, &RequestLogModel::totalCountChanged, this, &RequestLogPage::updateCounts);
    connect(m_model, &RequestLogModel::newerCountChanged, this, &RequestLogPage::updateNewer);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RequestLogPage::updateNewer);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RequestLogPage::showCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, m_detail, &RequestDetailView::clearRecord);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RequestLogPage::updateEmptyHint);
    updateNewer();
    updateCounts();
}

void RequestLogPage::setTenantUrl(const QString &url)
{
    m_tenantUrl = url;
    updateEmptyHint();
}

void RequestLogPage::updateEmptyHint()
{
    QString text;
    if (m_model->totalCount() == 0) {
        const QString url = m_tenantUrl.isEmpty() ? tr("the Tenant URL from the status bar")
                                                  : u"<tt>"_s + m_tenantUrl.toHtmlEscaped() + u"</tt>"_s;
        text = u"<p><b>%1</b></p><p>%2</p>"_s.arg(
            tr("No requests yet.").toHtmlEscaped(),
            //: %1 is the Tenant URL (or "the Tenant URL from the status bar")
            tr("Paste the Tenant URL %1 and a Secret Token into your identity provider's provisioning settings and "
               "press <i>Test Connection</i>. Every request it sends shows up here.")
                .arg(url));
    } else if (!m_model->filter().isEmpty()) {
        text = tr("No request matches the filters.").toHtmlEscaped();
    } else {
        text = tr("The view is cleared. New requests show up here as they arrive.").toHtmlEscaped();
    }
    m_emptyHint->setText(text);
}

void RequestLogPage::focusSearch()
{
    m_filters->focusSearch();
}

void RequestLogPage::showCycle(qint64 cycleId)
{
    m_filters->setCycle(cycleId);
}

void RequestLogPage::showTouching(const QString &id, const QString &name)
{
    m_filters->setTouching(id, name);
}

void RequestLogPage::restoreState(const AppSettings &settings)
{
    const QByteArray splitter = settings.viewState(u"log/splitter"_s);
    if (!splitter.isEmpty())
        m_splitter->restoreState(splitter);
    else
        m_splitter->setSizes({400, 300});
    // "header2": the layout since the IdP and Token columns; older layouts do not apply.
    const QByteArray header = settings.viewState(u"log/header2"_s);
    if (!header.isEmpty())
        m_view->horizontalHeader()->restoreState(header);
}

void RequestLogPage::setReceiverColumnShown(bool shown)
{
    m_view->setColumnHidden(RequestLogModel::Receiver, !shown);
}

void RequestLogPage::saveState(AppSettings &settings) const
{
    settings.setViewState(u"log/splitter"_s, m_splitter->saveState());
    settings.setViewState(u"log/header2"_s, m_view->horizontalHeader()->saveState());
}

void RequestLogPage::showCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        m_detail->clearRecord();
        return;
    }
    const RequestRecord record = m_model->record(current.row());
    if (record.id == 0 || record.id != m_detail->recordId())
        m_detail->setRecord(record);
}

void RequestLogPage::updateNewer()
{
    const qint64 newer = m_model->newerCount();
    const bool away = m_model->isPaused() || !m_model->isAtLive() || newer > 0;
    {
        const QSignalBlocker blocker(m_pauseAction);
        m_pauseAction->setChecked(m_model->isPaused());
    }
    QString text;
    if (m_model->isPaused())
        text = tr("Paused · %Ln new request(s)", nullptr, Labels::count(newer));
    else if (away)
        text = tr("%Ln newer request(s)", nullptr, Labels::count(newer));
    m_newerLabel->setText(text);
    m_newerLabel->setVisible(away);
    m_newerButton->setVisible(away);
}

void RequestLogPage::updateCounts()
{
    m_filters->setCounts(m_model->matchingCount(), m_model->totalCount());
    updateEmptyHint();
    m_filters->countLabel()->setToolTip(
        tr("%1 of them loaded here; scroll up to load older ones").arg(QLocale().toString(m_model->rowCount())));
}

void RequestLogPage::maybeFetch()
{
    const QScrollBar *bar = m_view->verticalScrollBar();
    if (bar->maximum() <= 0 || m_model->isLoading())
        return;
    if (bar->value() == bar->minimum() && m_model->hasOlder()) {
        m_topBeforeOlder = bar->value();
        m_model->fetchOlder();
    } else if (bar->value() == bar->maximum() && !m_model->isPaused() && !m_model->isAtLive()) {
        m_model->fetchNewer();
    }
}

bool RequestLogPage::isAtBottom() const
{
    const QScrollBar *bar = m_view->verticalScrollBar();
    return bar->value() >= bar->maximum();
}

} // namespace scimmon
