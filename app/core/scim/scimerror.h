#pragma once

#include <QJsonObject>
#include <QString>

namespace scimmon {

/// A SCIM protocol error (RFC 7644 §3.12): an HTTP status, an optional `scimType` keyword and a
/// human-readable `detail`. Every refusal the engine produces is one of these; the receiver turns
/// it into an `application/scim+json` error body.
struct ScimError
{
    int status = 400; ///< HTTP status code, e.g. 400, 404, 409.
    QString scimType; ///< RFC 7644 §3.12 keyword such as "invalidFilter"; empty when none applies.
    QString detail; ///< What was wrong and how to fix it, for the administrator reading the log.

    /// The error as the RFC 7644 §3.12 JSON body; `status` is a JSON string as the RFC requires.
    QJsonObject toJson() const;

    static ScimError badRequest(const QString &scimType, const QString &detail);
    static ScimError invalidValue(const QString &detail) { return badRequest(QStringLiteral("invalidValue"), detail); }
    static ScimError invalidSyntax(const QString &detail)
    {
        return badRequest(QStringLiteral("invalidSyntax"), detail);
    }
    static ScimError invalidFilter(const QString &detail)
    {
        return badRequest(QStringLiteral("invalidFilter"), detail);
    }
    static ScimError invalidPath(const QString &detail) { return badRequest(QStringLiteral("invalidPath"), detail); }
    static ScimError noTarget(const QString &detail) { return badRequest(QStringLiteral("noTarget"), detail); }
    static ScimError mutability(const QString &detail) { return badRequest(QStringLiteral("mutability"), detail); }
    static ScimError uniqueness(const QString &detail);
    static ScimError notFound(const QString &detail);
    static ScimError unauthorized(const QString &detail);
    static ScimError methodNotAllowed(const QString &detail);
    static ScimError internal(const QString &detail);
};

} // namespace scimmon
