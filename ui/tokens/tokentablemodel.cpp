#include "ui/tokens/tokentablemodel.h"

#include "ui/common/labels.h"
#include "ui/common/readtask.h"
#include "ui/common/statusstyle.h"

#include <QApplication>
#include <QLocale>
#include <QPalette>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace scimmon {

namespace {

QString when(const QDateTime &t, const QString &none)
{
    return t.isValid() ? t.toLocalTime().toString(u"yyyy-MM-dd hh:mm"_s) : none;
}

} // namespace

TokenTableModel::TokenTableModel(ReadExecutor &reader, QObject *parent)
    : QAbstractTableModel(parent)
    , m_reader(reader)
    , m_now(QDateTime::currentDateTimeUtc())
{
}

void TokenTableModel::reload()
{
    ReadTask::run<QList<TokenRecord>>(
        m_reader, this, [](Store &store) { return store.tokens().all(); },
        [this](const QList<TokenRecord> &tokens) {
            beginResetModel();
            m_tokens = tokens;
            std::sort(m_tokens.begin(), m_tokens.end(),
                      [](const TokenRecord &a, const TokenRecord &b) { return a.id > b.id; });
            m_now = QDateTime::currentDateTimeUtc();
            endResetModel();
            Q_EMIT loaded();
        });
}

void TokenTableModel::setRemembered(const QList<qint64> &ids)
{
    m_remembered = QSet<qint64>(ids.cbegin(), ids.cend());
    if (!m_tokens.isEmpty())
        Q_EMIT dataChanged(index(0, Keychain), index(int(m_tokens.size()) - 1, Keychain));
}

TokenRecord TokenTableModel::token(int row) const
{
    return row >= 0 && row < m_tokens.size() ? m_tokens.at(row) : TokenRecord();
}

int TokenTableModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_tokens.size(); ++i)
        if (m_tokens.at(i).id == id)
            return i;
    return -1;
}

int TokenTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tokens.size());
}

int TokenTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TokenTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TokenRecord &t = m_tokens.at(index.row());
    const TokenState s = state(t);
    switch (role) {
    case IdRole:
        return t.id;
    case StateRole:
        return int(s);
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Label:
            return t.label;
        case Created:
            return when(t.created, u"\u2014"_s);
        case Expires:
            return when(t.expires, tr("never"));
        case LastUsed:
            return when(t.lastUsed, tr("never"));
        case Requests:
            return QLocale().toString(t.requestCount);
        case State:
            return Labels::tokenState(s);
        case Keychain:
            return m_remembered.contains(t.id) ? tr("remembered") : QString();
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == State && s == TokenState::Revoked)
            return tr("Revoked %1; requests with it get 401.").arg(when(t.revoked, QString()));
        if (index.column() == State && s == TokenState::Expired)
            return tr("Expired %1; requests with it get 401.").arg(when(t.expires, QString()));
        if (index.column() == Keychain && m_remembered.contains(t.id))
            return tr("Kept in this computer's keychain: it can be revealed and copied.");
        return {};
    case Qt::ForegroundRole: {
        const QPalette pal = QApplication::palette();
        if (s == TokenState::Expired || s == TokenState::Revoked)
            return pal.color(QPalette::Disabled, QPalette::Text);
        if (index.column() == State && s == TokenState::ExpiringSoon)
            return StatusStyle::color(400, pal);
        if (index.column() == State && s == TokenState::Active)
            return StatusStyle::okColor(pal);
        return {};
    }
    case Qt::TextAlignmentRole:
        return index.column() == Requests ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default:
        return {};
    }
}

QVariant TokenTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Label:
        return tr("Label");
    case Created:
        return tr("Created");
    case Expires:
        return tr("Expires");
    case LastUsed:
        return tr("Last used");
    case Requests:
        return tr("Requests");
    case State:
        return tr("State");
    case Keychain:
        return tr("On this computer");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace scimmon
