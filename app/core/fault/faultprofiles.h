#pragma once

#include "model/faultrule.h"

#include <QList>
#include <QString>

#include <optional>

namespace scimmon {

/// A named set of fault rules that makes the receiver behave like a known service provider's
/// documented limits or a kind of trouble. Applying one replaces every rule.
struct FaultProfile
{
    QString key; ///< the name `faults profile NAME` takes, e.g. "aws-iam-identity-center"
    QString title; ///< English title, e.g. "AWS IAM Identity Center"
    QString description; ///< English: what it imitates, where from, and what rules cannot imitate
    QList<FaultRule> rules;
};

/// The built-in profiles: AWS IAM Identity Center, GitHub Enterprise Managed Users and Slack from
/// their documented limits (idp-behaviour.md §5: rate limits become OverPerMinute rules answering
/// 429 with Retry-After, endpoints they lack answer 501), "slow service" (answers late, some past
/// Entra's 60-second timeout) and "flaky service" (seeded, repeatable 503s, resets and
/// commit-then-fail creates). Pure.
class FaultProfiles
{
public:
    static const QList<FaultProfile> &all();
    /// The profile whose key is `key` (without regard to case); nullopt for an unknown key.
    static std::optional<FaultProfile> byKey(const QString &key);
    /// The keys, comma-separated, for error messages and help.
    static QString keys();
};

} // namespace scimmon
