#include "ui/tokens/oauthclientspanel.h"

#include "oauth/oauthclientservice.h"
#include "platform/appsettings.h"
#include "platform/secretstore.h"
#include "ui/common/copyfield.h"
#include "ui/common/messagebox.h"
#include "ui/common/statusstyle.h"
#include "ui/common/writetask.h"
#include "ui/tokens/federationdialog.h"
#include "ui/tokens/newclientdialog.h"
#include "ui/tokens/oauthclienttablemodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace scimmon {

namespace {

struct Change
{
    bool storeOpen = false;
    bool ok = false;
    QString error;
};

QPushButton *button(const QString &text, const QString &name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    b->setAutoDefault(false);
    return b;
}

} // namespace

OAuthClientsPanel::OAuthClientsPanel(const TokenUiContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new OAuthClientTableModel(context.reader, this))
    , m_view(new QTableView(this))
    , m_empty(new QLabel(this))
    , m_create(button(tr("&New client…"), u"newClientButton"_s, this))
    , m_rotate(button(tr("R&otate secret…"), u"rotateClientButton"_s, this))
    , m_federate(button(tr("&Workload identity…"), u"federateButton"_s, this))
    , m_copy(button(tr("Cop&y secret"), u"copyClientSecretButton"_s, this))
    , m_revoke(button(tr("Re&voke…"), u"revokeClientButton"_s, this))
    , m_remove(button(tr("Remo&ve…"), u"removeClientButton"_s, this))
    , m_status(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Identity providers that authenticate with OAuth 2.0 fetch short-lived access tokens "
                                "from the Token Endpoint with a Client Identifier and Client Secret (client "
                                "credentials), or with an assertion they sign (workload identity). Only hashes of "
                                "secrets and tokens are stored."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_view->setObjectName(u"clientTable"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(OAuthClientTableModel::Workload, QHeaderView::Stretch);
    layout->addWidget(m_view, 1);
    m_empty->setObjectName(u"emptyHint"_s);
    m_empty->setWordWrap(true);
    m_empty->setText(tr("No OAuth clients yet. Press <b>New client…</b> and enter the four values it shows in Entra's "
                        "<i>Admin Credentials</i> with <i>Authentication Method</i> <i>OAuth2 client credentials "
                        "grant</i>."));
    layout->addWidget(m_empty);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_create, m_rotate, m_federate, m_copy, m_revoke})
        buttons->addWidget(b);
    buttons->addStretch();
    buttons->addWidget(m_remove);
    layout->addLayout(buttons);
    m_status->setObjectName(u"clientStatus"_s);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    m_rotate->setToolTip(tr("Add a new Client Secret; the current ones keep working for a grace period."));
    m_federate->setToolTip(tr("Accept assertions signed by an issuer (RFC 7523 jwt-bearer) for this client."));
    m_revoke->setToolTip(tr("Refuse the client and every access token it was issued, from the next request on."));
    connect(m_create, &QPushButton::clicked, this, [this] { createClient(); });
    connect(m_rotate, &QPushButton::clicked, this, [this] { rotateSelected(); });
    connect(m_federate, &QPushButton::clicked, this, [this] { editFederation(); });
    connect(m_copy, &QPushButton::clicked, this, &OAuthClientsPanel::copySecret);
    connect(m_revoke, &QPushButton::clicked, this, &OAuthClientsPanel::revokeSelected);
    connect(m_remove, &QPushButton::clicked, this, &OAuthClientsPanel::removeSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &OAuthClientsPanel::updateButtons);
    connect(m_model, &OAuthClientTableModel::loaded, this, [this] {
        m_model->setRemembered(m_context.settings.clientsInKeychain());
        m_empty->setVisible(m_model->rowCount() == 0);
        if (m_keepSelected != 0)
            selectClient(m_keepSelected);
        updateButtons();
    });
    m_refresh.setInterval(kRefreshMs);
    connect(&m_refresh, &QTimer::timeout, this, [this] {
        if (isVisible())
            reload();
    });
    m_refresh.start();
    updateButtons();
    reload();
}

void OAuthClientsPanel::reload()
{
    m_keepSelected = selectedId();
    m_model->reload();
}

bool OAuthClientsPanel::selectClient(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    m_view->selectRow(row);
    return true;
}

qint64 OAuthClientsPanel::selectedId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : m_model->row(rows.first().row()).client.id;
}

void OAuthClientsPanel::updateButtons()
{
    const OAuthClientRow row = m_model->row(m_model->rowOf(selectedId()));
    const bool selected = row.client.id != 0;
    const bool active = selected && !row.client.revoked.isValid();
    m_rotate->setEnabled(active);
    m_federate->setEnabled(active);
    m_revoke->setEnabled(active);
    m_remove->setEnabled(selected);
    m_copy->setEnabled(active && m_context.settings.clientsInKeychain().contains(row.client.clientId));
}

void OAuthClientsPanel::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    if (error)
        StatusStyle::colorText(m_status, 500);
    else
        m_status->setStyleSheet(QString());
}

QString OAuthClientsPanel::statusText() const
{
    return m_status->text();
}

void OAuthClientsPanel::changed(qint64 select)
{
    if (select != 0)
        m_keepSelected = select;
    m_model->reload();
    Q_EMIT clientsChanged();
}

NewClientDialog *OAuthClientsPanel::createClient()
{
    auto *dialog = new NewClientDialog(m_context, this);
    connect(dialog, &NewClientDialog::clientChanged, this, [this](qint64 id) {
        setStatus(tr("Client created."));
        changed(id);
    });
    dialog->open();
    return dialog;
}

NewClientDialog *OAuthClientsPanel::rotateSelected()
{
    const OAuthClientRow row = m_model->row(m_model->rowOf(selectedId()));
    if (row.client.id == 0 || row.client.revoked.isValid())
        return nullptr;
    auto *dialog = new NewClientDialog(m_context, row.client, this);
    connect(dialog, &NewClientDialog::clientChanged, this, [this](qint64 id) {
        setStatus(tr("New Client Secret made."));
        changed(id);
    });
    dialog->open();
    return dialog;
}

FederationDialog *OAuthClientsPanel::editFederation()
{
    const OAuthClientRow row = m_model->row(m_model->rowOf(selectedId()));
    if (row.client.id == 0)
        return nullptr;
    auto *dialog = new FederationDialog(m_context, row.client, this);
    connect(dialog, &FederationDialog::saved, this, [this](qint64 id) {
        setStatus(tr("Workload identity saved."));
        changed(id);
    });
    dialog->open();
    return dialog;
}

void OAuthClientsPanel::confirmAndChange(const QString &title, const QString &question, const QString &yes,
                                         std::function<bool(OAuthClientService &, QString *)> change,
                                         std::function<void()> done)
{
    MessageBox::question(this, title, question, yes, [=, this](MessageBox::Button answer) {
        if (answer != MessageBox::Button::Yes)
            return;
        WriteTask::run<Change>(
            m_context.receiver, this,
            [change](Store &store) {
                Change c;
                c.storeOpen = true;
                OAuthClientService service(store);
                c.ok = change(service, &c.error);
                return c;
            },
            [this, done](const Change &c) {
                if (!c.ok) {
                    setStatus(c.storeOpen ? c.error : m_context.receiver.storeError(), true);
                    return;
                }
                done();
            });
    });
}

void OAuthClientsPanel::revokeSelected()
{
    const OAuthClientRow row = m_model->row(m_model->rowOf(selectedId()));
    if (row.client.id == 0)
        return;
    const OAuthClient client = row.client;
    confirmAndChange(
        tr("Revoke OAuth client"),
        tr("Revoke “%1”? It gets no new access tokens, and its %n access token(s) are refused from the next "
           "request on. This cannot be undone.",
           nullptr, row.liveTokens)
            .arg(client.name.toHtmlEscaped()),
        tr("Revoke"),
        [id = client.id](OAuthClientService &service, QString *error) { return service.revoke(id, error); },
        [this, client] {
            setStatus(tr("“%1” is revoked; its access tokens are refused.").arg(client.name));
            changed(client.id);
        });
}

void OAuthClientsPanel::removeSelected()
{
    const OAuthClientRow row = m_model->row(m_model->rowOf(selectedId()));
    if (row.client.id == 0)
        return;
    const OAuthClient client = row.client;
    confirmAndChange(
        tr("Remove OAuth client"),
        tr("Delete “%1” with its secrets and access tokens? Identity providers using it can no longer connect; its "
           "requests in the log keep its name.")
            .arg(client.name.toHtmlEscaped()),
        tr("Remove"),
        [id = client.id](OAuthClientService &service, QString *error) { return service.remove(id, error); },
        [this, client] {
            NewClientDialog::forgetRemembered(m_context, client.clientId, this);
            setStatus(tr("“%1” is deleted.").arg(client.name));
            changed();
        });
}

void OAuthClientsPanel::copySecret()
{
    const OAuthClientRow row = m_model->row(m_model->rowOf(selectedId()));
    if (row.client.id == 0)
        return;
    const QString name = row.client.name;
    m_context.secrets.read(SecretStore::clientSecretKey(m_context.settings.dataDir(), row.client.clientId), this,
                           [this, name](const SecretStore::Result &r) {
                               if (!r.ok()) {
                                   setStatus(tr("The keychain did not give the secret of “%1”: %2")
                                                 .arg(name, r.message.isEmpty() ? tr("not found") : r.message),
                                             true);
                                   return;
                               }
                               CopyField::copyToClipboard(m_copy, r.secret);
                               setStatus(tr("The Client Secret of “%1” is on the clipboard.").arg(name));
                           });
}

} // namespace scimmon
