#pragma once

#include <QAbstractTableModel>

namespace scimmon {

class ReadExecutor;

/// Base of the tables that show what the store holds (users, groups, a group's members). Their
/// rows are read on the ReadExecutor's thread and replace the model's rows in one reset, so the
/// GUI thread never queries the database. Reloads asked for while one runs are merged into one
/// more load after it.
class ResourceTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1, ///< QString: the resource's id, in every column
        SortRole, ///< the column's value for sorting (numbers and dates as such)
    };

    /// `reader` must outlive the model.
    explicit ResourceTableModel(ReadExecutor &reader, QObject *parent = nullptr);

    /// Reads the rows again in the background and returns at once; loadFinished() follows.
    void reload();
    /// True from reload() until loadFinished().
    bool isLoading() const { return m_loading; }

    /// The number of headers(); 0 for a child index.
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    /// The column titles of headers(); numeric columns are right-aligned.
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /// The rows now show the store as of the latest reload() (none is pending any more).
    void loadFinished();

protected:
    /// The header texts; their number is the column count.
    virtual QStringList headers() const = 0;
    /// Starts the background read. The implementation calls finishLoad() on the GUI thread after
    /// it has applied the result (also when it drops a stale one).
    virtual void startLoad() = 0;
    void finishLoad();
    /// True for columns holding numbers, which are right-aligned.
    virtual bool isNumberColumn(int column) const;
    ReadExecutor &reader() const { return m_reader; }
    /// Qt::TextAlignmentRole for `column`: right for numbers, invalid (the default) otherwise.
    QVariant alignment(int column) const;

private:
    ReadExecutor &m_reader;
    bool m_loading = false;
    bool m_reloadAgain = false;
};

} // namespace scimmon
