#include "audit/auditlog.h"

#include "scim/resourcediff.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace scimmon {

QList<AuditChange> AuditLog::diff(const QJsonObject &before, const QJsonObject &after)
{
    return ResourceDiff::changes(before, after);
}

QString AuditLog::actionOf(Operation operation)
{
    switch (operation) {
    case Operation::CreateUser:
        return u"user.created"_s;
    case Operation::ReplaceUser:
        return u"user.replaced"_s;
    case Operation::DeactivateUser:
        return u"user.deactivated"_s;
    case Operation::ReactivateUser:
        return u"user.reactivated"_s;
    case Operation::DeleteUser:
        return u"user.deleted"_s;
    case Operation::CreateGroup:
        return u"group.created"_s;
    case Operation::RenameGroup:
        return u"group.renamed"_s;
    case Operation::AddMembers:
    case Operation::RemoveMembers:
    case Operation::UpdateGroup:
        return u"group.updated"_s;
    case Operation::DeleteGroup:
        return u"group.deleted"_s;
    default:
        break;
    }
    return u"user.updated"_s;
}

QStringList AuditLog::actions()
{
    return {u"user.created"_s,
            u"user.updated"_s,
            u"user.replaced"_s,
            u"user.deactivated"_s,
            u"user.reactivated"_s,
            u"user.deleted"_s,
            u"group.created"_s,
            u"group.renamed"_s,
            u"group.updated"_s,
            u"group.member_added"_s,
            u"group.member_removed"_s,
            u"group.deleted"_s,
            u"token.created"_s,
            u"token.rotated"_s,
            u"token.revoked"_s,
            u"token.deleted"_s,
            u"settings.changed"_s,
            u"data.reset"_s,
            u"fault.added"_s,
            u"fault.changed"_s,
            u"fault.removed"_s,
            u"fault.profile_applied"_s,
            u"oauth_client.created"_s,
            u"oauth_client.rotated"_s,
            u"oauth_client.federation_changed"_s,
            u"oauth_client.revoked"_s,
            u"oauth_client.deleted"_s};
}

namespace {

/// `v` as compact JSON, exactly as QJsonDocument writes it inside an array. Strings without a
/// character JSON escapes (RFC 8259 §7: quotation mark, reverse solidus, controls) and without
/// surrogates (which the writer checks for pairing) are quoted directly, the common case;
/// everything else goes through QJsonDocument.
QString jsonText(const QJsonValue &v)
{
    if (v.isString()) {
        const QString s = v.toString();
        const bool plain = std::all_of(s.cbegin(), s.cend(), [](QChar c) {
            return c.unicode() >= 0x20 && c != u'"' && c != u'\\' && !c.isSurrogate();
        });
        if (plain)
            return u'"' + s + u'"';
    }
    if (v.isBool())
        return v.toBool() ? u"true"_s : u"false"_s;
    if (v.isNull())
        return u"null"_s;
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

} // namespace

QString AuditLog::valueText(const QJsonValue &value)
{
    return value.isUndefined() || value.isNull() ? u"(none)"_s : jsonText(value);
}

AuditLog::SerializedChanges AuditLog::serialize(const QList<AuditChange> &changes)
{
    SerializedChanges out;
    if (changes.isEmpty())
        return out;
    // The text's side of a value: its JSON, "(none)" when absent or null (as valueText()).
    auto side
        = [](const QJsonValue &v, const QString &json) { return v.isUndefined() || v.isNull() ? u"(none)"_s : json; };
    out.json += u'[';
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const AuditChange &c = changes[i];
        const QString oldText = c.oldValue.isUndefined() ? QString() : jsonText(c.oldValue);
        const QString newText = c.newValue.isUndefined() ? QString() : jsonText(c.newValue);
        if (i > 0) {
            out.json += u',';
            out.text += u"; "_s;
        }
        out.json += u"{\"attribute\":"_s + jsonText(c.attribute);
        if (!c.newValue.isUndefined())
            out.json += u",\"new\":"_s + newText;
        if (!c.oldValue.isUndefined())
            out.json += u",\"old\":"_s + oldText;
        out.json += u'}';
        out.text += c.attribute + u": "_s + side(c.oldValue, oldText) + u" \u2192 "_s + side(c.newValue, newText);
    }
    out.json += u']';
    return out;
}

QString AuditLog::resultText(const ScimError &error)
{
    QString text = QString::number(error.status);
    if (!error.scimType.isEmpty())
        text += u' ' + error.scimType;
    if (!error.detail.isEmpty())
        text += u": "_s + error.detail;
    return text;
}

QList<AuditEvent> AuditLog::forWrite(Operation operation, ResourceKind kind, const QString &id, const QString &name,
                                     const ResourceChange &change, const QHash<QString, QString> &memberNames,
                                     const AuditContext &context, const QDateTime &time)
{
    QList<AuditEvent> events;
    AuditEvent base;
    base.time = time;
    base.actor = context.actor;
    base.targetType = resourceTypeName(kind);
    base.targetId = id;
    base.targetName = name;
    base.requestRef = context.requestRef;

    const bool deleted = operation == Operation::DeleteUser || operation == Operation::DeleteGroup;
    const bool created = operation == Operation::CreateUser || operation == Operation::CreateGroup;
    const QList<AuditChange> changes = deleted ? QList<AuditChange>() : diff(change.before, change.after);
    const bool membersOnly = kind == ResourceKind::Group && !created && !deleted && changes.isEmpty();
    if (!membersOnly) {
        AuditEvent e = base;
        e.action = actionOf(operation);
        e.changes = changes;
        events.append(e);
    }
    auto memberEvent = [&](const QString &memberId, QLatin1StringView action) {
        AuditEvent e = base;
        e.action = action;
        e.memberId = memberId;
        e.memberName = memberNames.value(memberId);
        events.append(e);
    };
    for (const QString &m : change.membersAdded)
        memberEvent(m, "group.member_added"_L1);
    for (const QString &m : change.membersRemoved)
        memberEvent(m, "group.member_removed"_L1);
    return events;
}

AuditEvent AuditLog::forRefusal(Operation attempted, ResourceKind kind, const QString &id, const QString &name,
                                const ScimError &error, const AuditContext &context, const QDateTime &time)
{
    AuditEvent e;
    e.time = time;
    e.actor = context.actor;
    e.targetType = resourceTypeName(kind);
    e.targetId = id;
    e.targetName = name;
    e.requestRef = context.requestRef;
    e.action = actionOf(attempted);
    e.result = resultText(error);
    return e;
}

} // namespace scimmon
