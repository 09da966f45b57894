#pragma once

#include "simulator/scimtransport.h"

#include <QJsonObject>
#include <QStringList>

namespace scimmon {

/// The requests Okta's SCIM client sends (entra-okta-scim.md §5, idp-behaviour.md §4): the
/// connector test, import pages, the userName lookup, create, the OIN template's PATCHes
/// (path-less `active` replace; Push Groups with a path-less `{id, displayName}` replace beside
/// member adds and `members[value eq "…"]` removals) and the full PUT of AIW apps. Pure builders.
class OktaRequests
{
public:
    /// Import page size; Okta pages with count=100.
    static constexpr int kPageSize = 100;

    /// Connector test: `GET /Users?startIndex=1&count=2`.
    static ScimCall connectorTestUsers();
    /// Connector test: `GET /Groups?startIndex=1&count=100`.
    static ScimCall connectorTestGroups();
    /// One import page: `GET /<collection>?startIndex=N&count=100` ("Users" or "Groups").
    static ScimCall importPage(const QString &collection, int startIndex);
    /// Existence check before create: `GET /Users?filter=userName eq "x"&startIndex=1&count=100`.
    static ScimCall matchUser(const QString &userName);
    /// The full user Okta sends from a flat export (AttributeMapping::oktaUser): core schema,
    /// userName, name, a primary work email, displayName, title, locale, externalId, groups [],
    /// active; with `password` on create.
    static QJsonObject userResource(const QJsonObject &flat, const QString &password);
    /// Create user: `POST /Users` with userResource() and a password.
    static ScimCall createUser(const QJsonObject &flat, const QString &password);
    /// `GET /Users/{id}` (before every PUT).
    static ScimCall getUser(const QString &id);
    /// `PUT /Users/{id}` with the full user (profile updates; AIW: every update).
    static ScimCall putUser(const QString &id, const QJsonObject &flat);
    /// OIN deactivate or reactivate: `PATCH /Users/{id}` `{"op":"replace","value":{"active":b}}`.
    static ScimCall setActive(const QString &id, bool active);
    /// Push Groups lookup: `GET /Groups?filter=displayName eq "x"&startIndex=1&count=100`.
    static ScimCall matchGroup(const QString &displayName);
    /// Push Groups create: `POST /Groups` `{schemas, displayName, members: []}`.
    static ScimCall createGroup(const QString &displayName);
    /// OIN membership update: a path-less `{id, displayName}` replace, then an add of
    /// `added` ({value, display}) and one `members[value eq "…"]` remove per `removed` id.
    static ScimCall patchGroup(const QString &id, const QString &displayName,
                               const QList<QPair<QString, QString>> &added, const QStringList &removed);
    /// `GET /Groups/{id}` (before an AIW PUT).
    static ScimCall getGroup(const QString &id);
    /// AIW: `PUT /Groups/{id}` with displayName and every member ({value, display}).
    static ScimCall putGroup(const QString &id, const QString &displayName,
                             const QList<QPair<QString, QString>> &members);
    /// Unlinking a pushed group with "delete in target": `DELETE /Groups/{id}`.
    static ScimCall deleteGroup(const QString &id);
};

} // namespace scimmon
