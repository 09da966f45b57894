// A computer without a keychain (no Secret Service on the session bus): the new-token dialog says
// so plainly and keeps "Remember on this computer" off, the token manager offers no reveal, the
// HTTPS key's passphrase is used for the session only, the `token` commands work as always, and
// no token or passphrase is written to any file (the data directory and the whole home folder
// are searched).

#include "platform/secretstore.h"
#include "support/secretscan.h"
#include "support/testcertificate.h"
#include "tokenuiharness.h"
#include "ui/common/messagebox.h"
#include "ui/settings/settingsdialog.h"
#include "ui/tokens/newtokendialog.h"
#include "ui/tokens/tokenmanagerdialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;
using namespace scimmon;

namespace {

/// A home folder of its own and a session bus address that leads nowhere, set before the
/// application (and QtKeychain's libsecret) starts.
QTemporaryDir g_homeDir;
const QTemporaryDir *g_home = [] {
    qputenv("HOME", g_homeDir.path().toLocal8Bit());
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/scim-monitor-test/bus");
    qunsetenv("DISPLAY");
    qunsetenv("WAYLAND_DISPLAY");
    return &g_homeDir;
}();

/// The files under the home folder and the data directory that hold `secret`.
QStringList leaks(const test::TokenUiHarness &h, const QByteArray &secret)
{
    return test::filesContaining(g_home->path(), secret) + test::filesContaining(h.dir.path(), secret);
}

} // namespace

class TestNoKeychain : public QObject
{
    Q_OBJECT

    test::TestCertificate m_cert;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        QVERIFY2(m_cert.generate(&error), qPrintable(error));
        test::TokenUiHarness h;
        QString reason;
        QVERIFY(!h.keychainAvailable(&reason));
        QVERIFY(!reason.isEmpty());
    }

    void newTokenDialogSaysSoAndKeepsTheOptionOff()
    {
        test::TokenUiHarness h;
        QVERIFY(h.start());
        auto *dialog = new NewTokenDialog(h.context(), u"Entra ID"_s);
        dialog->show();
        auto *state = dialog->findChild<QLabel *>(u"keychainState"_s);
        QTRY_VERIFY(state->text().contains(SecretStore::unavailableMessage()));
        QVERIFY(state->text().contains(u"Nothing is written in plain text"_s));
        auto *remember = dialog->findChild<QCheckBox *>(u"rememberBox"_s);
        QVERIFY(!remember->isEnabled());
        QVERIFY(!remember->isChecked());

        QTest::mouseClick(dialog->findChild<QPushButton *>(u"submitButton"_s), Qt::LeftButton);
        QTRY_VERIFY(!dialog->secret().isEmpty());
        QVERIFY(!dialog->remembered());
        QVERIFY(dialog->findChild<QLabel *>(u"resultIntro"_s)->text().contains(u"shown only now"_s));
        const QString secret = dialog->secret();
        QCOMPARE(h.status(secret), 200);
        h.settings.sync();
        QVERIFY(h.settings.tokensInKeychain().isEmpty());
        QVERIFY2(leaks(h, secret.toLatin1()).isEmpty(), qPrintable(leaks(h, secret.toLatin1()).join(u", "_s)));
        delete dialog;
    }

    void tokenManagerOffersNoReveal()
    {
        test::TokenUiHarness h;
        const NewToken t = h.token(u"remembered once"_s);
        h.settings.setTokenInKeychain(t.record.id, true); // remembered while a keychain still answered
        TokenManagerDialog manager(h.context());
        manager.show();
        QTRY_VERIFY(manager.selectToken(t.record.id));
        manager.revealSelected(); // the keychain is asked, and does not answer
        QTRY_VERIFY(manager.statusText().contains(SecretStore::unavailableMessage()));
        QVERIFY(manager.revealedSecret().isEmpty());
        QVERIFY(!manager.findChild<QPushButton *>(u"revealButton"_s)->isEnabled());
        QVERIFY(!manager.findChild<QPushButton *>(u"copyTokenButton"_s)->isEnabled());
        QVERIFY(leaks(h, t.secret.toLatin1()).isEmpty());
    }

    void passphraseIsUsedForTheSessionOnly()
    {
        test::TokenUiHarness h;
        QVERIFY(h.start());
        SettingsDialog dialog(h.settings, h.secrets, *h.receiver, *h.reader);
        QObject::connect(&dialog, &SettingsDialog::applied, h.receiver.get(),
                         [&h](const ReceiverConfig &config) { h.receiver->start(config); });
        dialog.show();
        dialog.findChild<QGroupBox *>(u"httpsGroup"_s)->setChecked(true);
        dialog.findChild<QLineEdit *>(u"certificateEdit"_s)->setText(m_cert.certificate);
        dialog.findChild<QLineEdit *>(u"keyEdit"_s)->setText(m_cert.encryptedKey);
        dialog.findChild<QLineEdit *>(u"passphraseEdit"_s)->setText(m_cert.passphrase);
        QSignalSpy finished(&dialog, &SettingsDialog::applyFinished);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"applyButton"_s), Qt::LeftButton);
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(finished.first().first().toBool());
        QTRY_VERIFY(h.receiver->tenantUrl().startsWith(u"https://"_s));
        QTRY_VERIFY(dialog.statusText().contains(u"could not be kept in the keychain"_s));
        h.settings.sync();
        QVERIFY(!h.settings.tlsPassphraseInKeychain());
        QVERIFY2(leaks(h, m_cert.passphrase.toUtf8()).isEmpty(),
                 qPrintable(leaks(h, m_cert.passphrase.toUtf8()).join(u", "_s)));
    }

    void commandLineNeedsNoKeychain()
    {
        const QString binary = qEnvironmentVariable("SCIMMON_BINARY");
        QVERIFY(QFile::exists(binary));
        test::TokenUiHarness h;
        auto run = [&](const QStringList &args) {
            QProcess p;
            p.start(binary, QStringList{u"--data-dir"_s, h.dir.path(), u"token"_s} + args);
            if (!p.waitForFinished(20000))
                return QPair<int, QByteArray>{-1, {}};
            return QPair<int, QByteArray>{p.exitCode(), p.readAllStandardOutput() + p.readAllStandardError()};
        };
        const auto created = run({u"create"_s, u"--name"_s, u"Entra ID"_s});
        QCOMPARE(created.first, 0);
        const QByteArray first = created.second.trimmed().split('\n').last();
        const auto rotated = run({u"rotate"_s, u"1"_s, u"--grace-hours"_s, u"1"_s});
        QCOMPARE(rotated.first, 0);
        const QByteArray second = rotated.second.trimmed().split('\n').last();
        QCOMPARE(run({u"list"_s}).first, 0);
        QCOMPARE(run({u"revoke"_s, u"2"_s}).first, 0);
        for (const QByteArray &secret : {first, second}) {
            QCOMPARE(secret.size(), 43);
            QVERIFY(leaks(h, secret).isEmpty());
        }
    }
};

// libsecret's D-Bus worker threads, still retrying the unreachable bus, outlive main(); letting
// static destructors run beside them can corrupt the heap at exit. The test ends after removing
// its home folder, without static destruction.
int main(int argc, char **argv)
{
    int status = 0;
    {
        QApplication app(argc, argv);
        app.setAttribute(Qt::AA_Use96Dpi, true); // as QTEST_MAIN does
        TestNoKeychain test;
        QTEST_SET_MAIN_SOURCE_PATH
        status = QTest::qExec(&test, argc, argv);
    }
    g_homeDir.remove();
    std::fflush(stdout);
    std::fflush(stderr);
    std::_Exit(status);
}

#include "tst_nokeychain.moc"
