#include "ui/tokens/newtokendialog.h"

#include "platform/appsettings.h"
#include "platform/secretstore.h"
#include "service/tokenservice.h"
#include "ui/common/copyfield.h"
#include "ui/common/labels.h"
#include "ui/common/readtask.h"
#include "ui/common/statusstyle.h"
#include "ui/common/tenanturlfield.h"
#include "ui/common/writetask.h"
#include "ui_newtokendialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace scimmon {

namespace {

/// What the receiver's writer reports back after creating or rotating.
struct Outcome
{
    bool storeOpen = false;
    std::optional<NewToken> token;
    QDateTime oldExpiry; ///< rotation: when the old token is refused
    QString error;
};

QString graceText(int hours)
{
    if (hours == 0)
        return NewTokenDialog::tr("No grace period: refuse the old token at once");
    return Labels::gracePeriod(hours);
}

} // namespace

const QList<int> &NewTokenDialog::graceHoursChoices()
{
    static const QList<int> hours{0, 1, 24, 72, 168, 720};
    return hours;
}

const QList<int> &NewTokenDialog::expiryDayChoices()
{
    static const QList<int> days{0, 30, 90, 365, -1};
    return days;
}

NewTokenDialog::NewTokenDialog(const TokenUiContext &context, const QString &label, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_ui(std::make_unique<Ui::NewTokenDialog>())
{
    build(label);
}

NewTokenDialog::NewTokenDialog(const TokenUiContext &context, const TokenRecord &token, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_rotated(token)
    , m_ui(std::make_unique<Ui::NewTokenDialog>())
{
    build(token.label);
}

NewTokenDialog::~NewTokenDialog() = default;

void NewTokenDialog::build(const QString &label)
{
    m_ui->setupUi(this);
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowModality(Qt::WindowModal);
    m_pages = m_ui->pages;
    m_pages->setCurrentIndex(0);

    // --- the form: a rotation asks for the grace period, a new token for its label and expiry --
    if (isRotation()) {
        setWindowTitle(tr("Rotate Secret Token"));
        m_ui->rotateIntro->setText(m_ui->rotateIntro->text().arg(m_rotated.label.toHtmlEscaped()));
        m_ui->fields->removeRow(m_ui->labelEdit);
        m_ui->fields->removeRow(m_ui->expiryLabel);
        m_grace = m_ui->graceCombo;
        for (const int hours : graceHoursChoices())
            m_grace->addItem(graceText(hours), hours);
        m_grace->setCurrentIndex(int(graceHoursChoices().indexOf(24)));
    } else {
        m_ui->rotateIntro->hide();
        m_ui->fields->removeRow(m_ui->graceCombo);
        m_label = m_ui->labelEdit;
        m_label->setText(label);
        m_expiry = m_ui->expiryCombo;
        for (const int days : expiryDayChoices())
            m_expiry->addItem(days == 0      ? tr("Never")
                                  : days < 0 ? tr("On a date…")
                                             : tr("In %n day(s)", nullptr, days),
                              days);
        m_date = m_ui->expiryDate;
        m_date->setDate(QDate::currentDate().addDays(180));
        m_date->setMinimumDate(QDate::currentDate().addDays(1));
        m_date->setMaximumDate(QDate::currentDate().addDays(TokenService::kMaxExpiryDays - 1));
        connect(m_expiry, &QComboBox::currentIndexChanged, this,
                [this] { m_date->setEnabled(m_expiry->currentData().toInt() < 0); });
    }

    m_remember = m_ui->rememberBox;
    m_keychainState = m_ui->keychainState;
    m_error = m_ui->errorLabel;
    StatusStyle::colorText(m_error, 500);
    m_error->hide();

    m_submit = m_ui->formButtons->addButton(isRotation() ? tr("Rotate") : tr("Create"), QDialogButtonBox::AcceptRole);
    m_submit->setObjectName(u"submitButton"_s);
    m_submit->setDefault(true);
    connect(m_ui->formButtons, &QDialogButtonBox::accepted, this, &NewTokenDialog::submit);
    connect(m_ui->formButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // --- the new token, shown once --------------------------------------------------------------
    m_resultIntro = m_ui->resultIntro;
    auto *url = new TenantUrlField(m_context.receiver, m_ui->resultPage);
    m_secret = new CopyField(u"secret"_s, m_ui->resultPage);
    m_ui->values->setWidget(0, QFormLayout::FieldRole, url);
    m_ui->values->setWidget(1, QFormLayout::FieldRole, m_secret);
    m_ui->tenantUrlLabel->setBuddy(url);
    m_ui->secretLabel->setBuddy(m_secret);
    m_ui->whereLabel->setText(u"%1<ul style=\"margin-top:2px\"><li>%2</li><li>%3</li></ul>"_s.arg(
        tr("Paste both into the identity provider:"),
        tr("Microsoft Entra ID: <i>Enterprise application</i> → <i>Provisioning</i> → <i>Admin Credentials</i>: "
           "<i>Tenant URL</i> and <i>Secret Token</i>, then <i>Test Connection</i>."),
        tr("Okta: <i>Provisioning</i> → <i>Integration</i>: <i>SCIM connector base URL</i>, and with "
           "<i>Authentication Mode</i> <i>HTTP Header</i> the <i>Bearer</i> token.")));
    m_ui->closeBox->button(QDialogButtonBox::Close)->setObjectName(u"closeButton"_s);
    connect(m_ui->closeBox, &QDialogButtonBox::rejected, this, &QDialog::accept);

    m_context.secrets.checkAvailable(
        this, [this](bool available, const QString &reason) { showKeychainState(available, reason); });
}

void NewTokenDialog::showKeychainState(bool available, const QString &reason)
{
    m_remember->setEnabled(available);
    if (available) {
        m_keychainState->setText(isRotation()
                                     ? tr("Without it, the token is shown only once, after you press Rotate.")
                                     : tr("Without it, the token is shown only once, after you press Create."));
        return;
    }
    m_remember->setChecked(false);
    m_keychainState->setText(Labels::keychainUnavailable()
                             + (reason.isEmpty() ? QString() : u' ' + tr("(The keychain said: %1)").arg(reason)));
}

QString NewTokenDialog::secret() const
{
    return m_secret->text();
}

void NewTokenDialog::submit()
{
    m_error->hide();
    const qint64 rotatedId = m_rotated.id;
    const int graceHours = m_grace ? m_grace->currentData().toInt() : 0;
    const QString label = m_label ? m_label->text().trimmed() : QString();
    QDateTime expires;
    if (m_expiry) {
        const int days = m_expiry->currentData().toInt();
        if (days > 0)
            expires = QDateTime::currentDateTimeUtc().addDays(days);
        else if (days < 0) // the end of the chosen day, local time
            expires = QDateTime(m_date->date(), QTime(23, 59, 59)).toUTC();
    }
    const bool remember = m_remember->isChecked();
    m_submit->setEnabled(false);
    WriteTask::run<Outcome>(
        m_context.receiver, this,
        [rotatedId, graceHours, label, expires](Store &store) {
            Outcome o;
            o.storeOpen = true;
            TokenService tokens(store);
            o.token = rotatedId != 0 ? tokens.rotate(rotatedId, graceHours, &o.error)
                                     : tokens.create(label, expires, &o.error);
            if (o.token && rotatedId != 0)
                if (const auto old = store.tokens().byId(rotatedId))
                    o.oldExpiry = old->expires;
            return o;
        },
        [this, remember](const Outcome &o) {
            if (!o.token) {
                m_error->setText(o.storeOpen ? o.error : m_context.receiver.storeError());
                m_error->show();
                m_submit->setEnabled(true);
                return;
            }
            if (o.oldExpiry.isValid())
                m_rotated.expires = o.oldExpiry;
            const qint64 id = o.token->record.id;
            const QString secret = o.token->secret;
            m_createdId = id;
            m_createdLabel = o.token->record.label;
            Q_EMIT tokenCreated(id);
            if (!remember) {
                finish(id, secret, false, QString());
                return;
            }
            m_context.secrets.write(SecretStore::tokenKey(m_context.settings.dataDir(), id), secret, this,
                                    [this, id, secret](const SecretStore::Result &written) {
                                        if (written.ok()) {
                                            m_context.settings.setTokenInKeychain(id, true);
                                            m_context.settings.sync();
                                        }
                                        finish(id, secret, written.ok(), written.message);
                                    });
        });
}

void NewTokenDialog::finish(qint64 id, const QString &secret, bool remembered, const QString &keychainProblem)
{
    m_createdId = id;
    m_remembered = remembered;
    m_secret->setText(secret);
    QString text = u"<p><b>%1</b> "_s.arg(tr("Token “%1” is ready.").arg(m_createdLabel).toHtmlEscaped());
    if (remembered)
        text += tr("It is kept in this computer's keychain: <i>Secret Tokens</i> → <i>Reveal</i> shows it again.")
            + u"</p>"_s;
    else
        text += u"<b>%1</b> %2</p>"_s.arg(
            tr("It is shown only now:"),
            tr("scim-monitor keeps only a hash of it, so copy it before you close this window."));
    if (!keychainProblem.isEmpty())
        text += u"<p>%1</p>"_s.arg(tr("It could not be kept in the keychain (%1); nothing was written anywhere else.")
                                       .arg(keychainProblem.toHtmlEscaped()));
    if (isRotation())
        text += u"<p>%1</p>"_s.arg(m_rotated.expires.isValid() && m_rotated.expires > QDateTime::currentDateTimeUtc()
                                       ? tr("The old token keeps working until %1.")
                                             .arg(m_rotated.expires.toLocalTime().toString(u"yyyy-MM-dd hh:mm"_s))
                                       : tr("The old token is refused from now on."));
    m_resultIntro->setText(text);
    m_pages->setCurrentIndex(1);
    // The result page is taller than the form: grow to show it whole.
    m_pages->currentWidget()->adjustSize();
    resize(width(), std::max(height(), sizeHint().height()));
}

} // namespace scimmon
