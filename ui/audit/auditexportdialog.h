#pragma once

#include "model/auditevent.h"
#include "store/storeconfig.h"

#include <QDialog>
#include <QTimer>

#include <atomic>
#include <memory>

class QCheckBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace scimmon {

namespace Ui {
class AuditExportDialog;
}

/// Exports the audit trail to CSV (docs/audit-csv.md): time range, actions and target search
/// (starting from the Audit tab's filter), file and an Excel option. The export runs on a thread
/// of its own with its own database connection, shows progress, can be cancelled (leaving no
/// file), and offers to open the folder when done.
class AuditExportDialog : public QDialog
{
    Q_OBJECT
public:
    AuditExportDialog(StoreConfig store, const AuditFilter &initial, QWidget *parent = nullptr);
    ~AuditExportDialog() override;

    /// The filter the dialog's fields describe.
    AuditFilter filter() const;
    /// Starts the export to `path` (what the Export button does after asking for a file).
    void startExport(const QString &path);
    /// True while an export runs.
    bool isRunning() const { return m_running; }
    /// The last status line shown ("Exported 1,234 events to …", an error, or "Cancelled").
    QString statusText() const;

Q_SIGNALS:
    /// An export ended: `ok` when the file was written, with its path and row count.
    void exportFinished(bool ok, const QString &path, qint64 rows);

public Q_SLOTS:
    /// Cancel: stops a running export (its partial file is removed) or closes the dialog.
    void reject() override;

private:
    void chooseFile();
    void setRunning(bool running);
    void finished(bool ok, bool cancelled, const QString &path, qint64 rows, const QString &error);

    StoreConfig m_store;
    std::unique_ptr<Ui::AuditExportDialog> m_ui; ///< the fields (auditexportdialog.ui)
    QCheckBox *m_useFrom = nullptr;
    QDateTimeEdit *m_from = nullptr;
    QCheckBox *m_useTo = nullptr;
    QDateTimeEdit *m_to = nullptr;
    QListWidget *m_actions = nullptr;
    QLineEdit *m_search = nullptr;
    QCheckBox *m_bom = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_openFolder = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QString m_closeText; ///< the Close button's text while no export runs
    QString m_lastPath;
    bool m_running = false;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    std::shared_ptr<std::atomic<int>> m_percent; ///< written by the export thread, shown on m_progressTimer
    QTimer m_progressTimer;
};

} // namespace scimmon
