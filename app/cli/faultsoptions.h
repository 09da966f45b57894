#pragma once

#include "model/faultrule.h"

#include <QCommandLineOption>
#include <QList>
#include <QStringList>

class QCommandLineParser;

namespace scimmon {

struct CommandLine;

/// The options of `scim-monitor faults` (add, list, clear, remove, profile) for the command
/// line's one parser, and their reading into a CommandLine. `faults add` builds a FaultRule from
/// --name, --match "METHOD PATH-GLOB", --status, --retry-after, --delay-ms, --reset | --close |
/// --truncate, --phase before|after, one of --first N | --every N | --for-seconds T |
/// --probability P --seed S | --over-per-minute N, and the filters --operation, --target-name and
/// --idp; --disabled stores it disabled.
class FaultsOptions
{
public:
    FaultsOptions();
    /// The options to add to the parser (those the other verbs share, --name, --seed and --idp,
    /// are added by CommandLine).
    QList<QCommandLineOption> options() const;
    /// The options only `faults` takes, for "belongs to 'faults'" errors.
    QList<QCommandLineOption> faultsOnly() const { return options(); }
    /// Reads `faults ACTION …` (`positional` without the verb) into `cl`; returns the usage error
    /// (one English sentence) or an empty string. Nothing is stored here.
    QString read(const QCommandLineParser &parser, const QStringList &positional, CommandLine &cl) const;
    /// The help lines of the verb.
    static QString helpText();

private:
    QCommandLineOption m_match, m_status, m_retryAfter, m_delayMs, m_reset, m_close, m_truncate, m_phase, m_first,
        m_every, m_forSeconds, m_probability, m_overPerMinute, m_operation, m_targetName, m_disabled;
};

} // namespace scimmon
