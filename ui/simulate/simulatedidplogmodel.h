#pragma once

#include "simulator/provisioninglogentry.h"

#include <QAbstractTableModel>
#include <QList>

namespace scimmon {

/// The simulated identity provider's provisioning log as a table: one row per object and cycle,
/// as Entra's provisioning log lists them (object, action, status, the IdP's error code, steps,
/// modified properties, requests sent). Rows are appended live (append()) while a simulation
/// runs; clear() empties the table before the next run. All texts are translated.
class SimulatedIdpLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ObjectType, Identity, Action, Status, ErrorCode, Steps, ModifiedProperties, Requests, ColumnCount };

    explicit SimulatedIdpLogModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    /// Display texts; the tool tip of a row is its error detail (or its identity's source id);
    /// failed rows are drawn in the error colour.
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Appends `entry` as the last row.
    void append(const ProvisioningLogEntry &entry);
    /// Removes every row.
    void clear();
    /// The entry of row `row`; `row` must be in range.
    const ProvisioningLogEntry &entry(int row) const { return m_entries.at(row); }

    /// The translated name of an entry's action ("Create", "Update", "Disable", "Delete", "Other",
    /// "None"); an unknown action is returned as it is.
    static QString actionText(const QString &action);
    /// The translated name of an entry's or step's status ("Success", "Failure", "Skipped",
    /// "Warning"); an unknown status is returned as it is.
    static QString statusText(const QString &status);
    /// The translated name of an object type ("User", "Group", "Connection").
    static QString objectTypeText(const QString &objectType);
    /// The translated name of a step ("Import", "Scope", "Match", "Action", "Connection test").
    static QString stepText(const QString &step);

private:
    QList<ProvisioningLogEntry> m_entries;
};

} // namespace scimmon
