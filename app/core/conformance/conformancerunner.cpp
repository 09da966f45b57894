#include "conformance/conformancerunner.h"

#include "conformance/conformancehttp.h"
#include "conformance/entrasuite.h"
#include "conformance/oktasuite.h"
#include "conformance/rfcsuite.h"

#include <QJsonArray>
#include <QMetaObject>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace scimmon {

ConformanceRunner::ConformanceRunner(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<ConformanceTest>();
    qRegisterMetaType<ConformanceResult>();
}

ConformanceRunner::~ConformanceRunner()
{
    if (m_http)
        m_http->cancel();
}

QList<ConformanceCase> ConformanceRunner::casesOf(const QString &suite)
{
    if (suite == "entra"_L1)
        return EntraSuite::cases();
    if (suite == "okta"_L1)
        return OktaSuite::cases();
    if (suite == "rfc"_L1)
        return RfcSuite::cases();
    return {};
}

bool ConformanceRunner::isSuite(const QString &suite)
{
    return suite == "entra"_L1 || suite == "okta"_L1 || suite == "rfc"_L1;
}

bool ConformanceRunner::start(const Options &options, QString *error)
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (m_running)
        return fail(u"a check is already running"_s);
    if (options.suites.isEmpty())
        return fail(u"no suite to run"_s);
    m_cases.clear();
    for (const QString &suite : options.suites) {
        if (!isSuite(suite))
            return fail(u"unknown suite '%1'; the suites are entra, okta and rfc"_s.arg(suite));
        m_cases.append(casesOf(suite));
    }
    m_options = options;
    m_result = ConformanceResult();
    m_result.target = options.target.toString();
    m_result.suites = options.suites;
    m_result.prefix = u"scimcheck-%1-"_s.arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
    m_result.startedAt = QDateTime::currentDateTimeUtc();
    m_capabilities = ConformanceCapabilities();
    m_caseIndex = -1;
    m_cancelled = false;
    m_running = true;
    m_clock.start();
    delete m_http.data();
    m_http = new ConformanceHttp(options.target, options.token, options.insecure, options.timeoutMs, this);
    m_http->addSecret(options.clientSecret);
    QMetaObject::invokeMethod(this, &ConformanceRunner::readCapabilities, Qt::QueuedConnection);
    return true;
}

void ConformanceRunner::cancel()
{
    if (m_running)
        m_cancelled = true;
}

void ConformanceRunner::readCapabilities()
{
    // Okta's connector test first: it tells an unreachable target and a refused token apart from
    // everything else, then the ServiceProviderConfig (which RFC 7644 §4 lets be unauthenticated).
    m_http->send(ConformanceRequest::get(u"/Users"_s, {{u"startIndex"_s, u"1"_s}, {u"count"_s, u"1"_s}}),
                 ConformanceStep(), [this](const ConformanceStep &, const ConformanceResponse &r) {
                     if (r.status == 0) {
                         m_result.abortReason
                             = u"the target %1 does not answer: %2"_s.arg(m_result.target, r.networkError);
                         finish();
                         return;
                     }
                     if (r.status == 401 || r.status == 403) {
                         m_result.abortReason
                             = u"the target refused the Secret Token (HTTP %1 to GET /Users)"_s.arg(r.status);
                         finish();
                         return;
                     }
                     m_http->send(ConformanceRequest::get(u"/ServiceProviderConfig"_s), ConformanceStep(),
                                  [this](const ConformanceStep &, const ConformanceResponse &spc) {
                                      const QJsonObject document = spc.json();
                                      if (spc.status == 200 && !document.isEmpty()) {
                                          m_capabilities = ConformanceCapabilities::fromJson(document);
                                          m_result.serviceProviderConfig = document;
                                      }
                                      nextTest();
                                  });
                 });
}

void ConformanceRunner::nextTest()
{
    ++m_caseIndex;
    if (m_caseIndex >= m_cases.size()) {
        m_sweepCollection = 0;
        sweep();
        return;
    }
    const ConformanceCase &c = m_cases.at(m_caseIndex);
    m_test = ConformanceTest();
    m_test.suite = c.suite;
    m_test.name = c.name;
    m_test.description = c.description;
    m_test.why = c.why;
    m_testClock.start();
    Q_EMIT progress(m_caseIndex, int(m_cases.size()), c.name);
    QString skip = m_cancelled ? u"the run was cancelled"_s : c.skipReason;
    if (skip.isEmpty())
        skip = c.unsupportedBy(m_capabilities);
    if (skip.isEmpty() && c.needs.contains(ConformanceNeed::TokenEndpoint) && !m_options.tokenEndpoint.isValid())
        skip = u"no OAuth 2.0 token endpoint was given (--token-endpoint); the Secret Token is used by every "
               "other test"_s;
    if (!skip.isEmpty()) {
        m_test.verdict = ConformanceVerdict::Skip;
        m_test.reason = skip;
        m_result.tests.append(m_test);
        Q_EMIT testFinished(m_test);
        QMetaObject::invokeMethod(this, &ConformanceRunner::nextTest, Qt::QueuedConnection);
        return;
    }
    m_context = std::make_unique<ConformanceContext>(
        m_result.prefix + u"%1-"_s.arg(m_caseIndex + 1, 2, 10, QLatin1Char('0')), m_capabilities);
    if (m_options.tokenEndpoint.isValid()) {
        m_context->set(u"tokenEndpoint"_s, m_options.tokenEndpoint.toString());
        m_context->set(u"clientId"_s, m_options.clientId);
        m_context->set(u"clientSecret"_s, QString::fromUtf8(m_options.clientSecret));
    }
    m_stepIndex = 0;
    m_stepFailed = false;
    nextStep();
}

void ConformanceRunner::nextStep()
{
    const ConformanceCase &c = m_cases.at(m_caseIndex);
    while (m_stepIndex < c.steps.size() && (m_stepFailed || m_cancelled)) {
        const ConformanceCaseStep &def = c.steps.at(m_stepIndex++);
        ConformanceStep skipped;
        skipped.title = def.title;
        skipped.expectation = def.expectation;
        skipped.why = def.why;
        skipped.verdict = ConformanceVerdict::Skip;
        skipped.reason = m_cancelled ? u"not sent: the run was cancelled"_s : u"not sent: an earlier step failed"_s;
        m_test.steps.append(skipped);
    }
    if (m_stepIndex >= c.steps.size()) {
        cleanUp();
        return;
    }
    const ConformanceCaseStep &def = c.steps.at(m_stepIndex);
    ConformanceStep step;
    step.title = def.title;
    step.expectation = def.expectation;
    step.why = def.why;
    const ConformanceRequest request = def.request(*m_context);
    m_http->send(request, step, [this, request](ConformanceStep sent, const ConformanceResponse &r) {
        const ConformanceCaseStep &stepDef = m_cases.at(m_caseIndex).steps.at(m_stepIndex);
        const QString id = r.json().value("id"_L1).toString();
        if (request.method == "POST" && (request.path == "/Users"_L1 || request.path == "/Groups"_L1) && r.status == 201
            && !id.isEmpty())
            m_context->created(request.path + u'/' + id);
        if (request.method == "DELETE" && (r.status == 204 || r.status == 200 || r.status == 404))
            m_context->deleted(request.path);
        const QString problem = stepDef.check(*m_context, r);
        sent.verdict = problem.isEmpty() ? ConformanceVerdict::Pass : ConformanceVerdict::Fail;
        sent.reason = problem;
        m_stepFailed = !problem.isEmpty();
        m_test.steps.append(sent);
        ++m_stepIndex;
        nextStep();
    });
}

void ConformanceRunner::cleanUp()
{
    const QStringList leftovers = m_context->leftovers();
    if (leftovers.isEmpty()) {
        endTest();
        return;
    }
    const QString path = leftovers.first();
    remove(path, u"Clean up: delete %1"_s.arg(path),
           u"every object the check creates is removed at the end of its test"_s,
           [this, path](const ConformanceStep &sent) {
               m_context->deleted(path);
               m_test.steps.append(sent);
               cleanUp();
           });
}

void ConformanceRunner::endTest()
{
    m_test.verdict = ConformanceVerdict::Pass;
    bool sentAll = true;
    for (const ConformanceStep &s : std::as_const(m_test.steps)) {
        if (s.cleanup)
            continue;
        if (s.verdict == ConformanceVerdict::Fail) {
            m_test.verdict = ConformanceVerdict::Fail;
            m_test.reason = s.title + u": "_s + s.reason;
            break;
        }
        sentAll = sentAll && s.verdict != ConformanceVerdict::Skip;
    }
    if (m_test.verdict == ConformanceVerdict::Pass && !sentAll) {
        m_test.verdict = ConformanceVerdict::Skip;
        m_test.reason = u"the run was cancelled before the test's end"_s;
    }
    m_test.durationMs = double(m_testClock.nsecsElapsed()) / 1e6;
    m_result.tests.append(m_test);
    Q_EMIT testFinished(m_test);
    m_context.reset();
    QMetaObject::invokeMethod(this, &ConformanceRunner::nextTest, Qt::QueuedConnection);
}

void ConformanceRunner::sweep()
{
    if (m_sweepCollection > 1) {
        finish();
        return;
    }
    const bool groups = m_sweepCollection == 1;
    const QString path = groups ? u"/Groups"_s : u"/Users"_s;
    ConformanceStep step;
    step.title = u"Sweep: list the %1 named %2…"_s.arg(groups ? u"groups"_s : u"users"_s, m_result.prefix);
    step.expectation = u"200 and an empty ListResponse: every test removed what it created"_s;
    step.why = u"every object the check creates carries the run's prefix and is removed"_s;
    step.cleanup = true;
    const QString filter = (groups ? u"displayName sw \""_s : u"userName sw \""_s) + m_result.prefix + u'"';
    m_http->send(ConformanceRequest::get(path, {{u"filter"_s, filter}, {u"count"_s, u"1000"_s}}), step,
                 [this, path](ConformanceStep sent, const ConformanceResponse &r) {
                     m_swept.clear();
                     for (const QJsonValue &v : r.resources()) {
                         const QString id = v.toObject().value("id"_L1).toString();
                         if (!id.isEmpty())
                             m_swept.append(path + u'/' + id);
                     }
                     sent.verdict = ConformanceVerdict::Pass;
                     if (!m_swept.isEmpty())
                         sent.reason = u"still there: "_s + m_swept.join(u", "_s);
                     m_result.sweep.append(sent);
                     deleteSwept();
                 });
}

void ConformanceRunner::deleteSwept()
{
    if (m_swept.isEmpty()) {
        ++m_sweepCollection;
        sweep();
        return;
    }
    const QString path = m_swept.takeFirst();
    remove(path, u"Sweep: delete %1"_s.arg(path),
           u"every object the check creates carries the run's prefix and is removed"_s,
           [this](const ConformanceStep &sent) {
               m_result.sweep.append(sent);
               deleteSwept();
           });
}

void ConformanceRunner::remove(const QString &path, const QString &title, const QString &why,
                               std::function<void(const ConformanceStep &)> then)
{
    ConformanceStep step;
    step.title = title;
    step.expectation = u"204 No Content (or 404 when already gone)"_s;
    step.why = why;
    step.cleanup = true;
    m_http->send(ConformanceRequest::del(path), step,
                 [this, path, then = std::move(then)](ConformanceStep sent, const ConformanceResponse &r) {
                     const bool removed = (r.status >= 200 && r.status < 300) || r.status == 404;
                     sent.verdict = removed ? ConformanceVerdict::Pass : ConformanceVerdict::Fail;
                     if (!removed) {
                         sent.reason = r.status == 0 ? r.networkError : u"HTTP %1"_s.arg(r.status);
                         if (!m_result.leftovers.contains(path))
                             m_result.leftovers.append(path);
                     }
                     then(sent);
                 });
}

void ConformanceRunner::finish()
{
    m_result.cancelled = m_cancelled;
    m_result.durationMs = double(m_clock.nsecsElapsed()) / 1e6;
    m_running = false;
    Q_EMIT progress(int(m_cases.size()), int(m_cases.size()), QString());
    Q_EMIT finished(m_result);
}

} // namespace scimmon
