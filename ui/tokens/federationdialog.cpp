#include "ui/tokens/federationdialog.h"

#include "oauth/oauthclientservice.h"
#include "oauth/tokenendpoint.h"
#include "receiver/receiver.h"
#include "scim/scimconstants.h"
#include "ui/common/filedialog.h"
#include "ui/common/statusstyle.h"
#include "ui/common/writetask.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace scimmon {

namespace {

struct Saved
{
    bool storeOpen = false;
    bool ok = false;
    QString error;
};

} // namespace

FederationDialog::FederationDialog(const TokenUiContext &context, const OAuthClient &client, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_client(client)
    , m_issuer(new QLineEdit(this))
    , m_subject(new QLineEdit(this))
    , m_audience(new QLineEdit(this))
    , m_keySet(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowModality(Qt::WindowModal);
    setWindowTitle(tr("Workload identity of “%1”").arg(client.name));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("With workload identity federation the identity provider signs an assertion (a JWT) and exchanges it at "
           "the token endpoint for an access token (<tt>grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer</tt>, "
           "RFC 7523). The assertion must be signed with RS256 or ES256 by a key of the issuer's key set."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    const QString tenantUrl = context.receiver.tenantUrl();
    const QString origin = TokenEndpoint::originOf(tenantUrl);
    m_issuer->setObjectName(u"issuerEdit"_s);
    m_issuer->setPlaceholderText(u"https://login.microsoftonline.com/<tenant-id>/v2.0"_s);
    m_subject->setObjectName(u"subjectEdit"_s);
    m_subject->setPlaceholderText(tr("any subject of that issuer"));
    m_audience->setObjectName(u"audienceEdit"_s);
    m_audience->setPlaceholderText(origin.isEmpty() ? tr("the Token Endpoint's URL") : TokenEndpoint::url(origin));
    m_keySet->setObjectName(u"keySetEdit"_s);
    m_keySet->setPlaceholderText(u"https://login.microsoftonline.com/<tenant-id>/discovery/v2.0/keys"_s);
    m_issuer->setText(client.federation.issuer);
    m_subject->setText(client.federation.subject);
    m_audience->setText(client.federation.audience);
    m_keySet->setText(client.federation.jwks);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        FileDialog::openFile(this, tr("Key set file"), m_keySet->text(),
                             tr("JSON Web Key Sets (*.json);;All files (*)"), [this](const QString &path) {
                                 if (!path.isEmpty())
                                     m_keySet->setText(path);
                             });
    });
    // A widget (not a bare layout) as the row's field, so that its label's mnemonic has a buddy.
    auto *keySetField = new QWidget(this);
    auto *keySetRow = new QHBoxLayout(keySetField);
    keySetRow->setContentsMargins(0, 0, 0, 0);
    keySetRow->addWidget(m_keySet, 1);
    keySetRow->addWidget(browse);
    keySetField->setFocusProxy(m_keySet);
    auto *fields = new QFormLayout;
    fields->addRow(tr("&Issuer (iss):"), m_issuer);
    fields->addRow(tr("&Subject (sub):"), m_subject);
    fields->addRow(tr("&Audience (aud):"), m_audience);
    fields->addRow(tr("&Key set (JWKS URL or file):"), keySetField);
    layout->addLayout(fields);
    m_error->setObjectName(u"errorLabel"_s);
    m_error->setWordWrap(true);
    StatusStyle::colorText(m_error, 500);
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = buttons->addButton(tr("Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(u"saveButton"_s);
    m_save->setDefault(true);
    if (client.federation.isSet()) {
        m_remove = buttons->addButton(tr("Remove workload identity"), QDialogButtonBox::DestructiveRole);
        m_remove->setObjectName(u"removeButton"_s);
        connect(m_remove, &QPushButton::clicked, this, [this] { save(FederationTrust{}); });
    }
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        save({m_issuer->text(), m_subject->text(), m_audience->text(), m_keySet->text()});
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(620, sizeHint().height());
}

QString FederationDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void FederationDialog::save(const FederationTrust &trust)
{
    m_error->hide();
    const qint64 id = m_client.id;
    WriteTask::run<Saved>(
        m_context.receiver, this,
        [id, trust](Store &store) {
            Saved s;
            s.storeOpen = true;
            s.ok = OAuthClientService(store).setFederation(id, trust, &s.error);
            return s;
        },
        [this, id](const Saved &s) {
            if (!s.ok) {
                m_error->setText(s.storeOpen ? s.error : m_context.receiver.storeError());
                m_error->show();
                return;
            }
            Q_EMIT saved(id);
            accept();
        });
}

} // namespace scimmon
