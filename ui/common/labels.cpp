#include "ui/common/labels.h"

#include "audit/auditlog.h"

#include <QLocale>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace scimmon {

QString Labels::operation(Operation operation)
{
    switch (operation) {
    case Operation::None:
        return QString();
    case Operation::TestConnection:
        return tr("Test Connection");
    case Operation::Discovery:
        return tr("Discovery");
    case Operation::LookupUser:
        return tr("Lookup user");
    case Operation::CreateUser:
        return tr("Create user");
    case Operation::UpdateUser:
        return tr("Update user");
    case Operation::DeactivateUser:
        return tr("Deactivate user");
    case Operation::ReactivateUser:
        return tr("Reactivate user");
    case Operation::ReplaceUser:
        return tr("Replace user");
    case Operation::DeleteUser:
        return tr("Delete user");
    case Operation::LookupGroup:
        return tr("Lookup group");
    case Operation::CreateGroup:
        return tr("Create group");
    case Operation::RenameGroup:
        return tr("Rename group");
    case Operation::AddMembers:
        return tr("Add members");
    case Operation::RemoveMembers:
        return tr("Remove members");
    case Operation::UpdateGroup:
        return tr("Update group");
    case Operation::DeleteGroup:
        return tr("Delete group");
    case Operation::Bulk:
        return tr("Bulk");
    case Operation::TokenRequest:
        return tr("Token request");
    case Operation::AuthFailure:
        return tr("Auth failure");
    case Operation::Rejected:
        return tr("Rejected");
    }
    return QString();
}

QString Labels::idp(Idp idp)
{
    switch (idp) {
    case Idp::Entra:
        return tr("Entra");
    case Idp::Okta:
        return tr("Okta");
    case Idp::Other:
        break;
    }
    return tr("Other");
}

QString Labels::quirk(const Quirk &q)
{
    auto arg = [&q](int i) { return q.args.value(i); };
    switch (q.kind) {
    case Quirk::Kind::CapitalisedOp:
        return tr("op \"%1\" capitalised → %2").arg(arg(0), arg(1));
    case Quirk::Kind::BooleanAsString:
        return tr("%1 sent as string \"%2\" → %3").arg(arg(0), arg(1), arg(2));
    case Quirk::Kind::OneElementArray:
        return tr("%1 sent as a one-element array → its value").arg(arg(0));
    case Quirk::Kind::BareComplexValue:
        return tr("%1 sent as a bare value → {\"value\": …}").arg(arg(0));
    case Quirk::Kind::PathlessDottedKeys:
        return tr("path-less operation with dotted or URN-qualified keys → one change per key");
    case Quirk::Kind::ValuePathElementCreated:
        return tr("value-path %1 on an element that did not exist → element created").arg(arg(0));
    case Quirk::Kind::ValueArrayMemberRemoval:
        return tr("value-array member removal → removes only the listed members");
    case Quirk::Kind::BulkOperation:
        return arg(2).isEmpty() ? tr("%1 %2 → %3").arg(arg(0), arg(1), arg(3))
                                : tr("%1 %2 (bulkId:%3) → %4").arg(arg(0), arg(1), arg(2), arg(3));
    case Quirk::Kind::PlainHttpOnHttpsPort:
        return tr("Plain HTTP sent to the HTTPS port");
    case Quirk::Kind::Other:
        break;
    }
    return q.text();
}

QString Labels::cycleTrigger(CycleTrigger trigger)
{
    switch (trigger) {
    case CycleTrigger::TestConnection:
        return tr("Test Connection");
    case CycleTrigger::QuietGap:
        return tr("After a quiet gap");
    case CycleTrigger::First:
        break;
    }
    return tr("First request");
}

QString Labels::duration(qint64 ms)
{
    if (ms < 1000)
        return tr("%1 ms").arg(ms);
    const qint64 s = ms / 1000;
    if (s < 60)
        return tr("%1 s").arg(s);
    if (s < 3600)
        return tr("%1 min %2 s").arg(s / 60).arg(s % 60);
    return tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
}

int Labels::count(qint64 n)
{
    return int(std::clamp<qint64>(n, std::numeric_limits<int>::min(), std::numeric_limits<int>::max()));
}

QString Labels::tokenState(TokenState state)
{
    switch (state) {
    case TokenState::Active:
        return tr("active");
    case TokenState::ExpiringSoon:
        return tr("expiring soon");
    case TokenState::Expired:
        return tr("expired");
    case TokenState::Revoked:
        return tr("revoked");
    }
    return QString();
}

QString Labels::authFailure(const QString &reason)
{
    // TokenService::AuthResult::reason(): fixed sentences, two of them with the token's label.
    if (reason == "no Authorization header"_L1)
        return tr("no Authorization header");
    if (reason == "Authorization header is not \"Bearer <token>\""_L1)
        return tr("Authorization header is not \"Bearer <token>\"");
    if (reason == "unknown token"_L1)
        return tr("unknown token");
    static const QRegularExpression withLabel(u"^token \"(.*)\" (was revoked|expired)$"_s);
    if (const QRegularExpressionMatch m = withLabel.match(reason); m.hasMatch())
        return m.captured(2) == "expired"_L1 ? tr("token \"%1\" expired").arg(m.captured(1))
                                             : tr("token \"%1\" was revoked").arg(m.captured(1));
    return reason;
}

QString Labels::receiverError(const QString &reason)
{
    // ReceiverWorker's sentences.
    static const QRegularExpression listen(u"^Cannot listen on (\\S+): (.*)$"_s,
                                           QRegularExpression::DotMatchesEverythingOption);
    if (const QRegularExpressionMatch m = listen.match(reason); m.hasMatch())
        //: %1 is the address and port (127.0.0.1:8080), %2 the operating system's reason
        return tr("Cannot listen on %1: %2").arg(m.captured(1), m.captured(2));
    if (reason == "HTTPS is not available: Qt found no TLS library (install OpenSSL 3, libssl3)."_L1)
        return tr("HTTPS is not available: Qt found no TLS library (install OpenSSL 3, libssl3).");
    static const QRegularExpression https(u"^HTTPS cannot start: (.*)$"_s,
                                          QRegularExpression::DotMatchesEverythingOption);
    if (const QRegularExpressionMatch m = https.match(reason); m.hasMatch())
        return tr("HTTPS cannot start: %1").arg(m.captured(1));
    return reason;
}

QStringList Labels::mappingWarnings(ResourceKind kind, MappingHealth::Attributes missing)
{
    QStringList out;
    for (const MappingHealth::Attribute a : MappingHealth::expected(kind)) {
        if (!missing.testFlag(a))
            continue;
        if (a == MappingHealth::Members)
            out.append(tr("%1 is empty (Entra sends the group's members with %2).")
                           .arg(MappingHealth::path(a), operation(Operation::AddMembers)));
        else
            out.append(tr("%1 is missing (Entra sends it from %2).")
                           .arg(MappingHealth::path(a), MappingHealth::entraSource(a)));
    }
    return out;
}

QString Labels::gracePeriod(int hours)
{
    if (hours < 24)
        return tr("%n hour(s)", nullptr, hours);
    const int days = hours / 24;
    return days == 1 ? tr("%n hour(s)", nullptr, 24) : tr("%n day(s)", nullptr, days);
}

QString Labels::keychainUnavailable()
{
    return tr("No keychain is available on this computer, so scim-monitor cannot remember secrets here. Nothing is "
              "written in plain text instead: copy the token now, or create a new one later.");
}

QString Labels::cycleSummary(const ProvisioningCycle &c)
{
    const QLocale locale;
    auto n = [&](qint64 v) { return locale.toString(v); };
    QStringList parts{tr("%1 created").arg(n(c.created)), tr("%1 updated").arg(n(c.updated)),
                      tr("%1 deactivated").arg(n(c.deactivated))};
    if (c.reactivated > 0)
        parts.append(tr("%1 reactivated").arg(n(c.reactivated)));
    parts.append(tr("%1 deleted").arg(n(c.deleted)));
    parts.append(tr("%Ln membership change(s)", nullptr, count(c.membershipChanges())));
    parts.append(tr("%Ln failure(s)", nullptr, count(c.failures)));
    return parts.join(tr(", ")) + u" \u00b7 "_s + duration(c.durationMs());
}

QString Labels::targetType(const QString &type)
{
    //: the type of a resource or audit target
    if (type == "User"_L1)
        return tr("User");
    //: the type of a resource or audit target
    if (type == "Group"_L1)
        return tr("Group");
    //: the type of an audit target: a Secret Token
    if (type == "Token"_L1)
        return tr("Token");
    //: the type of an audit target: the receiver's settings
    if (type == "Settings"_L1)
        return tr("Settings");
    //: the type of an audit target: all users, groups and memberships (File → Reset all data)
    if (type == "Data"_L1)
        return tr("Data");
    //: the type of an audit target: a fault injection rule (Receiver → Faults…)
    if (type == "Fault rule"_L1)
        return tr("Fault rule");
    return type;
}

QString Labels::resourceType(ResourceKind kind)
{
    return targetType(resourceTypeName(kind));
}

QString Labels::auditResult(const QString &result)
{
    //: the result of an audit event whose change was made
    return result == "success"_L1 ? tr("success") : result;
}

QString Labels::auditChanges(const QList<AuditChange> &changes)
{
    QStringList parts;
    for (const AuditChange &c : changes) {
        // AuditLog::valueText() writes the values; only its English words are replaced here.
        auto value = [&c](const QJsonValue &v) {
            if (v.isUndefined() || v.isNull())
                return tr("(none)");
            if (c.attribute == "expires"_L1 && v.isString() && v.toString() == "never"_L1)
                return tr("never");
            return AuditLog::valueText(v);
        };
        parts.append(c.attribute + u": "_s + value(c.oldValue) + u" \u2192 "_s + value(c.newValue));
    }
    return parts.join(u"; "_s);
}

} // namespace scimmon
