#include "commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>
#include <cstring>

using namespace Qt::StringLiterals;

namespace scimmon {

namespace {

[[noreturn]] void usageError(const QString &message)
{
    std::fprintf(stderr, "scim-monitor: %s\nRun 'scim-monitor --help' for usage.\n", qPrintable(message));
    std::exit(2);
}

} // namespace

bool CommandLine::wantsConsoleOnly(int argc, char **argv)
{
    static const char *valueOptions[] = {"--data-dir", "--listen", "--name", "--expires-in-days"};
    for (int i = 1; i < argc; ++i) {
        const char *a = argv[i];
        for (const char *flag : {"--headless", "-h", "--help", "--help-all", "-v", "--version"})
            if (std::strcmp(a, flag) == 0)
                return true;
        bool takesValue = false;
        for (const char *opt : valueOptions)
            takesValue = takesValue || std::strcmp(a, opt) == 0;
        if (takesValue) {
            ++i;
            continue;
        }
        if (a[0] != '-')
            return true; // a verb such as `token`
    }
    return false;
}

CommandLine CommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"SCIM 2.0 receiver and provisioning monitor for Microsoft Entra ID and Okta.\n\n"
        "Without arguments it opens the window and starts the receiver on the saved listen address "
        "(default 127.0.0.1:8080); the Tenant URL to give the identity provider is "
        "http://HOST:PORT/scim/v2.\n\n"
        "Commands:\n"
        "  token create --name NAME [--expires-in-days N]   create a Secret Token; prints it alone on the last line\n"
        "  token list                                       list the tokens (never their secrets)\n"
        "  token revoke ID                                  revoke a token at once"_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption headless(u"headless"_s, u"Run the receiver without a window until SIGINT or SIGTERM."_s);
    const QCommandLineOption dataDir(u"data-dir"_s,
                                     u"Keep the database and settings of this instance in DIR "
                                     "(default: the platform's application-data folder)."_s,
                                     u"DIR"_s);
    const QCommandLineOption listen(
        u"listen"_s, u"Listen on HOST:PORT (default 127.0.0.1:8080; port 0 picks a free port)."_s, u"HOST:PORT"_s);
    const QCommandLineOption name(u"name"_s, u"token create: the token's label, e.g. \"Entra ID\"."_s, u"NAME"_s);
    const QCommandLineOption expires(u"expires-in-days"_s,
                                     u"token create: days until the token expires (default: never)."_s, u"N"_s);
    parser.addOptions({headless, dataDir, listen, name, expires});
    parser.addPositionalArgument(u"command"_s, u"Optional command: token."_s, u"[command]"_s);

    if (!parser.parse(arguments))
        usageError(parser.errorText());
    if (parser.isSet(u"help"_s)) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        std::exit(0);
    }
    if (parser.isSet(u"version"_s)) {
        std::printf("%s %s\n", qPrintable(QCoreApplication::applicationName()),
                    qPrintable(QCoreApplication::applicationVersion()));
        std::exit(0);
    }

    CommandLine cl;
    cl.dataDir = parser.value(dataDir);
    cl.listen = parser.value(listen);
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        cl.mode = parser.isSet(headless) ? Mode::Headless : Mode::Gui;
        if (parser.isSet(name) || parser.isSet(expires))
            usageError(u"--name and --expires-in-days belong to 'token create'."_s);
        return cl;
    }
    if (positional.first() != "token"_L1)
        usageError(u"unknown command '%1'; the command is 'token'."_s.arg(positional.first()));
    if (parser.isSet(headless))
        usageError(u"--headless does not go with 'token'."_s);
    cl.mode = Mode::Token;
    cl.tokenAction = positional.value(1);
    if (cl.tokenAction == "create"_L1) {
        if (positional.size() != 2)
            usageError(u"'token create' takes no further arguments."_s);
        cl.tokenName = parser.value(name);
        if (cl.tokenName.trimmed().isEmpty())
            usageError(u"'token create' needs --name NAME."_s);
        if (parser.isSet(expires)) {
            bool ok = false;
            cl.expiresInDays = parser.value(expires).toInt(&ok);
            if (!ok || cl.expiresInDays < 0 || cl.expiresInDays > 36500)
                usageError(u"--expires-in-days takes a number of days from 0 (never) to 36500."_s);
        }
    } else if (cl.tokenAction == "list"_L1) {
        if (positional.size() != 2)
            usageError(u"'token list' takes no further arguments."_s);
    } else if (cl.tokenAction == "revoke"_L1) {
        bool ok = false;
        cl.tokenId = positional.value(2).toLongLong(&ok);
        if (positional.size() != 3 || !ok || cl.tokenId <= 0)
            usageError(u"'token revoke' takes the token's ID (see 'token list')."_s);
    } else {
        usageError(u"'token' needs one of: create, list, revoke."_s);
    }
    return cl;
}

} // namespace scimmon
