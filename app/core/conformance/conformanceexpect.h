#pragma once

#include "conformance/conformancerequest.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace scimmon {

/// Checks one answer against what a conforming SCIM service provider sends and keeps the first
/// problem, in words a developer can act on ("expected 201, got 200"). After the first problem the
/// other checks are not evaluated (they would only repeat it).
class ConformanceExpect
{
public:
    explicit ConformanceExpect(const ConformanceResponse &response);

    /// The HTTP status is `status` (no answer at all is reported with its network error).
    ConformanceExpect &status(int status);
    /// The HTTP status is one of `statuses`.
    ConformanceExpect &statusIn(const QList<int> &statuses);
    /// `ok`, else the problem `problem`.
    ConformanceExpect &that(bool ok, const QString &problem);
    /// Content-Type is application/scim+json (RFC 7644 §3.1, §8.1).
    ConformanceExpect &scimContentType();
    /// A ListResponse (RFC 7644 §3.4.2): its schema, a numeric totalResults, and a Resources array
    /// unless totalResults is 0.
    ConformanceExpect &listResponse();
    /// A ListResponse with exactly `total` results.
    ConformanceExpect &totalResults(int total);
    /// A SCIM error body (RFC 7644 §3.12): the Error schema and `status` as a string equal to the
    /// HTTP status.
    ConformanceExpect &errorBody();
    /// The resource's `id` is a non-empty string.
    ConformanceExpect &hasId();

    /// The first problem; empty when every check passed.
    QString failure() const { return m_failure; }
    operator QString() const { return m_failure; }

private:
    const ConformanceResponse &m_response;
    QJsonObject m_json;
    QString m_failure;
};

} // namespace scimmon
