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

QString noun(ResourceKind kind)
{
    return kind == ResourceKind::User ? u"user"_s : u"group"_s;
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
    const QString text
        = u"<p>Delete the %1 <b>%2</b> from scim-monitor's store?</p>"
          "<p>Its memberships go with it, as after a SCIM DELETE. The identity provider is not told: its "
          "next provisioning cycle may create it again. The deletion is recorded in the audit trail as a "
          "local action.</p>"_s.arg(noun(kind), name.toHtmlEscaped());
    const QPointer<QWidget> owner = parent;
    MessageBox::question(parent, u"Delete %1"_s.arg(noun(kind)), text, u"Delete"_s,
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
                                         MessageBox::warning(owner, u"Delete %1"_s.arg(noun(kind)),
                                                             u"<p>%1 could not be deleted.</p><p>%2</p>"_s.arg(
                                                                 name.toHtmlEscaped(), d.error.toHtmlEscaped()));
                                     Q_EMIT resourcesChanged(); // also after a failure: it may be gone already
                                 });
                         });
}

void ResourceActions::resetAllData(QWidget *parent)
{
    const QString text = u"<p>Delete <b>every user, group and membership</b> from scim-monitor's store?</p>"
                         "<p>Secret Tokens, the provisioning log and the audit trail stay. The identity provider is "
                         "not told: its next cycle provisions its users and groups again. The reset is recorded in "
                         "the audit trail as a local action.</p>"_s;
    const QPointer<QWidget> owner = parent;
    MessageBox::question(parent, u"Reset all data"_s, text, u"Delete all"_s, [this, owner](MessageBox::Button answer) {
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
                    MessageBox::warning(owner, u"Reset all data"_s,
                                        u"<p>The data could not be reset; nothing was deleted.</p><p>%1</p>"_s.arg(
                                            d.error.toHtmlEscaped()));
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
    FileDialog::saveFile(parent, u"Export %1s"_s.arg(noun(kind)), suggested, u"CSV files (*.csv)"_s,
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
                                         MessageBox::warning(
                                             owner, u"Export %1s"_s.arg(noun(kind)),
                                             u"<p>The export failed.</p><p>%1</p>"_s.arg(d.error.toHtmlEscaped()));
                                         return;
                                     }
                                     Q_EMIT exported(kind, path, d.rows);
                                 });
                         });
}

} // namespace scimmon
