#include "ui/settings/openstoredialog.h"

#include "platform/appsettings.h"
#include "platform/secretstore.h"
#include "store/store.h"
#include "store/storefactory.h"
#include "ui/common/messagebox.h"
#include "ui/common/readtask.h"
#include "ui/common/statusstyle.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace scimmon {

namespace {

QLabel *note(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    label->setFont(font);
    return label;
}

} // namespace

OpenStoreDialog::OpenStoreDialog(AppSettings &settings, SecretStore &secrets, const StoreConfig &current,
                                 QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_current(current)
    , m_local(
          new QRadioButton(tr("The &local store (SQLite in the data directory), with this window's receiver"), this))
    , m_shared(new QRadioButton(tr("A &shared PostgreSQL store"), this))
    , m_url(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("Remember the password in the OS &keychain"), this))
    , m_receiver(new QCheckBox(tr("Also run a &receiver in this window (otherwise only watch)"), this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Open store"));
    setAttribute(Qt::WA_DeleteOnClose);
    setObjectName(u"openStoreDialog"_s);
    m_url->setObjectName(u"storeUrl"_s);
    m_password->setObjectName(u"storePassword"_s);
    m_url->setPlaceholderText(u"postgresql://scim@db.example.com:5432/scimmon"_s);
    m_url->setClearButtonEnabled(true);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("empty: from ~/.pgpass, PGPASSFILE or PGPASSWORD"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setObjectName(u"storeStatus"_s);

    auto *form = new QFormLayout;
    form->addRow(tr("&URL:"), m_url);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_remember);
    form->addRow(QString(), m_receiver);
    form->addRow(QString(),
                 note(tr("Receivers on other computers write to this store (scim-monitor --headless --store URL). "
                         "The window shows their requests live, each with the receiver's name. The password is "
                         "never written to settings.ini, the log or an export."),
                      this));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_local);
    layout->addWidget(m_shared);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addStretch();
    layout->addWidget(m_buttons);

    const bool shared = current.backend == "postgresql"_L1;
    (shared ? m_shared : m_local)->setChecked(true);
    m_url->setText(shared ? (m_settings.storeUrl().isEmpty() ? current.displayName() : m_settings.storeUrl())
                          : m_settings.storeUrl());
    m_remember->setChecked(m_settings.storePasswordInKeychain());
    if (m_settings.storePasswordInKeychain())
        m_password->setPlaceholderText(tr("empty: the one kept in the keychain"));
    m_receiver->setChecked(shared && m_settings.storeLocalReceiver());
    connect(m_local, &QRadioButton::toggled, this, &OpenStoreDialog::updateFields);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &OpenStoreDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateFields();
    resize(560, sizeHint().height());
}

void OpenStoreDialog::updateFields()
{
    const bool shared = m_shared->isChecked();
    for (QWidget *w : std::initializer_list<QWidget *>{m_url, m_password, m_remember, m_receiver})
        w->setEnabled(shared && !m_checking);
    m_local->setEnabled(!m_checking);
    m_shared->setEnabled(!m_checking);
    m_buttons->button(QDialogButtonBox::Open)->setEnabled(!m_checking);
}

void OpenStoreDialog::showProblem(const QString &text)
{
    m_status->setText(text);
    StatusStyle::colorText(m_status, 500);
    // A long message wraps onto more lines: the dialog grows instead of overlapping them.
    resize(width(), std::max(height(), layout()->totalHeightForWidth(width())));
    Q_EMIT checkFinished(false);
}

void OpenStoreDialog::accept()
{
    if (m_checking)
        return;
    if (m_local->isChecked()) {
        const StoreConfig local = StoreConfig::sqliteIn(m_settings.dataDir());
        save(local, true);
        if (!local.sameDatabase(m_current))
            Q_EMIT chosen(local, true);
        Q_EMIT checkFinished(true);
        QDialog::accept();
        return;
    }
    if (!QUrl(m_url->text().trimmed()).password().isEmpty())
        return showProblem(tr("The URL must not contain the password: type it into the Password field, or keep it "
                              "in ~/.pgpass."));
    QString error;
    std::optional<StoreConfig> config = StoreConfig::fromUrl(m_url->text().trimmed(), &error);
    if (!config)
        return showProblem(error);
    if (config->backend != "postgresql"_L1)
        return showProblem(tr("A shared store is a PostgreSQL database: the URL starts with postgresql://."));
    config->password = m_password->text();
    const bool local = m_receiver->isChecked();

    auto check = [this, local](StoreConfig withPassword) {
        m_checking = true;
        updateFields();
        m_status->setText(tr("Connecting to %1…").arg(withPassword.displayName()));
        m_status->setPalette(palette());
        // Through a watcher owned by the dialog: a dialog closed meanwhile drops the answer.
        ReadTask::deliver<QString>(QtConcurrent::run([withPassword] { return StoreFactory::check(withPassword); }),
                                   this, [this, withPassword, local](const QString &problem) {
                                       if (!problem.isEmpty()) {
                                           m_checking = false;
                                           updateFields();
                                           return showProblem(problem);
                                       }
                                       keepPasswordThen(withPassword, [this, withPassword, local] {
                                           save(withPassword, local);
                                           Q_EMIT chosen(withPassword, local);
                                           Q_EMIT checkFinished(true);
                                           QDialog::accept();
                                       });
                                   });
    };
    // A password kept in the keychain for this store is used when none is typed.
    if (config->password.isEmpty() && m_remember->isChecked() && m_settings.storePasswordInKeychain()) {
        m_secrets.read(SecretStore::storePasswordKey(config->displayName()), this,
                       [check, base = *config](const SecretStore::Result &result) mutable {
                           if (result.ok())
                               base.password = result.secret;
                           check(base);
                       });
        return;
    }
    check(*config);
}

void OpenStoreDialog::save(const StoreConfig &config, bool local)
{
    const bool shared = config.backend == "postgresql"_L1;
    m_settings.setStoreUrl(shared ? m_url->text().trimmed() : QString());
    m_settings.setStoreLocalReceiver(shared && local);
    if (!shared) {
        m_settings.sync();
        return;
    }
    if (!m_remember->isChecked()) {
        if (m_settings.storePasswordInKeychain())
            m_secrets.remove(SecretStore::storePasswordKey(config.displayName()), &m_secrets,
                             [](const SecretStore::Result &) {});
        m_settings.setStorePasswordInKeychain(false);
    }
    m_settings.sync();
}

void OpenStoreDialog::keepPasswordThen(const StoreConfig &config, std::function<void()> then)
{
    if (!m_remember->isChecked() || m_password->text().isEmpty())
        return then();
    m_status->setText(tr("Keeping the password in the keychain…"));
    m_secrets.write(SecretStore::storePasswordKey(config.displayName()), m_password->text(), this,
                    [this, then = std::move(then)](const SecretStore::Result &result) {
                        m_settings.setStorePasswordInKeychain(result.ok());
                        if (result.ok())
                            return then();
                        const QString why
                            = result.message.isEmpty() ? SecretStore::unavailableMessage() : result.message;
                        MessageBox::warning(this, tr("Password not kept"),
                                            tr("The keychain did not keep the password (%1). It is used until "
                                               "scim-monitor quits and asked for again after that; it is never "
                                               "written to a file.")
                                                .arg(why)
                                                .toHtmlEscaped(),
                                            [then](MessageBox::Button) { then(); });
                    });
}

} // namespace scimmon
