#pragma once

#include <QWidget>

class QLabel;

namespace scimmon {

class CopyField;
class Receiver;

/// The Tenant URL with its Copy button, following the receiver: empty with a hint while it starts,
/// the reason in red when it failed, the https:// or http:// address once it listens.
class TenantUrlField : public QWidget
{
    Q_OBJECT
public:
    /// `receiver` must outlive the widget. The parts are named tenantUrlField and copyTenantUrl.
    explicit TenantUrlField(const Receiver &receiver, QWidget *parent = nullptr);

    /// The Tenant URL shown; empty while the receiver is not listening.
    QString text() const;
    CopyField *field() const { return m_url; }

private:
    void showReceiverState();

    const Receiver &m_receiver;
    CopyField *m_url;
    QLabel *m_hint;
};

} // namespace scimmon
