#include "ui/resources/groupspage.h"

#include "platform/appsettings.h"
#include "ui/common/tableviews.h"
#include "ui/resources/groupmembersmodel.h"
#include "ui/resources/grouptablemodel.h"

#include <QLabel>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace scimmon {

namespace {
const int kMaxFittedWidth = 320; ///< widest a members column gets when fitted to its contents, px
} // namespace

GroupsPage::GroupsPage(GroupTableModel *groups, GroupMembersModel *members, ReadExecutor &reader, Receiver &receiver,
                       QWidget *parent)
    : ResourcePage(groups, reader, receiver, parent)
    , m_members(members)
    , m_membersView(new QTableView(this))
    , m_membersTitle(new QLabel(this))
    , m_sideSplitter(new QSplitter(Qt::Horizontal, this))
{
    QTableView *table = view();
    TableViews::fitColumn(table, GroupTableModel::DisplayName, u"Sales and Marketing EMEA"_s);
    TableViews::fitColumn(table, GroupTableModel::ExternalId, u"00000000-0000-0000-0000"_s);
    TableViews::fitColumn(table, GroupTableModel::Members, u"00000"_s);
    TableViews::fitColumn(table, GroupTableModel::LastModified, u"2026-11-29 17:02:37"_s);

    auto *membersProxy = TableViews::searchProxy(members, this);
    m_membersView->setObjectName(u"memberTable"_s);
    m_membersView->setModel(membersProxy);
    TableViews::setUp(m_membersView);
    m_membersView->setSortingEnabled(true);
    m_membersView->sortByColumn(GroupMembersModel::Display, Qt::AscendingOrder);
    TableViews::fitColumnsOnFirstRows(m_membersView, kMaxFittedWidth);
    TableViews::fitColumn(m_membersView, GroupMembersModel::Display, u"Firstname Lastname"_s);
    TableViews::fitColumn(m_membersView, GroupMembersModel::Type, u"Group"_s);
    m_membersTitle->setObjectName(u"membersTitle"_s);
    m_membersTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_membersTitle);
    rightLayout->addWidget(m_membersView, 1);
    m_sideSplitter->addWidget(table);
    m_sideSplitter->addWidget(right);
    m_sideSplitter->setStretchFactor(0, 3);
    m_sideSplitter->setStretchFactor(1, 2);
    m_sideSplitter->setChildrenCollapsible(false);
    setTop(m_sideSplitter);

    connect(m_members, &GroupMembersModel::modelReset, this, &GroupsPage::updateMembersTitle);
    updateMembersTitle();
}

void GroupsPage::restoreState(const AppSettings &settings)
{
    ResourcePage::restoreState(settings);
    const QByteArray splitter = settings.viewState(u"groups/splitter"_s);
    if (splitter.isEmpty() || !m_sideSplitter->restoreState(splitter))
        m_sideSplitter->setSizes({640, 420});
}

void GroupsPage::saveState(AppSettings &settings) const
{
    ResourcePage::saveState(settings);
    settings.setViewState(u"groups/splitter"_s, m_sideSplitter->saveState());
}

void GroupsPage::currentChanged(const QString &id)
{
    m_members->setGroupId(id);
}

void GroupsPage::currentRefreshed(const QString &)
{
    m_members->reload(); // the group was read again: its members may have changed too
}

void GroupsPage::updateMembersTitle()
{
    if (m_members->groupId().isEmpty()) {
        m_membersTitle->setText(tr("Select a group to see its members."));
        return;
    }
    const QString name = view()->currentIndex().siblingAtColumn(GroupTableModel::DisplayName).data().toString();
    const int n = m_members->rowCount();
    m_membersTitle->setText(u"<b>%1</b> \u2014 %2"_s.arg(name.toHtmlEscaped(), tr("%Ln member(s)", nullptr, n)));
}

} // namespace scimmon
