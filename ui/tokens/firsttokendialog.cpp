#include "ui/tokens/firsttokendialog.h"

#include "ui/common/copyfield.h"
#include "ui/common/tenanturlfield.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace scimmon {

FirstTokenDialog::FirstTokenDialog(const Receiver &receiver, const QString &secret, QWidget *parent)
    : QDialog(parent)
    , m_url(new TenantUrlField(receiver, this))
    , m_secret(new CopyField(u"secret"_s, this))
{
    setWindowTitle(tr("Connect your identity provider"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowModality(Qt::WindowModal);

    auto *intro
        = new QLabel(u"<b>%1</b><br/>%2"_s.arg(
                         tr("scim-monitor created its first Secret Token."),
                         tr("Identity providers use the Tenant URL and this token to send users and groups here.")),
                     this);
    intro->setWordWrap(true);

    m_secret->setText(secret);

    auto *grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("Tenant URL"), this), 0, 0, Qt::AlignTop);
    grid->addWidget(m_url, 0, 1);
    grid->addWidget(new QLabel(tr("Secret Token"), this), 1, 0);
    grid->addWidget(m_secret, 1, 1);

    auto *howTo = new QLabel(
        u"<p><b>%1</b> %2</p><p>%3</p>"_s.arg(
            tr("This token is shown only now."),
            tr("scim-monitor keeps only a hash of it, so copy it before you close this window. If it is lost, create "
               "a new token."),
            tr("In Microsoft Entra ID open the <i>Enterprise application</i> → <i>Provisioning</i> → <i>Admin "
               "Credentials</i>, paste the two values into <i>Tenant URL</i> and <i>Secret Token</i>, then press "
               "<i>Test Connection</i>.")),
        this);
    howTo->setWordWrap(true);
    howTo->setObjectName(u"howTo"_s);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addLayout(grid);
    layout->addSpacing(6);
    layout->addWidget(howTo);
    layout->addWidget(buttons);
}

QString FirstTokenDialog::tenantUrl() const
{
    return m_url->text();
}

QString FirstTokenDialog::secret() const
{
    return m_secret->text();
}

} // namespace scimmon
