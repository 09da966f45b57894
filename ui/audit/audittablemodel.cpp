#include "ui/audit/audittablemodel.h"

#include "audit/auditlog.h"
#include "ui/common/labels.h"
#include "ui/common/readtask.h"
#include "ui/common/statusstyle.h"

#include <QGuiApplication>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace scimmon {

AuditTableModel::AuditTableModel(ReadExecutor &reader, QObject *parent)
    : QAbstractTableModel(parent)
    , m_reader(reader)
{
    load(0);
}

void AuditTableModel::setFilter(const AuditFilter &filter)
{
    m_filter = filter;
    reload();
}

void AuditTableModel::reload()
{
    ++m_generation;
    m_loading = false;
    load(0);
}

void AuditTableModel::load(qint64 offset)
{
    m_loading = true;
    const AuditFilter filter = m_filter;
    const quint64 generation = m_generation;
    ReadTask::run<Page>(
        m_reader, this,
        [filter, offset](Store &store) {
            Page page;
            page.events = store.audit().events(filter, offset, kPageSize);
            if (offset == 0) {
                page.matching = store.audit().count(filter);
                page.total = store.audit().count(AuditFilter{});
            }
            return page;
        },
        [this, offset, generation](const Page &page) {
            if (generation != m_generation)
                return; // a newer filter took over
            // m_loading stays set until the rows are in: views and testers may ask for more while
            // the model signals the change, and must not load the same page again.
            if (offset == 0) {
                beginResetModel();
                m_rows = page.events;
                m_matching = std::max<qint64>(0, page.matching);
                m_total = std::max<qint64>(0, page.total);
                endResetModel();
                m_loading = false;
                Q_EMIT countsChanged(m_matching, m_total);
                return;
            }
            if (!page.events.isEmpty()) {
                beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size() + page.events.size() - 1));
                m_rows += page.events;
                endInsertRows();
            }
            m_loading = false;
        });
}

int AuditTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool AuditTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_loading && m_rows.size() < m_matching;
}

void AuditTableModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        load(m_rows.size());
}

QVariant AuditTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const AuditEvent &e = m_rows.at(index.row());
    const bool refused = e.result != "success"_L1;
    if (role == Qt::ForegroundRole && refused && index.column() == Result)
        return StatusStyle::errorColor(QGuiApplication::palette());
    if (role == Qt::ToolTipRole && (index.column() == Changes || index.column() == Result))
        return index.column() == Changes ? Labels::auditChanges(e.changes) : Labels::auditResult(e.result);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Time:
        return e.time.toLocalTime().toString(u"yyyy-MM-dd hh:mm:ss"_s);
    case Actor:
        return e.actor;
    case Action:
        return e.action;
    case Target:
        return e.targetName.isEmpty() ? e.targetId : e.targetName;
    case Member:
        return e.memberName.isEmpty() ? e.memberId : e.memberName;
    case Changes:
        return Labels::auditChanges(e.changes).left(300);
    case Result:
        return refused ? e.result.section(u':', 0, 0) : Labels::auditResult(e.result);
    default:
        return {};
    }
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    const QStringList headers{tr("Time"),   tr("Actor"),   tr("Action"), tr("Target"),
                              tr("Member"), tr("Changes"), tr("Result")};
    return headers.value(section);
}

} // namespace scimmon
