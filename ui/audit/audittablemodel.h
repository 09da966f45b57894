#pragma once

#include "model/auditevent.h"

#include <QAbstractTableModel>

namespace scimmon {

class ReadExecutor;

/// The audit trail as a table, newest first, read in pages of kPageSize on the reader's thread
/// (fetchMore), so that millions of events open at once. A new filter starts over.
class AuditTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Actor, Action, Target, Member, Changes, Result, ColumnCount };
    static constexpr int kPageSize = 500;

    /// `reader` must outlive the model. Loads the first page with an empty filter.
    explicit AuditTableModel(ReadExecutor &reader, QObject *parent = nullptr);

    /// Shows the events matching `filter` (loaded in the background; countsChanged() follows).
    void setFilter(const AuditFilter &filter);
    const AuditFilter &filter() const { return m_filter; }
    /// Reads the events again with the current filter (new events appear at the top).
    void reload();
    /// The event shown in `row`.
    const AuditEvent &event(int row) const { return m_rows.at(row); }
    /// Events matching the filter, and events in all, as of the last load.
    qint64 matchingCount() const { return m_matching; }
    qint64 totalCount() const { return m_total; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    /// The counts changed (after a load).
    void countsChanged(qint64 matching, qint64 total);

private:
    struct Page
    {
        QList<AuditEvent> events;
        qint64 matching = 0;
        qint64 total = 0;
    };
    void load(qint64 offset);

    ReadExecutor &m_reader;
    AuditFilter m_filter;
    QList<AuditEvent> m_rows;
    qint64 m_matching = 0;
    qint64 m_total = 0;
    quint64 m_generation = 0; ///< results of older filters are dropped
    bool m_loading = false;
};

} // namespace scimmon
