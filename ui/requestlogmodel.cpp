#include "requestlogmodel.h"

#include "readtask.h"
#include "statusstyle.h"

#include <QGuiApplication>
#include <QPalette>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace scimmon {

namespace {

/// What the history read brings back: the newest entries and the size of the log, both seen in
/// one read transaction so that they agree.
struct History
{
    QList<RequestRecord> records;
    qint64 count = -1;
};

const int kRightAligned = int(Qt::AlignRight | Qt::AlignVCenter);

} // namespace

RequestLogModel::RequestLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(kFlushIntervalMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &RequestLogModel::flush);
}

int RequestLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RequestLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RequestLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const RequestRecord &r = row.record;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Time:
            return row.timeText;
        case Client:
            return r.client;
        case Method:
            return r.method;
        case Path:
            return r.path;
        case Status:
            return QString::number(r.status);
        case Duration:
            return row.durationText;
        case Operation:
            return r.operation;
        case Target:
            return r.target;
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Time:
            return r.time.toLocalTime().toString(u"yyyy-MM-dd hh:mm:ss.zzz"_s);
        case Path:
            return r.path;
        case Status: {
            QString tip = QString::number(r.status) + u' ' + StatusStyle::reasonPhrase(r.status);
            if (!r.authFailure.isEmpty())
                tip += u"\nAuthentication failed: "_s + r.authFailure;
            return tip;
        }
        case Operation:
            return r.tokenLabel.isEmpty() ? r.operation : QString(r.operation + u"\nToken: "_s + r.tokenLabel);
        case Target:
            return r.resourceId.isEmpty() ? r.target : QString(r.target + u"\nid: "_s + r.resourceId);
        default:
            break;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Status || index.column() == Duration)
            return kRightAligned;
        break;
    case Qt::ForegroundRole:
        if (index.column() == Status) {
            const QColor color = StatusStyle::color(r.status, QGuiApplication::palette());
            if (color.isValid())
                return color;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant RequestLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && (section == Status || section == Duration))
        return kRightAligned;
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return u"Time"_s;
    case Client:
        return u"Client"_s;
    case Method:
        return u"Method"_s;
    case Path:
        return u"Path"_s;
    case Status:
        return u"Status"_s;
    case Duration:
        return u"Duration (ms)"_s;
    case Operation:
        return u"Operation"_s;
    case Target:
        return u"Target"_s;
    default:
        return {};
    }
}

void RequestLogModel::append(const RequestRecord &record)
{
    m_pending.append(record);
    countRecord(record.id);
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void RequestLogModel::flush()
{
    m_flushTimer.stop();
    if (m_pending.isEmpty())
        return;
    if (m_pending.size() > m_capacity)
        m_pending.remove(0, m_pending.size() - m_capacity);
    const qsizetype excess = m_rows.size() + m_pending.size() - m_capacity;
    if (excess > 0)
        removeOldest(int(excess));

    const int first = int(m_rows.size());
    beginInsertRows(QModelIndex(), first, first + int(m_pending.size()) - 1);
    m_rows.reserve(m_rows.size() + m_pending.size());
    for (const RequestRecord &r : std::as_const(m_pending))
        m_rows.append(makeRow(r));
    m_pending.clear();
    endInsertRows();
}

void RequestLogModel::setCapacity(int rows)
{
    m_capacity = std::max(1, rows);
    if (m_rows.size() > m_capacity)
        removeOldest(int(m_rows.size()) - m_capacity);
}

RequestRecord RequestLogModel::record(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    return m_rows.at(row).record;
}

void RequestLogModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_pending.clear();
    m_flushTimer.stop();
    if (m_historyPending)
        m_historyWanted = false;
    endResetModel();
}

void RequestLogModel::loadHistory(ReadExecutor &reader, int limit)
{
    m_historyPending = true;
    m_historyWanted = true;
    ReadTask::run<History>(
        reader, this,
        [limit](Store &store) {
            History h;
            // One read transaction: SQLite reads the count and the rows from the same snapshot.
            const bool inTransaction = store.begin();
            h.records = store.recentRequests(limit);
            h.count = store.requestCount();
            if (inTransaction)
                store.rollback();
            return h;
        },
        [this](const History &h) { insertHistory(h.records, h.count); });
}

void RequestLogModel::insertHistory(const QList<RequestRecord> &records, qint64 storedCount)
{
    m_historyPending = false;

    // The stored count covers every id up to the newest one read; live records above it are extra.
    // When the count could not be read, totalCount() keeps counting live records only.
    if (!m_historyCounted) {
        if (storedCount >= 0) {
            const qint64 maxId = records.isEmpty() ? 0 : records.last().id;
            m_historyMaxId = maxId;
            m_totalCount = storedCount + std::count_if(m_earlyIds.cbegin(), m_earlyIds.cend(), [maxId](qint64 id) {
                               return id == 0 || id > maxId;
                           });
            Q_EMIT totalCountChanged(m_totalCount);
        }
        m_historyCounted = true;
        m_earlyIds.clear();
    }

    if (m_historyWanted) {
        // Live rows (shown or queued) are newer than the history or the same entries: keep only
        // stored entries older than the oldest live one.
        QSet<qint64> liveIds;
        qint64 oldestLive = 0;
        auto note = [&](qint64 id) {
            liveIds.insert(id);
            if (id != 0 && (oldestLive == 0 || id < oldestLive))
                oldestLive = id;
        };
        for (const Row &row : std::as_const(m_rows))
            note(row.record.id);
        for (const RequestRecord &r : std::as_const(m_pending))
            note(r.id);

        QList<Row> older;
        older.reserve(records.size());
        for (const RequestRecord &r : records) {
            if (!liveIds.contains(r.id) && (oldestLive == 0 || r.id < oldestLive))
                older.append(makeRow(r));
        }
        const qsizetype room = m_capacity - m_rows.size();
        if (older.size() > room)
            older.remove(0, older.size() - std::max<qsizetype>(room, 0));
        if (!older.isEmpty()) {
            beginInsertRows(QModelIndex(), 0, int(older.size()) - 1);
            m_rows = older + m_rows;
            endInsertRows();
        }
    }
    m_historyWanted = true;
    Q_EMIT historyLoaded();
}

RequestLogModel::Row RequestLogModel::makeRow(const RequestRecord &record)
{
    return {record, record.time.toLocalTime().toString(u"hh:mm:ss.zzz"_s), QString::number(record.durationMs, 'f', 1)};
}

void RequestLogModel::removeOldest(int count)
{
    if (count <= 0)
        return;
    beginRemoveRows(QModelIndex(), 0, count - 1);
    m_rows.remove(0, count);
    endRemoveRows();
}

void RequestLogModel::countRecord(qint64 id)
{
    if (!m_historyCounted)
        m_earlyIds.append(id);
    else if (id != 0 && id <= m_historyMaxId)
        return; // already part of the stored count
    ++m_totalCount;
    Q_EMIT totalCountChanged(m_totalCount);
}

} // namespace scimmon
