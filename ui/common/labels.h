#pragma once

#include "model/auditevent.h"
#include "model/idp.h"
#include "model/operation.h"
#include "model/provisioningcycle.h"
#include "model/quirk.h"
#include "scim/mappinghealth.h"
#include "service/tokenservice.h"

#include <QCoreApplication>
#include <QString>

namespace scimmon {

/// The one table of what the window calls the engine's vocabulary: operations, quirks, IdPs,
/// cycle triggers and summaries, durations, each through tr() so that the window can be
/// translated. The store, the CSV exports and the headless line use the stable English keys
/// instead (operationKey(), Quirk::text(), idpKey()), which never change with the language.
class Labels
{
    Q_DECLARE_TR_FUNCTIONS(Labels)
public:
    /// "Create user", "Deactivate user", …; empty for Operation::None.
    static QString operation(Operation operation);
    /// "Entra", "Okta", "Other".
    static QString idp(Idp idp);
    /// The quirk as a sentence, e.g. `active sent as string "False" → false`.
    static QString quirk(const Quirk &quirk);
    /// "First request", "Test Connection", "After a quiet gap".
    static QString cycleTrigger(CycleTrigger trigger);
    /// One line in the manner of Entra's cycle summary, e.g. "500 created, 20 updated,
    /// 10 deactivated, 0 deleted, 400 membership changes, 2 failures · 3 min 12 s".
    static QString cycleSummary(const ProvisioningCycle &cycle);
    /// `ms` as "850 ms", "42 s", "3 min 12 s" or "2 h 5 min".
    static QString duration(qint64 ms);
    /// A Secret Token's state: "active", "expiring soon", "expired", "revoked" (the words of
    /// TokenService::stateText(), which the command line prints).
    static QString tokenState(TokenState state);
    /// Why a request's Secret Token was refused (RequestRecord::authFailure, kept in English in the
    /// log), e.g. "unknown token"; a reason not known here is returned as it is.
    static QString authFailure(const QString &reason);
    /// Why the receiver could not start (Receiver::errorString(), kept in English for the headless
    /// output), e.g. "Cannot listen on 127.0.0.1:8080: …" in the window's language; the operating
    /// system's part is Qt's own text. A reason not known here is returned as it is.
    static QString receiverError(const QString &reason);
    /// One sentence per attribute of `missing` that Entra's default mapping sends and the resource
    /// lacks, e.g. "externalId is missing (Entra sends it from objectId)." (MappingHealth's words).
    static QStringList mappingWarnings(ResourceKind kind, MappingHealth::Attributes missing);
    /// What an audit event's or a request's target is, as the engine names it ("User", "Group",
    /// "Token", "Settings", "Data"), in the window's language; another type is returned as it is.
    static QString targetType(const QString &type);
    /// "User" or "Group" in the window's language.
    static QString resourceType(ResourceKind kind);
    /// An audit event's result as the window shows it: "success" translated; the SCIM error of a
    /// refused change ("409 uniqueness: …") as it was stored.
    static QString auditResult(const QString &result);
    /// An audit event's changes as one line, "attr: old → new; …" as AuditLog::serialize() writes
    /// them for the CSV, with its English words translated: an absent value is "(none)", and a
    /// token that never expires has the expiry "never".
    static QString auditChanges(const QList<AuditChange> &changes);

    /// A grace period of `hours` (> 0) as a rotation offers it: "1 hour", "24 hours", "3 days".
    static QString gracePeriod(int hours);

    /// Why nothing can be remembered in the keychain (SecretStore::unavailableMessage() for the window).
    static QString keychainUnavailable();

    /// `n` for tr()'s plural argument (an int), clamped: tr("%Ln request(s)", nullptr, Labels::count(n)).
    static int count(qint64 n);
};

} // namespace scimmon
