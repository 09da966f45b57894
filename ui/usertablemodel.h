#pragma once

#include "resourcetablemodel.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace scimmon {

class Store;

/// One user as the Users table shows it, read from the stored resource.
struct UserRow
{
    QString id;
    QString userName;
    QString displayName;
    QString givenName; ///< name.givenName
    QString familyName; ///< name.familyName
    QString workEmail; ///< the emails[] value of type "work", else the primary one, else the first
    QString externalId;
    bool active = true;
    qint64 groupCount = 0; ///< groups the user is a direct member of
    QDateTime lastModified; ///< UTC
    QString lastModifiedText; ///< local time, "yyyy-MM-dd hh:mm:ss"
};

/// The provisioned users, one row each in creation order, loaded in the background (see
/// ResourceTableModel). Deactivated users (active false) are greyed and say "inactive".
class UserTableModel : public ResourceTableModel
{
    Q_OBJECT
public:
    enum Column {
        UserName,
        DisplayName,
        GivenName,
        FamilyName,
        WorkEmail,
        ExternalId,
        Active,
        Groups,
        LastModified,
        ColumnCount
    };

    /// `reader` must outlive the model. The model starts empty; call reload().
    explicit UserTableModel(ReadExecutor &reader, QObject *parent = nullptr);

    /// One row per user; 0 for a child index.
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    /// Display texts, IdRole, SortRole (bool, counts and QDateTime as such), greyed text for
    /// inactive users (ForegroundRole), right-aligned counts.
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    /// Every user with the number of groups it is in, as the table shows them. Runs on the
    /// reader's thread. Reads the whole table: fine for thousands of users, to be replaced by
    /// paging in the database for very large tenants. Empty when the store fails.
    static QList<UserRow> query(Store &store);

protected:
    QStringList headers() const override;
    bool isNumberColumn(int column) const override;
    void startLoad() override;

private:
    QList<UserRow> m_rows;
};

} // namespace scimmon
