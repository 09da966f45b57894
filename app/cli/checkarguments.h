#pragma once

#include "cli/commandline.h"

#include <QCommandLineOption>
#include <QList>
#include <QString>

class QCommandLineParser;

namespace scimmon {

/// The arguments of `scim-monitor check`: its own options (--suite, --json, --junit, --html,
/// --token-endpoint, --client-id, --client-secret, --i-accept-side-effects) and the reading of those it shares with
/// `simulate` (--target, --token,
/// --insecure, --timeout-seconds) into CommandLine's check fields.
class CheckArguments
{
public:
    /// The options only `check` takes, for QCommandLineParser::addOptions().
    static QList<QCommandLineOption> options();
    /// Their names ("suite", "json", …), to refuse them with another verb.
    static QStringList optionNames();
    /// Reads and validates `check`'s arguments from `parser` into `cl` (mode Check, target, token,
    /// suites expanded from --suite, report paths, TLS leniency, timeout). Returns the problem in a
    /// sentence for the user (CommandLine::parse() prints it and exits with status 2), or an empty
    /// string. Without --i-accept-side-effects it refuses, naming what the check would create.
    static QString read(const QCommandLineParser &parser, CommandLine &cl);
};

} // namespace scimmon
