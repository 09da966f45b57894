#pragma once

#include "model/faultrule.h"
#include "model/httpexchange.h"
#include "model/requestrecord.h"
#include "scim/scimerror.h"

#include <QElapsedTimer>
#include <QList>
#include <QRegularExpression>

#include <optional>
#include <random>

namespace scimmon {

/// Decides which requests the receiver fails on purpose. Holds the current fault rules (replaced
/// as a whole by setRules(), so a request is always decided against one consistent set) and each
/// rule's count of matches, first match time and random generator. Single-threaded: one injector
/// per receiver thread.
///
/// The receiver asks twice per request: mayMatch() before handling it (the method and path of an
/// enabled rule match: then the request is handled inside a savepoint), and decide() after the
/// service has handled it and the router has filled its record (operation, IdP, userName or
/// displayName). A Before rule that fires and replaces the answer (FaultRule::replacesAnswer())
/// makes the receiver undo the savepoint, an After rule keeps the committed change; either way
/// the rule's fault is the answer. A rule that only delays keeps the change and the answer.
class FaultInjector
{
public:
    FaultInjector();

    /// Replaces the rules with `rules` (in order). A rule equal to one held before keeps its
    /// count of matches, first match time and generator; a new or changed rule starts afresh.
    void setRules(const QList<FaultRule> &rules);
    const QList<FaultRule> &rules() const { return m_rules; }
    /// True when at least one rule is enabled.
    bool active() const;

    /// True when an enabled rule's method and path pattern match `request` (see FaultRule).
    bool mayMatch(const HttpRequest &request) const;
    /// The first enabled rule whose method, path, operation (`record.operation` or, for a refused
    /// request, `record.attemptedOperation`), name pattern (`record.target`) and IdP
    /// (`record.idp`) match, and whose frequency fires for this match; nullopt when none does.
    /// Every rule whose filters match counts the match, up to the one that fires. A request that
    /// failed authentication (record.authFailure) is never faulted: it keeps its 401. `nowMs` is a
    /// monotonic time in milliseconds (for FaultFrequency::ForSeconds); -1: the injector's clock.
    std::optional<FaultRule> decide(const HttpRequest &request, const RequestRecord &record, qint64 nowMs = -1);

    /// The SCIM error (RFC 7644 §3.12) a rule with a status answers: 409 with scimType
    /// `uniqueness`, 400 with `invalidValue`, other statuses without scimType, and a detail that
    /// names the rule. The caller adds Retry-After (rule.retryAfterSeconds).
    static ScimError errorOf(const FaultRule &rule);
    /// The path `path` under the Tenant URL as rules match it: without the /scim/v2 prefix, with
    /// repeated slashes and a trailing slash removed ("/scim/v2//Users/" is "/Users"); empty for
    /// a path outside the Tenant URL (no rule matches it).
    static QString relativePath(const QString &path);
    /// True when `text` matches the glob `pattern`, without regard to case: with `segments`, `*`
    /// matches within one path segment and `**` across; without, `*` matches anything. `?`
    /// matches one character.
    static bool globMatch(const QString &pattern, const QString &text, bool segments);

private:
    struct State
    {
        qint64 matches = 0;
        qint64 firstMatchMs = -1;
        std::mt19937_64 random;
        QList<qint64> recent; ///< OverPerMinute: times of the matches let through in the last minute
        QRegularExpression path;
        QRegularExpression name;
    };
    static QRegularExpression globExpression(const QString &pattern, bool segments);
    bool filtersMatch(qsizetype index, const QString &method, const QString &path) const;
    bool fires(qsizetype index, qint64 nowMs);

    QList<FaultRule> m_rules;
    QList<State> m_states;
    QElapsedTimer m_clock;
};

} // namespace scimmon
