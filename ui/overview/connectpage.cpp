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

/// An ordered list of `steps` (rich text each).
QString stepList(const QStringList &steps)
{
    QString html = u"<ol style=\"margin-top:6px\">"_s;
    for (const QString &step : steps)
        html += u"<li style=\"margin-bottom:3px\">"_s + step + u"</li>"_s;
    return html + u"</ol>"_s;
}

QString entraSteps()
{
    return stepList(
        {ConnectPage::tr("In the <b>Microsoft Entra admin center</b>: <b>Enterprise applications</b> → <b>New "
                         "application</b> → <b>Create your own application</b>. Name it, choose <i>Integrate any other "
                         "application you don't find in the gallery (Non-gallery)</i> and press <b>Create</b>."),
         ConnectPage::tr("In the new application open <b>Provisioning</b> → <b>Get started</b> and set "
                         "<b>Provisioning Mode</b> to <i>Automatic</i>."),
         ConnectPage::tr("Under <b>Admin Credentials</b>, paste the <b>Tenant URL</b> (copy it above) and a <b>Secret "
                         "Token</b> (<i>Create Secret Token…</i> above; paste the token alone, Entra adds "
                         "<tt>Bearer</tt>)."),
         ConnectPage::tr("Press <b>Test Connection</b>. Entra looks up a user and a group by a random GUID; the "
                         "indicator above shows when its probe arrives and what it was answered."),
         ConnectPage::tr("<b>Save</b>, then check <b>Mappings</b>: keep <i>Provision Microsoft Entra ID Users</i> and "
                         "<i>Groups</i> with the default attribute mappings (%1, …).")
             .arg(u"<tt>userPrincipalName</tt> \u2192 <tt>userName</tt>, <tt>mail</tt> \u2192 "
                  "<tt>emails[type eq \"work\"].value</tt>, <tt>displayName</tt> \u2192 <tt>displayName</tt>"_s),
         ConnectPage::tr("Under <b>Settings</b> → <b>Scope</b> keep <i>Sync only assigned users and groups</i> and "
                         "assign them in <b>Users and groups</b>."),
         ConnectPage::tr("Set <b>Provisioning Status</b> to <i>On</i> and <b>Save</b> to start. The first cycle begins "
                         "within minutes, later ones about every 40 minutes; <b>Provision on demand</b> sends one "
                         "user at once.")});
}

QString oktaSteps()
{
    return stepList(
        {ConnectPage::tr("In the Okta <b>Admin Console</b>: <b>Applications</b> → <b>Applications</b> → <b>Create App "
                         "Integration</b>, choose <i>SWA</i> or <i>SAML 2.0</i> and finish the wizard."),
         ConnectPage::tr("On the <b>General</b> tab: <b>App Settings</b> → <b>Edit</b>, set <b>Provisioning</b> to "
                         "<i>SCIM</i> and <b>Save</b>."),
         ConnectPage::tr("On the <b>Provisioning</b> tab: <b>Integration</b> → <b>Edit</b>. <b>SCIM connector base "
                         "URL</b>: the Tenant URL. <b>Unique identifier field for users</b>: %1. <b>Supported "
                         "provisioning actions</b>: <i>Push New Users</i>, <i>Push Profile Updates</i>, <i>Push "
                         "Groups</i>. <b>Authentication Mode</b>: <i>HTTP Header</i>, and paste the Secret Token as "
                         "the <b>Bearer</b> token.")
             .arg(u"<tt>userName</tt>"_s),
         ConnectPage::tr("Press <b>Test Connector Configuration</b>. Okta lists users (%1); the indicator above shows "
                         "its probe. Then <b>Save</b>.")
             .arg(u"<tt>GET /Users?count=1&amp;startIndex=1</tt>"_s),
         ConnectPage::tr("<b>Provisioning</b> → <b>To App</b> → <b>Edit</b>: enable <i>Create Users</i>, <i>Update "
                         "User Attributes</i> and <i>Deactivate Users</i>, then <b>Save</b>."),
         ConnectPage::tr("Assign people or groups on the <b>Assignments</b> tab, and push groups on the <b>Push "
                         "Groups</b> tab.")});
}

QString httpsExplanation()
{
    return u"<p><b>%1</b> %2</p><p>%3</p>"_s.arg(
        ConnectPage::tr("The identity provider calls from the internet, over HTTPS."),
        ConnectPage::tr("Entra ID and Okta send their requests from their clouds to the Tenant URL, with TLS 1.2 or "
                        "newer, and accept only a certificate from a public certificate authority. They cannot reach "
                        "%1, nor a laptop behind a home or office router.")
            .arg(u"<tt>127.0.0.1</tt>"_s),
        ConnectPage::tr("For a desktop this means: keep scim-monitor on %1 and put a <b>reverse proxy or a tunnel with "
                        "a public certificate</b> in front of the local port; give the identity provider its %2 "
                        "address as the Tenant URL. When the proxy runs on another machine, add its address to the "
                        "trusted proxies in <i>Settings</i> so that the log shows the identity provider's address. "
                        "Serving HTTPS directly (<i>Settings</i> → <i>HTTPS</i>) suits a machine that has a public "
                        "name and a certificate for it.")
            .arg(u"<tt>127.0.0.1</tt>"_s, u"<tt>https://\u2026/scim/v2</tt>"_s));
}

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

    auto *title = richLabel(u"<h2>%1</h2><p>%2</p>"_s.arg(tr("Connect an identity provider"),
                                                          tr("Give the identity provider the Tenant URL and a Secret "
                                                             "Token, then let it test the connection.")),
                            u"connectTitle"_s, content);
    layout->addWidget(title);

    auto *values = new QFrame(content);
    values->setFrameShape(QFrame::StyledPanel);
    auto *valuesLayout = new QVBoxLayout(values);
    auto *urlRow = new QHBoxLayout;
    urlRow->addWidget(new QLabel(u"<b>%1</b>"_s.arg(tr("Tenant URL")), values), 0, Qt::AlignTop);
    urlRow->addWidget(m_url, 1);
    valuesLayout->addLayout(urlRow);
    auto *tokenRow = new QHBoxLayout;
    tokenRow->addWidget(new QLabel(u"<b>%1</b>"_s.arg(tr("Secret Token")), values));
    auto *create = new QPushButton(tr("Create Secret Token…"), values);
    create->setObjectName(u"connectCreateToken"_s);
    create->setToolTip(tr("A new token, shown once with Copy buttons for it and the Tenant URL"));
    auto *manage = new QPushButton(tr("Secret Tokens…"), values);
    manage->setObjectName(u"connectManageTokens"_s);
    manage->setToolTip(tr("Reveal a token remembered in the keychain, rotate or revoke tokens"));
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

    auto *entra = richLabel(entraSteps(), u"entraSteps"_s, m_idps);
    auto *okta = richLabel(oktaSteps(), u"oktaSteps"_s, m_idps);
    m_idps->setObjectName(u"idpTabs"_s);
    m_idps->addTab(entra, u"Microsoft Entra ID"_s);
    m_idps->addTab(okta, u"Okta"_s);
    layout->addWidget(m_idps);

    auto *https = new QFrame(content);
    https->setFrameShape(QFrame::StyledPanel);
    auto *httpsLayout = new QVBoxLayout(https);
    httpsLayout->addWidget(richLabel(httpsExplanation(), u"httpsExplanation"_s, https));
    httpsLayout->addWidget(m_reachability);
    auto *settings = new QPushButton(tr("Settings…"), https);
    settings->setObjectName(u"connectSettings"_s);
    settings->setToolTip(tr("Listen address, HTTPS certificate, trusted proxies"));
    connect(settings, &QPushButton::clicked, this, &ConnectPage::settingsRequested);
    httpsLayout->addWidget(settings, 0, Qt::AlignLeft);
    layout->addWidget(https);

    auto *rehearse = new QFrame(content);
    rehearse->setFrameShape(QFrame::StyledPanel);
    auto *rehearseLayout = new QVBoxLayout(rehearse);
    rehearseLayout->addWidget(richLabel(
        tr("<b>No identity provider at hand?</b> The simulator plays Entra ID or Okta against this receiver (or "
           "another SCIM server): a test connection or a provisioning cycle with a generated directory. Its "
           "requests are marked as simulated in the provisioning log."),
        u"simulateExplanation"_s, rehearse));
    auto *simulate = new QPushButton(tr("Simulate…"), rehearse);
    simulate->setObjectName(u"connectSimulate"_s);
    simulate->setToolTip(tr("Play Entra ID or Okta against a SCIM server"));
    connect(simulate, &QPushButton::clicked, this, &ConnectPage::simulateRequested);
    rehearseLayout->addWidget(simulate, 0, Qt::AlignLeft);
    layout->addWidget(rehearse);
    layout->addStretch();

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    setIndicator(tr("Waiting for Test Connection… It shows here when the identity provider's probe arrives."), 0);
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
    auto head = [&](const QString &what) {
        //: %1 is what arrived ("Test Connection", "A request"), %2 the time, %3 the client, %4 the HTTP status
        return tr("%1 received at %2 from %3: answered %4").arg(what, when, record.client).arg(record.status);
    };
    if (record.operation == Operation::TestConnection) {
        showIdp(record.idp);
        setIndicator(record.status < 300
                         ? tr("%1. The identity provider reaches scim-monitor.").arg(head(tr("Test Connection")))
                         : head(tr("Test Connection")) + u'.',
                     record.status);
    } else if (record.operation == Operation::AuthFailure) {
        const QString what = record.attemptedOperation == Operation::None
            ? tr("A request")
            : Labels::operation(record.attemptedOperation);
        setIndicator(tr("%1 — the Secret Token was refused (%2). Paste a valid token into the identity provider.")
                         .arg(head(what), Labels::authFailure(record.authFailure)),
                     record.status);
    } else if (record.quirks.contains(Quirk{Quirk::Kind::PlainHttpOnHttpsPort, {}})) {
        setIndicator(tr("%1 — this receiver speaks HTTPS: the Tenant URL must start with https://.")
                         .arg(head(tr("A plain-HTTP request"))),
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
        text = tr("The receiver is not listening right now.");
    } else if (config.tls.enabled()) {
        text = tr("<b>Now:</b> scim-monitor serves HTTPS on %1 with the certificate %2. The identity provider accepts "
                  "it only if a public certificate authority issued it for the host name in the Tenant URL.")
                   .arg(address,
                        u"<tt>"_s + QFileInfo(config.tls.certificateFile).fileName().toHtmlEscaped() + u"</tt>"_s);
    } else if (config.address.isLoopback()) {
        text = tr("<b>Now:</b> scim-monitor listens on %1, plain HTTP: only this computer reaches it — a tunnel client "
                  "or reverse proxy running here and pointed at that address included.")
                   .arg(u"<tt>http://"_s + address + u"</tt>"_s);
    } else {
        text = tr("<b>Now:</b> scim-monitor listens on %1 over plain HTTP: other machines on the network reach it, but "
                  "identity providers need HTTPS. Put a reverse proxy with a public certificate in front, or serve "
                  "HTTPS (<i>Settings</i>).")
                   .arg(address);
    }
    m_reachability->setText(u"<p>"_s + text + u"</p>"_s);
}

} // namespace scimmon
