#pragma once

#include "model/requestrecord.h"

#include <QDialog>

class QLabel;
class QSplitter;
class QTableView;

namespace scimmon {

class ReadExecutor;
class RequestDetailView;
class RequestLogModel;

/// The history of one user or group: every request that touched it — made on it, or a group
/// membership change that added or removed it — oldest first, with the selected request's
/// details and before → after diff below. Keeps following new requests (feed them to
/// requestArrived()). A non-modal window; it deletes itself when closed.
class ObjectHistoryDialog : public QDialog
{
    Q_OBJECT
public:
    /// The history of the resource `resourceType` ("User" or "Group") `id`, named `name`, read
    /// through `reader` (which must outlive the dialog).
    ObjectHistoryDialog(ReadExecutor &reader, const QString &resourceType, const QString &id, const QString &name,
                        QWidget *parent = nullptr);

    /// A request the receiver answered: shown when it touched this resource.
    void requestArrived(const RequestRecord &record);

    QString resourceId() const { return m_id; }
    RequestLogModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    RequestDetailView *detailView() const { return m_detail; }

private:
    void showCurrent();
    void updateTitle();

    QString m_resourceType;
    QString m_id;
    QString m_name;
    RequestLogModel *m_model;
    QLabel *m_title;
    QTableView *m_view;
    RequestDetailView *m_detail;
    QSplitter *m_splitter;
};

} // namespace scimmon
