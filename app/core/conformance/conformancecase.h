#pragma once

#include "conformance/conformancecontext.h"
#include "conformance/conformancerequest.h"

#include <QList>
#include <QString>

#include <functional>

namespace scimmon {

/// A feature of RFC 7643 §5 a test needs; a target whose ServiceProviderConfig says it does not
/// support it has the test skipped, with the reason. TokenEndpoint: the run was given an OAuth 2.0
/// token endpoint with client credentials (ConformanceRunner::Options), else the test is skipped.
enum class ConformanceNeed { Patch, Bulk, Filter, Sort, Etag, TokenEndpoint };

/// One step of a ConformanceCase: the request to send (built when the step runs, from what earlier
/// steps remembered) and the check of the answer.
struct ConformanceCaseStep
{
    /// Builds the request; may read values earlier steps stored in the context.
    using Request = std::function<ConformanceRequest(ConformanceContext &)>;
    /// Checks the answer and may store values for later steps; returns the problem, or an empty
    /// string when the answer is as expected.
    using Check = std::function<QString(ConformanceContext &, const ConformanceResponse &)>;

    QString title;
    QString expectation; ///< what a conforming server answers
    QString why; ///< the RFC section or the IdP behaviour
    Request request;
    Check check;
};

/// The definition of one conformance test: suite, name, what it checks and why, the features it
/// needs, and its steps. The runner (ConformanceRunner) plays the steps in order; after a failed
/// step the remaining ones are skipped, and what the test created is deleted at its end.
struct ConformanceCase
{
    QString suite;
    QString name;
    QString description;
    QString why;
    QList<ConformanceNeed> needs;
    QString skipReason; ///< not empty: the test is skipped with this reason without sending anything
    QList<ConformanceCaseStep> steps;

    /// Appends a step and returns the case.
    ConformanceCase &step(const QString &stepTitle, const QString &expectation, const QString &stepWhy,
                          ConformanceCaseStep::Request request, ConformanceCaseStep::Check check);
    /// Appends the steps of `other`.
    ConformanceCase &addSteps(const QList<ConformanceCaseStep> &more);
    /// Why `capabilities` rule the test out ("ServiceProviderConfig: sort.supported is false"), or
    /// empty when it can run.
    QString unsupportedBy(const ConformanceCapabilities &capabilities) const;
};

} // namespace scimmon
