#include "usertablemodel.h"

#include "core/scim/resourcemapper.h"
#include "readtask.h"

#include <QGuiApplication>
#include <QJsonArray>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace scimmon {

namespace {

/// The work address among a user's emails, else the primary one, else the first.
QString workEmail(const QJsonObject &data)
{
    const QJsonArray emails = data.value("emails"_L1).toArray();
    QString primary;
    QString first;
    for (const QJsonValue &e : emails) {
        const QJsonObject email = e.toObject();
        const QString value = email.value("value"_L1).toString();
        if (email.value("type"_L1).toString().compare("work"_L1, Qt::CaseInsensitive) == 0)
            return value;
        if (primary.isEmpty() && email.value("primary"_L1).toBool())
            primary = value;
        if (first.isEmpty())
            first = value;
    }
    return primary.isEmpty() ? first : primary;
}

} // namespace

UserTableModel::UserTableModel(ReadExecutor &reader, QObject *parent)
    : ResourceTableModel(reader, parent)
{
}

int UserTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant UserTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const UserRow &u = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        switch (index.column()) {
        case UserName:
            return u.userName;
        case DisplayName:
            return u.displayName;
        case GivenName:
            return u.givenName;
        case FamilyName:
            return u.familyName;
        case WorkEmail:
            return u.workEmail;
        case ExternalId:
            return u.externalId;
        case Active:
            if (role == SortRole)
                return u.active;
            return u.active ? u"active"_s : u"inactive"_s;
        case Groups:
            if (role == SortRole)
                return u.groupCount;
            return QString::number(u.groupCount);
        case LastModified:
            if (role == SortRole)
                return u.lastModified;
            return u.lastModifiedText;
        }
        break;
    case IdRole:
        return u.id;
    case Qt::ForegroundRole:
        if (!u.active)
            return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
        break;
    case Qt::ToolTipRole:
        if (!u.active)
            return u"Deactivated by the identity provider (active = false)"_s;
        break;
    case Qt::TextAlignmentRole:
        return alignment(index.column());
    default:
        break;
    }
    return {};
}

QList<UserRow> UserTableModel::query(Store &store)
{
    const QList<Resource> users = store.findResources(ResourceKind::User, ResourceQuery{});
    QStringList ids;
    ids.reserve(users.size());
    for (const Resource &r : users)
        ids.append(r.id);
    const QHash<QString, QList<GroupRef>> groups = store.groupsOf(ids);

    QList<UserRow> rows;
    rows.reserve(users.size());
    for (const Resource &r : users) {
        const QJsonObject name = r.data.value("name"_L1).toObject();
        UserRow row;
        row.id = r.id;
        row.userName = ResourceMapper::userName(r.data);
        row.displayName = r.data.value("displayName"_L1).toString();
        row.givenName = name.value("givenName"_L1).toString();
        row.familyName = name.value("familyName"_L1).toString();
        row.workEmail = workEmail(r.data);
        row.externalId = ResourceMapper::externalId(r.data);
        row.active = ResourceMapper::active(r.data);
        row.groupCount = groups.value(r.id).size();
        row.lastModified = r.lastModified;
        row.lastModifiedText = r.lastModified.toLocalTime().toString(u"yyyy-MM-dd hh:mm:ss"_s);
        rows.append(row);
    }
    return rows;
}

QStringList UserTableModel::headers() const
{
    static const QStringList titles{u"userName"_s,    u"displayName"_s, u"Given name"_s,
                                    u"Family name"_s, u"Work email"_s,  u"externalId"_s,
                                    u"Active"_s,      u"Groups"_s,      u"Last modified"_s};
    return titles;
}

bool UserTableModel::isNumberColumn(int column) const
{
    return column == Groups;
}

void UserTableModel::startLoad()
{
    ReadTask::run<QList<UserRow>>(reader(), this, &UserTableModel::query, [this](const QList<UserRow> &rows) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
        finishLoad();
    });
}

} // namespace scimmon
