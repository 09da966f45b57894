#pragma once

#include "cli/commandline.h"

#include <QCommandLineOption>
#include <QList>
#include <QString>

class QCommandLineParser;

namespace scimmon {

/// The arguments of `scim-monitor client` (create, list, rotate, revoke, remove, federate): the
/// options only it takes (--token-lifetime-minutes, --issuer, --subject, --audience, --jwks) and
/// the reading of those it shares (--name, --grace-hours) into CommandLine's client fields.
class ClientArguments
{
public:
    /// The options only `client` takes, for QCommandLineParser::addOptions().
    static QList<QCommandLineOption> options();
    /// Their names, to refuse them with another verb.
    static QStringList optionNames();
    /// Reads and validates `client ACTION …` (`positional` without the verb) from `parser` into
    /// `cl` (mode Client). Returns the problem in a sentence for the user (CommandLine::parse()
    /// prints it and exits with status 2), or an empty string. Nothing is stored here.
    static QString read(const QCommandLineParser &parser, const QStringList &positional, CommandLine &cl);
    /// The help lines of the verb.
    static QString helpText();
};

} // namespace scimmon
