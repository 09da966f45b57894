#include "ui/log/objecthistorydialog.h"

#include "ui/common/labels.h"
#include "ui/common/tableviews.h"
#include "ui/log/requestdetailview.h"
#include "ui/log/requestlogmodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace scimmon {

ObjectHistoryDialog::ObjectHistoryDialog(ReadExecutor &reader, const QString &resourceType, const QString &id,
                                         const QString &name, QWidget *parent)
    : QDialog(parent)
    , m_resourceType(resourceType)
    , m_id(id)
    , m_name(name)
    , m_model(new RequestLogModel(this))
    , m_title(new QLabel(this))
    , m_view(new QTableView(this))
    , m_detail(new RequestDetailView(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
{
    setAttribute(Qt::WA_DeleteOnClose);
    setObjectName(u"objectHistory"_s);
    setWindowTitle(resourceType == "Group"_L1 ? tr("History of group %1").arg(name.isEmpty() ? id : name)
                                              : tr("History of user %1").arg(name.isEmpty() ? id : name));
    resize(1100, 720);

    m_title->setObjectName(u"historyTitle"_s);
    m_title->setWordWrap(true);
    m_view->setObjectName(u"historyTable"_s);
    m_view->setModel(m_model);
    TableViews::setUp(m_view);
    TableViews::fitColumn(m_view, RequestLogModel::Time, u"00:00:00.000"_s);
    TableViews::fitColumn(m_view, RequestLogModel::Path, u"/scim/v2/Users/00000000-0000-0000-0000-0000"_s);
    QStringList operations;
    for (const Operation op : allOperations())
        operations.append(Labels::operation(op));
    TableViews::fitColumn(m_view, RequestLogModel::Operation, operations);
    m_view->setColumnHidden(RequestLogModel::Client, true);
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_detail->setReader(&reader);
    m_detail->historyButton()->setEnabled(false);
    m_detail->historyButton()->setToolTip(tr("This is its history"));

    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_detail);
    m_splitter->setSizes({260, 460});
    m_splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_splitter, 1);

    RequestFilter filter;
    filter.touching = id;
    m_model->setFilter(filter);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ObjectHistoryDialog::showCurrent);
    connect(m_model, &RequestLogModel::matchingCountChanged, this, &ObjectHistoryDialog::updateTitle);
    connect(m_model, &RequestLogModel::historyLoaded, this, [this] {
        updateTitle();
        // The newest request first in view: usually the one that made the user look.
        if (m_model->rowCount() > 0 && !m_view->currentIndex().isValid()) {
            m_view->setCurrentIndex(m_model->index(m_model->rowCount() - 1, 0));
            m_view->scrollToBottom();
        }
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] { m_view->scrollToBottom(); });
    m_model->loadHistory(reader, RequestLogModel::kDefaultCapacity);
    updateTitle();
}

void ObjectHistoryDialog::requestArrived(const RequestRecord &record)
{
    m_model->append(record);
}

void ObjectHistoryDialog::showCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        m_detail->clearRecord();
        return;
    }
    m_detail->setRecord(m_model->record(current.row()));
    m_detail->historyButton()->setVisible(false);
}

void ObjectHistoryDialog::updateTitle()
{
    const qint64 n = m_model->matchingCount();
    const QString noun = m_resourceType == "Group"_L1 ? tr("group %1") : tr("user %1");
    const QString who = (m_name.isEmpty() ? QString() : u"<b>"_s + m_name.toHtmlEscaped() + u"</b> "_s)
        + u"<span style=\"color:gray\">("_s + noun.arg(m_id).toHtmlEscaped() + u")</span>"_s;
    const QString count = n < 0 ? tr("counting requests…") : tr("%Ln request(s) touched it", nullptr, Labels::count(n));
    m_title->setText(
        who + u": "_s
        + tr("%1 — made on it, or adding it to or removing it from a group, oldest first.").arg(count.toHtmlEscaped()));
}

} // namespace scimmon
