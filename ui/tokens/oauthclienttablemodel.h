#pragma once

#include "model/oauthclient.h"

#include <QAbstractTableModel>
#include <QSet>

namespace scimmon {

class ReadExecutor;

/// One OAuth client as the token manager lists it, with what is live at the time of reading.
struct OAuthClientRow
{
    OAuthClient client;
    int liveSecrets = 0; ///< Client Secrets that are accepted now (two or more during a rotation)
    int liveTokens = 0; ///< access tokens issued to it that are accepted now
};

/// The OAuth clients of the token endpoint as the token manager lists them, newest first: name,
/// Client Identifier, access-token lifetime, created, state, live secrets and access tokens,
/// workload identity issuer, and whether the keychain remembers its secret. Never holds a secret.
/// Reloads through the ReadExecutor.
class OAuthClientTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, ClientId, Lifetime, Created, State, Secrets, Tokens, Workload, Keychain, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, ///< qint64 client row id
    };

    /// `reader` must outlive the model.
    explicit OAuthClientTableModel(ReadExecutor &reader, QObject *parent = nullptr);

    /// Reads the clients again in the background; emits loaded() when the rows are replaced.
    void reload();
    /// Which clients' secrets are remembered in the keychain (Client Identifiers).
    void setRemembered(const QStringList &clientIds);

    /// The client of `row` (a default row for an invalid one).
    OAuthClientRow row(int row) const;
    /// The row of client `id` (row id), -1 when absent.
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /// A reload() finished and the rows show its result.
    void loaded();

private:
    ReadExecutor &m_reader;
    QList<OAuthClientRow> m_rows;
    QSet<QString> m_remembered;
};

} // namespace scimmon
