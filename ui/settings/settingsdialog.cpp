#include "ui/settings/settingsdialog.h"

#include "platform/appsettings.h"
#include "platform/secretstore.h"
#include "receiver/receiver.h"
#include "service/localactions.h"
#include "ui/common/filedialog.h"
#include "ui/common/readtask.h"
#include "ui/common/statusstyle.h"
#include "ui/common/writetask.h"

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

QLabel *note(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    QFont small = label->font();
    small.setPointSizeF(small.pointSizeF() * 0.92);
    label->setFont(small);
    return label;
}

/// One settings change for the audit trail (key as in settings.ini, values as the user sees them).
struct SettingChange
{
    QString key;
    QString oldValue;
    QString newValue;
};

} // namespace

SettingsDialog::SettingsDialog(AppSettings &settings, SecretStore &secrets, Receiver &receiver, ReadExecutor &reader,
                               QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_receiver(receiver)
    , m_reader(reader)
    , m_address(new QComboBox(this))
    , m_port(new QSpinBox(this))
    , m_interfacesWarning(new QLabel(this))
    , m_https(new QGroupBox(u"Serve &HTTPS (TLS 1.2 or newer)"_s, this))
    , m_certificate(new QLineEdit(this))
    , m_key(new QLineEdit(this))
    , m_passphrase(new QLineEdit(this))
    , m_passphraseState(new QLabel(this))
    , m_proxies(new QLineEdit(this))
    , m_retentionDays(new QSpinBox(this))
    , m_retentionRows(new QSpinBox(this))
    , m_dataDir(new QLabel(this))
    , m_nextDataDir(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_apply(nullptr)
{
    setWindowTitle(u"Settings"_s);
    setAttribute(Qt::WA_DeleteOnClose);
    setObjectName(u"settingsDialog"_s);

    // --- listening ------------------------------------------------------------------------------
    auto *listen = new QGroupBox(u"Receiver"_s, this);
    auto *listenForm = new QFormLayout(listen);
    m_address->setObjectName(u"addressCombo"_s);
    m_address->setEditable(true);
    m_address->addItem(u"127.0.0.1"_s, u"This computer only (IPv4 loopback)"_s);
    m_address->addItem(u"::1"_s, u"This computer only (IPv6 loopback)"_s);
    m_address->addItem(u"0.0.0.0"_s, u"All IPv4 interfaces"_s);
    m_address->addItem(u"::"_s, u"All interfaces"_s);
    for (int i = 0; i < m_address->count(); ++i)
        m_address->setItemData(i, m_address->itemData(i), Qt::ToolTipRole);
    m_port->setObjectName(u"portSpin"_s);
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(u"any free port"_s);
    auto *addressRow = new QHBoxLayout;
    addressRow->addWidget(m_address, 1);
    addressRow->addWidget(new QLabel(u"Port"_s, listen));
    addressRow->addWidget(m_port);
    listenForm->addRow(u"Listen on"_s, addressRow);
    m_interfacesWarning->setObjectName(u"allInterfacesWarning"_s);
    m_interfacesWarning->setWordWrap(true);
    StatusStyle::colorText(m_interfacesWarning, 400);
    m_interfacesWarning->setText(
        u"Every machine that can reach this one can now send requests to the receiver (each still needs a valid "
        "Secret Token). Identity providers in the cloud need HTTPS besides: a reverse proxy or tunnel with a public "
        "certificate in front of this port is the usual way."_s);
    listenForm->addRow(m_interfacesWarning);
    m_proxies->setObjectName(u"proxiesEdit"_s);
    m_proxies->setPlaceholderText(u"none, e.g. 10.0.0.5, 192.168.1.0/24"_s);
    listenForm->addRow(u"Trusted proxies"_s, m_proxies);
    listenForm->addRow(note(u"Reverse proxies (addresses or subnets) whose X-Forwarded-For header names the client in "
                            "the log. Requests from any other address are logged with that address."_s,
                            listen));

    // --- HTTPS ----------------------------------------------------------------------------------
    m_https->setObjectName(u"httpsGroup"_s);
    m_https->setCheckable(true);
    auto *httpsForm = new QFormLayout(m_https);
    m_certificate->setObjectName(u"certificateEdit"_s);
    m_certificate->setPlaceholderText(u"PEM (with intermediates) or PKCS#12 (.p12, .pfx)"_s);
    m_key->setObjectName(u"keyEdit"_s);
    m_key->setPlaceholderText(u"PEM private key; not needed for PKCS#12"_s);
    auto fileRow = [this](QLineEdit *field, const QString &title, const QString &filter, const QString &name) {
        auto *row = new QHBoxLayout;
        row->addWidget(field, 1);
        auto *browse = new QPushButton(u"Browse\u2026"_s, m_https);
        browse->setObjectName(name);
        browse->setAutoDefault(false);
        connect(browse, &QPushButton::clicked, this,
                [this, field, title, filter] { this->browse(field, title, filter); });
        row->addWidget(browse);
        return row;
    };
    httpsForm->addRow(u"Certificate file"_s,
                      fileRow(m_certificate, u"Certificate"_s,
                              u"Certificates (*.pem *.crt *.cer *.der *.p12 *.pfx);;All files (*)"_s,
                              u"browseCertificate"_s));
    httpsForm->addRow(u"Key file"_s,
                      fileRow(m_key, u"Private key"_s, u"Keys (*.pem *.key);;All files (*)"_s, u"browseKey"_s));
    m_passphrase->setObjectName(u"passphraseEdit"_s);
    m_passphrase->setEchoMode(QLineEdit::Password);
    httpsForm->addRow(u"Key passphrase"_s, m_passphrase);
    m_passphraseState->setObjectName(u"passphraseState"_s);
    m_passphraseState->setWordWrap(true);
    httpsForm->addRow(m_passphraseState);
    httpsForm->addRow(note(u"Identity providers accept only a certificate from a public certificate authority for the "
                           "host name of the Tenant URL. The passphrase of an encrypted key is kept in this computer's "
                           "keychain, never in a file."_s,
                           m_https));

    // --- request log ----------------------------------------------------------------------------
    auto *log = new QGroupBox(u"Request log"_s, this);
    auto *logForm = new QFormLayout(log);
    m_retentionDays->setObjectName(u"retentionDaysSpin"_s);
    m_retentionDays->setRange(0, 36500);
    m_retentionDays->setSuffix(u" days"_s);
    m_retentionDays->setSpecialValueText(u"forever"_s);
    m_retentionRows->setObjectName(u"retentionRowsSpin"_s);
    m_retentionRows->setRange(0, 1000000000);
    m_retentionRows->setSingleStep(100000);
    m_retentionRows->setGroupSeparatorShown(true);
    m_retentionRows->setSpecialValueText(u"no limit"_s);
    logForm->addRow(u"Keep entries for"_s, m_retentionDays);
    logForm->addRow(u"Keep at most"_s, m_retentionRows);

    // --- data location --------------------------------------------------------------------------
    auto *dataBox = new QGroupBox(u"Data location"_s, this);
    auto *dataForm = new QFormLayout(dataBox);
    m_dataDir->setObjectName(u"dataDirLabel"_s);
    m_dataDir->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *open = new QPushButton(u"Open folder"_s, dataBox);
    open->setAutoDefault(false);
    connect(open, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_settings.dataDir())); });
    auto *dataRow = new QHBoxLayout;
    dataRow->addWidget(m_dataDir, 1);
    dataRow->addWidget(open);
    dataForm->addRow(u"This instance"_s, dataRow);
    m_nextDataDir->setObjectName(u"nextDataDirEdit"_s);
    m_nextDataDir->setPlaceholderText(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    auto *nextRow = new QHBoxLayout;
    nextRow->addWidget(m_nextDataDir, 1);
    auto *browseDir = new QPushButton(u"Browse\u2026"_s, dataBox);
    browseDir->setAutoDefault(false);
    connect(browseDir, &QPushButton::clicked, this, [this] {
        FileDialog::openFolder(this, u"Data location"_s, m_nextDataDir->text(), [this](const QString &dir) {
            if (!dir.isEmpty())
                m_nextDataDir->setText(QDir::toNativeSeparators(dir));
        });
    });
    nextRow->addWidget(browseDir);
    dataForm->addRow(u"From the next start"_s, nextRow);
    dataForm->addRow(note(u"Used when scim-monitor starts without --data-dir. Nothing is moved: copy "
                          "scim-monitor.db and settings.ini there yourself to take the data along."_s,
                          dataBox));

    m_status->setObjectName(u"statusLabel"_s);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::RichText);

    auto *buttons
        = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Apply | QDialogButtonBox::Close, this);
    m_apply = buttons->button(QDialogButtonBox::Apply);
    m_apply->setObjectName(u"applyButton"_s);
    m_apply->setToolTip(u"Save, and restart the receiver with these settings"_s);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"okButton"_s);
    connect(m_apply, &QPushButton::clicked, this, &SettingsDialog::apply);
    connect(buttons->button(QDialogButtonBox::Ok), &QPushButton::clicked, this, [this] {
        m_closeAfterApply = true;
        apply();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(listen);
    layout->addWidget(m_https);
    layout->addWidget(log);
    layout->addWidget(dataBox);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    setMinimumWidth(680);

    connect(m_address, &QComboBox::currentTextChanged, this, &SettingsDialog::updateWarnings);
    connect(&m_receiver, &Receiver::stateChanged, this, [this](Receiver::State state) {
        // A restart goes Stopped, Starting, then Listening or Failed.
        if (!m_awaitingRestart || (state != Receiver::State::Listening && state != Receiver::State::Failed))
            return;
        m_awaitingRestart = false;
        if (state == Receiver::State::Listening)
            setStatus(u"Saved. The receiver listens at <tt>%1</tt>."_s.arg(m_receiver.tenantUrl().toHtmlEscaped())
                          + m_appliedNotes,
                      false);
        else
            setStatus(u"Saved, but the receiver did not start: %1"_s.arg(m_receiver.errorString().toHtmlEscaped())
                          + m_appliedNotes,
                      true);
    });
    load();
}

void SettingsDialog::load()
{
    ReceiverConfig saved;
    QString ignored;
    saved.setListen(m_settings.listen(), &ignored);
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
    m_passphrase->setPlaceholderText(m_settings.tlsPassphraseInKeychain() ? u"kept in the keychain"_s
                                                                          : u"only for an encrypted key"_s);
    m_passphraseState->setText(m_settings.tlsPassphraseInKeychain()
                                   ? u"The passphrase is kept in the keychain; type a new one to replace it."_s
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
    setStatus(u"Checking\u2026"_s, false);
    ReceiverConfig config = m_receiver.config();
    QString error;
    const QString host = m_address->currentText().trimmed();
    const QString hostPort = (host.contains(u':') && !host.startsWith(u'[') ? u'[' + host + u']' : host) + u':'
        + QString::number(m_port->value());
    if (!config.setListen(hostPort, &error))
        return fail(error);
    if (!config.setTrustedProxies(m_proxies->text().split(u',', Qt::SkipEmptyParts), &error))
        return fail(u"Trusted proxies: "_s + error);
    config.logRetentionDays = m_retentionDays->value();
    config.logRetentionRows = m_retentionRows->value();
    config.tls = TlsFiles();
    m_tlsWarnings.clear();
    if (!m_https->isChecked())
        return save(config, {}, false, false);
    if (m_certificate->text().trimmed().isEmpty())
        return fail(u"HTTPS needs a certificate file."_s);
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
                return fail(checked.error + u" Type it into Key passphrase."_s);
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
    const QString listen = config.listenText();
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
        notes += u"<br/>Certificate: "_s + m_tlsWarnings.toHtmlEscaped();
    auto finish = [this, config, notes](const QString &extra) {
        m_settings.sync();
        m_passphrase->clear();
        load();
        m_appliedNotes = notes + extra;
        setStatus(u"Saved. The receiver restarts\u2026"_s + m_appliedNotes, false);
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
        finish(written.ok()
                   ? QString()
                   : u"<br/>The passphrase could not be kept in the keychain (%1): it is used until "
                     "scim-monitor quits, and asked for again after that. It is never written to a file."_s.arg(
                         written.message.toHtmlEscaped()));
    });
}

} // namespace scimmon
