#pragma once

#include "model/quirk.h"
#include "model/resource.h"
#include "model/resourcekind.h"
#include "scim/result.h"
#include "scim/schema.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace scimmon {

/// A POST or PUT body read into canonical form.
struct ClientResource
{
    QJsonObject data; ///< see Resource::data
    std::optional<QList<MemberRef>> members; ///< Group only: the `members` sent, if any
};

/// Translates between the JSON a client sends and the canonical stored form, and from the stored
/// form to the representation the service provider returns (RFC 7643 §2, §3).
class ResourceMapper
{
public:
    /// Reads a POST/PUT body for `kind`. Attribute names are matched without regard to case and
    /// stored in canonical case; `id`, `meta`, read-only attributes, unknown core attributes and
    /// null values are dropped (Entra sends all of these); booleans sent as "True"/"False" become
    /// booleans; a manager given as a bare id becomes {"value": id}; extension attributes of
    /// schemas the server does not know are kept under their URN as sent. `password` is accepted
    /// and discarded. Errors: 400 `invalidValue` when a required attribute (userName, displayName)
    /// is missing or a value has the wrong type; 400 `invalidSyntax` when the body is not an object.
    /// `quirks`, when given, receives each IdP quirk that was accepted.
    static Result<ClientResource> fromClient(ResourceKind kind, const QJsonObject &body,
                                             QList<Quirk> *quirks = nullptr);

    /// Normalizes one attribute value against `def` as fromClient does. Returns an undefined
    /// QJsonValue when the value means "no value" (null, "", empty array or object). `path` names
    /// the attribute in error details. `element` normalizes one element of a multi-valued attribute.
    static Result<QJsonValue> normalize(const AttributeDef &def, const QJsonValue &value, const QString &path,
                                        bool element = false, QList<Quirk> *quirks = nullptr);

    /// Reads a `members` value (array, single object or bare id) into member references.
    /// Errors: 400 `invalidValue` for a member without a string `value` or with an unknown `type`.
    static Result<QList<MemberRef>> members(const QJsonValue &value, QList<Quirk> *quirks = nullptr);

    /// Builds the full representation of a stored resource: `schemas`, `id`, the attributes and
    /// `meta` (resourceType, created, lastModified, location under `baseUrl`, version). For groups
    /// `members` is added when `members` is given; for users `groups` when `groups` is given.
    static QJsonObject toRepresentation(ResourceKind kind, const Resource &resource, const QString &baseUrl,
                                        const QList<MemberRef> *members = nullptr,
                                        const QList<GroupRef> *groups = nullptr);

    /// Checks the attributes a stored resource must have (RFC 7643 §4.1 userName, §4.2 displayName).
    static std::optional<ScimError> checkRequired(ResourceKind kind, const QJsonObject &data);

    /// The canonical values of the attributes the store indexes.
    static QString userName(const QJsonObject &data);
    static QString displayName(const QJsonObject &data);
    static QString externalId(const QJsonObject &data);
    static bool active(const QJsonObject &data);
    /// (type, value) of every email of a user, for the email index.
    static QList<std::pair<QString, QString>> emails(const QJsonObject &data);
    /// The value of the first `emails` element of type "work" (any case) that has one; empty when
    /// there is none. Entra's default mapping sends `mail` there (`emails[type eq "work"].value`).
    static QString workEmail(const QJsonObject &data);
};

} // namespace scimmon
