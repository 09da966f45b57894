#pragma once

#include "model/idp.h"
#include "model/operation.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace scimmon {

/// When a fault rule acts on the request it matched.
enum class FaultPhase : quint8 {
    Before, ///< instead of the service: nothing changes, the fault is the answer
    After, ///< after the service: the change is committed, then the fault is the answer
};

/// How the connection of a faulted request ends instead of (or besides) a whole answer.
enum class FaultDrop : quint8 {
    None, ///< the answer is written whole
    Reset, ///< the connection is reset (TCP RST), no answer
    Close, ///< the connection is closed (FIN) without an answer
    Truncate, ///< the head and half of the body are written, then the connection is closed
};

/// Which of a rule's matches it acts on.
enum class FaultFrequency : quint8 {
    Always, ///< every match
    First, ///< the first `count` matches
    Every, ///< every `count`th match (the count-th, 2·count-th, …)
    ForSeconds, ///< every match during `count` seconds from the rule's first match
    Probability, ///< each match with `probability`, drawn from a generator seeded with `seed`
    /// the matches beyond `count` within any 60 seconds (a service provider's rate limit)
    OverPerMinute,
};

/// One fault injection rule: which requests it matches (method and path glob under the Tenant URL,
/// optionally the operation, the userName or displayName, and the identity provider), what it does
/// to them (a status with a SCIM error body and Retry-After, a delay, a dropped or cut connection),
/// in which phase, and how often. Rules are kept in the store in order; the receiver applies the
/// first enabled rule that matches a request and fires (FaultInjector).
struct FaultRule
{
    /// Set by FaultRuleService when the rule is stored, added or changed (a new id each time): a
    /// receiver keeps a rule's counts while its id and definition stay, and starts afresh when a
    /// rule is changed, or removed and added again. Empty for rules not stored yet.
    QString id;
    QString name; ///< unique (without regard to case), shown in the log as the fault's cause
    bool enabled = true;
    QString method = QStringLiteral("*"); ///< "POST", "PATCH", …, or "*" for any
    /// Path under the Tenant URL, e.g. "/Users" or "/Groups/*": `*` matches within one path
    /// segment, `**` across segments; without regard to case; the query string is not part of it.
    QString pathGlob = QStringLiteral("/**");
    Operation operation = Operation::None; ///< the operation the request makes; None: any
    QString namePattern; ///< glob on the userName or displayName it touches; empty: any
    std::optional<Idp> idp; ///< only requests from this identity provider; nullopt: any
    int status = 0; ///< HTTP status answered with a SCIM error body; 0: the service's own answer
    int retryAfterSeconds = -1; ///< Retry-After header on the fault's answer, seconds; -1: none
    qint64 delayMs = 0; ///< the answer (or the drop) is delayed by this many milliseconds
    FaultDrop drop = FaultDrop::None;
    FaultPhase phase = FaultPhase::Before;
    FaultFrequency frequency = FaultFrequency::Always;
    qint64 count = 0; ///< First and Every: the N; ForSeconds: the seconds; OverPerMinute: the limit
    double probability = 0; ///< Probability: 0 < p ≤ 1
    quint64 seed = 0; ///< Probability: the generator's seed (the same seed, the same sequence)

    /// "POST /Users", the match line as `faults add --match` takes it.
    QString matchText() const;
    /// What it does, in English: "429 Too Many Requests (Retry-After 30 s)", "delay 90 s", "reset".
    QString actionText() const;
    /// How often, in English: "always", "first 3", "1 in every 5", "for 60 s", "p=0.2 seed 7",
    /// "over 180/min".
    QString frequencyText() const;
    /// True when the rule replaces the service's answer (a status, or a dropped or cut
    /// connection); a rule that only delays leaves the answer, and the change, as they are, so
    /// its phase does not matter.
    bool replacesAnswer() const { return status > 0 || drop != FaultDrop::None; }
    /// The phase's stable name, "before" or "after".
    QString phaseKey() const { return phase == FaultPhase::After ? QStringLiteral("after") : QStringLiteral("before"); }

    /// Empty when the rule is complete and consistent; otherwise what is wrong, in one English
    /// sentence (no name or one with control characters, a bad path pattern, an unknown method or
    /// status, no action, a count or probability out of range, Retry-After without a status, a
    /// reset with a status, a truncated answer before the change without a status).
    QString problem() const;

    /// A new rule id.
    static QString newId();

    /// The rule as a JSON object (the store and the profiles keep this form).
    QJsonObject toJson() const;
    /// The rule from toJson()'s form; nullopt with `*error` set for a malformed object.
    static std::optional<FaultRule> fromJson(const QJsonObject &json, QString *error = nullptr);

    /// Splits "METHOD PATH-GLOB" (as `--match` takes it) into `rule`'s method and pathGlob; false
    /// with `*error` set when it is not of that shape.
    static bool parseMatch(const QString &text, FaultRule &rule, QString *error);
    /// Empty when `glob` is a valid path pattern (starts with '/', no space, no query); otherwise
    /// why not, in one English sentence.
    static QString pathProblem(const QString &glob);
    /// True when `status` is a status a rule may answer: 4xx or 5xx with a known reason phrase.
    static bool isKnownStatus(int status);
    /// The methods a rule may name (besides "*").
    static const QStringList &methods();

    bool operator==(const FaultRule &other) const { return toJson() == other.toJson(); }
};

/// The drop's stable name: "", "reset", "close" or "truncate".
QString faultDropKey(FaultDrop drop);
/// The frequency's stable name: "always", "first", "every", "for-seconds", "probability" or
/// "over-per-minute".
QString faultFrequencyKey(FaultFrequency frequency);

} // namespace scimmon
