#pragma once

#include "conformance/conformancecase.h"
#include "conformance/conformanceresult.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <memory>

namespace scimmon {

class ConformanceHttp;

/// Runs conformance suites against any SCIM base URL, offline, asynchronously on the caller's
/// event loop (never blocks). First it reads /ServiceProviderConfig with the Secret Token: no
/// answer or 401/403 ends the run at once (ConformanceResult::abortReason, exit status 2); what the
/// document says is not supported is skipped test by test, with the reason. Then it plays each
/// test's steps in order; a surprise fails the step and the test, never the suite. Every object a
/// test creates carries the run's unique prefix and is deleted at the end of the test (cleanup
/// steps); at the end a sweep lists the users and groups whose name starts with the run's prefix
/// (`userName sw`, `displayName sw`) and deletes any still there, e.g. one whose create answer
/// carried no id; what could not be deleted is listed in the result. cancel() stops after the request
/// under way, still cleans up, and finishes with the tests run so far.
class ConformanceRunner : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QUrl target; ///< the SCIM base URL, e.g. https://app.example.com/scim/v2
        QByteArray token; ///< the Secret Token (bearer)
        QStringList suites{QStringLiteral("entra"), QStringLiteral("okta"),
                           QStringLiteral("rfc")}; ///< any of "entra", "okta", "rfc"
        bool insecure = false; ///< accept any TLS certificate
        int timeoutMs = 30 * 1000; ///< per request, milliseconds
        /// Validate_Credentials_Test: the app's OAuth 2.0 token endpoint and client credentials
        /// (RFC 6749 §4.4); without an endpoint the test is skipped.
        QUrl tokenEndpoint;
        QString clientId;
        QByteArray clientSecret; ///< redacted in every report
    };

    explicit ConformanceRunner(QObject *parent = nullptr);
    ~ConformanceRunner() override;

    /// The tests of `suite` ("entra", "okta" or "rfc"); empty for another name.
    static QList<ConformanceCase> casesOf(const QString &suite);
    /// True for "entra", "okta", "rfc".
    static bool isSuite(const QString &suite);

    /// Starts a run; false (and `error`) when one is under way or `options` name an unknown suite.
    /// finished() is emitted exactly once per started run.
    bool start(const Options &options, QString *error = nullptr);
    /// Stops the run after the request under way, then cleans up and emits finished().
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    /// Before each test: `done` tests of `total` finished, `name` starts next.
    void progress(int done, int total, const QString &name);
    /// Each test as it ends.
    void testFinished(const scimmon::ConformanceTest &test);
    /// The whole run.
    void finished(const scimmon::ConformanceResult &result);

private:
    void readCapabilities();
    void nextTest();
    void nextStep();
    void cleanUp();
    void endTest();
    void sweep();
    void deleteSwept();
    /// Sends DELETE `path` as a clean-up step titled `title` (204, or 404 when already gone),
    /// records a failure in the run's leftovers, and calls `then` with the step.
    void remove(const QString &path, const QString &title, const QString &why,
                std::function<void(const ConformanceStep &)> then);
    void finish();

    Options m_options;
    QPointer<ConformanceHttp> m_http;
    QList<ConformanceCase> m_cases;
    ConformanceCapabilities m_capabilities;
    ConformanceResult m_result;
    QElapsedTimer m_clock;
    QElapsedTimer m_testClock;
    int m_caseIndex = -1;
    int m_stepIndex = 0;
    bool m_stepFailed = false;
    int m_sweepCollection = 0; ///< 0: Users, 1: Groups, 2: done
    QStringList m_swept; ///< paths the sweep found and has yet to delete
    std::unique_ptr<ConformanceContext> m_context;
    ConformanceTest m_test;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace scimmon
