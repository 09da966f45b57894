#include "ui/resources/userspage.h"

#include "ui/common/tableviews.h"
#include "ui/resources/groupmembersmodel.h"
#include "ui/resources/resourcedetailpane.h"
#include "ui/resources/usertablemodel.h"

#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace scimmon {

UsersPage::UsersPage(UserTableModel *model, ReadExecutor &reader, Receiver &receiver, QWidget *parent)
    : ResourcePage(model, reader, receiver, parent)
    , m_groups(new GroupMembersModel(reader, this))
    , m_groupsView(new QTableView(this))
    , m_groupsTitle(new QLabel(this))
{
    QTableView *table = view();
    TableViews::fitColumn(table, UserTableModel::UserName, u"firstname.lastname.00000@contoso.com"_s);
    TableViews::fitColumn(table, UserTableModel::DisplayName, u"Firstname Lastname"_s);
    TableViews::fitColumn(table, UserTableModel::GivenName, u"Firstname"_s);
    TableViews::fitColumn(table, UserTableModel::FamilyName, u"Lastname"_s);
    TableViews::fitColumn(table, UserTableModel::WorkEmail, u"firstname.lastname.00000@contoso.com"_s);
    TableViews::fitColumn(table, UserTableModel::ExternalId, u"00000000-0000-0000"_s);
    TableViews::fitColumn(table, UserTableModel::Active, u"deactivated"_s);
    TableViews::fitColumn(table, UserTableModel::Groups, u"000"_s);
    TableViews::fitColumn(table, UserTableModel::LastModified, u"2026-11-29 17:02:37"_s);
    setTop(table);

    // The user's groups, beside the form and the JSON.
    auto *proxy = TableViews::searchProxy(m_groups, this);
    m_groupsView->setObjectName(u"userGroupsTable"_s);
    m_groupsView->setModel(proxy);
    TableViews::setUp(m_groupsView);
    m_groupsView->setSortingEnabled(true);
    m_groupsView->sortByColumn(GroupMembersModel::Display, Qt::AscendingOrder);
    m_groupsView->hideColumn(GroupMembersModel::Type); // always "Group"
    TableViews::fitColumn(m_groupsView, GroupMembersModel::Display, u"Engineering Platform 1"_s);
    m_groupsTitle->setObjectName(u"userGroupsTitle"_s);
    auto *panel = new QWidget(this);
    auto *panelLayout = new QVBoxLayout(panel);
    panelLayout->setContentsMargins(0, 0, 0, 0);
    panelLayout->addWidget(m_groupsTitle);
    panelLayout->addWidget(m_groupsView, 1);
    detailPane()->addPanel(panel);

    connect(m_groups, &GroupMembersModel::modelReset, this, &UsersPage::updateGroupsTitle);
    updateGroupsTitle();
}

void UsersPage::currentChanged(const QString &id)
{
    m_groups->setMemberId(id);
}

void UsersPage::currentRefreshed(const QString &)
{
    m_groups->reload();
}

void UsersPage::updateGroupsTitle()
{
    if (m_groups->memberId().isEmpty()) {
        m_groupsTitle->setText(u"<b>%1</b>"_s.arg(tr("Groups")));
        return;
    }
    const int n = m_groups->rowCount();
    m_groupsTitle->setText(u"<b>%1</b> \u2014 %2"_s.arg(tr("Groups"), tr("member of %Ln group(s)", nullptr, n)));
}

} // namespace scimmon
