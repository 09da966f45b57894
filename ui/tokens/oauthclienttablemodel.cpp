#include "ui/tokens/oauthclienttablemodel.h"

#include "oauth/oauthclientservice.h"
#include "ui/common/readtask.h"
#include "ui/common/statusstyle.h"

#include <QApplication>
#include <QPalette>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace scimmon {

OAuthClientTableModel::OAuthClientTableModel(ReadExecutor &reader, QObject *parent)
    : QAbstractTableModel(parent)
    , m_reader(reader)
{
}

void OAuthClientTableModel::reload()
{
    ReadTask::run<QList<OAuthClientRow>>(
        m_reader, this,
        [](Store &store) {
            OAuthClientService service(store);
            const QDateTime now = QDateTime::currentDateTimeUtc();
            QList<OAuthClientRow> rows;
            for (const OAuthClient &c : service.clients())
                rows.append({c, int(service.liveSecrets(c.id, now).size()), service.liveAccessTokens(c.id, now)});
            std::sort(rows.begin(), rows.end(),
                      [](const OAuthClientRow &a, const OAuthClientRow &b) { return a.client.id > b.client.id; });
            return rows;
        },
        [this](const QList<OAuthClientRow> &rows) {
            beginResetModel();
            m_rows = rows;
            endResetModel();
            Q_EMIT loaded();
        });
}

void OAuthClientTableModel::setRemembered(const QStringList &clientIds)
{
    m_remembered = QSet<QString>(clientIds.cbegin(), clientIds.cend());
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Keychain), index(int(m_rows.size()) - 1, Keychain));
}

OAuthClientRow OAuthClientTableModel::row(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : OAuthClientRow();
}

int OAuthClientTableModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).client.id == id)
            return i;
    return -1;
}

int OAuthClientTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OAuthClientTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OAuthClientTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OAuthClientRow &r = m_rows.at(index.row());
    const OAuthClient &c = r.client;
    const bool revoked = c.revoked.isValid();
    switch (role) {
    case IdRole:
        return c.id;
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Name:
            return c.name;
        case ClientId:
            return c.clientId;
        case Lifetime:
            return tr("%n min", nullptr, c.tokenLifetimeMinutes);
        case Created:
            return c.created.toLocalTime().toString(u"yyyy-MM-dd hh:mm"_s);
        case State:
            return revoked ? tr("revoked") : tr("active");
        case Secrets:
            return r.liveSecrets;
        case Tokens:
            return r.liveTokens;
        case Workload:
            return c.federation.isSet() ? c.federation.issuer : QString();
        case Keychain:
            return m_remembered.contains(c.clientId) ? tr("remembered") : QString();
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == State && revoked)
            return tr("Revoked %1: no new access tokens, and the ones it had are refused.")
                .arg(c.revoked.toLocalTime().toString(u"yyyy-MM-dd hh:mm"_s));
        if (index.column() == Secrets && r.liveSecrets > 1)
            return tr("A rotation is under way: the older secret still works until its grace period ends.");
        if (index.column() == Workload && c.federation.isSet())
            return tr("Assertions from %1 (subject: %2) are exchanged for access tokens; keys from %3.")
                .arg(c.federation.issuer, c.federation.subject.isEmpty() ? tr("any") : c.federation.subject,
                     c.federation.jwks);
        return {};
    case Qt::ForegroundRole: {
        const QPalette pal = QApplication::palette();
        if (revoked)
            return pal.color(QPalette::Disabled, QPalette::Text);
        if (index.column() == State)
            return StatusStyle::okColor(pal);
        return {};
    }
    case Qt::TextAlignmentRole:
        return index.column() == Secrets || index.column() == Tokens ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                                     : QVariant();
    default:
        return {};
    }
}

QVariant OAuthClientTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Name:
        return tr("Name");
    case ClientId:
        return tr("Client Identifier");
    case Lifetime:
        return tr("Token lifetime");
    case Created:
        return tr("Created");
    case State:
        return tr("State");
    case Secrets:
        return tr("Secrets");
    case Tokens:
        return tr("Access tokens");
    case Workload:
        return tr("Workload identity");
    case Keychain:
        return tr("On this computer");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace scimmon
