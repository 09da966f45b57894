#include "cli/commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

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
    static const char *valueOptions[] = {
        "--data-dir", "--listen",       "--name",   "--expires-in-days",   "--out",         "--from",     "--to",
        "--action",   "--users",        "--groups", "--members-per-group", "--grace-hours", "--tls-cert", "--tls-key",
        "--store",    "--receiver-name"};
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
        "http://HOST:PORT/scim/v2 (https:// with a certificate).\n\n"
        "Commands:\n"
        "  token create --name NAME [--expires-in-days N]   create a Secret Token; prints it alone on the last line\n"
        "  token list                                       list the tokens (never their secrets)\n"
        "  token revoke ID                                  revoke a token at once\n"
        "  token rotate ID [--grace-hours H]                create a successor; the old token stays valid H hours\n"
        "                                                   (default 24; 0: refused at once); prints the new token\n"
        "  export-audit --out FILE [--from ISO] [--to ISO] [--action A ...] [--bom]\n"
        "                                                   write the audit trail as CSV (docs/audit-csv.md)\n"
        "  export-log --out FILE [--from ISO] [--to ISO] [--bom]\n"
        "                                                   write the request log as CSV (one row per request)\n"
        "  seed [--users N] [--groups G] [--members-per-group M]\n"
        "                                                   fill the store with realistic demo identities"_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption headless(u"headless"_s, u"Run the receiver without a window until SIGINT or SIGTERM."_s);
    const QCommandLineOption dataDir(u"data-dir"_s,
                                     u"Keep the database and settings of this instance in DIR "
                                     "(default: the platform's application-data folder)."_s,
                                     u"DIR"_s);
    const QCommandLineOption store(
        u"store"_s,
        u"Keep the directory, tokens and logs in this PostgreSQL database instead of the SQLite file in the data "
        "directory, e.g. postgresql://scim@db.example.com:5432/scim?sslmode=require; several receivers may share "
        "it. The password comes from PGPASSWORD, the file named by PGPASSFILE, or ~/.pgpass."_s,
        u"URL"_s);
    const QCommandLineOption receiverName(
        u"receiver-name"_s,
        u"The name recorded with this receiver's requests, cycles, traffic and audit events in the store, to tell "
        "receivers sharing one database apart (default: the host name)."_s,
        u"NAME"_s);
    const QCommandLineOption listen(
        u"listen"_s, u"Listen on HOST:PORT (default 127.0.0.1:8080; port 0 picks a free port)."_s, u"HOST:PORT"_s);
    const QCommandLineOption name(u"name"_s, u"token create: the token's label, e.g. \"Entra ID\"."_s, u"NAME"_s);
    const QCommandLineOption expires(u"expires-in-days"_s,
                                     u"token create: days until the token expires (default: never)."_s, u"N"_s);
    const QCommandLineOption grace(
        u"grace-hours"_s, u"token rotate: hours the old token keeps working (default 24; 0: refused at once)."_s,
        u"H"_s);
    const QCommandLineOption tlsCert(u"tls-cert"_s,
                                     u"--headless: serve HTTPS (TLS 1.2 or newer) with this certificate: PEM with any "
                                     "intermediates, DER, or PKCS#12 (.p12/.pfx)."_s,
                                     u"FILE"_s);
    const QCommandLineOption tlsKey(
        u"tls-key"_s, u"--headless: the certificate's private key in PEM (not needed for PKCS#12)."_s, u"FILE"_s);
    const QCommandLineOption out(u"out"_s, u"export-*: the CSV file to write."_s, u"FILE"_s);
    const QCommandLineOption from(u"from"_s, u"export-*: first moment to include (ISO 8601, UTC unless it says)."_s,
                                  u"ISO"_s);
    const QCommandLineOption to(
        u"to"_s, u"export-*: last moment to include (ISO 8601; a date includes that whole day)."_s, u"ISO"_s);
    const QCommandLineOption action(u"action"_s,
                                    u"export-audit: only this action (repeatable), e.g. user.deactivated."_s, u"A"_s);
    const QCommandLineOption bom(u"bom"_s, u"export-*: start the file with a UTF-8 byte order mark (for Excel)."_s);
    const QCommandLineOption users(u"users"_s, u"seed: users to create (default 100)."_s, u"N"_s);
    const QCommandLineOption groups(u"groups"_s, u"seed: groups to create (default 10)."_s, u"G"_s);
    const QCommandLineOption membersPerGroup(u"members-per-group"_s, u"seed: members per group (default 10)."_s,
                                             u"M"_s);
    parser.addOptions({headless, dataDir, store, receiverName, listen, name, expires, grace, tlsCert, tlsKey, out, from,
                       to, action, bom, users, groups, membersPerGroup});
    parser.addPositionalArgument(
        u"command"_s, u"Optional command: token, export-audit, export-log or seed (see above)."_s, u"[command]"_s);

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
    cl.receiverName = parser.value(receiverName).trimmed();
    if (parser.isSet(store)) {
        QString error;
        cl.store = StoreConfig::fromUrl(parser.value(store), &error);
        if (!cl.store) {
            std::fprintf(stderr, "scim-monitor: %s\n", qPrintable(error));
            std::exit(1);
        }
    }
    cl.listen = parser.value(listen);
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        cl.mode = parser.isSet(headless) ? Mode::Headless : Mode::Gui;
        if (parser.isSet(name) || parser.isSet(expires))
            usageError(u"--name and --expires-in-days belong to 'token create'."_s);
        if (parser.isSet(grace))
            usageError(u"--grace-hours belongs to 'token rotate'."_s);
        if ((parser.isSet(tlsCert) || parser.isSet(tlsKey)) && cl.mode != Mode::Headless)
            usageError(u"--tls-cert and --tls-key go with --headless; the window takes them in Settings."_s);
        if (parser.isSet(tlsKey) && !parser.isSet(tlsCert))
            usageError(u"--tls-key needs --tls-cert FILE."_s);
        cl.tlsCert = parser.value(tlsCert);
        cl.tlsKey = parser.value(tlsKey);
        return cl;
    }
    const QString verb = positional.first();
    if (parser.isSet(headless))
        usageError(u"--headless does not go with '%1'."_s.arg(verb));
    if (parser.isSet(tlsCert) || parser.isSet(tlsKey))
        usageError(u"--tls-cert and --tls-key go with --headless."_s);
    if (parser.isSet(grace) && (verb != "token"_L1 || positional.value(1) != "rotate"_L1))
        usageError(u"--grace-hours belongs to 'token rotate'."_s);
    auto number = [&](const QCommandLineOption &option, int fallback, int max) {
        if (!parser.isSet(option))
            return fallback;
        bool ok = false;
        const int n = parser.value(option).toInt(&ok);
        if (!ok || n < 0 || n > max)
            usageError(u"--%1 takes a number from 0 to %2."_s.arg(option.names().first()).arg(max));
        return n;
    };
    // ISO 8601: a date (the whole day: from its first to its last millisecond) or a date and time,
    // in UTC unless a zone (Z or ±hh:mm) says otherwise. Anything else is refused.
    auto moment = [&](const QCommandLineOption &option, bool endOfDay) {
        if (!parser.isSet(option))
            return QDateTime();
        const QString text = parser.value(option).trimmed();
        static const QRegularExpression dateOnly(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
        static const QRegularExpression dateTime(
            u"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,3})?)?(Z|[+-]\\d{2}:?\\d{2})?$"_s);
        static const QRegularExpression zone(u"(Z|[+-]\\d{2}:?\\d{2})$"_s);
        QDateTime t;
        if (dateOnly.match(text).hasMatch()) {
            const QDate day = QDate::fromString(text, Qt::ISODate);
            if (day.isValid())
                t = endOfDay ? QDateTime(day, QTime(23, 59, 59, 999), Qt::UTC) : QDateTime(day, QTime(0, 0), Qt::UTC);
        } else if (dateTime.match(text).hasMatch()) {
            t = QDateTime::fromString(text, Qt::ISODateWithMs);
            if (t.isValid() && !zone.match(text.mid(10)).hasMatch())
                t = QDateTime(t.date(), t.time(), Qt::UTC); // no zone: UTC, not local time
        }
        if (!t.isValid())
            usageError(u"--%1 takes an ISO 8601 date or time such as 2026-11-29 or 2026-11-29T08:00:00Z; "
                       "'%2' is not one."_s.arg(option.names().first(), text));
        return t.toUTC();
    };
    auto period = [&](CommandLine &line) {
        line.from = moment(from, false);
        line.to = moment(to, true);
        if (line.from.isValid() && line.to.isValid() && line.from > line.to)
            usageError(u"--from is later than --to."_s);
    };
    if (verb == "export-audit"_L1) {
        if (positional.size() != 1)
            usageError(u"'export-audit' takes no further arguments."_s);
        cl.mode = Mode::ExportAudit;
        cl.out = parser.value(out);
        if (cl.out.isEmpty())
            usageError(u"'export-audit' needs --out FILE."_s);
        period(cl);
        cl.actions = parser.values(action);
        cl.bom = parser.isSet(bom);
        return cl;
    }
    if (verb == "export-log"_L1) {
        if (positional.size() != 1)
            usageError(u"'export-log' takes no further arguments."_s);
        if (parser.isSet(action))
            usageError(u"--action belongs to 'export-audit'."_s);
        cl.mode = Mode::ExportLog;
        cl.out = parser.value(out);
        if (cl.out.isEmpty())
            usageError(u"'export-log' needs --out FILE."_s);
        period(cl);
        cl.bom = parser.isSet(bom);
        return cl;
    }
    if (verb == "seed"_L1) {
        if (positional.size() != 1)
            usageError(u"'seed' takes no further arguments."_s);
        cl.mode = Mode::Seed;
        cl.seedUsers = number(users, 100, 10'000'000);
        cl.seedGroups = number(groups, 10, 1'000'000);
        cl.seedMembersPerGroup = number(membersPerGroup, 10, 1'000'000);
        return cl;
    }
    if (verb != "token"_L1)
        usageError(u"unknown command '%1'; the commands are token, export-audit, export-log and seed."_s.arg(verb));
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
    } else if (cl.tokenAction == "rotate"_L1) {
        bool ok = false;
        cl.tokenId = positional.value(2).toLongLong(&ok);
        if (positional.size() != 3 || !ok || cl.tokenId <= 0)
            usageError(u"'token rotate' takes the token's ID (see 'token list')."_s);
        cl.graceHours = number(grace, 24, 24 * 365);
    } else {
        usageError(u"'token' needs one of: create, list, revoke, rotate."_s);
    }
    return cl;
}

} // namespace scimmon
