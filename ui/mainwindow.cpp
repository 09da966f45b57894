#include "ui/mainwindow.h"

#include "platform/appsettings.h"
#include "service/tokenservice.h"
#include "store/readexecutor.h"
#include "store/storewatcher.h"
#include "ui/audit/auditexportdialog.h"
#include "ui/audit/auditpage.h"
#include "ui/audit/audittablemodel.h"
#include "ui/check/checkpage.h"
#include "ui/common/emptyviewhint.h"
#include "ui/common/labels.h"
#include "ui/common/messagebox.h"
#include "ui/common/readtask.h"
#include "ui/common/statusstyle.h"
#include "ui/common/translations.h"
#include "ui/common/writetask.h"
#include "ui/log/cyclespage.h"
#include "ui/log/cycletablemodel.h"
#include "ui/log/objecthistorydialog.h"
#include "ui/log/requestdetailview.h"
#include "ui/log/requestlogmodel.h"
#include "ui/log/requestlogpage.h"
#include "ui/overview/connectpage.h"
#include "ui/overview/overviewpage.h"
#include "ui/receiversetup.h"
#include "ui/resources/groupmembersmodel.h"
#include "ui/resources/groupspage.h"
#include "ui/resources/grouptablemodel.h"
#include "ui/resources/resourceactions.h"
#include "ui/resources/userspage.h"
#include "ui/resources/usertablemodel.h"
#include "ui/settings/openstoredialog.h"
#include "ui/tokens/firsttokendialog.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>

#include <climits>
#include <optional>

using namespace Qt::StringLiterals;

namespace scimmon {

namespace {

/// The outcome of the first-start token check, made on the reader's thread.
struct FirstToken
{
    bool storeRead = false; ///< false when the reader could not open the store
    std::optional<NewToken> created;
    QString error;
};

/// True for the methods that can change users or groups.
bool isWrite(const QString &method)
{
    return method == "POST"_L1 || method == "PUT"_L1 || method == "PATCH"_L1 || method == "DELETE"_L1;
}

} // namespace

MainWindow::MainWindow(AppSettings &settings, Receiver &receiver, ReadExecutor &reader, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_receiver(receiver)
    , m_reader(reader)
    , m_logModel(new RequestLogModel(this))
    , m_userModel(new UserTableModel(reader, this))
    , m_groupModel(new GroupTableModel(reader, this))
    , m_memberModel(new GroupMembersModel(reader, this))
    , m_tabs(new QTabWidget(this))
    , m_logPage(new RequestLogPage(m_logModel, this))
    , m_usersPage(new UsersPage(m_userModel, reader, receiver, this))
    , m_groupsPage(new GroupsPage(m_groupModel, m_memberModel, reader, receiver, this))
{
    // The window reads and writes one database: its changes go to the receiver's writer, which
    // may not have been started yet.
    if (!receiver.hasStore())
        receiver.useStore(reader.config());
    setWindowTitle(u"scim-monitor"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_logPage, tr("Provisioning log"));
    m_tabs->addTab(m_usersPage, tr("Users"));
    m_tabs->addTab(m_groupsPage, tr("Groups"));
    m_cycleModel = new CycleTableModel(reader, this);
    m_overviewPage = new OverviewPage(reader, this);
    m_cyclesPage = new CyclesPage(m_cycleModel, this);
    m_tabs->insertTab(0, m_overviewPage, tr("Overview"));
    m_tabs->insertTab(m_tabs->indexOf(m_logPage) + 1, m_cyclesPage, tr("Cycles"));
    m_auditModel = new AuditTableModel(reader, this);
    m_auditPage = new AuditPage(m_auditModel, this);
    m_tabs->addTab(m_auditPage, tr("Audit"));
    connect(m_auditPage, &AuditPage::exportRequested, this, &MainWindow::exportAudit);
    // Local actions (tokens, settings, deletions) are audited too: showing the tab reads anew.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentWidget() == m_auditPage)
            m_auditDirty = true;
    });
    m_tabs->setCurrentWidget(m_overviewPage);
    m_logPage->detailView()->setReader(&m_reader);
    connect(m_logPage->detailView(), &RequestDetailView::historyRequested, this, &MainWindow::showHistory);
    connect(m_cyclesPage, &CyclesPage::showRequests, this, [this](qint64 cycleId) {
        m_tabs->setCurrentWidget(m_logPage);
        m_logPage->showCycle(cycleId);
    });
    addHistoryAction(m_usersPage->view(), u"User"_s, UserTableModel::UserName);
    addHistoryAction(m_groupsPage->view(), u"Group"_s, 0);
    // Local deletions and the reset (File menu): the tables read again, the audit trail shows them.
    m_resourceActions = new ResourceActions(reader, receiver, this);
    auto changedLocally = [this] {
        refresh();
        m_auditRefresh.start();
    };
    connect(m_resourceActions, &ResourceActions::resourcesChanged, this, changedLocally);
    connect(m_usersPage, &ResourcePage::resourcesChanged, this, changedLocally);
    connect(m_groupsPage, &ResourcePage::resourcesChanged, this, changedLocally);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::reloadVisibleTables);
    setCentralWidget(m_tabs);
    createMenus();
    createStatusBar();
    m_receiverSetup = new ReceiverSetup(settings, receiver, reader, this);
    m_tabs->addTab(m_receiverSetup->connectPage(), tr("Connect"));
    m_checkPage = new CheckPage(this);
    m_checkPage->setSecretStore(&m_receiverSetup->secretStore());
    m_tabs->addTab(m_checkPage, tr("Check a SCIM server"));
    menuBar()->insertMenu(menuBar()->actions().constLast(), m_receiverSetup->menu());
    connect(m_receiverSetup, &ReceiverSetup::openStoreRequested, this, &MainWindow::openStore);
    connect(m_receiverSetup, &ReceiverSetup::connectPageRequested, this,
            [this] { m_tabs->setCurrentWidget(m_receiverSetup->connectPage()); });
    // The empty log, Users and Groups tabs of a first start point to the steps that fill them.
    auto *connectIdp = new QAction(tr("Connect an Identity Provider…"), this);
    connectIdp->setObjectName(u"emptyConnectIdp"_s);
    connectIdp->setToolTip(tr("The steps in Microsoft Entra ID or Okta, with the Tenant URL and a Secret Token"));
    connect(connectIdp, &QAction::triggered, this,
            [this] { m_tabs->setCurrentWidget(m_receiverSetup->connectPage()); });
    m_logPage->emptyHint()->addAction(connectIdp);
    m_usersPage->emptyHint()->addAction(connectIdp);
    m_groupsPage->emptyHint()->addAction(connectIdp);
    auto *simulate = new QAction(tr("Simulate…"), this);
    simulate->setObjectName(u"emptySimulate"_s);
    simulate->setToolTip(tr("Play Entra ID or Okta against this receiver, to see the window fill"));
    connect(simulate, &QAction::triggered, m_receiverSetup, [this] { m_receiverSetup->openSimulator(); });
    m_logPage->emptyHint()->addAction(simulate);
    m_usersPage->emptyHint()->addAction(simulate);
    m_groupsPage->emptyHint()->addAction(simulate);

    for (QTimer *timer : {&m_usersRefresh, &m_groupsRefresh, &m_auditRefresh}) {
        timer->setSingleShot(true);
        timer->setInterval(kRefreshDelayMs);
    }
    // A table reloads only while shown (a reload reads the counts and the rows in sight); a
    // hidden one is marked and reloads when its tab is shown.
    connect(&m_usersRefresh, &QTimer::timeout, this, [this] {
        m_usersDirty = true;
        reloadVisibleTables();
    });
    connect(&m_groupsRefresh, &QTimer::timeout, this, [this] {
        m_groupsDirty = true;
        reloadVisibleTables();
    });

    connect(&m_auditRefresh, &QTimer::timeout, this, [this] {
        m_auditDirty = true;
        reloadVisibleTables();
    });

    connect(&m_receiver, &Receiver::stateChanged, this, &MainWindow::showReceiverState);
    connect(&m_receiver, &Receiver::requestHandled, this, &MainWindow::requestArrived);
    showReceiverState(m_receiver.state());

    if (!restoreGeometry(m_settings.windowGeometry()))
        resize(1200, 760);
    restoreState(m_settings.windowState());
    m_logPage->restoreState(m_settings);
    m_usersPage->restoreState(m_settings);
    m_groupsPage->restoreState(m_settings);
    m_cyclesPage->restoreState(m_settings);
    // One receiver answers everything (a shared store shows them: watchSharedStore()).
    m_logPage->setReceiverColumnShown(false);
    m_cyclesPage->setReceiverColumnShown(false);

    m_logModel->loadHistory(m_reader);
    refresh();
}

MainWindow::~MainWindow() = default;

void MainWindow::createFirstTokenIfNeeded()
{
    WriteTask::run<FirstToken>(
        m_receiver, this,
        [](Store &store) {
            FirstToken result;
            result.storeRead = true;
            TokenService tokens(store);
            if (!tokens.hasUsableToken())
                result.created = tokens.create(u"Default"_s, 0, &result.error);
            return result;
        },
        [this](const FirstToken &result) {
            if (!result.storeRead || (!result.created && !result.error.isEmpty())) {
                const QString why = result.storeRead ? result.error : m_receiver.storeError();
                MessageBox::warning(this, tr("No Secret Token"),
                                    u"<p>%1</p><p>%2</p><p>%3</p>"_s.arg(
                                        tr("scim-monitor could not create its first Secret Token:"),
                                        why.toHtmlEscaped(),
                                        tr("Identity providers cannot connect without one. Create one with %1.")
                                            .arg(u"<tt>scim-monitor token create --name NAME</tt>"_s)));
                Q_EMIT firstTokenChecked(false);
                return;
            }
            if (!result.created) {
                Q_EMIT firstTokenChecked(false);
                return;
            }
            auto *dialog = new FirstTokenDialog(m_receiver, result.created->secret, this);
            m_firstTokenDialog = dialog;
            dialog->open();
            Q_EMIT firstTokenChecked(true);
        });
}

SecretStore &MainWindow::secretStore() const
{
    return m_receiverSetup->secretStore();
}

void MainWindow::refresh()
{
    m_userModel->reload();
    m_groupModel->reload();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *openStoreAction = file->addAction(tr("&Open store…"), this, &MainWindow::openStore);
    openStoreAction->setObjectName(u"openStore"_s);
    openStoreAction->setShortcut(QKeySequence::Open);
    openStoreAction->setToolTip(tr("Show a shared PostgreSQL store, or go back to the local one"));
    file->addSeparator();
    QAction *exportAuditAction = file->addAction(tr("Export &audit trail…"), this, &MainWindow::exportAudit);
    exportAuditAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    file->addSeparator();
    QAction *reset = file->addAction(tr("&Reset all data…"), this, [this] { m_resourceActions->resetAllData(this); });
    reset->setObjectName(u"resetAllData"_s);
    reset->setToolTip(tr("Delete every user, group and membership from the store (for demos)"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *refreshAction = view->addAction(tr("&Refresh"), this, &MainWindow::refresh);
    refreshAction->setShortcut(QKeySequence(Qt::Key_F5));
    refreshAction->setToolTip(tr("Reload the users and groups tables"));
    view->addAction(m_logPage->followAction());
    view->addSeparator();
    for (int i = 0; i < m_tabs->count(); ++i) {
        QAction *show = view->addAction(m_tabs->tabText(i), this, [this, i] { m_tabs->setCurrentIndex(i); });
        show->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }
    view->addSeparator();
    QAction *find = view->addAction(tr("&Find…"), this, &MainWindow::focusSearch);
    find->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
    view->addSeparator();
    createLanguageMenu(view->addMenu(tr("&Language")));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About scim-monitor"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::createStatusBar()
{
    m_stateLabel = new QLabel(this);
    m_stateLabel->setObjectName(u"receiverState"_s);
    m_urlLabel = new QLabel(this);
    m_urlLabel->setObjectName(u"tenantUrl"_s);
    m_urlLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_urlLabel->setToolTip(tr("The Tenant URL to enter in the identity provider"));
    m_copyUrl = new QToolButton(this);
    m_copyUrl->setObjectName(u"copyTenantUrl"_s);
    m_copyUrl->setText(tr("Copy Tenant URL"));
    connect(m_copyUrl, &QToolButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_receiver.tenantUrl());
        m_copyUrl->setText(tr("Copied"));
        QTimer::singleShot(1500, m_copyUrl, [button = m_copyUrl] { button->setText(tr("Copy Tenant URL")); });
    });
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(u"requestCount"_s);
    m_countLabel->setToolTip(tr("Requests in the stored provisioning log"));
    connect(m_logModel, &RequestLogModel::totalCountChanged, this, [this](qint64 count) {
        m_countLabel->setText(tr("%Ln request(s)", nullptr, int(std::min<qint64>(count, INT_MAX))));
    });
    m_countLabel->setText(tr("%Ln request(s)", nullptr, 0));

    // Cannot be missed while any fault rule is enabled: the receiver misbehaves on purpose.
    m_faultBadge = new QToolButton(this);
    m_faultBadge->setObjectName(u"faultBadge"_s);
    m_faultBadge->setAutoRaise(false);
    m_faultBadge->setStyleSheet(u"QToolButton { background: %1; color: white; font-weight: bold; border-radius: 3px; "
                                "padding: 1px 8px; }"_s.arg(StatusStyle::errorColor(palette()).name()));
    m_faultBadge->setToolTip(tr("Fault rules are enabled: the receiver fails on purpose. Click to see them."));
    m_faultBadge->hide();
    connect(m_faultBadge, &QToolButton::clicked, this, [this] { m_receiverSetup->openFaults(); });
    connect(&m_receiver, &Receiver::faultRulesChanged, this, [this](int enabled) {
        m_faultBadge->setText(u"\u26a0 "_s + tr("Faults on: %Ln rule(s)", nullptr, enabled));
        m_faultBadge->setVisible(enabled > 0);
    });

    statusBar()->addWidget(m_stateLabel);
    statusBar()->addWidget(new QLabel(u"  "_s + tr("Tenant URL:"), this));
    statusBar()->addWidget(m_urlLabel);
    statusBar()->addWidget(m_copyUrl);
    statusBar()->addPermanentWidget(m_faultBadge);
    statusBar()->addPermanentWidget(m_countLabel);
}

void MainWindow::watchSharedStore(bool localReceiver)
{
    const QString store = m_reader.config().displayName();
    setWindowTitle(u"scim-monitor \u2014 %1"_s.arg(store));
    m_logPage->setReceiverColumnShown(true);
    m_cyclesPage->setReceiverColumnShown(true);
    // Every row comes from the store, this window's receiver's too: each once, in commit order.
    disconnect(&m_receiver, &Receiver::requestHandled, this, &MainWindow::requestArrived);
    m_watcher = new StoreWatcher(m_reader.config(), this);
    connect(m_watcher, &StoreWatcher::requestsArrived, this, [this](const QList<RequestRecord> &records) {
        for (const RequestRecord &record : records)
            requestArrived(record);
    });
    // Until the store answers again, the status bar says the tables are not current.
    connect(m_watcher, &StoreWatcher::failed, this, [this](const QString &error) {
        m_stateLabel->setText(tr("Not following the shared store: it does not answer"));
        m_stateLabel->setToolTip(error);
        StatusStyle::colorText(m_stateLabel, 500);
    });
    connect(m_watcher, &StoreWatcher::watching, this, [this, store](bool notified) {
        if (m_watchOnly) {
            m_stateLabel->setText(tr("Watching %1 (no receiver in this window)").arg(store));
            m_stateLabel->setPalette(palette());
        } else {
            showReceiverState(m_receiver.state());
        }
        m_stateLabel->setToolTip(notified ? tr("New requests in %1 show up as they are committed").arg(store)
                                          : tr("%1 is read every second").arg(store));
    });
    m_watchOnly = !localReceiver;
    if (m_watchOnly) {
        m_stateLabel->setText(tr("Connecting to %1…").arg(store));
        m_urlLabel->setText(u"\u2014"_s);
        m_copyUrl->setEnabled(false);
    }
    m_watcher->start();
}

OpenStoreDialog *MainWindow::openStore()
{
    auto *dialog = new OpenStoreDialog(m_settings, secretStore(), m_reader.config(), this);
    connect(dialog, &OpenStoreDialog::chosen, this, &MainWindow::storeChosen);
    dialog->show();
    return dialog;
}

void MainWindow::showReceiverState(Receiver::State state)
{
    if (m_watchOnly)
        return;
    QString text;
    QColor color;
    const QPalette pal = palette();
    switch (state) {
    case Receiver::State::Stopping:
    case Receiver::State::Stopped:
        text = tr("Receiver: stopped");
        break;
    case Receiver::State::Starting:
        text = tr("Receiver: starting…");
        break;
    case Receiver::State::Listening:
        text = tr("Receiver: listening");
        color = StatusStyle::okColor(pal);
        break;
    case Receiver::State::Failed:
        text = tr("Receiver: failed — %1").arg(Labels::receiverError(m_receiver.errorString()));
        color = StatusStyle::errorColor(pal);
        break;
    }
    m_stateLabel->setText(text);
    QPalette labelPalette = pal;
    if (color.isValid())
        labelPalette.setColor(QPalette::WindowText, color);
    m_stateLabel->setPalette(labelPalette);

    const QString url = m_receiver.tenantUrl();
    m_urlLabel->setText(url.isEmpty() ? u"\u2014"_s : url);
    m_logPage->setTenantUrl(url);
    m_usersPage->setTenantUrl(url);
    m_groupsPage->setTenantUrl(url);
    m_copyUrl->setEnabled(!url.isEmpty());

    m_stateLabel->setToolTip(state == Receiver::State::Failed ? Labels::receiverError(m_receiver.errorString())
                                                              : QString());
    if (state != Receiver::State::Failed)
        return;
    auto warn = [this] {
        MessageBox::warning(
            this, tr("Receiver failed"),
            u"<p>%1</p><p>%2</p><p>%3</p>"_s.arg(
                tr("The SCIM receiver could not start:"),
                Labels::receiverError(m_receiver.errorString()).toHtmlEscaped(),
                tr("Identity providers cannot reach scim-monitor until it runs. If another program uses the port, "
                   "start scim-monitor with %1.")
                    .arg(u"<tt>--listen 127.0.0.1:PORT</tt>"_s)));
    };
    // Never cover the one-time token: the warning waits until that dialog is closed.
    if (QDialog *tokenDialog = m_firstTokenDialog.data(); tokenDialog && tokenDialog->isVisible())
        connect(tokenDialog, &QDialog::finished, this, warn, Qt::SingleShotConnection);
    else
        warn();
}

void MainWindow::requestArrived(const RequestRecord &record)
{
    m_logModel->append(record);
    m_cyclesPage->noteActivity();
    for (const QPointer<ObjectHistoryDialog> &history : std::as_const(m_histories))
        if (history)
            history->requestArrived(record);
    if (!isWrite(record.method) || record.resourceType.isEmpty())
        return;
    // Refused writes are audited too (with their SCIM error).
    if (!m_auditRefresh.isActive())
        m_auditRefresh.start();
    if (record.status >= 400)
        return;
    // Throttled rather than restarted per request, so a steady stream still refreshes every
    // kRefreshDelayMs. Group changes alter the users' group counts; deleting a user its groups.
    const bool user = record.resourceType == "User"_L1;
    const bool group = record.resourceType == "Group"_L1;
    if ((user || group) && !m_usersRefresh.isActive())
        m_usersRefresh.start();
    if ((group || (user && record.method == "DELETE"_L1)) && !m_groupsRefresh.isActive())
        m_groupsRefresh.start();
}

void MainWindow::reloadVisibleTables()
{
    QWidget *shown = m_tabs->currentWidget();
    if (m_usersDirty && shown == m_usersPage) {
        m_usersDirty = false;
        m_userModel->reload();
    }
    if (m_groupsDirty && shown == m_groupsPage) {
        m_groupsDirty = false;
        m_groupModel->reload();
    }
    if (m_auditDirty && shown == m_auditPage) {
        m_auditDirty = false;
        m_auditModel->reload();
    }
}

QDialog *MainWindow::exportAudit()
{
    auto *dialog = new AuditExportDialog(m_reader.config(), m_auditModel->filter(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

ObjectHistoryDialog *MainWindow::showHistory(const QString &resourceType, const QString &id, const QString &name)
{
    if (id.isEmpty())
        return nullptr;
    m_histories.removeAll(nullptr);
    for (const QPointer<ObjectHistoryDialog> &pointer : std::as_const(m_histories)) {
        ObjectHistoryDialog *open = pointer.data();
        if (open && open->resourceId() == id) {
            open->raise();
            open->activateWindow();
            return open;
        }
    }
    auto *dialog = new ObjectHistoryDialog(m_reader, resourceType, id, name, this);
    m_histories.append(dialog);
    dialog->show();
    return dialog;
}

void MainWindow::addHistoryAction(QTableView *view, const QString &resourceType, int nameColumn)
{
    auto *action = new QAction(tr("Show &history…"), view);
    action->setToolTip(tr("Every request that touched it, with what each changed"));
    connect(action, &QAction::triggered, this, [this, view, resourceType, nameColumn] {
        const QModelIndex current = view->currentIndex();
        if (!current.isValid())
            return;
        const QString id = current.data(ResourceTableModel::IdRole).toString();
        const QString name = current.siblingAtColumn(nameColumn).data().toString();
        showHistory(resourceType, id, name);
    });
    view->addAction(action);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(view, &QTableView::doubleClicked, action, &QAction::trigger);
}

void MainWindow::focusSearch()
{
    QWidget *page = m_tabs->currentWidget();
    if (page == m_logPage)
        m_logPage->focusSearch();
    else if (page == m_usersPage)
        m_usersPage->focusSearch();
    else if (page == m_groupsPage)
        m_groupsPage->focusSearch();
    else if (page == m_auditPage)
        m_auditPage->focusSearch();
}

void MainWindow::showAbout()
{
    MessageBox::about(
        this, tr("About scim-monitor"),
        u"<h3>scim-monitor %1</h3><p>%2</p><p>%3<br/>%4</p><p><a href=\"https://scimmonitor.org\">scimmonitor.org</a></p>"_s
            .arg(QCoreApplication::applicationVersion().toHtmlEscaped(),
                 tr("A SCIM 2.0 receiver (RFC 7643, RFC 7644) for Microsoft Entra ID and Okta provisioning, with a "
                    "live log of every request."),
                 tr("Data directory: %1").arg(u"<tt>"_s + m_settings.dataDir().toHtmlEscaped() + u"</tt>"_s),
                 tr("Built with Qt %1, running on Qt %2.")
                     .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()))));
}

void MainWindow::createLanguageMenu(QMenu *menu)
{
    menu->setObjectName(u"languageMenu"_s);
    menu->setToolTip(tr("The language of the window, from the next start"));
    auto *group = new QActionGroup(menu);
    const Translations::Language saved = Translations::saved(m_settings);
    const std::pair<Translations::Language, QString> choices[]
        = {{Translations::Language::System, u"languageSystem"_s},
           {Translations::Language::English, u"languageEnglish"_s},
           {Translations::Language::German, u"languageGerman"_s}};
    for (const auto &[language, name] : choices) {
        QAction *action = menu->addAction(Translations::displayName(language));
        action->setObjectName(name);
        action->setCheckable(true);
        action->setChecked(language == saved);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, language] {
            if (language == Translations::saved(m_settings))
                return;
            Translations::save(m_settings, language);
            QString chosen = Translations::displayName(language);
            if (language == Translations::Language::System)
                chosen = tr("%1 (%2)").arg(
                    chosen, Translations::displayName(Translations::resolve(language, QLocale::system())));
            MessageBox::information(
                this, tr("Language"),
                u"<p>%1</p><p>%2</p>"_s.arg(tr("The language is now set to %1.").arg(chosen.toHtmlEscaped()),
                                            tr("It takes effect the next time scim-monitor starts.")));
        });
    }
}

void MainWindow::saveSettings()
{
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    m_logPage->saveState(m_settings);
    m_usersPage->saveState(m_settings);
    m_groupsPage->saveState(m_settings);
    m_cyclesPage->saveState(m_settings);
    m_settings.sync();
}

} // namespace scimmon
