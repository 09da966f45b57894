#include "ui/faults/faultrulemodel.h"

#include "ui/faults/faulttexts.h"

#include <QGuiApplication>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace scimmon {

FaultRuleModel::FaultRuleModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void FaultRuleModel::setRules(const QList<FaultRule> &rules)
{
    if (rules == m_rules)
        return;
    beginResetModel();
    m_rules = rules;
    endResetModel();
}

const FaultRule *FaultRuleModel::rule(int row) const
{
    return row >= 0 && row < m_rules.size() ? &m_rules[row] : nullptr;
}

int FaultRuleModel::rowOf(const QString &name) const
{
    for (qsizetype i = 0; i < m_rules.size(); ++i)
        if (m_rules[i].name.compare(name, Qt::CaseInsensitive) == 0)
            return int(i);
    return -1;
}

int FaultRuleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rules.size());
}

int FaultRuleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FaultRuleModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FaultRule &r = m_rules[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Name:
            return r.name;
        case Match:
            return r.matchText();
        case Filters:
            return FaultTexts::filters(r);
        case Action:
            return FaultTexts::action(r);
        case Phase:
            return FaultTexts::phase(r);
        case Frequency:
            return FaultTexts::frequency(r);
        }
        break;
    case Qt::CheckStateRole:
        if (index.column() == Name)
            return r.enabled ? Qt::Checked : Qt::Unchecked;
        break;
    case Qt::ForegroundRole:
        if (!r.enabled)
            return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
        break;
    default:
        break;
    }
    return {};
}

QVariant FaultRuleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Rule");
    case Match:
        //: the requests a fault rule matches, e.g. "POST /Users"
        return tr("Requests");
    case Filters:
        return tr("Only");
    case Action:
        return tr("Answer");
    case Phase:
        return tr("Phase");
    case Frequency:
        return tr("How often");
    default:
        return {};
    }
}

Qt::ItemFlags FaultRuleModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Name)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

bool FaultRuleModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != Name || !rule(index.row()))
        return false;
    Q_EMIT enabledChanged(m_rules[index.row()].name, value.toInt() == Qt::Checked);
    return true;
}

} // namespace scimmon
