// The settings dialog, driven through its fields and the FileDialog hook: applying restarts the
// receiver (not the app) on the new address, binding all interfaces warns, HTTPS with a
// certificate made for the test and an encrypted key, whose passphrase goes to the keychain and
// never into a file; trusted proxies, log retention and the data location are saved, and every
// change is in the audit trail.

#include "receiver/receiverstarter.h"
#include "support/secretscan.h"
#include "support/testcertificate.h"
#include "tokenuiharness.h"
#include "ui/common/filedialog.h"
#include "ui/settings/settingsdialog.h"

#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace scimmon;

namespace {

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

/// Clicks Apply and waits for applyFinished; returns its `ok`.
bool applyAndWait(SettingsDialog &dialog)
{
    QSignalSpy finished(&dialog, &SettingsDialog::applyFinished);
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"applyButton"_s), Qt::LeftButton);
    if (finished.isEmpty() && !finished.wait(15000)) // it may have finished at once
        return false;
    return finished.first().first().toBool();
}

} // namespace

class TestSettingsDialog : public QObject
{
    Q_OBJECT

    test::TestCertificate m_cert;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        QVERIFY2(m_cert.generate(&error), qPrintable(error));
    }

    void applyRestartsTheReceiverOnTheNewPort()
    {
        test::TokenUiHarness h;
        QVERIFY(h.start());
        const NewToken t = h.token(u"Entra ID"_s);
        SettingsDialog dialog(h.settings, h.secrets, *h.receiver, *h.reader);
        QObject::connect(&dialog, &SettingsDialog::applied, h.receiver.get(),
                         [&h](const ReceiverConfig &config) { h.receiver->start(config); });
        dialog.show();
        QCOMPARE(dialog.findChild<QComboBox *>(u"addressCombo"_s)->currentText(), u"127.0.0.1"_s);
        QVERIFY(!dialog.warnsAboutAllInterfaces());
        const quint16 port = freePort();
        dialog.findChild<QSpinBox *>(u"portSpin"_s)->setValue(port);
        dialog.findChild<QSpinBox *>(u"retentionDaysSpin"_s)->setValue(7);
        dialog.findChild<QLineEdit *>(u"proxiesEdit"_s)->setText(u"10.0.0.5, 192.168.1.0/24"_s);
        QVERIFY(applyAndWait(dialog));
        QTRY_COMPARE(h.receiver->state(), Receiver::State::Listening);
        QCOMPARE(h.receiver->port(), port);
        QCOMPARE(h.receiver->tenantUrl(), u"http://127.0.0.1:%1/scim/v2"_s.arg(port));
        QTRY_VERIFY(dialog.statusText().contains(h.receiver->tenantUrl()));
        QCOMPARE(h.status(t.secret), 200);
        QCOMPARE(h.settings.listen(), u"127.0.0.1:%1"_s.arg(port));
        QCOMPARE(h.settings.logRetentionDays(), 7);
        QCOMPARE(h.settings.trustedProxies(), (QStringList{u"10.0.0.5"_s, u"192.168.1.0/24"_s}));
        QCOMPARE(h.receiver->config().logRetentionDays, 7);
        QCOMPARE(h.receiver->config().trustedProxies.size(), 2);
        QTRY_COMPARE(h.admin->audit().count(AuditFilter{{}, {}, {u"settings.changed"_s}, {}, {}}), 3);
    }

    void allInterfacesWarn()
    {
        test::TokenUiHarness h;
        SettingsDialog dialog(h.settings, h.secrets, *h.receiver, *h.reader);
        dialog.show();
        auto *address = dialog.findChild<QComboBox *>(u"addressCombo"_s);
        address->setCurrentText(u"0.0.0.0"_s);
        QVERIFY(dialog.warnsAboutAllInterfaces());
        address->setCurrentText(u"::"_s);
        QVERIFY(dialog.warnsAboutAllInterfaces());
        address->setCurrentText(u"::1"_s);
        QVERIFY(!dialog.warnsAboutAllInterfaces());
        address->setCurrentText(u"127.0.0.1"_s);
        QVERIFY(!dialog.warnsAboutAllInterfaces());
    }

    void invalidValuesAreRefused()
    {
        test::TokenUiHarness h;
        SettingsDialog dialog(h.settings, h.secrets, *h.receiver, *h.reader);
        dialog.show();
        dialog.findChild<QLineEdit *>(u"proxiesEdit"_s)->setText(u"10.0.0.5, proxy.example"_s);
        QVERIFY(!applyAndWait(dialog));
        QVERIFY(dialog.statusText().contains(u"Trusted proxies"_s));
        QVERIFY(h.settings.trustedProxies().isEmpty());
        dialog.findChild<QLineEdit *>(u"proxiesEdit"_s)->clear();
        dialog.findChild<QComboBox *>(u"addressCombo"_s)->setCurrentText(u"not an address"_s);
        QVERIFY(!applyAndWait(dialog));
        QCOMPARE(h.settings.listen(), u"127.0.0.1:8080"_s);
        dialog.findChild<QComboBox *>(u"addressCombo"_s)->setCurrentText(u"127.0.0.1"_s);
        dialog.findChild<QGroupBox *>(u"httpsGroup"_s)->setChecked(true);
        QVERIFY(!applyAndWait(dialog));
        QVERIFY(dialog.statusText().contains(u"certificate"_s));
    }

    void httpsWithAnEncryptedKey()
    {
        test::TokenUiHarness h;
        QVERIFY(h.start());
        const NewToken t = h.token(u"Okta"_s);
        const bool keychain = h.keychainAvailable();
        auto *dialog = new SettingsDialog(h.settings, h.secrets, *h.receiver, *h.reader);
        QObject::connect(dialog, &SettingsDialog::applied, h.receiver.get(),
                         [&h](const ReceiverConfig &config) { h.receiver->start(config); });
        dialog->show();
        dialog->findChild<QGroupBox *>(u"httpsGroup"_s)->setChecked(true);
        FileDialog::setNextAnswer(m_cert.certificate);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"browseCertificate"_s), Qt::LeftButton);
        FileDialog::setNextAnswer(m_cert.encryptedKey);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"browseKey"_s), Qt::LeftButton);
        QCOMPARE(QDir::fromNativeSeparators(dialog->findChild<QLineEdit *>(u"keyEdit"_s)->text()), m_cert.encryptedKey);

        // Without the passphrase the dialog says what is missing and changes nothing.
        QVERIFY(!applyAndWait(*dialog));
        QVERIFY2(dialog->statusText().contains(u"passphrase"_s), qPrintable(dialog->statusText()));
        QVERIFY(h.settings.tlsCertificateFile().isEmpty());
        QVERIFY(h.receiver->tenantUrl().startsWith(u"http://"_s));

        dialog->findChild<QLineEdit *>(u"passphraseEdit"_s)->setText(u"wrong"_s);
        QVERIFY(!applyAndWait(*dialog));
        QVERIFY(!dialog->statusText().contains(u"wrong"_s));

        dialog->findChild<QLineEdit *>(u"passphraseEdit"_s)->setText(m_cert.passphrase);
        QVERIFY(applyAndWait(*dialog));
        QTRY_COMPARE(h.receiver->state(), Receiver::State::Listening);
        QVERIFY2(h.receiver->tenantUrl().startsWith(u"https://127.0.0.1:"_s), qPrintable(h.receiver->tenantUrl()));
        QCOMPARE(h.settings.tlsCertificateFile(), m_cert.certificate);
        QCOMPARE(h.settings.tlsKeyFile(), m_cert.encryptedKey);
        QVERIFY(dialog->findChild<QLineEdit *>(u"passphraseEdit"_s)->text().isEmpty());
        QVERIFY(dialog->statusText().contains(u"self-signed"_s));

        test::HttpClient https(h.receiver->port(), t.secret.toLatin1());
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates({m_cert.certificateObject()});
        https.setTls(tls);
        QCOMPARE(https.get("/scim/v2/Users").status, 200);

        h.settings.sync();
        QCOMPARE(h.settings.tlsPassphraseInKeychain(), keychain);
        const QByteArray passphrase = m_cert.passphrase.toUtf8();
        QVERIFY2(test::filesContaining(h.dir.path(), passphrase).isEmpty(),
                 qPrintable(test::filesContaining(h.dir.path(), passphrase).join(u", "_s)));
        QVERIFY(
            test::filesContaining(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation), passphrase)
                .isEmpty());
        if (!keychain) {
            QVERIFY(dialog->statusText().contains(u"could not be kept in the keychain"_s));
            delete dialog;
            return;
        }

        // A restart of the app: the passphrase comes back from the keychain.
        h.receiver->stop();
        ReceiverConfig restart = h.receiver->config();
        restart.tls.passphrase.clear();
        QString error;
        // A free port: the default one (8080) may be in use by a scim-monitor started with run.sh.
        QVERIFY2(restart.applySettings(h.settings, u"127.0.0.1:0"_s, &error), qPrintable(error));
        ReceiverStarter::start(*h.receiver, restart, h.secrets, h.settings.dataDir(), true, {});
        QTRY_COMPARE_WITH_TIMEOUT(h.receiver->state(), Receiver::State::Listening, 10000);
        QVERIFY(h.receiver->tenantUrl().startsWith(u"https://"_s));

        // Back to plain HTTP: the passphrase leaves the keychain.
        dialog->findChild<QGroupBox *>(u"httpsGroup"_s)->setChecked(false);
        QVERIFY(applyAndWait(*dialog));
        QTRY_VERIFY(h.receiver->tenantUrl().startsWith(u"http://"_s));
        QVERIFY(!h.settings.tlsPassphraseInKeychain());
        std::optional<SecretStore::Status> status;
        QTest::qWait(300);
        h.secrets.read(SecretStore::tlsPassphraseKey(h.settings.dataDir()), dialog,
                       [&status](const SecretStore::Result &r) { status = r.status; });
        QTRY_VERIFY(status.has_value());
        QCOMPARE(*status, SecretStore::Status::NotFound);
        delete dialog;
    }

    void dataLocationForTheNextStart()
    {
        test::TokenUiHarness h;
        QTemporaryDir next;
        SettingsDialog dialog(h.settings, h.secrets, *h.receiver, *h.reader);
        dialog.show();
        QCOMPARE(QDir::fromNativeSeparators(dialog.findChild<QLabel *>(u"dataDirLabel"_s)->text()), h.dir.path());
        dialog.findChild<QLineEdit *>(u"nextDataDirEdit"_s)->setText(next.path());
        QVERIFY(applyAndWait(dialog));
        QCOMPARE(AppSettings::preferredDataDir(), next.path());
        QString error;
        QCOMPARE(AppSettings::resolveDataDir(QString(), &error), next.path());
        dialog.findChild<QLineEdit *>(u"nextDataDirEdit"_s)->clear();
        QVERIFY(applyAndWait(dialog));
        QVERIFY(AppSettings::preferredDataDir().isEmpty());
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
