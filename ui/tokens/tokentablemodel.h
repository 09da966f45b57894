#pragma once

#include "model/tokenrecord.h"
#include "service/tokenservice.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QSet>

namespace scimmon {

class ReadExecutor;

/// The Secret Tokens as the token manager lists them, newest first: label, created, expires, last
/// used, request count, state (active, expiring soon, expired, revoked) and whether the token is
/// remembered in the keychain. Never holds a token's text. Reloads through the ReadExecutor.
class TokenTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Label, Created, Expires, LastUsed, Requests, State, Keychain, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, ///< qint64 token id
        StateRole, ///< int(TokenState)
    };

    /// `reader` must outlive the model.
    explicit TokenTableModel(ReadExecutor &reader, QObject *parent = nullptr);

    /// Reads the tokens again in the background; emits loaded() when the rows are replaced.
    void reload();
    /// Which tokens are remembered in the keychain (their ids).
    void setRemembered(const QList<qint64> &ids);

    /// The token of `row` (a default record for an invalid row).
    TokenRecord token(int row) const;
    /// The row of token `id`, -1 when absent.
    int rowOf(qint64 id) const;
    /// The state of `token` as shown (at the time of the last reload).
    TokenState state(const TokenRecord &token) const { return TokenService::state(token, m_now); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /// A reload() finished and the rows show its result.
    void loaded();

private:
    ReadExecutor &m_reader;
    QList<TokenRecord> m_tokens;
    QSet<qint64> m_remembered;
    QDateTime m_now;
};

} // namespace scimmon
