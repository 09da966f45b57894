#pragma once

#include "model/resourcekind.h"
#include "store/browsequery.h"

#include <QObject>

class QWidget;

namespace scimmon {

class ReadExecutor;
class Receiver;

/// The administrator's own actions on users and groups, for demos and troubleshooting: delete one
/// locally, reset all data (each after a confirmation, each recorded in the audit trail by
/// LocalActions with the actor "local"), and export the Users or Groups table as CSV
/// (ResourceCsvExport). The work runs on the ReadExecutor's thread and connection, never on the
/// GUI thread; SQLite queues it behind a receiver write in progress (busy timeout). Dialogs go
/// through MessageBox and FileDialog, so tests answer them.
class ResourceActions : public QObject
{
    Q_OBJECT
public:
    /// `reader` must outlive the object.
    /// Deletions and resets go to `receiver`'s writer; exports read through `reader`.
    ResourceActions(ReadExecutor &reader, Receiver &receiver, QObject *parent = nullptr);

    /// Asks, then deletes the user or group `id` (named `name`) as a SCIM DELETE would,
    /// memberships included; the identity provider is not told. resourcesChanged() follows a
    /// deletion; failures are reported in a warning box.
    void deleteResource(QWidget *parent, ResourceKind kind, const QString &id, const QString &name);
    /// Asks, then deletes every user, group and membership (tokens, the request log and the audit
    /// trail stay). resourcesChanged() follows; failures are reported in a warning box.
    void resetAllData(QWidget *parent);
    /// Asks for a file name, then writes the resources of `kind` matching `query` (the table's
    /// search, filter and order) to it. exported() follows; failures are reported in a warning box.
    void exportCsv(QWidget *parent, ResourceKind kind, const BrowseQuery &query);

Q_SIGNALS:
    /// Users or groups were deleted here: the tables should reload.
    void resourcesChanged();
    /// A CSV export finished: `rows` resources were written to `path`.
    void exported(scimmon::ResourceKind kind, const QString &path, qint64 rows);

private:
    ReadExecutor &m_reader;
    Receiver &m_receiver;
};

} // namespace scimmon
