#pragma once

#include "resourcetablemodel.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace scimmon {

class Store;

/// One group as the Groups table shows it.
struct GroupRow
{
    QString id;
    QString displayName;
    QString externalId;
    qint64 memberCount = 0; ///< direct members, users and groups
    QDateTime lastModified; ///< UTC
    QString lastModifiedText; ///< local time, "yyyy-MM-dd hh:mm:ss"
};

/// The provisioned groups, one row each in creation order, loaded in the background (see
/// ResourceTableModel).
class GroupTableModel : public ResourceTableModel
{
    Q_OBJECT
public:
    enum Column { DisplayName, ExternalId, Members, LastModified, ColumnCount };

    /// `reader` must outlive the model. The model starts empty; call reload().
    explicit GroupTableModel(ReadExecutor &reader, QObject *parent = nullptr);

    /// One row per group; 0 for a child index.
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    /// Display texts, IdRole, SortRole (counts and QDateTime as such), right-aligned counts.
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    /// Every group with its member count, as the table shows them. Runs on the reader's thread;
    /// one count query per group. Empty when the store fails.
    static QList<GroupRow> query(Store &store);

protected:
    QStringList headers() const override;
    bool isNumberColumn(int column) const override;
    void startLoad() override;

private:
    QList<GroupRow> m_rows;
};

} // namespace scimmon
