#include "ui/resources/usertablemodel.h"

#include <QGuiApplication>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace scimmon {

UserTableModel::UserTableModel(ReadExecutor &reader, QObject *parent)
    : PagedResourceModel(ResourceKind::User, reader, parent)
{
}

BrowseSort UserTableModel::sortKeyOf(int column)
{
    switch (column) {
    case DisplayName:
        return BrowseSort::DisplayName;
    case GivenName:
        return BrowseSort::GivenName;
    case FamilyName:
        return BrowseSort::FamilyName;
    case WorkEmail:
        return BrowseSort::WorkEmail;
    case ExternalId:
        return BrowseSort::ExternalId;
    case Active:
        return BrowseSort::Active;
    case Groups:
        return BrowseSort::Count;
    case LastModified:
        return BrowseSort::LastModified;
    case Mapping:
        return BrowseSort::Warnings;
    default:
        return BrowseSort::Name;
    }
}

QVariant UserTableModel::cellData(const BrowseRow &u, int column, int role) const
{
    if (column == Mapping)
        return mappingData(u, role);
    if (role == Qt::DisplayRole) {
        switch (column) {
        case UserName:
            return u.name;
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
            return u.active ? tr("active") : QString();
        case Groups:
            return QString::number(u.count);
        case LastModified:
            return timeText(u.lastModified);
        default:
            return {};
        }
    }
    if (u.active)
        return {};
    const QColor grey = QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
    switch (role) {
    case Qt::ForegroundRole:
    case BadgeColorRole:
        return grey;
    case Qt::ToolTipRole:
        return tr("Deactivated by the identity provider (active = false)");
    case BadgeRole:
        return column == Active ? QVariant(tr("deactivated")) : QVariant();
    default:
        return {};
    }
}

QStringList UserTableModel::headers() const
{
    return {u"userName"_s,   u"displayName"_s, tr("Given name"), tr("Family name"),   tr("Work email"),
            u"externalId"_s, tr("Active"),     tr("Groups"),     tr("Last modified"), tr("Mapping")};
}

bool UserTableModel::isNumberColumn(int column) const
{
    return column == Groups;
}

} // namespace scimmon
