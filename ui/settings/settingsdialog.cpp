#include "ui/settings/settingsdialog.h"

#include "platform/appsettings.h"
#include "platform/secretstore.h"
#include "receiver/receiver.h"
#include "service/localactions.h"
#include "ui/common/filedialog.h"
#include "ui/common/labels.h"
#include "ui/common/readtask.h"
#include "ui/common/statusstyle.h"
#include "ui/common/writetask.h"
#include "ui_settingsdialog.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace scimmon {

namespace {

/// A note under the fields: a little smaller than the labels.
void makeNote(QLabel *label)
{
    QFont small = label->font();
    small.setPointSizeF(small.pointSizeF() * 0.92);
    label->setFont(small);
}

/// One settings change for the audit trail (key as in settings.ini, values as the user sees them).
struct SettingChange
{
    QString key;
    QString oldValue;
    QString newValue;
};

} // namespace

SettingsDialog::~SettingsDialog() = default;

SettingsDialog::SettingsDialog(AppSettings &settings, SecretStore &secrets, Receiver &receiver, ReadExecutor &reader,
                               QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_receiver(receiver)
    , m_reader(reader)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
{
    m_ui->setupUi(this);
    setAttribute(Qt::WA_DeleteOnClose);
    m_address = m_ui->addressCombo;
    m_port = m_ui->portSpin;
    m_interfacesWarning = m_ui->allInterfacesWarning;
    m_https = m_ui->httpsGroup;
    m_certificate = m_ui->certificateEdit;
    m_key = m_ui->keyEdit;
    m_passphrase = m_ui->passphraseEdit;
    m_passphraseState = m_ui->passphraseState;
    m_proxies = m_ui->proxiesEdit;
    m_retentionDays = m_ui->retentionDaysSpin;
    m_retentionRows = m_ui->retentionRowsSpin;
    m_dataDir = m_ui->dataDirLabel;
    m_nextDataDir = m_ui->nextDataDirEdit;
    m_status = m_ui->statusLabel;
    m_apply = m_ui->buttonBox->button(QDialogButtonBox::Apply);

    // --- listening ------------------------------------------------------------------------------
    m_address->addItem(u"127.0.0.1"_s, tr("This computer only (IPv4 loopback)"));
    m_address->addItem(u"::1"_s, tr("This computer only (IPv6 loopback)"));
    m_address->addItem(u"0.0.0.0"_s, tr("All IPv4 interfaces"));
    m_address->addItem(u"::"_s, tr("All interfaces"));
    for (int i = 0; i < m_address->count(); ++i)
        m_address->setItemData(i, m_address->itemData(i), Qt::ToolTipRole);
    StatusStyle::colorText(m_interfacesWarning, 400);
    for (QLabel *label : {m_ui->proxiesNote, m_ui->httpsNote, m_ui->dataDirNote})
        makeNote(label);
    m_retentionRows->setGroupSeparatorShown(true);

    // --- HTTPS ----------------------------------------------------------------------------------
    connect(m_ui->browseCertificate, &QPushButton::clicked, this, [this] {
        browse(m_certificate, tr("Certificate"),
               tr("Certificates (*.pem *.crt *.cer *.der *.p12 *.pfx);;All files (*)"));
    });
    connect(m_ui->browseKey, &QPushButton::clicked, this,
            [this] { browse(m_key, tr("Private key"), tr("Keys (*.pem *.key);;All files (*)")); });

    // --- storage --------------------------------------------------------------------------------
    {
        auto *storage = new QGroupBox(tr("Storage"), this);
        storage->setObjectName(u"storageGroup"_s);
        auto *row = new QHBoxLayout(storage);
        const StoreConfig &store = m_reader.config();
        auto *where
            = new QLabel(store.backend == "postgresql"_L1 ? tr("Shared PostgreSQL store %1").arg(store.displayName())
                                                          : tr("Local SQLite store in the data directory"),
                         storage);
        where->setObjectName(u"storeLabel"_s);
        where->setTextInteractionFlags(Qt::TextSelectableByMouse);
        where->setWordWrap(true);
        auto *open = new QPushButton(tr("Open store…"), storage);
        open->setObjectName(u"openStoreButton"_s);
        open->setAutoDefault(false);
        open->setToolTip(tr("Show a shared PostgreSQL store, or go back to the local one"));
        row->addWidget(where, 1);
        row->addWidget(open);
        m_ui->layout->insertWidget(m_ui->layout->indexOf(m_ui->dataGroup), storage);
        connect(open, &QPushButton::clicked, this, &SettingsDialog::openStoreRequested);
    }

    // --- data location --------------------------------------------------------------------------
    connect(m_ui->openDataDir, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_settings.dataDir())); });
    m_nextDataDir->setPlaceholderText(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    connect(m_ui->browseDataDir, &QPushButton::clicked, this, [this] {
        FileDialog::openFolder(this, tr("Data location"), m_nextDataDir->text(), [this](const QString &dir) {
            if (!dir.isEmpty())
                m_nextDataDir->setText(QDir::toNativeSeparators(dir));
        });
    });

    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    m_apply->setObjectName(u"applyButton"_s);
    m_apply->setToolTip(tr("Save, and restart the receiver with these settings"));
    ok->setObjectName(u"okButton"_s);
    connect(m_apply, &QPushButton::clicked, this, &SettingsDialog::apply);
    connect(ok, &QPushButton::clicked, this, [this] {
        m_closeAfterApply = true;
        apply();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_address, &QComboBox::currentTextChanged, this, &SettingsDialog::updateWarnings);
    connect(&m_receiver, &Receiver::stateChanged, this, [this](Receiver::State state) {
        // A restart goes Stopped, Starting, then Listening or Failed.
        if (!m_awaitingRestart || (state != Receiver::State::Listening && state != Receiver::State::Failed))
            return;
        m_awaitingRestart = false;
        if (state == Receiver::State::Listening)
            setStatus(tr("Saved. The receiver listens at %1.")
                              .arg(u"<tt>"_s + m_receiver.tenantUrl().toHtmlEscaped() + u"</tt>"_s)
                          + m_appliedNotes,
                      false);
        else
            setStatus(tr("Saved, but the receiver did not start: %1")
                              .arg(Labels::receiverError(m_receiver.errorString()).toHtmlEscaped())
                          + m_appliedNotes,
                      true);
    });
    load();
}

void SettingsDialog::load()
{
    // The address in use (it may come from --listen) is what Apply keeps unless it is changed;
    // before the receiver was ever started, the saved one.
    ReceiverConfig saved;
    if (!m_receiver.hasStarted()) {
        QString ignored;
        saved.setListen(m_settings.listen(), &ignored);
    } else {
        saved = m_receiver.config();
    }
    m_shownListen = saved.listenText();
    const QString host = saved.address.toString();
    const int known = m_address->findText(host);
    if (known >= 0)
        m_address->setCurrentIndex(known);
    else
        m_address->setEditText(host);
    m_port->setValue(saved.port);
    m_https->setChecked(!m_settings.tlsCertificateFile().isEmpty());
    m_certificate->setText(m_settings.tlsCertificateFile());
    m_key->setText(m_settings.tlsKeyFile());
    m_passphrase->setPlaceholderText(m_settings.tlsPassphraseInKeychain() ? tr("kept in the keychain")
                                                                          : tr("only for an encrypted key"));
    m_passphraseState->setText(m_settings.tlsPassphraseInKeychain()
                                   ? tr("The passphrase is kept in the keychain; type a new one to replace it.")
                                   : QString());
    m_passphraseState->setVisible(!m_passphraseState->text().isEmpty());
    m_proxies->setText(m_settings.trustedProxies().join(u", "_s));
    m_retentionDays->setValue(m_settings.logRetentionDays());
    m_retentionRows->setValue(int(std::min<qint64>(m_settings.logRetentionRows(), 1000000000)));
    m_dataDir->setText(QDir::toNativeSeparators(m_settings.dataDir()));
    m_nextDataDir->setText(QDir::toNativeSeparators(AppSettings::preferredDataDir()));
    updateWarnings();
}

void SettingsDialog::updateWarnings()
{
    QHostAddress address;
    const QString text = m_address->currentText().trimmed();
    const bool parsed = address.setAddress(text == "localhost"_L1 ? u"127.0.0.1"_s : text);
    m_interfacesWarning->setVisible(parsed && !address.isLoopback());
}

bool SettingsDialog::warnsAboutAllInterfaces() const
{
    return !m_interfacesWarning->isHidden();
}

QString SettingsDialog::statusText() const
{
    return m_status->text();
}

void SettingsDialog::setStatus(const QString &html, bool error)
{
    m_status->setText(html);
    StatusStyle::colorText(m_status, error ? 500 : 0);
}

void SettingsDialog::browse(QLineEdit *field, const QString &title, const QString &filter)
{
    const QString start = field->text().isEmpty() ? QDir::homePath() : field->text();
    FileDialog::openFile(this, title, start, filter, [field](const QString &path) {
        if (!path.isEmpty())
            field->setText(QDir::toNativeSeparators(path));
    });
}

void SettingsDialog::fail(const QString &message)
{
    setStatus(message.toHtmlEscaped(), true);
    m_apply->setEnabled(true);
    m_closeAfterApply = false;
    Q_EMIT applyFinished(false);
}

void SettingsDialog::apply()
{
    m_apply->setEnabled(false);
    setStatus(tr("Checking…"), false);
    ReceiverConfig config = m_receiver.config();
    QString error;
    const QString host = m_address->currentText().trimmed();
    const QString hostPort = (host.contains(u':') && !host.startsWith(u'[') ? u'[' + host + u']' : host) + u':'
        + QString::number(m_port->value());
    if (!config.setListen(hostPort, &error))
        return fail(error);
    if (!config.setTrustedProxies(m_proxies->text().split(u',', Qt::SkipEmptyParts), &error))
        return fail(tr("Trusted proxies: %1").arg(error));
    config.logRetentionDays = m_retentionDays->value();
    config.logRetentionRows = m_retentionRows->value();
    config.tls = TlsFiles();
    m_tlsWarnings.clear();
    if (!m_https->isChecked())
        return save(config, {}, false, false);
    if (m_certificate->text().trimmed().isEmpty())
        return fail(tr("HTTPS needs a certificate file."));
    config.tls.certificateFile = QDir::fromNativeSeparators(m_certificate->text().trimmed());
    config.tls.keyFile = QDir::fromNativeSeparators(m_key->text().trimmed());
    const QByteArray typed = m_passphrase->text().toUtf8();
    if (typed.isEmpty() && m_settings.tlsPassphraseInKeychain()) {
        m_secrets.read(SecretStore::tlsPassphraseKey(m_settings.dataDir()), this,
                       [this, config](const SecretStore::Result &r) {
                           checkTlsThenSave(config, r.ok() ? r.secret.toUtf8() : QByteArray(), r.ok());
                       });
        return;
    }
    checkTlsThenSave(config, typed, false);
}

void SettingsDialog::checkTlsThenSave(const ReceiverConfig &config, const QByteArray &passphrase,
                                      bool passphraseFromKeychain)
{
    // The files are read on a pool thread: a PKCS#12 key derivation or a slow disk never holds up
    // the window. First without a passphrase, to learn whether the key needs one.
    const TlsFiles files = config.tls;
    m_check.disconnect(this);
    connect(&m_check, &QFutureWatcherBase::finished, this, [this, config, passphrase, passphraseFromKeychain] {
        const Checked checked = m_check.result();
        if (!checked.loaded) {
            if (checked.problem == TlsCredentials::Problem::NeedsPassphrase)
                return fail(checked.error + u' ' + tr("Type it into Key passphrase."));
            return fail(checked.error);
        }
        const bool encrypted = checked.problem == TlsCredentials::Problem::NeedsPassphrase;
        m_tlsWarnings = checked.loaded->warnings.join(u' ');
        save(config, encrypted ? passphrase : QByteArray(), encrypted, passphraseFromKeychain);
    });
    m_check.setFuture(QtConcurrent::run([files, passphrase] {
        Checked c;
        TlsFiles plain = files;
        plain.passphrase.clear();
        c.loaded = TlsCredentials::load(plain, &c.error, &c.problem);
        if (c.loaded || c.problem != TlsCredentials::Problem::NeedsPassphrase || passphrase.isEmpty())
            return c;
        TlsFiles withPassphrase = files;
        withPassphrase.passphrase = passphrase;
        TlsCredentials::Problem second = TlsCredentials::Problem::None;
        c.loaded = TlsCredentials::load(withPassphrase, &c.error, &second);
        if (!c.loaded)
            c.problem = second; // WrongPassphrase, ...; NeedsPassphrase stays for "encrypted, opened"
        return c;
    }));
}

void SettingsDialog::save(ReceiverConfig config, const QByteArray &passphrase, bool encryptedKey,
                          bool passphraseFromKeychain)
{
    QList<SettingChange> changes;
    auto record = [&changes](const QString &key, const QString &oldValue, const QString &newValue) {
        if (oldValue != newValue)
            changes.append({key, oldValue, newValue});
    };
    // The listen address is saved only when it was changed here: one given by --listen for this
    // run is kept for this run, not made the default of every later one.
    const QString listen = config.listenText();
    const bool listenChanged = listen != m_shownListen;
    if (listenChanged)
        record(u"receiver/listen"_s, m_settings.listen(), listen);
    QStringList proxies;
    for (const QString &p : m_proxies->text().split(u',', Qt::SkipEmptyParts))
        proxies.append(p.trimmed());
    record(u"receiver/trustedProxies"_s, m_settings.trustedProxies().join(u", "_s), proxies.join(u", "_s));
    record(u"log/retentionDays"_s, QString::number(m_settings.logRetentionDays()),
           QString::number(config.logRetentionDays));
    record(u"log/retentionRows"_s, QString::number(m_settings.logRetentionRows()),
           QString::number(config.logRetentionRows));
    record(u"tls/certificateFile"_s, m_settings.tlsCertificateFile(), config.tls.certificateFile);
    record(u"tls/keyFile"_s, m_settings.tlsKeyFile(), config.tls.keyFile);
    const QString nextDataDir = m_nextDataDir->text().trimmed().isEmpty()
        ? QString()
        : QDir(QDir::fromNativeSeparators(m_nextDataDir->text().trimmed())).absolutePath();
    record(u"dataDir (next start)"_s, AppSettings::preferredDataDir(), nextDataDir);

    if (listenChanged)
        m_settings.setListen(listen);
    m_settings.setTrustedProxies(proxies);
    m_settings.setLogRetentionDays(config.logRetentionDays);
    m_settings.setLogRetentionRows(config.logRetentionRows);
    m_settings.setTlsCertificateFile(config.tls.certificateFile);
    m_settings.setTlsKeyFile(config.tls.keyFile);
    AppSettings::setPreferredDataDir(nextDataDir);
    config.tls.passphrase = passphrase;

    if (!changes.isEmpty())
        WriteTask::run<bool>(
            m_receiver, this,
            [changes](Store &store) {
                LocalActions actions(store);
                bool ok = true;
                for (const SettingChange &c : changes)
                    ok = actions.recordSettingsChange(c.key, c.oldValue, c.newValue) && ok;
                return ok;
            },
            [](const bool &) {});

    QString notes;
    if (m_https->isChecked() && !m_tlsWarnings.isEmpty())
        notes += u"<br/>"_s + tr("Certificate: %1").arg(m_tlsWarnings).toHtmlEscaped();
    auto finish = [this, config, notes](const QString &extra) {
        m_settings.sync();
        m_passphrase->clear();
        load();
        m_appliedNotes = notes + extra;
        setStatus(tr("Saved. The receiver restarts…") + m_appliedNotes, false);
        m_awaitingRestart = true;
        m_apply->setEnabled(true);
        Q_EMIT applied(config);
        Q_EMIT applyFinished(true);
        if (m_closeAfterApply)
            accept();
    };
    const QString key = SecretStore::tlsPassphraseKey(m_settings.dataDir());
    if (!encryptedKey || passphrase.isEmpty()) {
        // No passphrase needed any more: nothing of it stays behind.
        if (m_settings.tlsPassphraseInKeychain()) {
            m_settings.setTlsPassphraseInKeychain(false);
            m_secrets.remove(key, this, [](const SecretStore::Result &) {});
        }
        finish(QString());
        return;
    }
    if (passphraseFromKeychain) {
        finish(QString());
        return;
    }
    m_secrets.write(key, QString::fromUtf8(passphrase), this, [this, finish](const SecretStore::Result &written) {
        m_settings.setTlsPassphraseInKeychain(written.ok());
        finish(written.ok() ? QString()
                            : u"<br/>"_s
                       + tr("The passphrase could not be kept in the keychain (%1): it is used until "
                            "scim-monitor quits, and asked for again after that. It is never written to a "
                            "file.")
                             .arg(written.message.toHtmlEscaped()));
    });
}

} // namespace scimmon
