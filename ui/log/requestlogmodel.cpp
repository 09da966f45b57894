#include "ui/log/requestlogmodel.h"
#include "ui/common/labels.h"

#include "ui/common/readtask.h"
#include "ui/common/statusstyle.h"

#include <QGuiApplication>
#include <QLocale>
#include <QPalette>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace scimmon {

namespace {

const int kRightAligned = int(Qt::AlignRight | Qt::AlignVCenter);

/// The newest id among `rows`' stored records (0 when none is stored).
template<class Rows>
qint64 lastStoredId(const Rows &rows)
{
    for (auto it = rows.crbegin(); it != rows.crend(); ++it)
        if (it->record.id > 0)
            return it->record.id;
    return 0;
}

} // namespace

struct RequestLogModel::Page
{
    RequestLogSnapshot snapshot;
    RequestFilter filter;
    int limit = 0;
};

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

QString RequestLogModel::simulatedIdp(scimmon::Idp idp)
{
    return tr("%1 (simulated)").arg(Labels::idp(idp));
}

QVariant RequestLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    const RequestRecord &r = row.record;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Time:
            return row.timeText;
        case Client:
            return r.client;
        case Idp:
            // A rehearsal must not pass for a real tenant's traffic.
            return r.simulationRun.isEmpty() ? Labels::idp(r.idp) : simulatedIdp(r.idp);
        case Method:
            return r.method;
        case Path:
            return r.path;
        case Status:
            return r.status == 0 ? u"\u2014"_s : QString::number(r.status);
        case Duration:
            return row.durationText;
        case Operation:
            return Labels::operation(r.operation);
        case Target:
            return r.target;
        case Token:
            return r.tokenLabel;
        case Fault:
            return r.fault;
        case Receiver:
            return r.receiver;
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Time:
            return r.time.toLocalTime().toString(u"yyyy-MM-dd hh:mm:ss.zzz"_s);
        case Idp:
            if (!r.simulationRun.isEmpty())
                return tr("Sent by scim-monitor's IdP simulator (run %1), not by a real tenant").arg(r.simulationRun);
            break;
        case Path:
            return r.path;
        case Fault:
            if (!r.fault.isEmpty())
                return tr("Answered by the fault rule “%1” on purpose, not by the service").arg(r.fault);
            break;
        case Receiver:
            if (!r.receiver.isEmpty())
                return tr("Answered by the receiver “%1” of the shared store").arg(r.receiver);
            break;
        case Status: {
            if (r.status == 0)
                return tr("No answer: the connection was dropped");
            QString tip = QString::number(r.status) + u' ' + StatusStyle::reasonPhrase(r.status);
            if (!r.authFailure.isEmpty())
                tip += u'\n' + tr("Authentication failed: %1").arg(Labels::authFailure(r.authFailure));
            return tip;
        }
        case Operation: {
            QString tip = Labels::operation(r.operation);
            if (r.attemptedOperation != scimmon::Operation::None)
                tip += u' ' + tr("(tried: %1)").arg(Labels::operation(r.attemptedOperation));
            if (!r.tokenLabel.isEmpty())
                tip += u'\n' + tr("Token: %1").arg(r.tokenLabel);
            return tip;
        }
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
        if (index.column() == Fault)
            return StatusStyle::errorColor(QGuiApplication::palette());
        if (index.column() == Status || (index.column() == Operation && r.status >= 400)) {
            const QColor color = StatusStyle::color(r.status, QGuiApplication::palette());
            if (color.isValid())
                return color;
        }
        break;
    case RecordIdRole:
        return r.id;
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
        return tr("Time");
    case Client:
        return tr("Client");
    case Idp:
        return tr("IdP");
    case Method:
        return tr("Method");
    case Path:
        return tr("Path");
    case Status:
        return tr("Status");
    case Duration:
        return tr("Duration (ms)");
    case Operation:
        return tr("Operation");
    case Target:
        return tr("Target");
    case Token:
        return tr("Token");
    case Fault:
        //: the column naming the fault injection rule that answered a request
        return tr("Fault");
    case Receiver:
        //: the column naming the receiver (of several sharing one store) that answered a request
        return tr("Receiver");
    default:
        return {};
    }
}

void RequestLogModel::append(const RequestRecord &record)
{
    const bool matches = m_filter.matches(record);
    countLive(record, matches);
    if (matches) {
        if (isAtLive()) {
            m_pending.append(record);
        } else {
            m_detached.append(record);
            if (m_detached.size() > m_capacity) {
                m_detached.removeFirst();
                m_detachedOverflow = true;
            }
            ++m_newer;
            Q_EMIT newerCountChanged(m_newer);
        }
    }
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void RequestLogModel::countLive(const RequestRecord &record, bool matches)
{
    if (!m_counted)
        m_early.append({record.id, matches});
    // Entries the stored count already includes are not counted again.
    const bool stored = m_counted && record.id != 0 && record.id <= m_snapshotMaxId;
    if (!stored) {
        ++m_totalCount;
        if (matches && m_matchingCount >= 0)
            ++m_matchingCount;
    }
    m_countsDirty = true;
}

void RequestLogModel::emitCounts()
{
    if (!m_countsDirty)
        return;
    m_countsDirty = false;
    Q_EMIT totalCountChanged(m_totalCount);
    Q_EMIT matchingCountChanged(matchingCount());
}

void RequestLogModel::flush()
{
    m_flushTimer.stop();
    emitCounts();
    if (m_pending.isEmpty())
        return;
    QList<RequestRecord> batch;
    batch.swap(m_pending);
    appendRows(std::move(batch));
}

void RequestLogModel::appendRows(QList<RequestRecord> batch)
{
    if (batch.size() > m_capacity) {
        batch.remove(0, batch.size() - m_capacity);
        m_hasOlder = m_hasOlder || m_reader;
    }
    const qsizetype excess = qsizetype(m_rows.size()) + batch.size() - m_capacity;
    if (excess > 0)
        removeOldest(int(excess));
    if (batch.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows(QModelIndex(), first, first + int(batch.size()) - 1);
    for (RequestRecord &r : batch)
        m_rows.push_back(makeRow(std::move(r)));
    endInsertRows();
}

void RequestLogModel::setCapacity(int rows)
{
    m_capacity = std::max(1, rows);
    if (qsizetype(m_rows.size()) > m_capacity)
        removeOldest(int(m_rows.size()) - m_capacity);
}

RequestRecord RequestLogModel::record(int row) const
{
    if (row < 0 || size_t(row) >= m_rows.size())
        return {};
    return m_rows[size_t(row)].record;
}

int RequestLogModel::rowOfId(qint64 id) const
{
    if (id == 0)
        return -1;
    for (int row = int(m_rows.size()) - 1; row >= 0; --row)
        if (m_rows[size_t(row)].record.id == id)
            return row;
    return -1;
}

void RequestLogModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_pending.clear();
    m_detached.clear();
    m_detachedOverflow = false;
    ++m_generation;
    m_loading = false;
    m_hasOlder = false;
    m_atLive = true;
    m_newer = 0;
    endResetModel();
    Q_EMIT newerCountChanged(m_newer);
}

void RequestLogModel::loadHistory(ReadExecutor &reader, int limit)
{
    m_reader = &reader;
    startReload(limit);
}

void RequestLogModel::setFilter(const RequestFilter &filter)
{
    if (filter == m_filter && m_reader)
        return;
    m_filter = filter;
    // Unknown until the store counted them; without a store, counted from now on.
    m_matchingCount = filter.isEmpty() ? m_totalCount : (m_reader ? -1 : 0);
    beginResetModel();
    m_rows.clear();
    m_pending.clear();
    endResetModel();
    m_countsDirty = true;
    emitCounts();
    if (m_reader)
        startReload(kHistoryRows);
}

void RequestLogModel::showNewest()
{
    if (!m_reader) {
        setPaused(false);
        return;
    }
    beginResetModel();
    m_rows.clear();
    m_pending.clear();
    endResetModel();
    startReload(kHistoryRows);
}

void RequestLogModel::startReload(int limit)
{
    ++m_generation;
    const quint64 generation = m_generation;
    m_loading = true;
    m_atLive = true;
    m_paused = false;
    m_detached.clear();
    m_detachedOverflow = false;
    m_newer = 0;
    m_hasOlder = false;
    Q_EMIT newerCountChanged(m_newer);
    const RequestFilter filter = m_filter;
    ReadTask::run<Page>(
        *m_reader, this,
        [filter, limit](Store &store) {
            Page page;
            page.filter = filter;
            page.limit = limit;
            page.snapshot = store.requestLog().snapshot(filter, limit);
            return page;
        },
        [this, generation](const Page &page) {
            // The counts are worth having even when a newer read replaces the rows.
            const RequestLogSnapshot &s = page.snapshot;
            if (!m_counted && s.total >= 0) {
                m_totalCount = s.total;
                m_snapshotMaxId = s.maxId;
                for (const auto &[id, matches] : std::as_const(m_early))
                    if (id == 0 || id > s.maxId)
                        ++m_totalCount;
                m_counted = true;
                m_early.clear();
                m_countsDirty = true;
            }
            if (generation != m_generation) {
                emitCounts();
                return;
            }
            applyReload(page);
        });
}

void RequestLogModel::applyReload(const Page &page)
{
    m_loading = false;
    const RequestLogSnapshot &s = page.snapshot;
    if (page.filter == m_filter && !m_filter.isEmpty() && s.matching >= 0) {
        // Live matches since the snapshot are on top of the stored ones. The rows shown (and
        // queued) that came after it are exactly those.
        qint64 liveAfter = 0;
        for (const Row &row : std::as_const(m_rows))
            liveAfter += (row.record.id == 0 || row.record.id > s.maxId) ? 1 : 0;
        for (const RequestRecord &r : std::as_const(m_pending))
            liveAfter += (r.id == 0 || r.id > s.maxId) ? 1 : 0;
        m_matchingCount = s.matching + liveAfter;
        m_countsDirty = true;
    }
    insertHistory(s.records, -1);
    m_hasOlder = s.records.size() >= page.limit && page.limit > 0;
    emitCounts();
}

void RequestLogModel::insertHistory(const QList<RequestRecord> &records, qint64 storedCount)
{
    m_loading = false;
    if (storedCount >= 0 && !m_counted) {
        // The stored count covers every id up to the newest one read; live records above it are extra.
        const qint64 maxId = records.isEmpty() ? 0 : records.last().id;
        m_snapshotMaxId = maxId;
        m_totalCount = storedCount;
        for (const auto &[id, matches] : std::as_const(m_early))
            if (id == 0 || id > maxId)
                ++m_totalCount;
        m_counted = true;
        m_early.clear();
        m_countsDirty = true;
        emitCounts();
    }

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

    QList<RequestRecord> older;
    older.reserve(records.size());
    for (const RequestRecord &r : records) {
        if (!liveIds.contains(r.id) && (oldestLive == 0 || r.id < oldestLive))
            older.append(r);
    }
    const qsizetype room = m_capacity - qsizetype(m_rows.size());
    if (older.size() > room)
        older.remove(0, older.size() - std::max<qsizetype>(room, 0));
    if (!older.isEmpty()) {
        beginInsertRows(QModelIndex(), 0, int(older.size()) - 1);
        for (auto it = older.rbegin(); it != older.rend(); ++it)
            m_rows.push_front(makeRow(std::move(*it)));
        endInsertRows();
    }
    Q_EMIT historyLoaded();
}

void RequestLogModel::fetchOlder(int rows)
{
    if (!m_reader || m_loading || !m_hasOlder)
        return;
    qint64 beforeId = 0;
    for (const Row &row : std::as_const(m_rows)) {
        if (row.record.id > 0) {
            beforeId = row.record.id;
            break;
        }
    }
    if (beforeId == 0)
        return;
    m_loading = true;
    const quint64 generation = m_generation;
    const RequestFilter filter = m_filter;
    ReadTask::run<QList<RequestRecord>>(
        *m_reader, this,
        [filter, beforeId, rows](Store &store) { return store.requestLog().page(filter, beforeId, 0, rows); },
        [this, generation, rows](const QList<RequestRecord> &records) {
            if (generation != m_generation)
                return;
            m_hasOlder = records.size() >= rows;
            const int n = int(std::min<qsizetype>(records.size(), m_capacity));
            if (n > 0) {
                beginInsertRows(QModelIndex(), 0, n - 1);
                for (qsizetype i = records.size() - 1; i >= records.size() - n; --i)
                    m_rows.push_front(makeRow(records.at(i)));
                endInsertRows();
                const qsizetype excess = qsizetype(m_rows.size()) - m_capacity;
                if (excess > 0)
                    removeNewest(int(excess));
            }
            m_loading = false; // only now: a view may ask for more while the rows go in
            Q_EMIT olderLoaded(n);
        });
}

void RequestLogModel::removeNewest(int count)
{
    if (count <= 0)
        return;
    const int first = int(m_rows.size()) - count;
    beginRemoveRows(QModelIndex(), first, int(m_rows.size()) - 1);
    m_rows.erase(m_rows.begin() + first, m_rows.end());
    endRemoveRows();
    // The removed rows and everything queued after them are now newer than the window.
    m_newer += count + m_pending.size() + m_detached.size();
    m_pending.clear();
    m_detached.clear();
    m_detachedOverflow = false;
    m_atLive = false;
    Q_EMIT newerCountChanged(m_newer);
}

void RequestLogModel::fetchNewer(int rows)
{
    if (!m_reader || m_loading || (m_atLive && !m_paused && m_newer == 0))
        return;
    const qint64 afterId = std::max(lastStoredId(m_rows), m_rows.empty() ? m_snapshotMaxId : 0);
    m_loading = true;
    const quint64 generation = m_generation;
    const RequestFilter filter = m_filter;
    ReadTask::run<QList<RequestRecord>>(
        *m_reader, this,
        [filter, afterId, rows](Store &store) {
            return afterId > 0 ? store.requestLog().page(filter, 0, afterId, rows)
                               : store.requestLog().page(filter, 0, 0, rows);
        },
        [this, generation, rows](const QList<RequestRecord> &records) {
            if (generation != m_generation)
                return;
            m_loading = false;
            const qint64 before = lastStoredId(m_rows);
            QList<RequestRecord> fresh;
            for (const RequestRecord &r : records)
                if (r.id > before)
                    fresh.append(r);
            const int freshCount = int(fresh.size());
            appendRows(std::move(fresh));
            m_hasOlder = m_hasOlder || freshCount > 0;
            m_newer = std::max<qint64>(0, m_newer - freshCount);
            const bool reachedEnd = records.size() < rows;
            if (reachedEnd && m_detachedOverflow) {
                // Some live records were dropped while away; the store has them: read on.
                m_detached.clear();
                m_detachedOverflow = false;
                Q_EMIT newerLoaded(freshCount);
                fetchNewer(rows);
                return;
            }
            if (reachedEnd) {
                // Back at the live end: what came while reading follows.
                const qint64 last = lastStoredId(m_rows);
                QList<RequestRecord> tail;
                for (const RequestRecord &r : std::as_const(m_detached))
                    if (r.id == 0 || r.id > last)
                        tail.append(r);
                m_detached.clear();
                m_atLive = true;
                m_paused = false;
                m_newer = 0;
                appendRows(std::move(tail));
            }
            Q_EMIT newerCountChanged(m_newer);
            Q_EMIT newerLoaded(freshCount);
        });
}

void RequestLogModel::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    if (paused) {
        // Freeze now: what is queued becomes "newer".
        m_newer += m_pending.size();
        m_detached = m_pending + m_detached;
        m_pending.clear();
        m_paused = true;
        Q_EMIT newerCountChanged(m_newer);
        return;
    }
    m_paused = false;
    if (m_atLive && !m_detachedOverflow) {
        // Nothing was paged away: what came while paused is all here.
        QList<RequestRecord> tail;
        tail.swap(m_detached);
        m_newer = 0;
        appendRows(std::move(tail));
        Q_EMIT newerCountChanged(m_newer);
        return;
    }
    m_atLive = false;
    if (m_newer > m_capacity || !m_reader)
        showNewest();
    else
        fetchNewer(m_capacity);
}

RequestLogModel::Row RequestLogModel::makeRow(RequestRecord record)
{
    QString time = record.time.toLocalTime().toString(u"hh:mm:ss.zzz"_s);
    // The decimal separator of the window's locale ("12,3" in German), without grouping.
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    QString duration = locale.toString(record.durationMs, 'f', 1);
    return {std::move(record), std::move(time), std::move(duration)};
}

void RequestLogModel::removeOldest(int count)
{
    if (count <= 0)
        return;
    beginRemoveRows(QModelIndex(), 0, count - 1);
    m_rows.erase(m_rows.begin(), m_rows.begin() + count);
    endRemoveRows();
    if (m_reader)
        m_hasOlder = true;
}

} // namespace scimmon
