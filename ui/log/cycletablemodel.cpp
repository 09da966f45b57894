#include "ui/log/cycletablemodel.h"
#include "ui/common/labels.h"

#include "service/cycletracker.h"
#include "ui/common/readtask.h"
#include "ui/common/statusstyle.h"

#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace scimmon {

CycleTableModel::CycleTableModel(ReadExecutor &reader, QObject *parent)
    : ResourceTableModel(reader, parent)
    , m_quietGapSeconds(CycleTracker::kDefaultQuietGapSeconds)
{
}

int CycleTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QStringList CycleTableModel::headers() const
{
    return {tr("Cycle"),   tr("Started"), tr("Duration"),    tr("IdP"),     tr("Started by"),         tr("Requests"),
            tr("Created"), tr("Updated"), tr("Deactivated"), tr("Deleted"), tr("Membership changes"), tr("Failures"),
            tr("State"),   tr("Receiver")};
}

bool CycleTableModel::isNumberColumn(int column) const
{
    return column == Cycle || (column >= Requests && column <= Failures);
}

ProvisioningCycle CycleTableModel::cycle(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : ProvisioningCycle();
}

QVariant CycleTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProvisioningCycle &c = m_rows.at(index.row());
    const bool running = c.isRunning(m_loadedAt, m_quietGapSeconds);
    auto number
        = [&](qint64 n) -> QVariant { return role == SortRole ? QVariant(n) : QVariant(QLocale().toString(n)); };
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        switch (index.column()) {
        case Cycle:
            return role == SortRole ? QVariant(c.id) : QVariant(u"#"_s + QString::number(c.id));
        case Started:
            return role == SortRole ? QVariant(c.started)
                                    : QVariant(c.started.toLocalTime().toString(u"yyyy-MM-dd hh:mm:ss"_s));
        case Duration:
            return role == SortRole ? QVariant(c.durationMs()) : QVariant(Labels::duration(c.durationMs()));
        case Idp:
            return Labels::idp(c.idp);
        case Trigger:
            return Labels::cycleTrigger(c.trigger);
        case Requests:
            return number(c.requests);
        case Created:
            return number(c.created);
        case Updated:
            return number(c.updated);
        case Deactivated:
            return number(c.deactivated);
        case Deleted:
            return number(c.deleted);
        case MembershipChanges:
            return number(c.membershipChanges());
        case Failures:
            return number(c.failures);
        case State:
            return running ? tr("Running") : tr("Completed");
        case Receiver:
            return c.receiver;
        }
        break;
    case Qt::ToolTipRole:
        return Labels::cycleSummary(c);
    case Qt::ForegroundRole:
        if (index.column() == Failures && c.failures > 0)
            return StatusStyle::errorColor(QGuiApplication::palette());
        if (index.column() == State && running)
            return StatusStyle::okColor(QGuiApplication::palette());
        break;
    case Qt::TextAlignmentRole:
        return alignment(index.column());
    case IdRole:
        return QString::number(c.id);
    default:
        break;
    }
    return {};
}

void CycleTableModel::startLoad()
{
    ReadTask::run<QList<ProvisioningCycle>>(
        reader(), this, [](Store &store) { return store.requestLog().cycles(kMaxCycles); },
        [this](const QList<ProvisioningCycle> &rows) {
            beginResetModel();
            m_rows = rows;
            m_loadedAt = QDateTime::currentDateTimeUtc();
            endResetModel();
            finishLoad();
        });
}

} // namespace scimmon
