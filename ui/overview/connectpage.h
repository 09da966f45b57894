#pragma once

#include "model/requestrecord.h"

#include <QWidget>

class QLabel;
class QTabWidget;

namespace scimmon {

class Receiver;
class TenantUrlField;

/// "Connect": how to point Microsoft Entra ID or Okta at this receiver, step by step in the IdP's
/// own screen names, with the Tenant URL to copy, a button that creates a Secret Token, and a live
/// indicator that turns when the IdP's probe arrives ("Test Connection received at 14:02 from
/// 203.0.113.7: answered 200"; a refused token or plain HTTP on the HTTPS port says why). It
/// explains plainly that the IdP calls from the internet over HTTPS, and what that takes for a
/// receiver on a desktop.
class ConnectPage : public QWidget
{
    Q_OBJECT
public:
    /// `receiver` must outlive the page.
    explicit ConnectPage(const Receiver &receiver, QWidget *parent = nullptr);

    /// The indicator's text: "Waiting for Test Connection…" until a probe arrives.
    QString indicatorText() const;
    /// What the page says about reaching this receiver from the IdP (follows the listen address
    /// and scheme).
    QString reachabilityText() const;
    QTabWidget *idpTabs() const { return m_idps; }

    /// Shows the steps for Okta, or for Entra (any other IdP).
    void showIdp(Idp idp);

    /// Feeds one answered request to the indicator (connected to Receiver::requestHandled).
    void requestArrived(const RequestRecord &record);

Q_SIGNALS:
    /// The user asked for a new Secret Token, suggesting `label` ("Entra ID" or "Okta").
    void createTokenRequested(const QString &label);
    /// The user asked for the token manager.
    void manageTokensRequested();
    /// The user asked for the settings (listen address, HTTPS).
    void settingsRequested();
    /// The user asked for the IdP simulator (the Simulate… dialog).
    void simulateRequested();

private:
    void showReceiverState();
    void setIndicator(const QString &text, int status);

    const Receiver &m_receiver;
    TenantUrlField *m_url;
    QLabel *m_indicator;
    QLabel *m_reachability;
    QTabWidget *m_idps;
};

} // namespace scimmon
