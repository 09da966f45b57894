#include "ui/overview/connectpage.h"
#include "ui/common/labels.h"

#include "receiver/receiver.h"
#include "ui/common/statusstyle.h"
#include "ui/common/tenanturlfield.h"

#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace scimmon {

namespace {

QLabel *richLabel(const QString &html, const QString &name, QWidget *parent)
{
    auto *label = new QLabel(html, parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    label->setOpenExternalLinks(true);
    label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    return label;
}

const QString kEntraSteps = QStringLiteral(
    "<ol style=\"margin-top:6px\">"
    "<li style=\"margin-bottom:3px\">In the <b>Microsoft Entra admin center</b>: <b>Enterprise applications</b> \u2192 "
    "<b>New application</b> "
    "\u2192 <b>Create your own application</b>. Name it, choose <i>Integrate any other application you don't find "
    "in the gallery (Non-gallery)</i> and press <b>Create</b>.</li>"
    "<li style=\"margin-bottom:3px\">In the new application open <b>Provisioning</b> \u2192 <b>Get started</b> and set "
    "<b>Provisioning Mode</b> "
    "to <i>Automatic</i>.</li>"
    "<li style=\"margin-bottom:3px\">Under <b>Admin Credentials</b>, paste the <b>Tenant URL</b> (copy it above) and a "
    "<b>Secret Token</b> "
    "(<i>Create Secret Token\u2026</i> above; paste the token alone, Entra adds <tt>Bearer</tt>).</li>"
    "<li style=\"margin-bottom:3px\">Press <b>Test Connection</b>. Entra looks up a user and a group by a random GUID; "
    "the indicator above "
    "shows when its probe arrives and what it was answered.</li>"
    "<li style=\"margin-bottom:3px\"><b>Save</b>, then check <b>Mappings</b>: keep <i>Provision Microsoft Entra ID "
    "Users</i> and <i>Groups</i> "
    "with the default attribute mappings (<tt>userPrincipalName</tt> \u2192 <tt>userName</tt>, <tt>mail</tt> \u2192 "
    "<tt>emails[type eq \"work\"].value</tt>, <tt>displayName</tt> \u2192 <tt>displayName</tt>, \u2026).</li>"
    "<li style=\"margin-bottom:3px\">Under <b>Settings</b> \u2192 <b>Scope</b> keep <i>Sync only assigned users and "
    "groups</i> and assign them in "
    "<b>Users and groups</b>.</li>"
    "<li style=\"margin-bottom:3px\">Set <b>Provisioning Status</b> to <i>On</i> and <b>Save</b> to start. The first "
    "cycle begins within "
    "minutes, later ones about every 40 minutes; <b>Provision on demand</b> sends one user at once.</li>"
    "</ol>");

const QString kOktaSteps = QStringLiteral(
    "<ol style=\"margin-top:6px\">"
    "<li style=\"margin-bottom:3px\">In the Okta <b>Admin Console</b>: <b>Applications</b> \u2192 <b>Applications</b> "
    "\u2192 <b>Create App "
    "Integration</b>, choose <i>SWA</i> or <i>SAML 2.0</i> and finish the wizard.</li>"
    "<li style=\"margin-bottom:3px\">On the <b>General</b> tab: <b>App Settings</b> \u2192 <b>Edit</b>, set "
    "<b>Provisioning</b> to <i>SCIM</i> "
    "and <b>Save</b>.</li>"
    "<li style=\"margin-bottom:3px\">On the <b>Provisioning</b> tab: <b>Integration</b> \u2192 <b>Edit</b>. <b>SCIM "
    "connector base URL</b>: the "
    "Tenant URL. <b>Unique identifier field for users</b>: <tt>userName</tt>. <b>Supported provisioning "
    "actions</b>: <i>Push New Users</i>, <i>Push Profile Updates</i>, <i>Push Groups</i>. <b>Authentication "
    "Mode</b>: <i>HTTP Header</i>, and paste the Secret Token as the <b>Bearer</b> token.</li>"
    "<li style=\"margin-bottom:3px\">Press <b>Test Connector Configuration</b>. Okta lists users (<tt>GET "
    "/Users?count=1&amp;startIndex=1</tt>); "
    "the indicator above shows its probe. Then <b>Save</b>.</li>"
    "<li style=\"margin-bottom:3px\"><b>Provisioning</b> \u2192 <b>To App</b> \u2192 <b>Edit</b>: enable <i>Create "
    "Users</i>, <i>Update User "
    "Attributes</i> and <i>Deactivate Users</i>, then <b>Save</b>.</li>"
    "<li style=\"margin-bottom:3px\">Assign people or groups on the <b>Assignments</b> tab, and push groups on the "
    "<b>Push Groups</b> tab.</li>"
    "</ol>");

const QString kHttps = QStringLiteral(
    "<p><b>The identity provider calls from the internet, over HTTPS.</b> Entra ID and Okta send their requests "
    "from their clouds to the Tenant URL, with TLS 1.2 or newer, and accept only a certificate from a public "
    "certificate authority. They cannot reach <tt>127.0.0.1</tt>, nor a laptop behind a home or office router.</p>"
    "<p>For a desktop this means: keep scim-monitor on <tt>127.0.0.1</tt> and put a <b>reverse proxy or a tunnel "
    "with a public certificate</b> in front of the local port; give the identity provider its "
    "<tt>https://\u2026/scim/v2</tt> address as the Tenant URL. When the proxy runs on another machine, add its "
    "address to the trusted proxies in <i>Settings</i> so that the log shows the identity provider's address. "
    "Serving HTTPS directly (<i>Settings</i> \u2192 <i>HTTPS</i>) suits a machine that has a public name and a "
    "certificate for it.</p>");

} // namespace

ConnectPage::ConnectPage(const Receiver &receiver, QWidget *parent)
    : QWidget(parent)
    , m_receiver(receiver)
    , m_url(new TenantUrlField(receiver, this))
    , m_indicator(new QLabel(this))
    , m_reachability(richLabel(QString(), u"reachability"_s, this))
    , m_idps(new QTabWidget(this))
{
    setObjectName(u"connectPage"_s);
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);

    auto *title = richLabel(u"<h2>Connect an identity provider</h2>"
                            "<p>Give the identity provider the Tenant URL and a Secret Token, then let it test the "
                            "connection.</p>"_s,
                            u"connectTitle"_s, content);
    layout->addWidget(title);

    auto *values = new QFrame(content);
    values->setFrameShape(QFrame::StyledPanel);
    auto *valuesLayout = new QVBoxLayout(values);
    auto *urlRow = new QHBoxLayout;
    urlRow->addWidget(new QLabel(u"<b>Tenant URL</b>"_s, values), 0, Qt::AlignTop);
    urlRow->addWidget(m_url, 1);
    valuesLayout->addLayout(urlRow);
    auto *tokenRow = new QHBoxLayout;
    tokenRow->addWidget(new QLabel(u"<b>Secret Token</b>"_s, values));
    auto *create = new QPushButton(u"Create Secret Token\u2026"_s, values);
    create->setObjectName(u"connectCreateToken"_s);
    create->setToolTip(u"A new token, shown once with Copy buttons for it and the Tenant URL"_s);
    auto *manage = new QPushButton(u"Secret Tokens\u2026"_s, values);
    manage->setObjectName(u"connectManageTokens"_s);
    manage->setToolTip(u"Reveal a token remembered in the keychain, rotate or revoke tokens"_s);
    connect(create, &QPushButton::clicked, this,
            [this] { Q_EMIT createTokenRequested(m_idps->currentIndex() == 1 ? u"Okta"_s : u"Entra ID"_s); });
    connect(manage, &QPushButton::clicked, this, &ConnectPage::manageTokensRequested);
    tokenRow->addWidget(create);
    tokenRow->addWidget(manage);
    tokenRow->addStretch();
    valuesLayout->addLayout(tokenRow);
    m_indicator->setObjectName(u"testConnectionIndicator"_s);
    m_indicator->setWordWrap(true);
    m_indicator->setTextInteractionFlags(Qt::TextSelectableByMouse);
    valuesLayout->addWidget(m_indicator);
    layout->addWidget(values);

    auto *entra = richLabel(kEntraSteps, u"entraSteps"_s, m_idps);
    auto *okta = richLabel(kOktaSteps, u"oktaSteps"_s, m_idps);
    m_idps->setObjectName(u"idpTabs"_s);
    m_idps->addTab(entra, u"Microsoft Entra ID"_s);
    m_idps->addTab(okta, u"Okta"_s);
    layout->addWidget(m_idps);

    auto *https = new QFrame(content);
    https->setFrameShape(QFrame::StyledPanel);
    auto *httpsLayout = new QVBoxLayout(https);
    httpsLayout->addWidget(richLabel(kHttps, u"httpsExplanation"_s, https));
    httpsLayout->addWidget(m_reachability);
    auto *settings = new QPushButton(u"Settings\u2026"_s, https);
    settings->setObjectName(u"connectSettings"_s);
    settings->setToolTip(u"Listen address, HTTPS certificate, trusted proxies"_s);
    connect(settings, &QPushButton::clicked, this, &ConnectPage::settingsRequested);
    httpsLayout->addWidget(settings, 0, Qt::AlignLeft);
    layout->addWidget(https);
    layout->addStretch();

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    setIndicator(u"Waiting for Test Connection\u2026 It shows here when the identity provider's probe arrives."_s, 0);
    connect(&m_receiver, &Receiver::stateChanged, this, &ConnectPage::showReceiverState);
    connect(&m_receiver, &Receiver::requestHandled, this, &ConnectPage::requestArrived);
    showReceiverState();
}

QString ConnectPage::indicatorText() const
{
    return m_indicator->text();
}

QString ConnectPage::reachabilityText() const
{
    return m_reachability->text();
}

void ConnectPage::showIdp(Idp idp)
{
    m_idps->setCurrentIndex(idp == Idp::Okta ? 1 : 0);
}

void ConnectPage::setIndicator(const QString &text, int status)
{
    m_indicator->setText(text);
    StatusStyle::colorText(m_indicator, status);
}

void ConnectPage::requestArrived(const RequestRecord &record)
{
    const QString when = record.time.toLocalTime().toString(u"HH:mm"_s);
    const QString head = u"%1 received at %2 from %3: answered %4"_s;
    if (record.operation == Operation::TestConnection) {
        showIdp(record.idp);
        setIndicator(head.arg(u"Test Connection"_s, when, record.client).arg(record.status)
                         + (record.status < 300 ? u". The identity provider reaches scim-monitor."_s : u"."_s),
                     record.status);
    } else if (record.operation == Operation::AuthFailure) {
        setIndicator(
            head.arg(record.attemptedOperation == Operation::None ? u"A request"_s
                                                                  : Labels::operation(record.attemptedOperation),
                     when, record.client)
                    .arg(record.status)
                + u" \u2014 the Secret Token was refused (%1). Paste a valid token into the identity provider."_s.arg(
                    record.authFailure),
            record.status);
    } else if (record.quirks.contains(Quirk{Quirk::Kind::PlainHttpOnHttpsPort, {}})) {
        setIndicator(head.arg(u"A plain-HTTP request"_s, when, record.client).arg(record.status)
                         + u" \u2014 this receiver speaks HTTPS: the Tenant URL must start with https://."_s,
                     record.status);
    }
}

void ConnectPage::showReceiverState()
{
    const ReceiverConfig &config = m_receiver.config();
    ReceiverConfig listening = config;
    listening.port = m_receiver.port(); // the port in use, also when 0 asked for a free one
    const QString address = listening.listenText().toHtmlEscaped();
    QString text;
    if (m_receiver.state() != Receiver::State::Listening) {
        text = u"<p>The receiver is not listening right now.</p>"_s;
    } else if (config.tls.enabled()) {
        text = u"<p><b>Now:</b> scim-monitor serves HTTPS on %1 with the certificate <tt>%2</tt>. The identity "
               "provider accepts it only if a public certificate authority issued it for the host name in the Tenant "
               "URL.</p>"_s.arg(address, QFileInfo(config.tls.certificateFile).fileName().toHtmlEscaped());
    } else if (config.address.isLoopback()) {
        text
            = u"<p><b>Now:</b> scim-monitor listens on <tt>http://%1</tt>, plain HTTP: only this computer reaches "
              "it \u2014 a tunnel client or reverse proxy running here and pointed at that address included.</p>"_s.arg(
                  address);
    } else {
        text = u"<p><b>Now:</b> scim-monitor listens on %1 over plain HTTP: other machines on the network reach it, "
               "but identity providers need HTTPS. Put a reverse proxy with a public certificate in front, or "
               "serve HTTPS (<i>Settings</i>).</p>"_s.arg(address);
    }
    m_reachability->setText(text);
}

} // namespace scimmon
