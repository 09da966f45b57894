#include "simulator/cyclerunner.h"

#include "scim/scimconstants.h"
#include "simulator/idperrorcodes.h"

#include <QJsonArray>
#include <QTimer>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace scimmon {

CycleRunner::CycleRunner(SimulatorState &state, const SimulationOptions &options, ScimTransport &transport,
                         QObject *parent)
    : QObject(parent)
    , m_state(state)
    , m_options(options)
    , m_transport(transport)
{
    m_report.runId = options.runId;
    m_report.idp = options.idp;
    m_report.flavor = options.flavor;
    m_report.cycle = options.cycle;
    m_report.target = state.target;
}

QString CycleRunner::newGuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

void CycleRunner::start()
{
    m_report.started = QDateTime::currentDateTimeUtc();
    m_running = true;
    plan();
    Q_EMIT progress(0, m_tasks.size());
    QTimer::singleShot(0, this, &CycleRunner::runNext);
}

void CycleRunner::runNext()
{
    if (!m_running)
        return;
    if (m_aborted) {
        finish(SimulationReport::Outcome::Aborted);
        return;
    }
    if (m_next >= m_tasks.size()) {
        finish(SimulationReport::Outcome::Completed);
        return;
    }
    m_current = std::make_unique<ProvisioningLogEntry>();
    m_current->cycleId = m_options.runId;
    m_current->changeId = newGuid();
    const Task task = m_tasks.at(m_next);
    task(*m_current, [this] { finishTask(); });
}

void CycleRunner::finishTask()
{
    if (!m_running || !m_current)
        return;
    ++m_next;
    const std::unique_ptr<ProvisioningLogEntry> entry = std::move(m_current);
    if (!entry->status.isEmpty()) {
        ++m_counters.events;
        if (entry->failed())
            ++(entry->referenceFailure ? m_counters.referenceFailures : m_counters.failures);
        m_report.entries.append(*entry);
        Q_EMIT objectFinished(*entry);
    }
    Q_EMIT progress(m_next, m_tasks.size());
    QTimer::singleShot(0, this, &CycleRunner::runNext); // not recursively: the stack stays flat
}

void CycleRunner::cancel()
{
    if (!m_running)
        return;
    m_transport.cancel();
    if (m_current) {
        m_current->status = u"Skipped"_s;
        m_current->addStep(u"Action"_s, u"Skipped"_s, u"The run was cancelled before this object's export ended."_s);
        m_report.entries.append(*m_current);
        Q_EMIT objectFinished(*m_current);
        m_current.reset();
    }
    m_report.message = u"Cancelled after %1 of %2 objects."_s.arg(m_next).arg(m_tasks.size());
    finish(SimulationReport::Outcome::Cancelled);
}

void CycleRunner::abort(const QString &message)
{
    m_aborted = true;
    m_abortMessage = message;
}

void CycleRunner::finish(SimulationReport::Outcome outcome)
{
    m_running = false;
    m_report.outcome = outcome;
    if (outcome == SimulationReport::Outcome::Aborted)
        m_report.message = m_abortMessage;
    m_report.finished = QDateTime::currentDateTimeUtc();
    m_report.requests = m_transport.sentCount();
    m_report.quarantine = QuarantineRules::evaluate(m_counters);
    if (outcome == SimulationReport::Outcome::Completed && m_options.cycle != SimulationCycle::TestConnection) {
        ++m_state.cycles;
        m_state.watermark = m_report.finished;
    }
    Q_EMIT finished();
}

void CycleRunner::send(ProvisioningLogEntry &entry, const ScimCall &call, std::function<void(const SentRequest &)> next)
{
    ProvisioningLogEntry *e = &entry;
    const bool query = call.method == "GET" && !call.knownId
        && std::any_of(call.query.begin(), call.query.end(), [](const auto &q) { return q.first == "filter"_L1; });
    m_transport.send(call, [this, e, query, next = std::move(next)](const QList<SentRequest> &tries) {
        e->requests.append(tries);
        const SentRequest &last = tries.constLast();
        if (last.status == 401 || last.status == 403)
            m_counters.invalidCredentials = true;
        if (query && last.status == 404)
            m_counters.notFoundOnQuery = true;
        next(last);
    });
}

void CycleRunner::fail(ProvisioningLogEntry &entry, const SentRequest &answer, Escrow &escrow, bool knownId,
                       const QString &step)
{
    const QString code = IdpErrorCodes::forAnswer(idp(), answer, knownId);
    QString detail;
    if (answer.status == 0)
        detail = answer.networkError;
    else
        detail = u"%1 %2 answered HTTP %3"_s.arg(answer.method, answer.url).arg(answer.status);
    if (answer.status == 429)
        detail += answer.retryAfter.isEmpty()
            ? u" without Retry-After"_s
            : u" (Retry-After %1 honoured, %2 tries)"_s.arg(answer.retryAfter).arg(answer.attempt);
    const QString scimDetail = answer.json().value("detail"_L1).toString();
    if (!scimDetail.isEmpty())
        detail += u": "_s + scimDetail.left(300);
    failWith(entry, code, detail, escrow, step);
}

void CycleRunner::failWith(ProvisioningLogEntry &entry, const QString &code, const QString &detail, Escrow &escrow,
                           const QString &step)
{
    entry.status = u"Failure"_s;
    entry.errorCode = code;
    entry.errorDetail = detail;
    entry.escrowed = true;
    escrow.fail(code, QDateTime::currentDateTimeUtc());
    entry.addStep(step, u"Failure"_s,
                  u"%1: %2. Escrowed: retried in a later cycle (Entra would retry at %3)."_s.arg(
                      code, detail, escrow.nextRetry.toString(Qt::ISODate)));
}

void CycleRunner::sendAll(ProvisioningLogEntry &entry, QList<ScimCall> calls,
                          std::function<void(qsizetype, const SentRequest &)> onAnswer,
                          std::function<void(const SentRequest &)> failed, Done done)
{
    if (calls.isEmpty()) {
        done();
        return;
    }
    const ScimCall first = calls.takeFirst();
    ProvisioningLogEntry *e = &entry;
    auto index = std::make_shared<qsizetype>(0);
    auto step = std::make_shared<std::function<void(const SentRequest &)>>();
    auto rest = std::make_shared<QList<ScimCall>>(std::move(calls));
    *step = [this, e, rest, index, step, onAnswer, failed, done](const SentRequest &answer) {
        // At the end the step forgets itself (it holds a pointer to itself); what it still needs is
        // copied first, since resetting destroys the captures of the lambda that is running.
        if (!answer.ok()) {
            const auto onFailure = failed;
            const auto self = step;
            *self = nullptr;
            onFailure(answer);
            return;
        }
        onAnswer((*index)++, answer);
        if (rest->isEmpty()) {
            const auto onDone = done;
            const auto self = step;
            *self = nullptr;
            onDone();
            return;
        }
        send(*e, rest->takeFirst(), *step);
    };
    send(entry, first, *step);
}

bool CycleRunner::listResources(const SentRequest &answer, QJsonArray *resources, qint64 *totalResults)
{
    const QJsonObject o = answer.json();
    const QJsonValue list = o.value("Resources"_L1);
    const bool isList
        = o.value("schemas"_L1).toArray().contains(schema::kListResponse) || o.contains("totalResults"_L1);
    if (!isList || !(list.isArray() || list.isUndefined()))
        return false;
    *resources = list.toArray();
    if (totalResults)
        *totalResults = o.value("totalResults"_L1).toInteger(resources->size());
    return true;
}

} // namespace scimmon

namespace scimmon {

QString CycleRunner::createdId(ProvisioningLogEntry &entry, const SentRequest &created, Escrow &escrow)
{
    const QString id = created.json().value("id"_L1).toString();
    if (!created.ok())
        fail(entry, created, escrow, false, u"Action"_s);
    else if (id.isEmpty())
        failWith(entry, IdpErrorCodes::incompatible(idp()), u"the create answer carries no id"_s, escrow, u"Action"_s);
    return created.ok() ? id : QString();
}

} // namespace scimmon
