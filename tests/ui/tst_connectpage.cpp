// The Connect tab in the main window, with a real receiver: the IdP steps in Entra ID's and Okta's
// screen names, the plain word on HTTPS from the internet, copy buttons, the Receiver menu, and the
// live indicator when an identity provider's Test Connection arrives (through a trusted proxy, so
// that the client shown is the IdP's address).

#include "tokenuiharness.h"
#include "ui/common/copyfield.h"
#include "ui/mainwindow.h"
#include "ui/overview/connectpage.h"
#include "ui/receiversetup.h"
#include "ui/settings/settingsdialog.h"
#include "ui/tokens/newtokendialog.h"
#include "ui/tokens/tokenmanagerdialog.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace scimmon;

namespace {

/// The main window over a receiver in a fresh data directory, with a token, behind a trusted
/// proxy on this machine.
struct Harness : test::TokenUiHarness
{
    std::unique_ptr<MainWindow> window;
    QString token;

    Harness()
    {
        QString error;
        config.setTrustedProxies({u"127.0.0.1"_s}, &error); // a tunnel client on this machine
        token = TokenUiHarness::token(u"Entra ID"_s).secret;
        window = std::make_unique<MainWindow>(settings, *receiver, *reader);
        window->show();
        start();
    }

    ~Harness() { window.reset(); }

    ConnectPage *page() const { return window->receiverSetup()->connectPage(); }
};

} // namespace

class TestConnectPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QGuiApplication::setQuitOnLastWindowClosed(false);
    }

    void tabAndMenu()
    {
        Harness h;
        QTabWidget *tabs = h.window->tabs();
        const int index = tabs->indexOf(h.page());
        QVERIFY(index >= 0);
        QCOMPARE(tabs->tabText(index), u"Connect"_s);
        QMenu *menu = h.window->receiverSetup()->menu();
        QVERIFY(h.window->menuBar()->actions().contains(menu->menuAction()));
        auto *connectAction = menu->findChild<QAction *>(u"connectAction"_s);
        QVERIFY(connectAction);
        tabs->setCurrentIndex(0);
        connectAction->trigger();
        QCOMPARE(tabs->currentWidget(), h.page());

        menu->findChild<QAction *>(u"secretTokensAction"_s)->trigger();
        auto *manager = h.window->findChild<TokenManagerDialog *>();
        QVERIFY(manager && manager->isVisible());
        QCOMPARE(h.window->receiverSetup()->openTokenManager(), manager); // one at a time
        menu->findChild<QAction *>(u"settingsAction"_s)->trigger();
        auto *settings = h.window->findChild<SettingsDialog *>();
        QVERIFY(settings && settings->isVisible());
        manager->close();
        settings->close();
    }

    void applyingSettingsRestartsTheReceiverNotTheApp()
    {
        Harness h;
        SettingsDialog *settings = h.window->receiverSetup()->openSettings();
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        settings->findChild<QSpinBox *>(u"portSpin"_s)->setValue(port);
        QSignalSpy finished(settings, &SettingsDialog::applyFinished);
        QTest::mouseClick(settings->findChild<QPushButton *>(u"applyButton"_s), Qt::LeftButton);
        QTRY_COMPARE(finished.size(), 1);
        QTRY_COMPARE(h.receiver->port(), port);
        QTRY_COMPARE(h.receiver->state(), Receiver::State::Listening);
        QVERIFY(h.window->isVisible());
        QTRY_VERIFY(h.page()->reachabilityText().contains(QString::number(port)));
        QTRY_COMPARE(h.page()->findChild<CopyField *>(u"tenantUrl"_s)->text(), h.receiver->tenantUrl());
        QCOMPARE(h.status(h.token), 200);
        settings->close();
    }

    void stepsInTheIdpsWords()
    {
        Harness h;
        const QString entra = h.page()->findChild<QLabel *>(u"entraSteps"_s)->text();
        for (const QString &words :
             {u"Enterprise applications"_s, u"Create your own application"_s, u"Provisioning"_s, u"Provisioning Mode"_s,
              u"Automatic"_s, u"Admin Credentials"_s, u"Tenant URL"_s, u"Secret Token"_s, u"Test Connection"_s,
              u"Mappings"_s, u"Provisioning Status"_s, u"Provision on demand"_s})
            QVERIFY2(entra.contains(words), qPrintable(words));
        const QString okta = h.page()->findChild<QLabel *>(u"oktaSteps"_s)->text();
        for (const QString &words :
             {u"Create App Integration"_s, u"SCIM connector base URL"_s, u"Unique identifier field for users"_s,
              u"HTTP Header"_s, u"Test Connector Configuration"_s, u"To App"_s, u"Push Groups"_s})
            QVERIFY2(okta.contains(words), qPrintable(words));
        const QString https = h.page()->findChild<QLabel *>(u"httpsExplanation"_s)->text();
        QVERIFY(https.contains(u"from the internet, over HTTPS"_s));
        QVERIFY(https.contains(u"reverse proxy or a tunnel with a public certificate"_s));
        QTRY_VERIFY(h.page()->reachabilityText().contains(u"only this computer reaches it"_s));
    }

    void copyButtonsAndCreateToken()
    {
        Harness h;
        QTRY_COMPARE(h.receiver->state(), Receiver::State::Listening);
        auto *field = h.page()->findChild<CopyField *>(u"tenantUrl"_s);
        QTRY_COMPARE(field->text(), h.receiver->tenantUrl());
        QTest::mouseClick(field->copyButton(), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), h.receiver->tenantUrl());

        h.page()->showIdp(Idp::Okta);
        QTest::mouseClick(h.page()->findChild<QPushButton *>(u"connectCreateToken"_s), Qt::LeftButton);
        auto *dialog = h.window->findChild<NewTokenDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(dialog->findChild<QLineEdit *>(u"labelEdit"_s)->text(), u"Okta"_s);
        dialog->close();
    }

    void indicatorShowsTheTestConnection()
    {
        Harness h;
        QTRY_COMPARE(h.receiver->state(), Receiver::State::Listening);
        QVERIFY(h.page()->indicatorText().startsWith(u"Waiting for Test Connection"_s));

        // Entra's probe: a user looked up by a random GUID, arriving through the local tunnel.
        test::HttpClient entra(h.receiver->port(), h.token.toLatin1());
        const test::Reply r
            = entra.request("GET", "/scim/v2/Users?filter=userName+eq+%224a9e0c55-3f1b-4f47-9f62-9d0b1a4c7e21%22", {},
                            {{"X-Forwarded-For", "203.0.113.7"}, {"User-Agent", "Azure Active Directory"}});
        QCOMPARE(r.status, 200);
        const QRegularExpression expected(
            u"^Test Connection received at \\d\\d:\\d\\d from 203\\.0\\.113\\.7: answered 200"_s);
        QTRY_VERIFY2(expected.match(h.page()->indicatorText()).hasMatch(), qPrintable(h.page()->indicatorText()));
        QCOMPARE(h.page()->idpTabs()->currentIndex(), 0);

        // A probe with a wrong Secret Token says why it failed.
        test::HttpClient wrong(h.receiver->port(), "not-the-token");
        QCOMPARE(
            wrong.request("GET", "/scim/v2/Users?filter=userName+eq+%22x%22", {}, {{"X-Forwarded-For", "203.0.113.7"}})
                .status,
            401);
        QTRY_VERIFY2(h.page()->indicatorText().contains(u"answered 401"_s), qPrintable(h.page()->indicatorText()));
        QVERIFY(h.page()->indicatorText().contains(u"Secret Token was refused (unknown token)"_s));
        QVERIFY(!h.page()->indicatorText().contains(u"not-the-token"_s));
    }
};

QTEST_MAIN(TestConnectPage)
#include "tst_connectpage.moc"
