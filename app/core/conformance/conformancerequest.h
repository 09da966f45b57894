#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace scimmon {

/// One request a conformance step sends, relative to the target's SCIM base URL.
struct ConformanceRequest
{
    /// Which credentials go with the request: the Secret Token, none (RFC 7644 §2 expects 401),
    /// or a made-up one (Okta's SPEC test expects 401 with a body), or `bearer` (a token the test
    /// obtained, e.g. from an OAuth 2.0 token endpoint).
    enum class Auth { Token, None, WrongToken, Bearer };

    QByteArray method = "GET";
    QString path; ///< e.g. "/Users" or "/Users/2819c223"; appended to the base URL's path
    QList<QPair<QString, QString>> query; ///< decoded; encoded as Entra does ('+' for spaces)
    QByteArray body; ///< sent when not empty
    QByteArray contentType = "application/scim+json"; ///< of the body
    QList<QPair<QByteArray, QByteArray>> headers; ///< more headers, e.g. If-Match
    Auth auth = Auth::Token;
    QByteArray bearer; ///< the token sent with Auth::Bearer
    QUrl absoluteUrl; ///< valid: sent here instead of the base URL + path (e.g. a token endpoint)

    /// A request without a body.
    static ConformanceRequest get(const QString &path, const QList<QPair<QString, QString>> &query = {});
    /// A request with `json` as its compact JSON body.
    static ConformanceRequest withBody(const QByteArray &method, const QString &path, const QJsonObject &json);
    static ConformanceRequest post(const QString &path, const QJsonObject &json);
    static ConformanceRequest put(const QString &path, const QJsonObject &json);
    /// `PATCH path` with a PatchOp message of `operations` (RFC 7644 §3.5.2).
    static ConformanceRequest patch(const QString &path, const QJsonArray &operations);
    static ConformanceRequest del(const QString &path);
    /// Adds a header and returns the request.
    ConformanceRequest &header(const QByteArray &name, const QByteArray &value);
};

/// The answer to a ConformanceRequest.
struct ConformanceResponse
{
    int status = 0; ///< 0 when no answer came
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QString networkError; ///< why no answer came (connection refused, TLS, timeout); empty otherwise

    /// The header `name` (case-insensitive); empty when absent.
    QByteArray header(const QByteArray &name) const;
    /// The body as a JSON object; empty when it is not one.
    QJsonObject json() const;
    /// The `Resources` of a ListResponse (RFC 7644 §3.4.2).
    QJsonArray resources() const;
};

} // namespace scimmon
