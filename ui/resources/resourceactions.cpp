#include "ui/resources/resourceactions.h"

#include "export/resourcecsvexport.h"
#include "service/localactions.h"
#include "store/readexecutor.h"
#include "ui/common/filedialog.h"
#include "ui/common/messagebox.h"
#include "ui/common/readtask.h"
#include "ui/common/writetask.h"

#include <QDate>
#include <QDir>
#include <QPointer>
#include <QStandardPaths>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace scimmon {

namespace {

/// The resource kind in an export's file name (English, like the file's columns).
QString noun(ResourceKind kind)
{
    return kind == ResourceKind::User ? u"user"_s : u"group"_s;
}

QString deleteTitle(ResourceKind kind)
{
    return kind == ResourceKind::User ? ResourceActions::tr("Delete user") : ResourceActions::tr("Delete group");
}

QString resetTitle()
{
    return ResourceActions::tr("Reset all data");
}

QString exportTitle(ResourceKind kind)
{
    return kind == ResourceKind::User ? ResourceActions::tr("Export users") : ResourceActions::tr("Export groups");
}

QString csvFilter()
{
    return ResourceActions::tr("CSV files (*.csv)");
}

/// "<p>what</p><p>error</p>", for a message box.
QString failure(const QString &what, const QString &error)
{
    return u"<p>%1</p><p>%2</p>"_s.arg(what, error.toHtmlEscaped());
}

QString deleteFailed(const QString &name, const QString &error)
{
    return failure(ResourceActions::tr("%1 could not be deleted.").arg(name.toHtmlEscaped()), error);
}

QString resetFailed(const QString &error)
{
    return failure(ResourceActions::tr("The data could not be reset; nothing was deleted."), error);
}

QString exportFailed(const QString &error)
{
    return failure(ResourceActions::tr("The export failed."), error);
}

/// The outcome of a change or an export made on the reader's thread.
struct Done
{
    bool ok = false; ///< false also when the store could not be opened
    QString error;
    qint64 rows = 0;
};

} // namespace

ResourceActions::ResourceActions(ReadExecutor &reader, Receiver &receiver, QObject *parent)
    : QObject(parent)
    , m_reader(reader)
    , m_receiver(receiver)
{
}

void ResourceActions::deleteResource(QWidget *parent, ResourceKind kind, const QString &id, const QString &name)
{
    if (id.isEmpty())
        return;
    const QString bold = u"<b>"_s + name.toHtmlEscaped() + u"</b>"_s;
    const QString text = u"<p>%1</p><p>%2</p>"_s.arg(
        kind == ResourceKind::User ? tr("Delete the user %1 from scim-monitor's store?").arg(bold)
                                   : tr("Delete the group %1 from scim-monitor's store?").arg(bold),
        tr("Its memberships go with it, as after a SCIM DELETE. The identity provider is not told: its next "
           "provisioning cycle may create it again. The deletion is recorded in the audit trail as a local action."));
    const QPointer<QWidget> owner = parent;
    MessageBox::question(parent, deleteTitle(kind), text, tr("Delete"),
                         [this, owner, kind, id, name](MessageBox::Button answer) {
                             if (answer != QMessageBox::Yes)
                                 return;
                             WriteTask::run<Done>(
                                 m_receiver, this,
                                 [kind, id](Store &store) {
                                     const ScimOutcome o = LocalActions(store).deleteResource(kind, id);
                                     Done d;
                                     d.ok = o.status == 204;
                                     d.error = o.body.value("detail"_L1).toString();
                                     return d;
                                 },
                                 [this, owner, kind, name](const Done &d) {
                                     if (!d.ok)
                                         MessageBox::warning(owner, deleteTitle(kind), deleteFailed(name, d.error));
                                     Q_EMIT resourcesChanged(); // also after a failure: it may be gone already
                                 });
                         });
}

void ResourceActions::resetAllData(QWidget *parent)
{
    const QString text = u"<p>%1</p><p>%2</p>"_s.arg(
        tr("Delete %1 from scim-monitor's store?").arg(u"<b>"_s + tr("every user, group and membership") + u"</b>"_s),
        tr("Secret Tokens, the provisioning log and the audit trail stay. The identity provider is not told: its next "
           "cycle provisions its users and groups again. The reset is recorded in the audit trail as a local action."));
    const QPointer<QWidget> owner = parent;
    MessageBox::question(parent, resetTitle(), text, tr("Delete all"), [this, owner](MessageBox::Button answer) {
        if (answer != QMessageBox::Yes)
            return;
        WriteTask::run<Done>(
            m_receiver, this,
            [](Store &store) {
                Done d;
                d.ok = LocalActions(store).resetAllData();
                d.error = store.lastError().message;
                return d;
            },
            [this, owner](const Done &d) {
                if (!d.ok)
                    MessageBox::warning(owner, resetTitle(), resetFailed(d.error));
                Q_EMIT resourcesChanged();
            });
    });
}

void ResourceActions::exportCsv(QWidget *parent, ResourceKind kind, const BrowseQuery &query)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested
        = QDir(folder.isEmpty() ? QDir::homePath() : folder)
              .filePath(u"scim-monitor-%1s-%2.csv"_s.arg(noun(kind), QDate::currentDate().toString(Qt::ISODate)));
    const QPointer<QWidget> owner = parent;
    FileDialog::saveFile(parent, exportTitle(kind), suggested, csvFilter(),
                         [this, owner, kind, query](const QString &path) {
                             if (path.isEmpty())
                                 return;
                             ReadTask::run<Done>(
                                 m_reader, this,
                                 [kind, query, path](Store &store) {
                                     Done d;
                                     d.rows = ResourceCsvExport::writeFile(store, kind, query, path, &d.error);
                                     d.ok = d.rows >= 0;
                                     return d;
                                 },
                                 [this, owner, kind, path](const Done &d) {
                                     if (!d.ok) {
                                         MessageBox::warning(owner, exportTitle(kind), exportFailed(d.error));
                                         return;
                                     }
                                     Q_EMIT exported(kind, path, d.rows);
                                 });
                         });
}

} // namespace scimmon
