#include "ui/log/cyclespage.h"
#include "ui/common/labels.h"

#include "platform/appsettings.h"
#include "service/cycletracker.h"
#include "ui/common/tableviews.h"
#include "ui/log/cycletablemodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace scimmon {

CyclesPage::CyclesPage(CycleTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_view(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_showRequests(new QPushButton(tr("Show its requests in the log"), this))
{
    m_view->setObjectName(u"cyclesTable"_s);
    m_view->setModel(m_model);
    TableViews::setUp(m_view);
    TableViews::keepPositionAcrossResets(m_view);
    for (int c = 0; c < CycleTableModel::ColumnCount; ++c)
        TableViews::fitColumn(m_view, c, c == CycleTableModel::Started ? u"0000-00-00 00:00:00"_s : u"000"_s);

    m_summary->setObjectName(u"cycleSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_showRequests->setObjectName(u"showCycleRequests"_s);
    m_showRequests->setEnabled(false);
    connect(m_showRequests, &QPushButton::clicked, this, [this] {
        const qint64 id = m_model->cycle(m_view->currentIndex().row()).id;
        if (id > 0)
            Q_EMIT showRequests(id);
    });
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const qint64 id = m_model->cycle(index.row()).id;
        if (id > 0)
            Q_EMIT showRequests(id);
    });

    auto *hint
        = new QLabel(tr("A cycle is a run of requests from the identity provider; a Test Connection or %Ln minute(s) "
                        "without requests start a new one.",
                        nullptr, CycleTracker::kDefaultQuietGapSeconds / 60),
                     this);
    hint->setWordWrap(true);
    hint->setEnabled(false);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_summary, 1);
    bottom->addWidget(m_showRequests);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(hint);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);

    m_refresh.setSingleShot(true);
    m_refresh.setInterval(kRefreshMs);
    connect(&m_refresh, &QTimer::timeout, this, [this] {
        if (isVisible()) {
            m_dirty = false;
            m_model->reload();
        }
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CyclesPage::updateSummary);
    connect(m_model, &CycleTableModel::loadFinished, this, [this] {
        if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0)
            m_view->setCurrentIndex(m_model->index(0, 0));
        updateSummary();
    });
    updateSummary();
}

void CyclesPage::noteActivity()
{
    m_dirty = true;
    if (isVisible() && !m_refresh.isActive())
        m_refresh.start();
}

void CyclesPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty) {
        m_dirty = false;
        m_model->reload();
    }
}

void CyclesPage::setReceiverColumnShown(bool shown)
{
    m_view->setColumnHidden(CycleTableModel::Receiver, !shown);
}

void CyclesPage::restoreState(const AppSettings &settings)
{
    const QByteArray header = settings.viewState(u"cycles/header"_s);
    if (!header.isEmpty())
        m_view->horizontalHeader()->restoreState(header);
}

void CyclesPage::saveState(AppSettings &settings) const
{
    settings.setViewState(u"cycles/header"_s, m_view->horizontalHeader()->saveState());
}

void CyclesPage::updateSummary()
{
    const ProvisioningCycle c = m_model->cycle(m_view->currentIndex().row());
    m_showRequests->setEnabled(c.id > 0);
    if (c.id == 0) {
        m_summary->setText(m_model->rowCount() == 0 ? tr("No provisioning cycle yet.") : QString());
        return;
    }
    m_summary->setText(
        u"<b>%1</b> %2"_s.arg(tr("Cycle #%1").arg(c.id),
                              //: %1 is the identity provider, %2 what started the cycle, %3 its summary
                              tr("(%1, started by %2): %3")
                                  .arg(Labels::idp(c.idp), Labels::cycleTrigger(c.trigger), Labels::cycleSummary(c))
                                  .toHtmlEscaped()));
}

} // namespace scimmon
