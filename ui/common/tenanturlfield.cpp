#include "ui/common/tenanturlfield.h"

#include "receiver/receiver.h"
#include "ui/common/copyfield.h"
#include "ui/common/labels.h"
#include "ui/common/statusstyle.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace scimmon {

TenantUrlField::TenantUrlField(const Receiver &receiver, QWidget *parent)
    : QWidget(parent)
    , m_receiver(receiver)
    , m_url(new CopyField(u"tenantUrl"_s, this))
    , m_hint(new QLabel(this))
{
    m_hint->setObjectName(u"tenantUrlHint"_s);
    m_hint->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_url);
    layout->addWidget(m_hint);
    connect(&m_receiver, &Receiver::stateChanged, this, &TenantUrlField::showReceiverState);
    showReceiverState();
}

QString TenantUrlField::text() const
{
    return m_url->text();
}

void TenantUrlField::showReceiverState()
{
    m_url->setText(m_receiver.tenantUrl());
    QString hint;
    switch (m_receiver.state()) {
    case Receiver::State::Listening:
        break;
    case Receiver::State::Starting:
        hint = tr("The receiver is starting; the Tenant URL appears here in a moment.");
        break;
    case Receiver::State::Failed:
        hint = tr("The receiver is not running: %1").arg(Labels::receiverError(m_receiver.errorString()));
        break;
    case Receiver::State::Stopping:
    case Receiver::State::Stopped:
        hint = tr("The receiver is stopped.");
        break;
    }
    m_hint->setText(hint);
    m_hint->setVisible(!hint.isEmpty());
    StatusStyle::colorText(m_hint, m_receiver.state() == Receiver::State::Failed ? 500 : 0);
}

} // namespace scimmon
