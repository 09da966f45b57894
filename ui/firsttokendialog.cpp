#include "firsttokendialog.h"

#include "core/http/receiver.h"
#include "statusstyle.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGridLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace scimmon {

FirstTokenDialog::FirstTokenDialog(const Receiver &receiver, const QString &secret, QWidget *parent)
    : QDialog(parent)
    , m_receiver(receiver)
    , m_url(new QLineEdit(this))
    , m_secret(new QLineEdit(secret, this))
    , m_copyUrl(new QPushButton(u"Copy"_s, this))
    , m_urlHint(new QLabel(this))
{
    setWindowTitle(u"Connect your identity provider"_s);
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowModality(Qt::WindowModal);

    auto *intro = new QLabel(u"<b>scim-monitor created its first Secret Token.</b><br/>"
                             "Identity providers use the Tenant URL and this token to send users and groups here."_s,
                             this);
    intro->setWordWrap(true);

    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (QLineEdit *field : {m_url, m_secret}) {
        field->setReadOnly(true);
        field->setFont(fixed);
        field->setMinimumWidth(QFontMetrics(fixed).horizontalAdvance(u'M') * 48);
    }
    m_url->setObjectName(u"tenantUrlField"_s);
    m_secret->setObjectName(u"secretField"_s);
    m_urlHint->setWordWrap(true);

    auto *copySecret = new QPushButton(u"Copy"_s, this);
    m_copyUrl->setObjectName(u"copyTenantUrl"_s);
    copySecret->setObjectName(u"copySecret"_s);
    connect(m_copyUrl, &QPushButton::clicked, this, [this] { copyToClipboard(m_copyUrl, m_url->text()); });
    connect(copySecret, &QPushButton::clicked, this,
            [this, copySecret] { copyToClipboard(copySecret, m_secret->text()); });

    auto *grid = new QGridLayout;
    grid->addWidget(new QLabel(u"Tenant URL"_s, this), 0, 0);
    grid->addWidget(m_url, 0, 1);
    grid->addWidget(m_copyUrl, 0, 2);
    grid->addWidget(m_urlHint, 1, 1, 1, 2);
    grid->addWidget(new QLabel(u"Secret Token"_s, this), 2, 0);
    grid->addWidget(m_secret, 2, 1);
    grid->addWidget(copySecret, 2, 2);

    auto *howTo = new QLabel(
        u"<p><b>This token is shown only now.</b> scim-monitor keeps only a hash of it, so copy it before you "
        "close this window. If it is lost, create a new token.</p>"
        "<p>In Microsoft Entra ID open the <i>Enterprise application</i> \u2192 <i>Provisioning</i> \u2192 "
        "<i>Admin Credentials</i>, paste the two values into <i>Tenant URL</i> and <i>Secret Token</i>, "
        "then press <i>Test Connection</i>.</p>"_s,
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

    connect(&m_receiver, &Receiver::stateChanged, this, &FirstTokenDialog::showReceiverState);
    showReceiverState();
}

QString FirstTokenDialog::tenantUrl() const
{
    return m_url->text();
}

QString FirstTokenDialog::secret() const
{
    return m_secret->text();
}

void FirstTokenDialog::showReceiverState()
{
    m_url->setText(m_receiver.tenantUrl());
    m_copyUrl->setEnabled(!m_receiver.tenantUrl().isEmpty());
    QString hint;
    switch (m_receiver.state()) {
    case Receiver::State::Listening:
        break;
    case Receiver::State::Starting:
        hint = u"The receiver is starting; the Tenant URL appears here in a moment."_s;
        break;
    case Receiver::State::Failed:
        hint = u"The receiver is not running: "_s + m_receiver.errorString();
        break;
    case Receiver::State::Stopped:
        hint = u"The receiver is stopped."_s;
        break;
    }
    m_urlHint->setText(hint);
    m_urlHint->setVisible(!hint.isEmpty());
    QPalette pal = palette();
    if (m_receiver.state() == Receiver::State::Failed)
        pal.setColor(QPalette::WindowText, StatusStyle::errorColor(pal));
    m_urlHint->setPalette(pal);
}

void FirstTokenDialog::copyToClipboard(QPushButton *button, const QString &text)
{
    QGuiApplication::clipboard()->setText(text);
    button->setText(u"Copied"_s);
    QTimer::singleShot(1500, button, [button] { button->setText(u"Copy"_s); });
}

} // namespace scimmon
