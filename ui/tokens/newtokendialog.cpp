#include "ui/tokens/newtokendialog.h"

#include "platform/appsettings.h"
#include "platform/secretstore.h"
#include "service/tokenservice.h"
#include "ui/common/copyfield.h"
#include "ui/common/readtask.h"
#include "ui/common/statusstyle.h"
#include "ui/common/tenanturlfield.h"
#include "ui/common/writetask.h"

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
        return u"No grace period: refuse the old token at once"_s;
    if (hours < 24)
        return hours == 1 ? u"1 hour"_s : u"%1 hours"_s.arg(hours);
    const int days = hours / 24;
    return days == 1 ? u"24 hours"_s : u"%1 days"_s.arg(days);
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
{
    setWindowTitle(u"New Secret Token"_s);
    build(label);
}

NewTokenDialog::NewTokenDialog(const TokenUiContext &context, const TokenRecord &token, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_rotated(token)
{
    setWindowTitle(u"Rotate Secret Token"_s);
    build(token.label);
}

void NewTokenDialog::build(const QString &label)
{
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowModality(Qt::WindowModal);
    m_pages = new QStackedWidget(this);

    // --- the form -------------------------------------------------------------------------------
    auto *form = new QWidget(m_pages);
    auto *formLayout = new QVBoxLayout(form);
    auto *fields = new QFormLayout;
    if (isRotation()) {
        auto *intro = new QLabel(
            u"<p>Rotating <b>%1</b> creates a new Secret Token with the same label and expiry period. Give the new "
            "token to the identity provider; the old one keeps working for the grace period you choose, so "
            "provisioning goes on while you switch.</p>"_s.arg(m_rotated.label.toHtmlEscaped()),
            form);
        intro->setWordWrap(true);
        formLayout->addWidget(intro);
        m_grace = new QComboBox(form);
        m_grace->setObjectName(u"graceCombo"_s);
        for (const int hours : graceHoursChoices())
            m_grace->addItem(graceText(hours), hours);
        m_grace->setCurrentIndex(int(graceHoursChoices().indexOf(24)));
        fields->addRow(u"Old token stays valid for"_s, m_grace);
    } else {
        m_label = new QLineEdit(label, form);
        m_label->setObjectName(u"labelEdit"_s);
        m_label->setPlaceholderText(u"e.g. Entra ID production"_s);
        m_label->setMaxLength(200);
        fields->addRow(u"&Label"_s, m_label);
        m_expiry = new QComboBox(form);
        m_expiry->setObjectName(u"expiryCombo"_s);
        for (const int days : expiryDayChoices())
            m_expiry->addItem(days == 0      ? u"Never"_s
                                  : days < 0 ? u"On a date\u2026"_s
                                             : u"In %1 days"_s.arg(days),
                              days);
        m_date = new QDateEdit(QDate::currentDate().addDays(180), form);
        m_date->setObjectName(u"expiryDate"_s);
        m_date->setCalendarPopup(true);
        m_date->setMinimumDate(QDate::currentDate().addDays(1));
        m_date->setMaximumDate(QDate::currentDate().addDays(TokenService::kMaxExpiryDays - 1));
        m_date->setEnabled(false);
        connect(m_expiry, &QComboBox::currentIndexChanged, this,
                [this] { m_date->setEnabled(m_expiry->currentData().toInt() < 0); });
        auto *expiryRow = new QHBoxLayout;
        expiryRow->addWidget(m_expiry);
        expiryRow->addWidget(m_date);
        expiryRow->addStretch();
        auto *expiryLabel = new QLabel(u"&Expires"_s, form);
        expiryLabel->setBuddy(m_expiry);
        fields->addRow(expiryLabel, expiryRow);
    }
    formLayout->addLayout(fields);

    m_remember = new QCheckBox(u"&Remember on this computer (in the keychain, so it can be revealed later)"_s, form);
    m_remember->setObjectName(u"rememberBox"_s);
    m_remember->setEnabled(false);
    m_keychainState = new QLabel(u"Checking whether this computer's keychain answers\u2026"_s, form);
    m_keychainState->setObjectName(u"keychainState"_s);
    m_keychainState->setWordWrap(true);
    formLayout->addWidget(m_remember);
    formLayout->addWidget(m_keychainState);

    m_error = new QLabel(form);
    m_error->setObjectName(u"errorLabel"_s);
    m_error->setWordWrap(true);
    StatusStyle::colorText(m_error, 500);
    m_error->hide();
    formLayout->addWidget(m_error);
    formLayout->addStretch();

    auto *formButtons = new QDialogButtonBox(QDialogButtonBox::Cancel, form);
    m_submit = formButtons->addButton(isRotation() ? u"Rotate"_s : u"Create"_s, QDialogButtonBox::AcceptRole);
    m_submit->setObjectName(u"submitButton"_s);
    m_submit->setDefault(true);
    connect(formButtons, &QDialogButtonBox::accepted, this, &NewTokenDialog::submit);
    connect(formButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    formLayout->addWidget(formButtons);

    // --- the new token, shown once --------------------------------------------------------------
    auto *result = new QWidget(m_pages);
    auto *resultLayout = new QVBoxLayout(result);
    m_resultIntro = new QLabel(result);
    m_resultIntro->setObjectName(u"resultIntro"_s);
    m_resultIntro->setWordWrap(true);
    m_resultIntro->setTextFormat(Qt::RichText);
    m_secret = new CopyField(u"secret"_s, result);
    auto *values = new QFormLayout;
    values->addRow(u"Tenant URL"_s, new TenantUrlField(m_context.receiver, result));
    values->addRow(u"Secret Token"_s, m_secret);
    auto *where = new QLabel(
        u"Paste both into the identity provider:<ul style=\"margin-top:2px\">"
        "<li>Microsoft Entra ID: <i>Enterprise application</i> \u2192 <i>Provisioning</i> \u2192 <i>Admin "
        "Credentials</i>: <i>Tenant URL</i> and <i>Secret Token</i>, then <i>Test Connection</i>.</li>"
        "<li>Okta: <i>Provisioning</i> \u2192 <i>Integration</i>: <i>SCIM connector base URL</i>, and with "
        "<i>Authentication Mode</i> <i>HTTP Header</i> the <i>Bearer</i> token.</li></ul>"_s,
        result);
    where->setWordWrap(true);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, result);
    close->button(QDialogButtonBox::Close)->setObjectName(u"closeButton"_s);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::accept);
    resultLayout->addWidget(m_resultIntro);
    resultLayout->addLayout(values);
    resultLayout->addWidget(where);
    resultLayout->addStretch();
    resultLayout->addWidget(close);

    m_pages->addWidget(form);
    m_pages->addWidget(result);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    setMinimumWidth(640);

    m_context.secrets.checkAvailable(
        this, [this](bool available, const QString &reason) { showKeychainState(available, reason); });
}

void NewTokenDialog::showKeychainState(bool available, const QString &reason)
{
    m_remember->setEnabled(available);
    if (available) {
        m_keychainState->setText(u"Without it, the token is shown only once, after you press %1."_s.arg(
            isRotation() ? u"Rotate"_s : u"Create"_s));
        return;
    }
    m_remember->setChecked(false);
    m_keychainState->setText(SecretStore::unavailableMessage()
                             + (reason.isEmpty() ? QString() : u" (The keychain said: %1)"_s.arg(reason)));
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
    QString text = u"<p><b>Token \u201c%1\u201d is ready.</b> "_s.arg(m_createdLabel.toHtmlEscaped());
    if (remembered)
        text
            += u"It is kept in this computer's keychain: <i>Secret Tokens</i> \u2192 <i>Reveal</i> shows it again.</p>"_s;
    else
        text += u"<b>It is shown only now:</b> scim-monitor keeps only a hash of it, so copy it before you close "
                "this window.</p>"_s;
    if (!keychainProblem.isEmpty())
        text += u"<p>It could not be kept in the keychain (%1); nothing was written anywhere else.</p>"_s.arg(
            keychainProblem.toHtmlEscaped());
    if (isRotation())
        text += m_rotated.expires.isValid() && m_rotated.expires > QDateTime::currentDateTimeUtc()
            ? u"<p>The old token keeps working until %1.</p>"_s.arg(
                m_rotated.expires.toLocalTime().toString(u"yyyy-MM-dd hh:mm"_s))
            : u"<p>The old token is refused from now on.</p>"_s;
    m_resultIntro->setText(text);
    m_pages->setCurrentIndex(1);
    // The result page is taller than the form: grow to show it whole.
    m_pages->currentWidget()->adjustSize();
    resize(width(), std::max(height(), sizeHint().height()));
}

} // namespace scimmon
