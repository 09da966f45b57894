#include "groupspage.h"

#include "core/settings/appsettings.h"
#include "groupmembersmodel.h"
#include "grouptablemodel.h"
#include "tableviews.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace scimmon {

namespace {
const int kMaxFittedWidth = 320; ///< widest a column gets when fitted to its contents, px
} // namespace

GroupsPage::GroupsPage(GroupTableModel *groups, GroupMembersModel *members, QWidget *parent)
    : QWidget(parent)
    , m_groups(groups)
    , m_members(members)
    , m_proxy(TableViews::searchProxy(groups, this))
    , m_view(new QTableView(this))
    , m_membersView(new QTableView(this))
    , m_search(TableViews::searchField(u"Search groups"_s, m_proxy, this))
    , m_count(new QLabel(this))
    , m_membersTitle(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
{
    m_search->setObjectName(u"groupSearch"_s);
    m_view->setObjectName(u"groupTable"_s);
    m_view->setModel(m_proxy);
    TableViews::setUp(m_view);
    TableViews::keepPositionAcrossResets(m_view);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(GroupTableModel::DisplayName, Qt::AscendingOrder);
    TableViews::fitColumn(m_view, GroupTableModel::DisplayName, u"Sales and Marketing EMEA"_s);
    TableViews::fitColumn(m_view, GroupTableModel::ExternalId, u"00000000-0000-0000-0000"_s);
    TableViews::fitColumn(m_view, GroupTableModel::Members, u"00000"_s);

    auto *membersProxy = TableViews::searchProxy(members, this);
    m_membersView->setObjectName(u"memberTable"_s);
    m_membersView->setModel(membersProxy);
    TableViews::setUp(m_membersView);
    m_membersView->setSortingEnabled(true);
    m_membersView->sortByColumn(GroupMembersModel::Display, Qt::AscendingOrder);
    TableViews::fitColumnsOnFirstRows(m_membersView, kMaxFittedWidth);
    TableViews::fitColumn(m_membersView, GroupMembersModel::Display, u"Firstname Lastname"_s);
    TableViews::fitColumn(m_membersView, GroupMembersModel::Type, u"Group"_s);

    auto *left = new QWidget(this);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_count);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(bar);
    leftLayout->addWidget(m_view, 1);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_membersTitle->setMinimumHeight(m_search->sizeHint().height());
    m_membersTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    rightLayout->addWidget(m_membersTitle);
    rightLayout->addWidget(m_membersView, 1);

    m_splitter->addWidget(left);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_splitter);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                m_members->setGroupId(current.data(GroupTableModel::IdRole).toString());
            });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &GroupsPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &GroupsPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &GroupsPage::updateCount);
    connect(m_members, &GroupMembersModel::modelReset, this, &GroupsPage::updateMembersTitle);
    connect(m_groups, &GroupTableModel::loadFinished, this, &GroupsPage::refreshMembers);
    updateCount();
    updateMembersTitle();
}

void GroupsPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void GroupsPage::restoreState(const AppSettings &settings)
{
    const QByteArray splitter = settings.viewState(u"groups/splitter"_s);
    if (!splitter.isEmpty())
        m_splitter->restoreState(splitter);
    else
        m_splitter->setSizes({640, 420});
    TableViews::restoreColumns(m_view, settings.viewState(u"groups/header"_s), kMaxFittedWidth);
}

void GroupsPage::saveState(AppSettings &settings) const
{
    settings.setViewState(u"groups/splitter"_s, m_splitter->saveState());
    const QByteArray columns = TableViews::columnsState(m_view);
    if (!columns.isEmpty())
        settings.setViewState(u"groups/header"_s, columns);
}

void GroupsPage::refreshMembers()
{
    const QString id = m_view->currentIndex().data(GroupTableModel::IdRole).toString();
    if (id != m_members->groupId())
        m_members->setGroupId(id);
    else if (!id.isEmpty())
        m_members->reload(); // the group was reloaded: its members may have changed too
}

void GroupsPage::updateCount()
{
    const int all = m_groups->rowCount();
    const int shown = m_proxy->rowCount();
    if (shown == all)
        m_count->setText(all == 1 ? u"1 group"_s : u"%1 groups"_s.arg(all));
    else
        m_count->setText(u"%1 of %2 groups"_s.arg(shown).arg(all));
}

void GroupsPage::updateMembersTitle()
{
    if (m_members->groupId().isEmpty()) {
        m_membersTitle->setText(u"Select a group to see its members."_s);
        return;
    }
    const QModelIndex current = m_view->currentIndex();
    const QString name = current.siblingAtColumn(GroupTableModel::DisplayName).data().toString();
    const int n = m_members->rowCount();
    m_membersTitle->setText(
        u"<b>%1</b> \u2014 %2"_s.arg(name.toHtmlEscaped(), n == 1 ? u"1 member"_s : u"%1 members"_s.arg(n)));
}

} // namespace scimmon
