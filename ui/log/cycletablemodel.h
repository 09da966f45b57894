#pragma once

#include "model/provisioningcycle.h"
#include "ui/resources/resourcetablemodel.h"

#include <QDateTime>
#include <QList>

namespace scimmon {

/// The provisioning cycles (see CycleTracker), newest first, one row each with Entra's summary
/// figures: created, updated, deactivated, deleted, membership changes, failures and duration.
/// Loaded in the background like the resource tables (ResourceTableModel); IdRole is the
/// cycle's id as text.
class CycleTableModel : public ResourceTableModel
{
    Q_OBJECT
public:
    enum Column {
        Cycle,
        Started,
        Duration,
        Idp,
        Trigger,
        Requests,
        Created,
        Updated,
        Deactivated,
        Deleted,
        MembershipChanges,
        Failures,
        State,
        Receiver, ///< which receiver of a shared store ran it
        ColumnCount
    };
    static constexpr int kMaxCycles = 500; ///< newest cycles loaded

    /// `reader` must outlive the model. The model starts empty; call reload().
    explicit CycleTableModel(ReadExecutor &reader, QObject *parent = nullptr);

    /// One row per cycle; 0 for a child index.
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    /// Display texts (local times, "3 min 12 s", "Running"/"Completed"), IdRole, SortRole,
    /// failures in the error colour, right-aligned counts.
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    /// The cycle in `row`; a default-constructed one when out of range.
    ProvisioningCycle cycle(int row) const;
    /// A cycle counts as running while its latest request is less than this many seconds old.
    void setQuietGapSeconds(int seconds) { m_quietGapSeconds = seconds; }

protected:
    QStringList headers() const override;
    bool isNumberColumn(int column) const override;
    void startLoad() override;

private:
    QList<ProvisioningCycle> m_rows;
    QDateTime m_loadedAt; ///< when the rows were read, for Running/Completed
    int m_quietGapSeconds;
};

} // namespace scimmon
