#include "ui/audit/auditexportdialog.h"

#include "audit/auditlog.h"
#include "export/auditcsvexport.h"
#include "store/storefactory.h"
#include "ui/common/filedialog.h"
#include "ui/common/labels.h"
#include "ui_auditexportdialog.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDateTimeEdit>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QThread>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace scimmon {

AuditExportDialog::AuditExportDialog(StoreConfig store, const AuditFilter &initial, QWidget *parent)
    : QDialog(parent)
    , m_store(std::move(store))
    , m_ui(std::make_unique<Ui::AuditExportDialog>())
    , m_cancel(std::make_shared<std::atomic<bool>>(false))
{
    m_ui->setupUi(this);
    m_useFrom = m_ui->useFrom;
    m_from = m_ui->fromEdit;
    m_useTo = m_ui->useTo;
    m_to = m_ui->toEdit;
    m_actions = m_ui->exportActions;
    m_search = m_ui->exportSearch;
    m_bom = m_ui->bomBox;
    m_progress = m_ui->exportProgress;
    m_status = m_ui->exportStatus;
    m_buttons = m_ui->buttonBox;
    m_closeText = m_buttons->button(QDialogButtonBox::Close)->text(); // Qt's own, in the window's language
    m_export = new QPushButton(tr("Export…"), this);
    m_openFolder = new QPushButton(tr("Open folder"), this);
    m_useFrom->setChecked(initial.from.isValid());
    m_from->setDateTime(initial.from.isValid() ? initial.from.toLocalTime()
                                               : QDateTime::currentDateTime().addDays(-30));
    m_useTo->setChecked(initial.to.isValid());
    m_to->setDateTime(initial.to.isValid() ? initial.to.toLocalTime() : QDateTime::currentDateTime());
    m_from->setEnabled(m_useFrom->isChecked());
    m_to->setEnabled(m_useTo->isChecked());
    connect(m_useFrom, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_useTo, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    for (const QString &a : AuditLog::actions()) {
        auto *item = new QListWidgetItem(a, m_actions);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(initial.actions.isEmpty() || initial.actions.contains(a) ? Qt::Checked : Qt::Unchecked);
    }
    m_search->setText(initial.search);
    m_progress->setVisible(false);
    m_progressTimer.setInterval(100);
    connect(&m_progressTimer, &QTimer::timeout, this, [this] {
        if (m_percent)
            m_progress->setValue(m_percent->load());
    });
    m_export->setDefault(true);
    m_export->setObjectName(u"exportStart"_s);
    m_openFolder->setObjectName(u"exportOpenFolder"_s);
    m_buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    m_buttons->addButton(m_openFolder, QDialogButtonBox::ActionRole);
    m_openFolder->setVisible(false); // after addButton(), which shows it; offered once a file is written

    connect(m_export, &QPushButton::clicked, this, &AuditExportDialog::chooseFile);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AuditExportDialog::reject);
    connect(m_openFolder, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_lastPath).absolutePath())); });
}

AuditExportDialog::~AuditExportDialog()
{
    m_cancel->store(true); // a running export stops at its next progress report
}

AuditFilter AuditExportDialog::filter() const
{
    AuditFilter f;
    if (m_useFrom->isChecked())
        f.from = m_from->dateTime().toUTC();
    if (m_useTo->isChecked())
        f.to = m_to->dateTime().toUTC();
    QStringList chosen;
    for (int i = 0; i < m_actions->count(); ++i)
        if (m_actions->item(i)->checkState() == Qt::Checked)
            chosen.append(m_actions->item(i)->text());
    if (chosen.size() != m_actions->count())
        f.actions = chosen.isEmpty() ? QStringList{u"(none)"_s} : chosen;
    f.search = m_search->text().trimmed();
    return f;
}

QString AuditExportDialog::statusText() const
{
    return m_status->text();
}

void AuditExportDialog::chooseFile()
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QDir::homePath();
    const QString suggested
        = QDir(folder).filePath(u"scim-monitor-audit-%1.csv"_s.arg(QDate::currentDate().toString(Qt::ISODate)));
    FileDialog::saveFile(this, tr("Export audit trail"), suggested, tr("CSV files (*.csv)"),
                         [dialog = QPointer<AuditExportDialog>(this)](const QString &path) {
                             if (dialog && !path.isEmpty())
                                 dialog->startExport(path);
                         });
}

void AuditExportDialog::setRunning(bool running)
{
    m_running = running;
    m_export->setEnabled(!running);
    m_progress->setVisible(running || m_progress->value() > 0);
    m_buttons->button(QDialogButtonBox::Close)->setText(running ? tr("Cancel") : m_closeText);
}

void AuditExportDialog::startExport(const QString &path)
{
    if (m_running)
        return;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_progress->setValue(0);
    m_openFolder->setVisible(false);
    m_status->setText(tr("Exporting…"));
    setRunning(true);
    const AuditFilter f = filter();
    const bool bom = m_bom->isChecked();
    const StoreConfig config = m_store;
    auto cancel = m_cancel;
    m_percent = std::make_shared<std::atomic<int>>(0);
    auto percent = m_percent;
    m_progressTimer.start();
    QPointer<AuditExportDialog> self(this);
    // Runs on a pool thread with a connection of its own. Progress goes through an atomic the
    // dialog reads on a timer; the result is posted to the application object (always there) and
    // reaches the dialog only if it still exists.
    (void)QtConcurrent::run([config, f, path, bom, cancel, percent, self] {
        QString error;
        const QString connection = u"audit-export-%1"_s.arg(quintptr(QThread::currentThreadId()));
        AuditCsvExport::Outcome outcome;
        {
            auto store = StoreFactory::open(config, connection, &error);
            if (store)
                outcome = AuditCsvExport::writeFile(*store, f, path, bom, [&](qint64 done, qint64 total) {
                    percent->store(total > 0 ? int(done * 100 / total) : 0);
                    return !cancel->load();
                });
            else
                outcome.error = error;
        }
        QMetaObject::invokeMethod(
            qApp,
            [self, outcome, path] {
                if (self)
                    self->finished(outcome.ok, outcome.cancelled, path, outcome.rows, outcome.error);
            },
            Qt::QueuedConnection);
    });
}

void AuditExportDialog::finished(bool ok, bool cancelled, const QString &path, qint64 rows, const QString &error)
{
    m_progressTimer.stop();
    setRunning(false);
    if (ok) {
        m_lastPath = path;
        m_progress->setValue(100);
        m_status->setText(
            tr("Exported %Ln event(s) to %1.", nullptr, Labels::count(rows)).arg(QDir::toNativeSeparators(path)));
        m_openFolder->setVisible(true);
    } else if (cancelled) {
        m_progress->setValue(0);
        m_status->setText(tr("Cancelled; no file was written."));
    } else {
        m_status->setText(tr("The export failed: %1").arg(error));
    }
    Q_EMIT exportFinished(ok, path, rows);
}

void AuditExportDialog::reject()
{
    if (m_running) {
        m_cancel->store(true); // Cancel: the export stops at its next progress report
        m_status->setText(tr("Cancelling…"));
        return;
    }
    QDialog::reject();
}

} // namespace scimmon
