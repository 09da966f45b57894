#include "ui/simulate/simulatedidplogmodel.h"

#include "ui/common/statusstyle.h"

#include <QGuiApplication>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace scimmon {

SimulatedIdpLogModel::SimulatedIdpLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int SimulatedIdpLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int SimulatedIdpLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SimulatedIdpLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProvisioningLogEntry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ObjectType:
            return objectTypeText(e.objectType);
        case Identity:
            return e.identity;
        case Action:
            return actionText(e.action);
        case Status:
            return e.escrowed ? tr("%1 (escrowed)").arg(statusText(e.status)) : statusText(e.status);
        case ErrorCode:
            return e.errorCode;
        case Steps:
            return QString::number(e.steps.size());
        case ModifiedProperties:
            return QString::number(e.modifiedProperties.size());
        case Requests:
            return QString::number(e.requests.size());
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return e.errorDetail.isEmpty() ? e.sourceId : e.errorDetail;
    case Qt::ForegroundRole:
        if (e.failed())
            return StatusStyle::errorColor(QGuiApplication::palette());
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() >= Steps)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant SimulatedIdpLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ObjectType:
        return tr("Object");
    case Identity:
        return tr("Identity");
    case Action:
        return tr("Action");
    case Status:
        return tr("Status");
    case ErrorCode:
        return tr("Error code");
    case Steps:
        return tr("Steps");
    case ModifiedProperties:
        return tr("Modified properties");
    case Requests:
        return tr("Requests");
    default:
        return {};
    }
}

void SimulatedIdpLogModel::append(const ProvisioningLogEntry &entry)
{
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.append(entry);
    endInsertRows();
}

void SimulatedIdpLogModel::clear()
{
    if (m_entries.isEmpty())
        return;
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

QString SimulatedIdpLogModel::actionText(const QString &action)
{
    if (action == "Create"_L1)
        return tr("Create");
    if (action == "Update"_L1)
        return tr("Update");
    if (action == "Disable"_L1)
        return tr("Disable");
    if (action == "Delete"_L1)
        return tr("Delete");
    if (action == "Other"_L1)
        return tr("Other");
    if (action == "None"_L1)
        return tr("None");
    return action;
}

QString SimulatedIdpLogModel::statusText(const QString &status)
{
    if (status == "Success"_L1)
        return tr("Success");
    if (status == "Failure"_L1)
        return tr("Failure");
    if (status == "Skipped"_L1)
        return tr("Skipped");
    if (status == "Warning"_L1)
        return tr("Warning");
    return status;
}

QString SimulatedIdpLogModel::objectTypeText(const QString &objectType)
{
    if (objectType == "User"_L1)
        return tr("User");
    if (objectType == "Group"_L1)
        return tr("Group");
    if (objectType == "Connection"_L1)
        return tr("Connection");
    return objectType;
}

QString SimulatedIdpLogModel::stepText(const QString &step)
{
    if (step == "Import"_L1)
        return tr("Import");
    if (step == "Scope"_L1)
        return tr("Scope");
    if (step == "Match"_L1)
        return tr("Match");
    if (step == "Action"_L1)
        return tr("Action");
    if (step == "Connection test"_L1)
        return tr("Connection test");
    return step;
}

} // namespace scimmon
