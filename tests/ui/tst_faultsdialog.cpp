// The Faults panel with the window's own receiver (a real one on 127.0.0.1, any free port, over a
// temporary data directory): a rule made in the form is stored and applied (the receiver answers
// with it, the log names it, the status bar badge appears); the check box disables it; a profile
// replaces the rules after a confirmation; a rule added by another connection shows up; the form
// refuses an invalid rule with the reason.
#include "fault/faultruleservice.h"
#include "platform/appsettings.h"
#include "receiver/receiver.h"
#include "service/tokenservice.h"
#include "store/readexecutor.h"
#include "store/storefactory.h"
#include "support/testsupport.h"
#include "ui/common/messagebox.h"
#include "ui/faults/faultruledialog.h"
#include "ui/faults/faultrulemodel.h"
#include "ui/faults/faultsdialog.h"
#include "ui/log/requestlogmodel.h"
#include "ui/log/requestlogpage.h"
#include "ui/mainwindow.h"
#include "ui/receiversetup.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace scimmon;

namespace {

struct Harness
{
    QTemporaryDir dir;
    AppSettings settings{dir.path()};
    ReceiverConfig config;
    std::unique_ptr<ReadExecutor> reader;
    std::unique_ptr<Receiver> receiver;
    std::unique_ptr<MainWindow> window;
    QByteArray token;

    Harness()
    {
        config.store = StoreConfig::sqliteIn(dir.path());
        config.address = QHostAddress::LocalHost;
        config.port = 0;
        QString error;
        auto store = StoreFactory::open(config.store, u"setup"_s, &error);
        token = TokenService(*store).create(u"faults"_s, 0, &error)->secret.toLatin1();
        store.reset();
        reader = std::make_unique<ReadExecutor>(config.store);
        receiver = std::make_unique<Receiver>();
        window = std::make_unique<MainWindow>(settings, *receiver, *reader);
        window->show();
        receiver->start(config);
    }
    ~Harness()
    {
        window.reset();
        receiver.reset();
        reader.reset();
    }
    bool listening()
    {
        return QTest::qWaitFor([&] { return receiver->state() == Receiver::State::Listening; }, 10000);
    }
    QList<FaultRule> stored()
    {
        QString error;
        auto store = StoreFactory::open(config.store, u"check"_s, &error);
        return store ? store->faultRules().all() : QList<FaultRule>();
    }
};

} // namespace

class TestFaultsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aRuleFromTheFormIsAppliedAndMarked()
    {
        Harness h;
        QVERIFY(h.listening());
        FaultsDialog *faults = h.window->receiverSetup()->openFaults();
        QVERIFY(faults->isVisible());
        QVERIFY(!h.window->faultBadge()->isVisible());

        FaultRuleDialog *form = faults->addRule();
        QVERIFY(!form->problem().isEmpty()); // no name yet
        QVERIFY(!form->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
        form->nameEdit()->setText(u"Lost answer"_s);
        form->pathEdit()->setText(u"Users"_s); // no leading slash
        QVERIFY(form->problem().contains(u"/Users"_s));
        form->pathEdit()->setText(u"/Users"_s);
        form->statusBox()->setCurrentIndex(form->statusBox()->findData(503));
        QVERIFY(form->problem().isEmpty());
        QSignalSpy changed(faults, &FaultsDialog::rulesChanged);
        form->accept();
        QVERIFY(changed.wait(5000));
        QCOMPARE(h.stored().value(0).name, u"Lost answer"_s);
        QCOMPARE(h.stored().value(0).status, 503);
        QVERIFY(QTest::qWaitFor([&] { return faults->model()->rowCount() == 1; }, 3000));
        // The receiver has it within a second, and the badge says so.
        QVERIFY(QTest::qWaitFor([&] { return h.window->faultBadge()->isVisible(); }, 2000));
        QVERIFY(h.window->faultBadge()->text().contains(u"1"_s));

        test::HttpClient client(h.receiver->port(), h.token);
        QCOMPARE(client.post("/scim/v2/Users", QJsonObject{{u"userName"_s, u"x@contoso.com"_s}}).status, 503);
        RequestLogModel *log = h.window->requestLogModel();
        QVERIFY(QTest::qWaitFor(
            [&] {
                return log->rowCount() > 0
                    && log->index(log->rowCount() - 1, RequestLogModel::Fault).data().toString() == u"Lost answer"_s;
            },
            5000));

        // Its check box disables it: stored, and the badge goes.
        QVERIFY(faults->model()->setData(faults->model()->index(0, FaultRuleModel::Name), Qt::Unchecked,
                                         Qt::CheckStateRole));
        QVERIFY(QTest::qWaitFor([&] { return !h.stored().value(0).enabled; }, 5000));
        QVERIFY(QTest::qWaitFor([&] { return !h.window->faultBadge()->isVisible(); }, 2000));
        QCOMPARE(client.post("/scim/v2/Users", QJsonObject{{u"userName"_s, u"y@contoso.com"_s}}).status, 201);
    }

    void aProfileReplacesTheRulesAfterAsking()
    {
        Harness h;
        QVERIFY(h.listening());
        FaultsDialog *faults = h.window->receiverSetup()->openFaults();
        QString error;
        {
            auto store = StoreFactory::open(h.config.store, u"other"_s, &error);
            FaultRule mine;
            mine.name = u"mine"_s;
            mine.delayMs = 10;
            QVERIFY(FaultRuleService(*store).add(mine, &error)); // as another process would
        }
        QVERIFY(QTest::qWaitFor([&] { return faults->model()->rowCount() == 1; }, 3000));
        faults->profileBox()->setCurrentIndex(faults->profileBox()->findData(u"slack"_s));
        QVERIFY(faults->findChild<QLabel *>(u"faultProfileText"_s)->text().contains(u"180"_s));
        MessageBox::setNextAnswer(QMessageBox::No);
        faults->applyProfile();
        QCOMPARE(h.stored().value(0).name, u"mine"_s);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QSignalSpy changed(faults, &FaultsDialog::rulesChanged);
        faults->applyProfile();
        QVERIFY(changed.wait(5000));
        const QList<FaultRule> rules = h.stored();
        QVERIFY(rules.size() >= 4);
        QVERIFY(rules.first().name.startsWith(u"Slack"_s));
        QVERIFY(QTest::qWaitFor([&] { return faults->model()->rowCount() == rules.size(); }, 3000));
        QVERIFY(faults->statusText().contains(u"Slack"_s));
    }
};

QTEST_MAIN(TestFaultsDialog)
#include "tst_faultsdialog.moc"
