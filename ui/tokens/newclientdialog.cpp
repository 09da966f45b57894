#include "ui/tokens/newclientdialog.h"

#include "oauth/oauthclientservice.h"
#include "oauth/tokenendpoint.h"
#include "platform/appsettings.h"
#include "platform/secretstore.h"
#include "receiver/receiver.h"
#include "scim/scimconstants.h"
#include "ui/common/copyfield.h"
#include "ui/common/labels.h"
#include "ui/common/statusstyle.h"
#include "ui/common/tenanturlfield.h"
#include "ui/common/writetask.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace scimmon {

namespace {

/// What a create or rotate on the receiver's writer reports back.
struct Outcome
{
    bool storeOpen = false;
    std::optional<NewClientSecret> made;
    QString error;
};

const QList<int> kGraceHours{0, 1, 24, 72, 168, 720};

} // namespace

NewClientDialog::NewClientDialog(const TokenUiContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
{
    build();
}

NewClientDialog::NewClientDialog(const TokenUiContext &context, const OAuthClient &client, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_rotated(client)
{
    build();
}

QString NewClientDialog::clientId() const
{
    return m_clientId->text();
}

QString NewClientDialog::secret() const
{
    return m_secret->text();
}

QString NewClientDialog::tokenEndpoint() const
{
    return m_tokenEndpoint->text();
}

void NewClientDialog::build()
{
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowModality(Qt::WindowModal);
    setWindowTitle(isRotation() ? tr("Rotate Client Secret") : tr("New OAuth client"));
    auto *layout = new QVBoxLayout(this);
    m_pages = new QStackedWidget(this);
    layout->addWidget(m_pages);

    // --- the form ---------------------------------------------------------------------------------
    auto *form = new QWidget(m_pages);
    auto *formLayout = new QVBoxLayout(form);
    formLayout->setContentsMargins(0, 0, 0, 0);
    auto *intro = new QLabel(form);
    intro->setWordWrap(true);
    auto *fields = new QFormLayout;
    if (isRotation()) {
        intro->setText(tr("A new Client Secret for “%1”. Its current secrets keep working for the grace period, so "
                          "that you can update the identity provider without a gap.")
                           .arg(m_rotated.name.toHtmlEscaped()));
        m_grace = new QComboBox(form);
        m_grace->setObjectName(u"graceCombo"_s);
        for (const int hours : kGraceHours)
            m_grace->addItem(hours == 0 ? tr("No grace period: refuse the current secrets at once")
                                        : Labels::gracePeriod(hours),
                             hours);
        m_grace->setCurrentIndex(int(kGraceHours.indexOf(24)));
        fields->addRow(tr("Current secrets &keep working for:"), m_grace);
    } else {
        intro->setText(tr("An OAuth client lets the identity provider fetch short-lived access tokens from this "
                          "receiver's token endpoint (OAuth 2.0 client credentials) instead of sending a long-lived "
                          "Secret Token."));
        m_name = new QLineEdit(form);
        m_name->setObjectName(u"nameEdit"_s);
        m_name->setPlaceholderText(tr("e.g. Entra ID production"));
        m_name->setText(tr("Entra ID"));
        fields->addRow(tr("&Name:"), m_name);
        m_lifetime = new QSpinBox(form);
        m_lifetime->setObjectName(u"lifetimeSpin"_s);
        m_lifetime->setRange(OAuthClientService::kMinLifetimeMinutes, OAuthClientService::kMaxLifetimeMinutes);
        m_lifetime->setSingleStep(30);
        m_lifetime->setValue(OAuthClientService::kDefaultLifetimeMinutes);
        m_lifetime->setSuffix(tr(" minutes"));
        m_lifetime->setToolTip(tr("How long each access token is accepted. Microsoft's validation expects 60 to 360 "
                                  "minutes."));
        fields->addRow(tr("Access-token &lifetime:"), m_lifetime);
    }
    m_remember = new QCheckBox(tr("&Remember the secret on this computer (in the OS keychain)"), form);
    m_remember->setObjectName(u"rememberBox"_s);
    m_keychainState = new QLabel(tr("Checking the keychain…"), form);
    m_keychainState->setObjectName(u"keychainState"_s);
    m_keychainState->setWordWrap(true);
    m_error = new QLabel(form);
    m_error->setObjectName(u"errorLabel"_s);
    m_error->setWordWrap(true);
    StatusStyle::colorText(m_error, 500);
    m_error->hide();
    auto *formButtons = new QDialogButtonBox(QDialogButtonBox::Cancel, form);
    m_submit = formButtons->addButton(isRotation() ? tr("Rotate") : tr("Create"), QDialogButtonBox::AcceptRole);
    m_submit->setObjectName(u"submitButton"_s);
    m_submit->setDefault(true);
    connect(formButtons, &QDialogButtonBox::accepted, this, &NewClientDialog::submit);
    connect(formButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (m_name)
        connect(m_name, &QLineEdit::textChanged, this,
                [this](const QString &text) { m_submit->setEnabled(!text.trimmed().isEmpty()); });
    formLayout->addWidget(intro);
    formLayout->addLayout(fields);
    formLayout->addWidget(m_remember);
    formLayout->addWidget(m_keychainState);
    formLayout->addWidget(m_error);
    formLayout->addStretch();
    formLayout->addWidget(formButtons);
    m_pages->addWidget(form);

    // --- what the identity provider asks for, shown once -----------------------------------------
    auto *result = new QWidget(m_pages);
    auto *resultLayout = new QVBoxLayout(result);
    resultLayout->setContentsMargins(0, 0, 0, 0);
    m_resultIntro = new QLabel(result);
    m_resultIntro->setObjectName(u"resultIntro"_s);
    m_resultIntro->setWordWrap(true);
    auto *values = new QFormLayout;
    auto *tenantUrl = new TenantUrlField(m_context.receiver, result);
    m_tenantUrl = tenantUrl->field();
    m_tokenEndpoint = new CopyField(u"tokenEndpoint"_s, result);
    m_clientId = new CopyField(u"clientIdentifier"_s, result);
    m_secret = new CopyField(u"clientSecret"_s, result);
    // The field names of Entra's provisioning page.
    values->addRow(tr("Tenant URL"), tenantUrl);
    values->addRow(tr("Token Endpoint"), m_tokenEndpoint);
    values->addRow(tr("Client Identifier"), m_clientId);
    values->addRow(tr("Client Secret"), m_secret);
    auto *where = new QLabel(result);
    where->setWordWrap(true);
    where->setText(u"%1<ul style=\"margin-top:2px\"><li>%2</li><li>%3</li></ul>"_s.arg(
        tr("Where they go:"),
        tr("Microsoft Entra ID: <i>Enterprise application</i> → <i>Provisioning</i> → <i>Admin Credentials</i>: "
           "<i>Authentication Method</i> <i>OAuth2 client credentials grant</i>, then the four fields, then "
           "<i>Test Connection</i>."),
        tr("Other clients: POST <tt>grant_type=client_credentials</tt> to the Token Endpoint with the Client "
           "Identifier and Client Secret (HTTP Basic), then send the access token as <tt>Bearer</tt>.")));
    auto *closeBox = new QDialogButtonBox(QDialogButtonBox::Close, result);
    closeBox->button(QDialogButtonBox::Close)->setObjectName(u"closeButton"_s);
    connect(closeBox, &QDialogButtonBox::rejected, this, &QDialog::accept);
    resultLayout->addWidget(m_resultIntro);
    resultLayout->addLayout(values);
    resultLayout->addWidget(where);
    resultLayout->addStretch();
    resultLayout->addWidget(closeBox);
    m_pages->addWidget(result);
    setMinimumWidth(680);
    resize(680, sizeHint().height());

    m_remember->setEnabled(false);
    // A rotated client whose secret the keychain remembers keeps it remembered (the new one).
    const bool wasRemembered = isRotation() && m_context.settings.clientsInKeychain().contains(m_rotated.clientId);
    m_context.secrets.checkAvailable(this, [this, wasRemembered](bool available, const QString &reason) {
        m_remember->setEnabled(available);
        m_remember->setChecked(available && wasRemembered);
        if (available) {
            m_keychainState->setText(tr("Without it, the secret is shown only once, after you press %1.")
                                         .arg(isRotation() ? tr("Rotate") : tr("Create")));
            return;
        }
        m_remember->setChecked(false);
        m_keychainState->setText(Labels::keychainUnavailable()
                                 + (reason.isEmpty() ? QString() : u' ' + tr("(The keychain said: %1)").arg(reason)));
    });
}

void NewClientDialog::forgetRemembered(const TokenUiContext &context, const QString &clientId, QObject *owner)
{
    if (!context.settings.clientsInKeychain().contains(clientId))
        return;
    context.secrets.remove(SecretStore::clientSecretKey(context.settings.dataDir(), clientId), owner,
                           [](const SecretStore::Result &) {});
    context.settings.setClientInKeychain(clientId, false);
    context.settings.sync();
}

void NewClientDialog::submit()
{
    m_error->hide();
    const qint64 rotatedId = m_rotated.id;
    const int graceHours = m_grace ? m_grace->currentData().toInt() : 0;
    const QString name = m_name ? m_name->text().trimmed() : QString();
    const int lifetime = m_lifetime ? m_lifetime->value() : 0;
    const bool remember = m_remember->isChecked();
    m_submit->setEnabled(false);
    WriteTask::run<Outcome>(
        m_context.receiver, this,
        [rotatedId, graceHours, name, lifetime](Store &store) {
            Outcome o;
            o.storeOpen = true;
            OAuthClientService clients(store);
            o.made = rotatedId != 0 ? clients.rotate(rotatedId, graceHours, &o.error)
                                    : clients.create(name, lifetime, &o.error);
            return o;
        },
        [this, remember](const Outcome &o) {
            if (!o.made) {
                m_error->setText(o.storeOpen ? o.error : m_context.receiver.storeError());
                m_error->show();
                m_submit->setEnabled(true);
                return;
            }
            const OAuthClient client = o.made->client;
            const QString secret = o.made->secret;
            if (!remember) {
                forgetRemembered(m_context, client.clientId, this); // the replaced secret, if any
                finish(client, secret, false, QString());
                return;
            }
            m_context.secrets.write(SecretStore::clientSecretKey(m_context.settings.dataDir(), client.clientId), secret,
                                    this, [this, client, secret](const SecretStore::Result &written) {
                                        if (written.ok()) {
                                            m_context.settings.setClientInKeychain(client.clientId, true);
                                            m_context.settings.sync();
                                        }
                                        finish(client, secret, written.ok(), written.message);
                                    });
        });
}

void NewClientDialog::finish(const OAuthClient &client, const QString &secret, bool remembered,
                             const QString &keychainProblem)
{
    m_created = client;
    m_remembered = remembered;
    Q_EMIT clientChanged(client.id); // after the keychain: the table shows whether it remembers
    const QString tenantUrl = m_context.receiver.tenantUrl();
    const QString origin = TokenEndpoint::originOf(tenantUrl);
    m_tokenEndpoint->setPlaceholderText(tr("starts with the receiver"));
    m_tokenEndpoint->setText(origin.isEmpty() ? QString() : TokenEndpoint::url(origin));
    m_clientId->setText(client.clientId);
    m_secret->setText(secret);
    QString text = u"<p><b>%1</b> "_s.arg(
        (isRotation() ? tr("“%1” has a new Client Secret.") : tr("OAuth client “%1” is ready."))
            .arg(client.name)
            .toHtmlEscaped());
    if (remembered)
        text += tr("Its secret is kept in this computer's keychain: <i>Copy secret</i> in the token manager copies it "
                   "again.")
            + u"</p>"_s;
    else
        text += u"<b>%1</b> %2</p>"_s.arg(
            tr("The Client Secret is shown only now:"),
            tr("scim-monitor keeps only a hash of it, so copy it before you close this window."));
    if (!keychainProblem.isEmpty())
        text += u"<p>%1</p>"_s.arg(tr("It could not be kept in the keychain (%1); nothing was written anywhere else.")
                                       .arg(keychainProblem.toHtmlEscaped()));
    if (isRotation())
        text += u"<p>%1</p>"_s.arg(m_grace && m_grace->currentData().toInt() > 0
                                       ? tr("The previous secrets keep working for %1.")
                                             .arg(Labels::gracePeriod(m_grace->currentData().toInt()))
                                       : tr("The previous secrets are refused from now on."));
    m_resultIntro->setText(text);
    m_pages->setCurrentIndex(1);
    m_pages->currentWidget()->adjustSize();
    resize(width(), std::max(height(), sizeHint().height()));
}

} // namespace scimmon
