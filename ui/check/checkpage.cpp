#include "ui/check/checkpage.h"

#include "conformance/conformancerunner.h"
#include "conformance/htmlreport.h"
#include "conformance/junitreport.h"
#include "platform/secretstore.h"
#include "ui/common/filedialog.h"
#include "ui/common/labels.h"
#include "ui/common/messagebox.h"
#include "ui/log/requestdetailview.h"

#include <QCheckBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace scimmon {

namespace {

constexpr int kTestRole = Qt::UserRole;
constexpr int kStepRole = Qt::UserRole + 1;

QString headerLines(const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QStringList lines;
    for (const auto &[k, v] : headers)
        lines.append(QString::fromLatin1(k) + u": "_s + QString::fromUtf8(v));
    return lines.join(u'\n');
}

/// A step as the provisioning log's viewer shows a request.
RequestRecord recordOf(const ConformanceStep &s)
{
    RequestRecord r;
    r.time = QDateTime::currentDateTimeUtc();
    r.method = s.method;
    r.path = s.url;
    r.status = s.status;
    r.durationMs = s.durationMs;
    r.requestHeaders = headerLines(s.requestHeaders);
    r.requestBody = QString::fromUtf8(s.requestBody);
    r.responseHeaders = headerLines(s.responseHeaders);
    r.responseBody = QString::fromUtf8(s.responseBody);
    r.client = u"scim-monitor check"_s;
    return r;
}

} // namespace

CheckPage::CheckPage(QWidget *parent)
    : QWidget(parent)
    , m_runner(new ConformanceRunner(this))
    , m_target(new QLineEdit(this))
    , m_token(new QLineEdit(this))
    , m_entra(new QCheckBox(tr("Entra ID (Microsoft's validation tests)"), this))
    , m_okta(new QCheckBox(tr("Okta (SPEC test, OIN and AIW apps)"), this))
    , m_rfc(new QCheckBox(tr("RFC 7643/7644"), this))
    , m_insecure(new QCheckBox(tr("Accept any TLS certificate"), this))
    , m_remember(new QCheckBox(tr("Remember the token in the keychain"), this))
    , m_run(new QPushButton(tr("Run"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_exportJson(new QPushButton(tr("Export JSON…"), this))
    , m_exportJunit(new QPushButton(tr("Export JUnit…"), this))
    , m_exportHtml(new QPushButton(tr("Export HTML…"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_stepInfo(new QLabel(this))
    , m_tree(new QTreeWidget(this))
    , m_detail(new RequestDetailView(this))
{
    m_target->setPlaceholderText(tr("https://app.example.com/scim/v2"));
    m_target->setObjectName(u"checkTarget"_s);
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("The bearer token the server accepts"));
    m_token->setObjectName(u"checkToken"_s);
    for (QCheckBox *box : {m_entra, m_okta, m_rfc})
        box->setChecked(true);
    auto *suites = new QHBoxLayout;
    for (QCheckBox *box : {m_entra, m_okta, m_rfc})
        suites->addWidget(box);
    suites->addStretch();
    auto *form = new QFormLayout;
    form->addRow(tr("SCIM base URL:"), m_target);
    form->addRow(tr("Token:"), m_token);
    form->addRow(tr("Suites:"), suites);
    form->addRow(QString(), m_insecure);
    form->addRow(QString(), m_remember);
    m_remember->setVisible(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_run);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(m_exportJson);
    buttons->addWidget(m_exportJunit);
    buttons->addWidget(m_exportHtml);

    m_status->setWordWrap(true);
    m_status->setText(tr("The check creates users and groups named scimcheck-… on the server and deletes them "
                         "again. Run it against a test server."));
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("Suite, test or step"), tr("Result"), tr("Reason")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->setObjectName(u"checkResults"_s);
    auto *split = new QSplitter(Qt::Vertical, this);
    m_stepInfo->setWordWrap(true);
    m_stepInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *below = new QWidget(this);
    auto *belowLayout = new QVBoxLayout(below);
    belowLayout->setContentsMargins(0, 0, 0, 0);
    belowLayout->addWidget(m_stepInfo);
    belowLayout->addWidget(m_detail, 1);
    split->addWidget(m_tree);
    split->addWidget(below);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(split, 1);

    connect(m_target, &QLineEdit::editingFinished, this, &CheckPage::recallToken);
    connect(m_run, &QPushButton::clicked, this, &CheckPage::startCheck);
    connect(m_cancel, &QPushButton::clicked, this, &CheckPage::cancelCheck);
    connect(m_exportJson, &QPushButton::clicked, this, [this] { exportReport(u"json"_s); });
    connect(m_exportJunit, &QPushButton::clicked, this, [this] { exportReport(u"junit"_s); });
    connect(m_exportHtml, &QPushButton::clicked, this, [this] { exportReport(u"html"_s); });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &CheckPage::showSelected);
    connect(m_runner, &ConformanceRunner::progress, this, [this](int done, int total, const QString &name) {
        m_progress->setMaximum(total);
        m_progress->setValue(done);
        if (!name.isEmpty())
            m_status->setText(tr("Running %1 (%2 of %3)…").arg(name).arg(done + 1).arg(total));
    });
    connect(m_runner, &ConformanceRunner::testFinished, this, &CheckPage::addTest);
    connect(m_runner, &ConformanceRunner::finished, this, [this](const ConformanceResult &result) {
        m_result = result;
        setRunning(false);
        if (!result.abortReason.isEmpty())
            m_status->setText(tr("The check did not run: %1").arg(result.abortReason));
        else
            m_status->setText(tr("%n test(s): %1 passed, %2 failed, %3 skipped.", nullptr, int(result.tests.size()))
                                  .arg(result.count(ConformanceVerdict::Pass))
                                  .arg(result.count(ConformanceVerdict::Fail))
                                  .arg(result.count(ConformanceVerdict::Skip))
                              + (result.leftovers.isEmpty()
                                     ? QString()
                                     : u" "_s + tr("Not removed: %1").arg(result.leftovers.join(u", "_s))));
        Q_EMIT checkFinished(result);
    });
    setRunning(false);
}

void CheckPage::setSecretStore(SecretStore *store)
{
    m_secrets = store;
    m_remember->setVisible(store != nullptr);
}

void CheckPage::recallToken()
{
    const QString target = m_target->text().trimmed();
    if (!m_secrets || target.isEmpty() || !m_token->text().isEmpty())
        return;
    m_secrets->read(SecretStore::checkTokenKey(target), this, [this, target](const SecretStore::Result &r) {
        if (r.ok() && m_token->text().isEmpty() && m_target->text().trimmed() == target) {
            m_token->setText(r.secret);
            m_remember->setChecked(true);
        }
    });
}

void CheckPage::rememberToken(const QString &target, const QString &token)
{
    if (!m_secrets)
        return;
    const QString key = SecretStore::checkTokenKey(target);
    if (!m_remember->isChecked()) {
        m_secrets->remove(key, this, [](const SecretStore::Result &) {});
        return;
    }
    m_secrets->write(key, token, this, [this](const SecretStore::Result &r) {
        if (r.status == SecretStore::Status::Unavailable)
            MessageBox::warning(this, tr("Check a SCIM server"), Labels::keychainUnavailable());
        else if (!r.ok())
            MessageBox::warning(this, tr("Check a SCIM server"),
                                tr("The keychain did not keep the token: %1").arg(r.message));
    });
}

void CheckPage::startCheck()
{
    const QUrl url(m_target->text().trimmed(), QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != "http"_L1 && url.scheme() != "https"_L1) || url.host().isEmpty()) {
        MessageBox::warning(this, tr("Check a SCIM server"),
                            tr("Enter the server's SCIM base URL, e.g. https://app.example.com/scim/v2."));
        return;
    }
    if (m_token->text().isEmpty()) {
        MessageBox::warning(this, tr("Check a SCIM server"), tr("Enter the bearer token the server accepts."));
        return;
    }
    if (!m_entra->isChecked() && !m_okta->isChecked() && !m_rfc->isChecked()) {
        MessageBox::warning(this, tr("Check a SCIM server"), tr("Choose at least one suite."));
        return;
    }
    MessageBox::question(this, tr("Check a SCIM server"),
                         tr("The check creates, changes and deletes users and groups on %1. Each is named "
                            "scimcheck-… and removed again at the end of its test. Run the check?")
                             .arg(url.toString().toHtmlEscaped()),
                         tr("Run the check"), [this](MessageBox::Button answer) {
                             if (answer == QMessageBox::Yes)
                                 run();
                         });
}

void CheckPage::run()
{
    ConformanceRunner::Options options;
    options.target = QUrl(m_target->text().trimmed());
    options.token = m_token->text().toUtf8();
    rememberToken(m_target->text().trimmed(), m_token->text());
    options.insecure = m_insecure->isChecked();
    options.suites.clear();
    if (m_entra->isChecked())
        options.suites.append(u"entra"_s);
    if (m_okta->isChecked())
        options.suites.append(u"okta"_s);
    if (m_rfc->isChecked())
        options.suites.append(u"rfc"_s);
    m_tree->clear();
    m_tests.clear();
    m_detail->clearRecord();
    QString error;
    if (!m_runner->start(options, &error)) {
        m_status->setText(error);
        return;
    }
    m_status->setText(tr("Reading the server's ServiceProviderConfig…"));
    setRunning(true);
}

void CheckPage::cancelCheck()
{
    m_runner->cancel();
    m_status->setText(tr("Cancelling: the test under way ends, then what the check created is deleted…"));
}

QTreeWidgetItem *CheckPage::suiteItem(const QString &suite)
{
    const QString title = suite == "entra"_L1 ? tr("Entra ID") : suite == "okta"_L1 ? tr("Okta") : tr("RFC 7643/7644");
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        if (m_tree->topLevelItem(i)->text(0) == title)
            return m_tree->topLevelItem(i);
    auto *item = new QTreeWidgetItem(m_tree, {title});
    item->setExpanded(true);
    return item;
}

void CheckPage::addTest(const ConformanceTest &test)
{
    const auto verdictText = [](ConformanceVerdict v) {
        return v == ConformanceVerdict::Pass ? tr("Passed")
            : v == ConformanceVerdict::Fail  ? tr("Failed")
                                             : tr("Skipped");
    };
    const auto colour = [](ConformanceVerdict v) {
        return v == ConformanceVerdict::Pass ? QColor(0x1a, 0x7f, 0x37)
            : v == ConformanceVerdict::Fail  ? QColor(0xcf, 0x22, 0x2e)
                                             : QColor(0x9a, 0x67, 0x00);
    };
    const int index = int(m_tests.size());
    m_tests.append(test);
    auto *item = new QTreeWidgetItem(suiteItem(test.suite), {test.name, verdictText(test.verdict), test.reason});
    item->setToolTip(0, test.description + u"\n"_s + test.why);
    item->setForeground(1, colour(test.verdict));
    item->setData(0, kTestRole, index);
    item->setData(0, kStepRole, -1);
    for (int i = 0; i < test.steps.size(); ++i) {
        const ConformanceStep &s = test.steps.at(i);
        auto *step = new QTreeWidgetItem(
            item,
            {s.cleanup ? tr("Clean up: %1").arg(s.url.section(u'/', -2)) : s.title, verdictText(s.verdict), s.reason});
        step->setToolTip(0, tr("Expected: %1\nWhy: %2").arg(s.expectation, s.why));
        step->setForeground(1, colour(s.verdict));
        step->setData(0, kTestRole, index);
        step->setData(0, kStepRole, i);
    }
    item->setExpanded(test.verdict == ConformanceVerdict::Fail);
}

void CheckPage::showSelected()
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item || !item->data(0, kTestRole).isValid()) {
        m_stepInfo->clear();
        m_detail->clearRecord();
        return;
    }
    const ConformanceTest &test = m_tests.at(item->data(0, kTestRole).toInt());
    if (item->data(0, kStepRole).toInt() < 0) {
        m_stepInfo->setText(tr("%1\nWhy: %2").arg(test.description, test.why));
        m_detail->clearRecord();
        return;
    }
    const ConformanceStep &step = test.steps.at(item->data(0, kStepRole).toInt());
    m_stepInfo->setText(tr("Expected: %1\nWhy: %2").arg(step.expectation, step.why)
                        + (step.reason.isEmpty() ? QString() : u"\n"_s + step.reason));
    if (step.method.isEmpty())
        m_detail->clearRecord();
    else
        m_detail->setRecord(recordOf(step));
}

void CheckPage::setRunning(bool running)
{
    m_run->setEnabled(!running);
    m_cancel->setEnabled(running);
    const bool results = !running && (!m_result.tests.isEmpty() || !m_result.abortReason.isEmpty());
    for (QPushButton *b : {m_exportJson, m_exportJunit, m_exportHtml})
        b->setEnabled(results);
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_target, m_token, m_entra, m_okta, m_rfc, m_insecure, m_remember})
        w->setEnabled(!running);
    m_progress->setVisible(running);
}

void CheckPage::exportReport(const QString &format)
{
    const QString extension = format == "junit"_L1 ? u"xml"_s : format;
    const QString filter = format == "json"_L1 ? tr("JSON files (*.json)")
        : format == "junit"_L1                 ? tr("JUnit XML files (*.xml)")
                                               : tr("HTML pages (*.html)");
    FileDialog::saveFile(this, tr("Export the check's report"), QDir::home().filePath(u"scim-check."_s + extension),
                         filter, [this, format](const QString &path) {
                             if (path.isEmpty())
                                 return;
                             const QByteArray content = format == "json"_L1
                                 ? QJsonDocument(m_result.toJson()).toJson(QJsonDocument::Indented)
                                 : format == "junit"_L1 ? JUnitReport::write(m_result)
                                                        : HtmlReport::write(m_result);
                             QSaveFile file(path);
                             if (!file.open(QIODevice::WriteOnly) || file.write(content) < 0 || !file.commit())
                                 MessageBox::warning(this, tr("Export the check's report"),
                                                     tr("Could not write %1: %2").arg(path, file.errorString()));
                         });
}

} // namespace scimmon
