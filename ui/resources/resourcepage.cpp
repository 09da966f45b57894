#include "ui/resources/resourcepage.h"

#include "platform/appsettings.h"
#include "ui/common/emptyviewhint.h"
#include "ui/common/labels.h"
#include "ui/common/tableviews.h"
#include "ui/resources/badgedelegate.h"
#include "ui/resources/pagedresourcemodel.h"
#include "ui/resources/resourceactions.h"
#include "ui/resources/resourcedetailpane.h"

#include <QAction>
#include <QCheckBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace scimmon {

namespace {
const int kMaxFittedWidth = 300; ///< widest a column gets when fitted to its contents, px
} // namespace

ResourcePage::ResourcePage(PagedResourceModel *model, ReadExecutor &reader, Receiver &receiver, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_actions(new ResourceActions(reader, receiver, this))
    , m_search(
          TableViews::searchField(model->kind() == ResourceKind::User ? tr("Search users") : tr("Search groups"), this))
    , m_warningsOnly(new QCheckBox(tr("Mapping warnings only"), this))
    , m_count(new QLabel(this))
    , m_note(new QLabel(this))
    , m_export(new QPushButton(tr("Export CSV…"), this))
    , m_delete(new QPushButton(tr("Delete…"), this))
    , m_view(new QTableView(this))
    , m_emptyHint(new EmptyViewHint(m_view))
    , m_detail(new ResourceDetailPane(model->kind(), reader, this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
{
    const QString n = noun();
    const bool users = model->kind() == ResourceKind::User;
    m_search->setObjectName(n + u"Search"_s);
    m_search->setToolTip(users ? tr("Finds text in userName, displayName, given and family name, work email and "
                                    "externalId")
                               : tr("Finds text in displayName and externalId"));
    m_warningsOnly->setObjectName(n + u"WarningsOnly"_s);
    m_warningsOnly->setToolTip(users ? tr("Only users that lack an attribute Entra's default mapping sends")
                                     : tr("Only groups that lack an attribute Entra's default mapping sends"));
    m_count->setObjectName(n + u"Count"_s);
    m_note->setObjectName(n + u"Note"_s);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_export->setObjectName(n + u"Export"_s);
    m_export->setToolTip(users
                             ? tr("Write the users matching the search and filter to a CSV file, in the table's order")
                             : tr("Write the groups matching the search and filter to a CSV file, in the table's "
                                  "order"));
    m_delete->setObjectName(n + u"Delete"_s);
    m_delete->setToolTip(
        users ? tr("Delete the selected user from scim-monitor's store (the identity provider is not told)")
              : tr("Delete the selected group from scim-monitor's store (the identity provider is not "
                   "told)"));
    m_delete->setEnabled(false);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_warningsOnly);
    bar->addWidget(m_count);
    bar->addSpacing(12);
    bar->addWidget(m_note);
    bar->addWidget(m_export);
    bar->addWidget(m_delete);

    m_view->setObjectName(n + u"Table"_s);
    m_view->setModel(model);
    TableViews::setUp(m_view);
    TableViews::keepPositionAcrossResets(m_view);
    m_view->setItemDelegate(new BadgeDelegate(m_view));
    m_view->sortByColumn(0, Qt::AscendingOrder); // first, so that enabling sorting sorts nothing again
    m_view->setSortingEnabled(true);
    auto *deleteAction = new QAction(tr("&Delete locally…"), m_view);
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(deleteAction);

    m_splitter->setObjectName(n + u"Splitter"_s);
    m_splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(bar);
    layout->addWidget(m_splitter, 1);

    connect(m_search, &QLineEdit::textChanged, m_model, &PagedResourceModel::setSearch);
    connect(m_warningsOnly, &QCheckBox::toggled, m_model, &PagedResourceModel::setWarningsOnly);
    connect(m_model, &PagedResourceModel::countsChanged, this, &ResourcePage::updateCount);
    connect(m_model, &PagedResourceModel::queryApplied, m_view, &QTableView::scrollToTop);
    connect(m_model, &PagedResourceModel::loadFinished, this, &ResourcePage::afterReload);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ResourcePage::followCurrent);
    // A row chosen while its page was still being read names its resource once the page arrives.
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &first, const QModelIndex &last) {
        const int row = m_view->currentIndex().row();
        if (row >= first.row() && row <= last.row())
            followCurrent();
    });
    connect(m_export, &QPushButton::clicked, this, &ResourcePage::exportCsv);
    connect(m_delete, &QPushButton::clicked, this, &ResourcePage::deleteCurrent);
    connect(deleteAction, &QAction::triggered, this, &ResourcePage::deleteCurrent);
    connect(m_actions, &ResourceActions::resourcesChanged, this, &ResourcePage::resourcesChanged);
    connect(m_actions, &ResourceActions::exported, this, [this](ResourceKind, const QString &path, qint64 rows) {
        m_note->setText(tr("Saved %1 to %2").arg(countText(rows), QFileInfo(path).fileName()));
        m_note->setToolTip(path);
    });
    updateCount();
}

QString ResourcePage::noun() const
{
    return m_model->kind() == ResourceKind::User ? u"user"_s : u"group"_s;
}

QString ResourcePage::countText(qint64 n) const
{
    return m_model->kind() == ResourceKind::User ? tr("%Ln user(s)", nullptr, Labels::count(n))
                                                 : tr("%Ln group(s)", nullptr, Labels::count(n));
}

QString ResourcePage::settingsPrefix() const
{
    return noun() + u's';
}

void ResourcePage::setTop(QWidget *top)
{
    m_splitter->insertWidget(0, top);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
}

void ResourcePage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void ResourcePage::restoreState(const AppSettings &settings)
{
    TableViews::restoreColumns(m_view, settings.viewState(settingsPrefix() + u"/header"_s), kMaxFittedWidth);
    const QHeaderView *header = m_view->horizontalHeader();
    m_view->sortByColumn(header->sortIndicatorSection() >= 0 ? header->sortIndicatorSection() : 0,
                         header->sortIndicatorOrder());
    const QByteArray splitter = settings.viewState(settingsPrefix() + u"/detailSplitter"_s);
    if (splitter.isEmpty() || !m_splitter->restoreState(splitter))
        m_splitter->setSizes({420, 300});
}

void ResourcePage::saveState(AppSettings &settings) const
{
    const QByteArray columns = TableViews::columnsState(m_view);
    if (!columns.isEmpty())
        settings.setViewState(settingsPrefix() + u"/header"_s, columns);
    settings.setViewState(settingsPrefix() + u"/detailSplitter"_s, m_splitter->saveState());
}

void ResourcePage::setTenantUrl(const QString &url)
{
    m_detail->setTenantUrl(url);
}

QString ResourcePage::currentId() const
{
    return m_view->currentIndex().data(PagedResourceModel::IdRole).toString();
}

void ResourcePage::deleteCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    m_actions->deleteResource(this, m_model->kind(), current.data(PagedResourceModel::IdRole).toString(),
                              current.siblingAtColumn(0).data().toString());
}

void ResourcePage::exportCsv()
{
    m_actions->exportCsv(this, m_model->kind(), m_model->query());
}

void ResourcePage::currentChanged(const QString &) { }

void ResourcePage::currentRefreshed(const QString &) { }

void ResourcePage::followCurrent()
{
    const QString id = currentId();
    m_delete->setEnabled(!id.isEmpty());
    if (id == m_detail->resourceId())
        return;
    m_detail->showResource(id);
    currentChanged(id);
}

void ResourcePage::afterReload()
{
    const QString id = currentId();
    if (!id.isEmpty() && id == m_detail->resourceId()) {
        // The same resource after a reload: it (or its memberships) may have changed.
        m_detail->showResource(id);
        currentRefreshed(id);
        return;
    }
    followCurrent();
}

void ResourcePage::updateCount()
{
    const qint64 all = m_model->totalCount();
    const qint64 shown = m_model->matchingCount();
    if (shown == all && m_model->search().isEmpty() && !m_model->warningsOnly())
        m_count->setText(countText(all));
    else if (m_model->kind() == ResourceKind::User)
        //: %1 is the number of users shown
        m_count->setText(tr("%1 of %Ln user(s)", nullptr, Labels::count(all)).arg(QLocale().toString(shown)));
    else
        //: %1 is the number of groups shown
        m_count->setText(tr("%1 of %Ln group(s)", nullptr, Labels::count(all)).arg(QLocale().toString(shown)));

    const bool users = m_model->kind() == ResourceKind::User;
    if (all == 0)
        m_emptyHint->setText(u"<p><b>%1</b></p><p>%2</p>"_s.arg(
            (users ? tr("No users yet.") : tr("No groups yet.")).toHtmlEscaped(),
            (users ? tr("They appear here when the identity provider provisions them: after Test Connection, "
                        "start provisioning (or provision a user on demand).")
                   : tr("They appear here when the identity provider provisions them, with their members: "
                        "assign groups to the application and start provisioning."))
                .toHtmlEscaped()));
    else
        m_emptyHint->setText(
            (users ? tr("No user matches the search.") : tr("No group matches the search.")).toHtmlEscaped());
}

} // namespace scimmon
