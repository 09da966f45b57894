// The token manager's "OAuth clients" tab, driven through its buttons and test hooks (message
// boxes answered by MessageBox::setNextAnswer, never shown), with a real receiver: a client made in
// the dialog shows the four values Entra asks for, and they fetch an access token over HTTP that
// the SCIM endpoints accept; a rotation keeps the old secret for its grace period; workload
// identity is saved or refused with the reason; a revocation refuses the client's tokens. With a
// keychain (CI), a remembered secret is copied again. The model runs under QAbstractItemModelTester.

#include "oauth/oauthclientservice.h"
#include "tokenuiharness.h"
#include "ui/common/messagebox.h"
#include "ui/tokens/federationdialog.h"
#include "ui/tokens/newclientdialog.h"
#include "ui/tokens/oauthclientspanel.h"
#include "ui/tokens/oauthclienttablemodel.h"
#include "ui/tokens/tokenmanagerdialog.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace scimmon;
using scimmon::test::HttpClient;
using scimmon::test::Reply;

namespace {

bool waitForKeychainState(NewClientDialog *dialog)
{
    auto *state = dialog->findChild<QLabel *>(u"keychainState"_s);
    return QTest::qWaitFor([state] { return !state->text().startsWith(u"Checking"_s); }, 15000);
}

bool waitForResult(NewClientDialog *dialog)
{
    return QTest::qWaitFor([dialog] { return !dialog->secret().isEmpty(); }, 10000);
}

/// A client credentials token request with HTTP Basic.
Reply tokenRequest(quint16 port, const QString &clientId, const QString &secret)
{
    HttpClient c(port);
    const QByteArray credentials = clientId.toLatin1() + ':' + secret.toLatin1();
    return c.request(
        "POST", "/oauth2/token", "grant_type=client_credentials",
        {{"Content-Type", "application/x-www-form-urlencoded"}, {"Authorization", "Basic " + credentials.toBase64()}});
}

} // namespace

class TestOAuthClients : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void modelListsClientsUnderTheTester()
    {
        test::TokenUiHarness h;
        OAuthClientService service(*h.admin);
        QString error;
        const auto plain = service.create(u"plain"_s, 60, &error);
        const auto rotated = service.create(u"rotated"_s, 120, &error);
        const auto federated = service.create(u"federated"_s, 60, &error);
        const auto revoked = service.create(u"revoked"_s, 60, &error);
        QVERIFY(plain && rotated && federated && revoked);
        QVERIFY(service.rotate(rotated->client.id, 24, &error));
        QTemporaryDir keys;
        QFile keySet(keys.filePath(u"keys.json"_s));
        QVERIFY(keySet.open(QIODevice::WriteOnly) && keySet.write(R"({"keys":[]})") > 0);
        keySet.close();
        QVERIFY2(service.setFederation(federated->client.id,
                                       {u"https://issuer.example"_s, QString(), QString(), keySet.fileName()}, &error),
                 qPrintable(error));
        QVERIFY(service.revoke(revoked->client.id, &error));

        OAuthClientTableModel model(*h.reader);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRemembered({plain->client.clientId});
        model.reload();
        QTRY_COMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(0, OAuthClientTableModel::Name).data().toString(), u"revoked"_s); // newest first
        auto cell = [&](const NewClientSecret &c, int column) {
            return model.index(model.rowOf(c.client.id), column).data().toString();
        };
        QCOMPARE(cell(*plain, OAuthClientTableModel::ClientId), plain->client.clientId);
        QCOMPARE(cell(*rotated, OAuthClientTableModel::Lifetime), u"120 min"_s);
        QCOMPARE(cell(*rotated, OAuthClientTableModel::Secrets), u"2"_s);
        QCOMPARE(cell(*plain, OAuthClientTableModel::Secrets), u"1"_s);
        QCOMPARE(cell(*federated, OAuthClientTableModel::Workload), u"https://issuer.example"_s);
        QCOMPARE(cell(*revoked, OAuthClientTableModel::State), u"revoked"_s);
        QCOMPARE(cell(*plain, OAuthClientTableModel::State), u"active"_s);
        QCOMPARE(cell(*plain, OAuthClientTableModel::Keychain), u"remembered"_s);
        QCOMPARE(cell(*rotated, OAuthClientTableModel::Keychain), QString());
        for (int row = 0; row < model.rowCount(); ++row)
            for (int column = 0; column < model.columnCount(); ++column)
                for (const auto &c : {plain, rotated, federated, revoked})
                    QVERIFY(!model.index(row, column).data().toString().contains(c->secret));
    }

    void newClientShowsWhatEntraAsksForAndItWorks()
    {
        test::TokenUiHarness h;
        QVERIFY(h.start());
        auto *manager = new TokenManagerDialog(h.context());
        manager->show();
        auto *tabs = manager->findChild<QTabWidget *>(u"tabs"_s);
        QVERIFY(tabs);
        manager->showClients();
        QCOMPARE(tabs->currentWidget(), manager->clientsPanel());
        OAuthClientsPanel *panel = manager->clientsPanel();
        QTRY_VERIFY(panel->findChild<QLabel *>(u"emptyHint"_s)->isVisible()); // tells a newcomer what to do
        QTest::mouseClick(panel->findChild<QPushButton *>(u"newClientButton"_s), Qt::LeftButton);
        auto *dialog = panel->findChild<NewClientDialog *>();
        QVERIFY(dialog);
        QVERIFY(waitForKeychainState(dialog));
        dialog->nameField()->setText(u"Entra ID production"_s);
        QCOMPARE(dialog->lifetimeField()->minimum(), 60);
        QCOMPARE(dialog->lifetimeField()->maximum(), 360);
        dialog->lifetimeField()->setValue(120);
        dialog->rememberBox()->setChecked(false);
        QTest::mouseClick(dialog->submitButton(), Qt::LeftButton);
        QVERIFY(waitForResult(dialog));

        // The four values of Entra's page, each with its Copy button.
        const QString origin = h.receiver->tenantUrl().chopped(u"/scim/v2"_s.size());
        QCOMPARE(dialog->findChild<QLineEdit *>(u"tenantUrlField"_s)->text(), h.receiver->tenantUrl());
        QCOMPARE(dialog->findChild<QLineEdit *>(u"tokenEndpointField"_s)->text(), origin + u"/oauth2/token"_s);
        QVERIFY(!QUuid::fromString(dialog->findChild<QLineEdit *>(u"clientIdentifierField"_s)->text()).isNull());
        QCOMPARE(dialog->secret().size(), 43);
        QVERIFY(dialog->findChild<QLabel *>(u"resultIntro"_s)->text().contains(u"shown only now"_s));
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"copyClientSecret"_s), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), dialog->secret());

        const Reply token = tokenRequest(h.receiver->port(), dialog->clientId(), dialog->secret());
        QCOMPARE(token.status, 200);
        QCOMPARE(token.json().value("expires_in"_L1).toInt(), 120 * 60);
        HttpClient scim(h.receiver->port(), token.json().value("access_token"_L1).toString().toLatin1());
        QCOMPARE(scim.get("/scim/v2/Users").status, 200);

        QTRY_COMPARE(panel->model()->rowCount(), 1);
        QCOMPARE(panel->model()->index(0, OAuthClientTableModel::Name).data().toString(), u"Entra ID production"_s);
        QVERIFY(!panel->findChild<QLabel *>(u"emptyHint"_s)->isVisible());
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"closeButton"_s), Qt::LeftButton);
        delete manager;
    }

    void rotateFederateAndRevokeFromThePanel()
    {
        test::TokenUiHarness h;
        QVERIFY(h.start());
        QString error;
        const auto client = OAuthClientService(*h.admin).create(u"Entra"_s, 60, &error);
        QVERIFY(client);
        TokenManagerDialog manager(h.context());
        OAuthClientsPanel *panel = manager.clientsPanel();
        QTRY_COMPARE(panel->model()->rowCount(), 1);
        QVERIFY(!panel->findChild<QPushButton *>(u"rotateClientButton"_s)->isEnabled()); // nothing selected
        QVERIFY(panel->selectClient(client->client.id));
        QVERIFY(panel->findChild<QPushButton *>(u"rotateClientButton"_s)->isEnabled());

        // Rotation: a day of grace by default, both secrets work.
        NewClientDialog *rotation = panel->rotateSelected();
        QVERIFY(rotation && rotation->isRotation());
        QCOMPARE(rotation->findChild<QComboBox *>(u"graceCombo"_s)->currentData().toInt(), 24);
        QVERIFY(waitForKeychainState(rotation));
        rotation->rememberBox()->setChecked(false);
        QTest::mouseClick(rotation->submitButton(), Qt::LeftButton);
        QVERIFY(waitForResult(rotation));
        QCOMPARE(rotation->clientId(), client->client.clientId);
        QVERIFY(rotation->secret() != client->secret);
        QCOMPARE(tokenRequest(h.receiver->port(), client->client.clientId, client->secret).status, 200);
        const Reply fresh = tokenRequest(h.receiver->port(), client->client.clientId, rotation->secret());
        QCOMPARE(fresh.status, 200);
        rotation->accept();

        // Workload identity: a key set without an issuer is refused with the reason; then saved.
        QVERIFY(panel->selectClient(client->client.id));
        FederationDialog *federation = panel->editFederation();
        QVERIFY(federation);
        federation->keySetField()->setText(u"https://login.microsoftonline.com/t/discovery/v2.0/keys"_s);
        QTest::mouseClick(federation->saveButton(), Qt::LeftButton);
        QTRY_VERIFY(federation->errorText().contains(u"issuer"_s));
        federation->issuerField()->setText(u"https://login.microsoftonline.com/t/v2.0"_s);
        QTest::mouseClick(federation->saveButton(), Qt::LeftButton);
        QTRY_COMPARE(panel->model()->index(0, OAuthClientTableModel::Workload).data().toString(),
                     u"https://login.microsoftonline.com/t/v2.0"_s);
        QCOMPARE(h.admin->oauthClients().byId(client->client.id)->federation.issuer,
                 u"https://login.microsoftonline.com/t/v2.0"_s);

        // Revocation, after the question: the client's access token is refused at once.
        HttpClient scim(h.receiver->port(), fresh.json().value("access_token"_L1).toString().toLatin1());
        QCOMPARE(scim.get("/scim/v2/Users").status, 200);
        QVERIFY(panel->selectClient(client->client.id));
        MessageBox::setNextAnswer(MessageBox::Button::No);
        panel->revokeSelected();
        QCOMPARE(scim.get("/scim/v2/Users").status, 200); // not revoked: the answer was No
        MessageBox::setNextAnswer(MessageBox::Button::Yes);
        panel->revokeSelected();
        QVERIFY2(MessageBox::lastText().contains(u"2 access tokens"_s), qPrintable(MessageBox::lastText()));
        QTRY_VERIFY(panel->statusText().contains(u"revoked"_s));
        QCOMPARE(scim.get("/scim/v2/Users").status, 401);
        QTRY_COMPARE(panel->model()->index(0, OAuthClientTableModel::State).data().toString(), u"revoked"_s);
        QVERIFY(!panel->findChild<QPushButton *>(u"rotateClientButton"_s)->isEnabled());

        // Removal deletes it.
        MessageBox::setNextAnswer(MessageBox::Button::Yes);
        panel->removeSelected();
        QTRY_COMPARE(panel->model()->rowCount(), 0);
        QVERIFY(!h.admin->oauthClients().byId(client->client.id));
    }

    void rememberedSecretIsCopiedAgain()
    {
        test::TokenUiHarness h;
        QString why;
        if (!h.keychainAvailable(&why)) {
            if (qEnvironmentVariableIntValue("SCIMMON_REQUIRE_KEYCHAIN") == 1)
                QFAIL(qPrintable(u"no keychain: "_s + why));
            QSKIP(qPrintable(u"no keychain answers here (%1); scripts/test.sh provides one"_s.arg(why)));
        }
        QVERIFY(h.start());
        TokenManagerDialog manager(h.context());
        OAuthClientsPanel *panel = manager.clientsPanel();
        NewClientDialog *dialog = panel->createClient();
        QVERIFY(waitForKeychainState(dialog));
        QVERIFY(dialog->rememberBox()->isEnabled());
        dialog->rememberBox()->setChecked(true);
        QTest::mouseClick(dialog->submitButton(), Qt::LeftButton);
        QVERIFY(waitForResult(dialog));
        QVERIFY(dialog->remembered());
        const QString secret = dialog->secret();
        const QString clientId = dialog->clientId();
        dialog->accept();
        QVERIFY(h.settings.clientsInKeychain().contains(clientId));
        QTRY_COMPARE(panel->model()->rowCount(), 1);
        QVERIFY(panel->selectClient(panel->model()->row(0).client.id));
        QTRY_COMPARE(panel->model()->index(0, OAuthClientTableModel::Keychain).data().toString(), u"remembered"_s);
        QGuiApplication::clipboard()->clear();
        panel->copySecret();
        QTRY_COMPARE(QGuiApplication::clipboard()->text(), secret);
        // Removing the client forgets the secret too.
        MessageBox::setNextAnswer(MessageBox::Button::Yes);
        panel->removeSelected();
        QTRY_VERIFY(!h.settings.clientsInKeychain().contains(clientId));
    }
};

QTEST_MAIN(TestOAuthClients)
#include "tst_oauthclients.moc"
