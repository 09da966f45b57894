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
    QCheckBox *m_useFrom;
    QDateTimeEdit *m_from;
    QCheckBox *m_useTo;
    QDateTimeEdit *m_to;
    QListWidget *m_actions;
    QLineEdit *m_search;
    QCheckBox *m_bom;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_export;
    QPushButton *m_openFolder;
    QDialogButtonBox *m_buttons;
    QString m_lastPath;
    bool m_running = false;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    std::shared_ptr<std::atomic<int>> m_percent; ///< written by the export thread, shown on m_progressTimer
    QTimer m_progressTimer;
};

} // namespace scimmon
