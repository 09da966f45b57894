#pragma once

#include "model/requestfilter.h"
#include "model/requestrecord.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPair>
#include <QTimer>

#include <deque>

namespace scimmon {

class ReadExecutor;

/// The provisioning log as a table: a window of at most capacity() rows of the requests that
/// match filter(), oldest first, over the stored log (DESIGN.md, "Events").
///
/// - Live: records from the receiver are buffered and flushed on a timer, one row insertion per
///   batch (and at most one removal of the oldest rows when over capacity), so a burst of
///   requests costs one update per flush. Records that do not match the filter are only counted.
/// - Paging: older rows page in from the database (fetchOlder(), when the view reaches the top);
///   when that pushes the window over capacity the newest rows are dropped and the model leaves
///   the live end: new records are then counted (newerCount()) and page in with fetchNewer() or
///   showNewest(). setPaused() freezes the window the same way.
/// - Filters: setFilter() reloads the newest matching rows; the database applies the same rules
///   as RequestFilter::matches() does to live records.
///
/// - Simulated: a request the IdP simulator sent (RequestRecord::simulationRun) shows its IdP as
///   "Entra (simulated)" with the run id in the tool tip, so no one takes a rehearsal for a real
///   tenant's traffic.
///
/// - Faulted: a request a fault injection rule answered (RequestRecord::fault) names the rule in
///   the Fault column; a request it answered with nothing (a reset or closed connection) shows
///   "—" as its status.
///
/// Every read runs on the ReadExecutor; results of a read overtaken by a newer filter or a
/// clear() are dropped.
class RequestLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Time,
        Client,
        Idp,
        Method,
        Path,
        Status,
        Duration,
        Operation,
        Target,
        Token,
        Fault,
        Receiver,
        ColumnCount
    };
    /// The IdP cell of a simulated request: "Entra (simulated)", "Okta (simulated)", translated.
    static QString simulatedIdp(scimmon::Idp idp);

    enum Role {
        RecordIdRole = Qt::UserRole + 1, ///< qint64: the entry's id in the stored log, in every column
    };

    static constexpr int kDefaultCapacity = 10000; ///< rows held before the oldest are dropped
    static constexpr int kFlushIntervalMs = 150; ///< longest wait of a record in the buffer, ms
    static constexpr int kHistoryRows = 1000; ///< newest stored entries loaded by loadHistory()
    static constexpr int kPageRows = 500; ///< entries one fetchOlder() / fetchNewer() reads

    /// An empty log with the default capacity and no filter; call loadHistory() to show stored
    /// entries and make paging possible.
    explicit RequestLogModel(QObject *parent = nullptr);

    /// One row per request shown; 0 for a child index.
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    /// ColumnCount; 0 for a child index.
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    /// Display texts (Time in local time "hh:mm:ss.zzz", Duration in ms with one decimal, IdP
    /// "Other" when unknown), status colours (ForegroundRole; refused operations too), right
    /// alignment of numbers, tooltips with the full values, RecordIdRole.
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    /// The column titles; the numeric columns' titles are right-aligned like their values.
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Takes `record` as Receiver::requestHandled delivers it: counts it, and when it matches the
    /// filter and the window is at the live end, queues it; it becomes a row at the next flush,
    /// at most kFlushIntervalMs later.
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
    /// The row showing the entry `id`; -1 if none.
    int rowOfId(qint64 id) const;

    /// Empties the view: removes every row and queued record; later records appear as before. The
    /// stored log is not touched, no older rows page in, and reads still running are dropped.
    void clear();

    /// Reads through `reader` from now on (it must outlive the model) and loads the newest `limit`
    /// stored entries that match the filter, with the log's size (totalCount()) and the number
    /// that match (matchingCount()). Emits historyLoaded() when done.
    void loadHistory(ReadExecutor &reader, int limit = kHistoryRows);
    /// Places `records` (oldest first, as Store::requestPage returns them) above the rows received
    /// live, leaving out those already present; `storedCount` is the size of the stored log when
    /// they were read (-1: unknown). What loadHistory() does with its result; public for tests.
    void insertHistory(const QList<RequestRecord> &records, qint64 storedCount);

    /// Shows only requests that match `filter`: drops the rows and, with a reader, loads the
    /// newest matching stored entries (as loadHistory() does). Without a reader only later live
    /// records are filtered.
    void setFilter(const RequestFilter &filter);
    const RequestFilter &filter() const { return m_filter; }

    /// True when older matching entries may exist in the store (fetchOlder() would load some).
    bool hasOlder() const { return m_hasOlder; }
    /// True while the newest rows are the newest matching requests and new ones are appended.
    bool isAtLive() const { return m_atLive && !m_paused; }
    /// True while a read (history, older or newer page) is running.
    bool isLoading() const { return m_loading; }
    /// Loads up to `rows` older matching entries above the first row (one insertion); emits
    /// olderLoaded() with the number inserted. Rows beyond capacity() go at the newest end, which
    /// leaves the live end. Does nothing while loading or when !hasOlder().
    void fetchOlder(int rows = kPageRows);
    /// Loads up to `rows` newer matching entries below the last row when not at the live end;
    /// reaching the newest one returns to it. Does nothing while loading.
    void fetchNewer(int rows = kPageRows);
    /// Reloads the newest matching entries and returns to the live end (unpauses).
    void showNewest();

    /// Pausing freezes the rows: new matching requests are counted in newerCount(), not shown.
    /// Resuming brings them in (fetchNewer(), or showNewest() when there are many).
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    /// Matching requests newer than the last row and not shown (paused or paged away).
    qint64 newerCount() const { return m_newer; }

    /// Requests in the log: the stored ones (once loaded) plus those received since.
    /// Independent of clear(), the filter and the capacity.
    qint64 totalCount() const { return m_totalCount; }
    /// Requests that match the filter, stored and received since; -1 while being counted.
    qint64 matchingCount() const { return m_filter.isEmpty() ? m_totalCount : m_matchingCount; }

Q_SIGNALS:
    /// totalCount() changed (emitted at most once per flush).
    void totalCountChanged(qint64 count);
    /// matchingCount() changed (emitted at most once per flush).
    void matchingCountChanged(qint64 count);
    /// newerCount() or isAtLive() changed.
    void newerCountChanged(qint64 count);
    /// The read started by loadHistory(), setFilter() or showNewest() was placed in the model.
    void historyLoaded();
    /// fetchOlder() inserted `rows` rows at the top (0 when there were none).
    void olderLoaded(int rows);
    /// fetchNewer() appended `rows` rows at the end.
    void newerLoaded(int rows);

private:
    struct Row
    {
        RequestRecord record;
        QString timeText; ///< precomputed: formatting dates on every data() call is slow
        QString durationText;
    };
    struct Page;
    static Row makeRow(RequestRecord record);
    void removeOldest(int count);
    void removeNewest(int count);
    void startReload(int limit);
    void applyReload(const Page &page);
    void appendRows(QList<RequestRecord> records);
    void countLive(const RequestRecord &record, bool matches);
    void emitCounts();

    std::deque<Row> m_rows; ///< a deque: rows come and go at both ends without moving the others
    QList<RequestRecord> m_pending; ///< matching live records waiting for the flush
    QList<RequestRecord> m_detached; ///< matching live records that came while away from the live end
    bool m_detachedOverflow = false; ///< m_detached dropped some (the store has them)
    QTimer m_flushTimer;
    int m_capacity = kDefaultCapacity;
    ReadExecutor *m_reader = nullptr;
    RequestFilter m_filter;

    quint64 m_generation = 0; ///< bumped by every reset; reads of an older one are dropped
    bool m_loading = false;
    bool m_hasOlder = false;
    bool m_atLive = true;
    bool m_paused = false;
    qint64 m_newer = 0;

    bool m_counted = false; ///< the counts include the stored log
    qint64 m_snapshotMaxId = 0; ///< newest id the last count saw
    QList<QPair<qint64, bool>> m_early; ///< (id, matches) of records received before the count came
    qint64 m_totalCount = 0;
    qint64 m_matchingCount = 0;
    bool m_countsDirty = false;
};

} // namespace scimmon
