#pragma once

#include "conformance/conformanceresult.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace scimmon {

class ConformanceRunner;
class RequestDetailView;
class SecretStore;

/// The "Check a SCIM server" tab: checks any SCIM base URL the way Entra ID and Okta will, with
/// the conformance runner (suites entra, okta, rfc). The form takes the target URL, its bearer
/// token, the suites and whether any TLS certificate is accepted; Run asks for consent to the side
/// effects first (users and groups named scimcheck-… are created and deleted again), and keeps the
/// token in the keychain when asked (read back when the same URL is entered again), then shows
/// progress and offers Cancel. Results appear as a tree, suite → test → steps, each with its
/// verdict and reason; selecting a step shows its request and response (token redacted) in the
/// same viewer as the provisioning log. The last run exports as JSON, JUnit XML or HTML.
class CheckPage : public QWidget
{
    Q_OBJECT
public:
    explicit CheckPage(QWidget *parent = nullptr);

    /// Remembers tokens in `store` (the OS keychain) when "Remember the token" is ticked; without a
    /// store the box is hidden. `store` must outlive the page.
    void setSecretStore(SecretStore *store);

    /// Asks for consent, then starts a run with the form's values; shows why when the form is
    /// incomplete (no URL, no token, no suite).
    void startCheck();
    /// Cancels the run under way (what it created is still deleted).
    void cancelCheck();
    /// Asks for a file and writes the last run's report in `format` ("json", "junit" or "html").
    void exportReport(const QString &format);

    /// The last finished run (empty before the first).
    const ConformanceResult &lastResult() const { return m_result; }
    /// Widgets, for tests.
    QLineEdit *targetEdit() const { return m_target; }
    QLineEdit *tokenEdit() const { return m_token; }
    QCheckBox *rememberBox() const { return m_remember; }
    QTreeWidget *resultTree() const { return m_tree; }
    RequestDetailView *detailView() const { return m_detail; }
    QLabel *stepInfo() const { return m_stepInfo; }
    QPushButton *runButton() const { return m_run; }
    QPushButton *cancelButton() const { return m_cancel; }

Q_SIGNALS:
    /// A run ended (also when it did not start: see ConformanceResult::abortReason).
    void checkFinished(const scimmon::ConformanceResult &result);

private:
    void run();
    void addTest(const ConformanceTest &test);
    void showSelected();
    void setRunning(bool running);
    void recallToken();
    void rememberToken(const QString &target, const QString &token);
    QTreeWidgetItem *suiteItem(const QString &suite);

    ConformanceRunner *m_runner;
    QLineEdit *m_target;
    QLineEdit *m_token;
    QCheckBox *m_entra;
    QCheckBox *m_okta;
    QCheckBox *m_rfc;
    QCheckBox *m_insecure;
    QCheckBox *m_remember;
    SecretStore *m_secrets = nullptr;
    QPushButton *m_run;
    QPushButton *m_cancel;
    QPushButton *m_exportJson;
    QPushButton *m_exportJunit;
    QPushButton *m_exportHtml;
    QProgressBar *m_progress;
    QLabel *m_status;
    QLabel *m_stepInfo; ///< what the selected test or step checks, and why
    QTreeWidget *m_tree;
    RequestDetailView *m_detail;
    QList<ConformanceTest> m_tests; ///< as shown in the tree, in order
    ConformanceResult m_result;
};

} // namespace scimmon
