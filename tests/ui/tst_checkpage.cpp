// The "Check a SCIM server" tab against the app's own receiver: nothing runs without consent or
// with an incomplete form; a run fills the tree suite → test → steps with every test passed;
// selecting a step shows its request and response, token redacted, in the log's viewer; and the
// JUnit export is a file QXmlStreamReader reads; a token remembered in the keychain comes back
// when the same URL is entered on another page, and is forgotten when the box is cleared.

#include "platform/keychainsecretstore.h"
#include "receiver/receiver.h"
#include "support/testsupport.h"
#include "ui/check/checkpage.h"
#include "ui/common/filedialog.h"
#include "ui/common/messagebox.h"
#include "ui/log/requestdetailview.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTreeWidget>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace scimmon;

class TestCheckPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_reader;
    std::unique_ptr<Receiver> m_receiver;
    QByteArray m_token;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        m_reader = StoreFactory::open(StoreConfig::sqliteIn(m_dir.path()), u"reader"_s, &error);
        QVERIFY2(m_reader, qPrintable(error));
        const auto t = TokenService(*m_reader).create(u"Check"_s, 0, &error);
        QVERIFY(t);
        m_token = t->secret.toLatin1();
        m_receiver = std::make_unique<Receiver>();
        ReceiverConfig c;
        c.store = StoreConfig::sqliteIn(m_dir.path());
        c.port = 0;
        m_receiver->start(c);
        QVERIFY(QTest::qWaitFor([&] { return m_receiver->state() == Receiver::State::Listening; }, 10000));
    }

    void cleanupTestCase() { m_receiver.reset(); }

    void nothingRunsWithoutConsentOrAForm()
    {
        CheckPage page;
        QSignalSpy finished(&page, &CheckPage::checkFinished);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        page.startCheck(); // no URL
        QVERIFY(MessageBox::lastText().contains("SCIM base URL"_L1));
        page.targetEdit()->setText(m_receiver->tenantUrl());
        MessageBox::setNextAnswer(QMessageBox::Ok);
        page.startCheck(); // no token
        QVERIFY(MessageBox::lastText().contains("bearer token"_L1));
        page.tokenEdit()->setText(QString::fromLatin1(m_token));
        MessageBox::setNextAnswer(QMessageBox::No);
        page.startCheck(); // declined
        QVERIFY(MessageBox::lastText().contains("scimcheck-"_L1));
        QVERIFY(page.runButton()->isEnabled());
        QVERIFY(!finished.wait(300));
    }

    void tokenRememberedInTheKeychain()
    {
        KeychainSecretStore secrets;
        const QString url = m_receiver->tenantUrl();
        {
            CheckPage page;
            page.setSecretStore(&secrets);
            QSignalSpy finished(&page, &CheckPage::checkFinished);
            page.targetEdit()->setText(url);
            page.tokenEdit()->setText(QString::fromLatin1(m_token));
            page.rememberBox()->setChecked(true);
            MessageBox::setNextAnswer(QMessageBox::Yes);
            page.startCheck();
            QVERIFY(finished.wait(120000));
        }
        {
            CheckPage page;
            page.setSecretStore(&secrets);
            page.targetEdit()->setText(url);
            Q_EMIT page.targetEdit()->editingFinished();
            QTRY_COMPARE_WITH_TIMEOUT(page.tokenEdit()->text(), QString::fromLatin1(m_token), 10000);
            QVERIFY(page.rememberBox()->isChecked());
            // Cleared box: the next run forgets the token.
            page.rememberBox()->setChecked(false);
            QSignalSpy finished(&page, &CheckPage::checkFinished);
            MessageBox::setNextAnswer(QMessageBox::Yes);
            page.startCheck();
            QVERIFY(finished.wait(120000));
        }
        bool done = false;
        SecretStore::Status status = SecretStore::Status::Ok;
        secrets.read(SecretStore::checkTokenKey(url), this, [&](const SecretStore::Result &r) {
            status = r.status;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QCOMPARE(status, SecretStore::Status::NotFound);
    }

    void runFillsTheTreeAndShowsSteps()
    {
        CheckPage page;
        QSignalSpy finished(&page, &CheckPage::checkFinished);
        page.targetEdit()->setText(m_receiver->tenantUrl());
        page.tokenEdit()->setText(QString::fromLatin1(m_token));
        MessageBox::setNextAnswer(QMessageBox::Yes);
        page.startCheck();
        QVERIFY(!page.runButton()->isEnabled());
        QVERIFY(page.cancelButton()->isEnabled());
        QVERIFY(finished.wait(120000));
        const ConformanceResult &result = page.lastResult();
        QCOMPARE(result.exitCode(), 0);
        QVERIFY(page.runButton()->isEnabled());

        QTreeWidget *tree = page.resultTree();
        QCOMPARE(tree->topLevelItemCount(), 3);
        int tests = 0;
        QTreeWidgetItem *createStep = nullptr;
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            QTreeWidgetItem *suite = tree->topLevelItem(i);
            QVERIFY(suite);
            tests += suite->childCount();
            for (int j = 0; j < suite->childCount(); ++j) {
                QTreeWidgetItem *test = suite->child(j);
                QVERIFY(test);
                QVERIFY(test->text(1) != "Failed"_L1);
                if (test->text(0) == "SCIM_User_Create_Test"_L1 && test->childCount() > 0)
                    createStep = test->child(0);
            }
        }
        QCOMPARE(tests, result.tests.size());
        QVERIFY(createStep);
        tree->setCurrentItem(createStep);
        const QString shown = page.detailView()->toPlainText();
        QVERIFY2(shown.contains("POST"_L1) && shown.contains("201"_L1), qPrintable(shown.left(400)));
        QVERIFY(!shown.contains(QString::fromLatin1(m_token)));
        QVERIFY2(page.stepInfo()->text().contains(u"RFC 7644 §3.3"_s), qPrintable(page.stepInfo()->text()));

        const QString junit = m_dir.filePath(u"check.xml"_s);
        FileDialog::setNextAnswer(junit);
        page.exportReport(u"junit"_s);
        QFile file(junit);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        int testcases = 0;
        while (!xml.atEnd())
            testcases += xml.readNext() == QXmlStreamReader::StartElement && xml.name() == "testcase"_L1 ? 1 : 0;
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(testcases, result.tests.size());
    }
};

QTEST_MAIN(TestCheckPage)
#include "tst_checkpage.moc"
