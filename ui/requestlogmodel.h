#pragma once

#include "core/store/storetypes.h"

#include <QAbstractTableModel>
#include <QList>
#include <QTimer>

namespace scimmon {

class ReadExecutor;

/// The provisioning log as a table: one row per request the receiver answered, oldest first.
/// Live records are buffered and flushed on a timer, so a burst of requests costs one row
/// insertion per flush rather than one per request; the number of rows held is capped and the
/// oldest rows go first. On start the newest entries of the stored log are loaded in the
/// background and placed above the live ones (DESIGN.md, "Events").
class RequestLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Client, Method, Path, Status, Duration, Operation, Target, ColumnCount };

    static constexpr int kDefaultCapacity = 10000; ///< rows held before the oldest are dropped
    static constexpr int kFlushIntervalMs = 150; ///< longest wait of a record in the buffer, ms
    static constexpr int kHistoryRows = 1000; ///< stored entries loaded by loadHistory()

    /// An empty log with the default capacity; call loadHistory() to show stored entries.
    explicit RequestLogModel(QObject *parent = nullptr);

    /// One row per request shown; 0 for a child index.
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    /// ColumnCount; 0 for a child index.
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    /// Display texts (Time in local time "hh:mm:ss.zzz", Duration in ms with one decimal), status
    /// colours (ForegroundRole), right alignment of numbers and tooltips with the full values.
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    /// The column titles; the numeric columns' titles are right-aligned like their values.
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Queues `record` (as Receiver::requestHandled delivers it); it becomes a row at the next
    /// flush, at most kFlushIntervalMs later.
    void append(const RequestRecord &record);
    /// Moves every queued record into the model now: at most one removal of the oldest rows (when
    /// over capacity()) and one insertion of the whole batch at the end. Called by the timer.
    void flush();
    /// Records queued and not yet flushed.
    int pendingCount() const { return int(m_pending.size()); }

    /// Most rows held; more drop the oldest. At least 1.
    void setCapacity(int rows);
    int capacity() const { return m_capacity; }

    /// The record shown in `row` (headers and bodies already redacted); a default-constructed
    /// record when `row` is out of range.
    RequestRecord record(int row) const;

    /// Empties the view: removes every row and queued record. The stored log is not touched, and
    /// history that is still loading is not shown when it arrives.
    void clear();

    /// Loads the newest `limit` stored entries through `reader` (one background read) and inserts
    /// them above the rows received live, leaving out those already present. Also reads the size
    /// of the stored log for totalCount(). Emits historyLoaded() when done.
    void loadHistory(ReadExecutor &reader, int limit = kHistoryRows);
    /// Places `records` (oldest first, as Store::recentRequests returns them) above the live rows;
    /// `storedCount` is the size of the stored log when they were read. What loadHistory() does
    /// with the result of its read; public for tests.
    void insertHistory(const QList<RequestRecord> &records, qint64 storedCount);

    /// Requests in the log: the stored ones (once the history loaded) plus those received since.
    /// Independent of clear() and of the capacity.
    qint64 totalCount() const { return m_totalCount; }

Q_SIGNALS:
    /// totalCount() changed.
    void totalCountChanged(qint64 count);
    /// The history read by loadHistory() was placed in the model (or dropped after clear()).
    void historyLoaded();

private:
    struct Row
    {
        RequestRecord record;
        QString timeText; ///< precomputed: formatting dates on every data() call is slow
        QString durationText;
    };
    static Row makeRow(const RequestRecord &record);
    void removeOldest(int count);
    void countRecord(qint64 id);

    QList<Row> m_rows;
    QList<RequestRecord> m_pending;
    QTimer m_flushTimer;
    int m_capacity = kDefaultCapacity;

    bool m_historyPending = false; ///< loadHistory() ran and its result has not arrived
    bool m_historyWanted = true; ///< false after clear(): arriving history is not shown
    bool m_historyCounted = false; ///< totalCount() includes the stored log
    qint64 m_historyMaxId = 0; ///< newest id the history read saw
    QList<qint64> m_earlyIds; ///< ids received before the history arrived
    qint64 m_totalCount = 0;
};

} // namespace scimmon
