#include "userspage.h"

#include "core/settings/appsettings.h"
#include "tableviews.h"
#include "usertablemodel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace scimmon {

namespace {
const int kMaxFittedWidth = 280; ///< widest a column gets when fitted to its contents, px
} // namespace

UsersPage::UsersPage(UserTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(TableViews::searchProxy(model, this))
    , m_view(new QTableView(this))
    , m_search(TableViews::searchField(u"Search users"_s, m_proxy, this))
    , m_count(new QLabel(this))
{
    m_search->setObjectName(u"userSearch"_s);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_count);

    m_view->setObjectName(u"userTable"_s);
    m_view->setModel(m_proxy);
    TableViews::setUp(m_view);
    TableViews::keepPositionAcrossResets(m_view);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(UserTableModel::UserName, Qt::AscendingOrder);
    TableViews::fitColumn(m_view, UserTableModel::UserName, u"firstname.lastname@contoso.com"_s);
    TableViews::fitColumn(m_view, UserTableModel::DisplayName, u"Firstname Lastname"_s);
    TableViews::fitColumn(m_view, UserTableModel::GivenName, u"Firstname"_s);
    TableViews::fitColumn(m_view, UserTableModel::FamilyName, u"Lastname"_s);
    TableViews::fitColumn(m_view, UserTableModel::WorkEmail, u"firstname.lastname@contoso.com"_s);
    TableViews::fitColumn(m_view, UserTableModel::ExternalId, u"0000000000"_s);
    TableViews::fitColumn(m_view, UserTableModel::Active, u"inactive"_s);
    TableViews::fitColumn(m_view, UserTableModel::Groups, u"000"_s);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    connect(m_proxy, &QAbstractItemModel::modelReset, this, &UsersPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &UsersPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &UsersPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &UsersPage::updateCount);
    updateCount();
}

void UsersPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void UsersPage::restoreState(const AppSettings &settings)
{
    TableViews::restoreColumns(m_view, settings.viewState(u"users/header"_s), kMaxFittedWidth);
}

void UsersPage::saveState(AppSettings &settings) const
{
    const QByteArray columns = TableViews::columnsState(m_view);
    if (!columns.isEmpty())
        settings.setViewState(u"users/header"_s, columns);
}

void UsersPage::updateCount()
{
    const int all = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    if (shown == all)
        m_count->setText(all == 1 ? u"1 user"_s : u"%1 users"_s.arg(all));
    else
        m_count->setText(u"%1 of %2 users"_s.arg(shown).arg(all));
}

} // namespace scimmon
