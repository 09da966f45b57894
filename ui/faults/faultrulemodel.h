#pragma once

#include "model/faultrule.h"

#include <QAbstractTableModel>
#include <QList>

namespace scimmon {

/// The fault rules as a table, in the order the receiver tries them: a check box to enable or
/// disable each (setData() with Qt::CheckStateRole emits enabledChanged(); the model itself
/// changes only with setRules()), name, requests matched, filters, answer, phase and frequency.
class FaultRuleModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Match, Filters, Action, Phase, Frequency, ColumnCount };

    explicit FaultRuleModel(QObject *parent = nullptr);

    /// Shows `rules`; a no-op when they are the rules shown.
    void setRules(const QList<FaultRule> &rules);
    const QList<FaultRule> &rules() const { return m_rules; }
    /// The rule of `row`; nullptr out of range.
    const FaultRule *rule(int row) const;
    /// The row of the rule named `name` (without regard to case); -1 when none.
    int rowOf(const QString &name) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    /// Texts (translated, FaultTexts), the Name column's check box, a dimmed row for a disabled
    /// rule, tooltips with the whole text.
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    /// Qt::CheckStateRole on the Name column: emits enabledChanged() (nothing changes here).
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    /// The user ticked or cleared the rule's check box.
    void enabledChanged(const QString &name, bool enabled);

private:
    QList<FaultRule> m_rules;
};

} // namespace scimmon
