#include "cli/commandline.h"

#include "cli/checkarguments.h"
#include "cli/clientarguments.h"
#include "cli/faultsoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

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
    static const char *valueOptions[] = {"--data-dir",
                                         "--listen",
                                         "--name",
                                         "--expires-in-days",
                                         "--out",
                                         "--from",
                                         "--to",
                                         "--action",
                                         "--users",
                                         "--groups",
                                         "--members-per-group",
                                         "--grace-hours",
                                         "--tls-cert",
                                         "--tls-key",
                                         "--idp",
                                         "--flavor",
                                         "--cycle",
                                         "--seed",
                                         "--target",
                                         "--token",
                                         "--state",
                                         "--rate",
                                         "--report",
                                         "--object",
                                         "--timeout-seconds",
                                         "--store",
                                         "--receiver-name",
                                         "--match",
                                         "--status",
                                         "--retry-after",
                                         "--delay-ms",
                                         "--phase",
                                         "--first",
                                         "--every",
                                         "--for-seconds",
                                         "--probability",
                                         "--over-per-minute",
                                         "--operation",
                                         "--target-name",
                                         "--suite",
                                         "--json",
                                         "--junit",
                                         "--html",
                                         "--token-endpoint",
                                         "--client-id",
                                         "--client-secret"};
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
        "                                                   fill the store with realistic demo identities\n"
        "  simulate --idp entra|okta [--flavor default|aadOptscim062020|oin|aiw]\n"
        "           --cycle test-connection|initial|incremental|on-demand\n"
        "           [--users N] [--groups G] [--members-per-group M] [--seed S]\n"
        "           (--target URL --token TOKEN | --data-dir DIR)\n"
        "           [--state FILE] [--rate REQUESTS_PER_S|idp|max] [--report FILE.json] [--insecure]\n"
        "           [--object NAME] [--timeout-seconds S]\n"
        "                                                   play the identity provider: send a provisioning cycle\n"
        "                                                   as Entra ID or Okta would, to the app's own receiver\n"
        "                                                   (default) or to any SCIM base URL; exit 0 when every\n"
        "                                                   object ended as planned, 1 when some failed, 2 for bad\n"
        "                                                   arguments, an unreachable target or a refused token\n"
        "  check --target URL --token TOKEN [--suite entra|okta|rfc|all] [--json FILE] [--junit FILE]\n"
        "        [--html FILE] [--insecure] [--timeout-seconds S]\n"
        "        [--token-endpoint URL --client-id ID --client-secret SECRET] --i-accept-side-effects\n"
        "                                                   check any SCIM server the way Entra ID and Okta will\n"
        "                                                   (Microsoft's validation tests, Okta's SPEC test, RFC\n"
        "                                                   7643/7644 probes); creates users and groups named\n"
        "                                                   scimcheck-… and deletes them again; exit 0 when every\n"
        "                                                   applicable test passes, 1 when some fail, 2 for bad\n"
        "                                                   arguments, an unreachable target or a refused token\n"_s
        + FaultsOptions::helpText() + ClientArguments::helpText());
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
    const QCommandLineOption adminListen(
        u"admin-listen"_s,
        u"--headless: serve /metrics (Prometheus), /livez and /readyz on HOST:PORT, apart from the Tenant URL "
        "(a PORT alone: on loopback)."_s,
        u"HOST:PORT"_s);
    const QCommandLineOption name(
        u"name"_s,
        u"token create: the token's label, e.g. \"Entra ID\"; client create: the client's name; faults add: the "
        "rule's name."_s,
        u"NAME"_s);
    const QCommandLineOption expires(u"expires-in-days"_s,
                                     u"token create: days until the token expires (default: never)."_s, u"N"_s);
    const QCommandLineOption grace(
        u"grace-hours"_s,
        u"token rotate, client rotate: hours the old token or secrets keep working (default 24; 0: refused at "
        "once)."_s,
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
    const QCommandLineOption idp(
        u"idp"_s,
        u"simulate: the identity provider to play, entra or okta; faults add: only requests from entra, okta or other."_s,
        u"IDP"_s);
    const QCommandLineOption flavor(u"flavor"_s,
                                    u"simulate: Entra's PATCH dialect (default, aadOptscim062020) or Okta's app "
                                    "flavour (oin, aiw); default: default for Entra, oin for Okta."_s,
                                    u"FLAVOR"_s);
    const QCommandLineOption cycle(u"cycle"_s, u"simulate: test-connection, initial, incremental or on-demand."_s,
                                   u"CYCLE"_s);
    const QCommandLineOption seed(
        u"seed"_s,
        u"simulate: the seed of a new simulated directory (default 20261205); faults add --probability: the seed of "
        "the rule's random sequence."_s,
        u"S"_s);
    const QCommandLineOption target(
        u"target"_s,
        u"simulate: the Tenant URL (SCIM base URL) to provision; default: the app's own receiver. check: the SCIM "
        "base URL to check."_s,
        u"URL"_s);
    const QCommandLineOption token(u"token"_s, u"simulate, check: the Secret Token of --target."_s, u"TOKEN"_s);
    const QCommandLineOption state(u"state"_s,
                                   u"simulate: the state file (directory, object connections, escrows); default: "
                                   "simulator/ in the data directory."_s,
                                   u"FILE"_s);
    const QCommandLineOption rate(u"rate"_s,
                                  u"simulate: requests per second at most, idp (an IdP-like pace, the default: "
                                  "5/s, a 100-user cycle in about a minute) or max."_s,
                                  u"R"_s);
    const QCommandLineOption report(u"report"_s, u"simulate: write the JSON report to FILE."_s, u"FILE"_s);
    const QCommandLineOption insecure(u"insecure"_s, u"simulate, check: accept any TLS certificate of --target."_s);
    const QCommandLineOption object(u"object"_s,
                                    u"simulate --cycle on-demand: the user (userPrincipalName or objectId) or group "
                                    "(displayName) to provision; default: the first user."_s,
                                    u"NAME"_s);
    const QCommandLineOption timeoutSeconds(
        u"timeout-seconds"_s,
        u"simulate: seconds to wait for each answer (default 60, as Entra and Okta); check: default 30."_s, u"S"_s);
    parser.addOptions(CheckArguments::options());
    parser.addOptions(ClientArguments::options());
    const FaultsOptions faults;
    parser.addOptions(faults.options());
    parser.addOption(adminListen);
    parser.addOptions({headless, dataDir, store,         receiverName, listen, name,  expires, grace,  tlsCert,
                       tlsKey,   out,     from,          to,           action, bom,   users,   groups, membersPerGroup,
                       idp,      flavor,  cycle,         seed,         target, token, state,   rate,   report,
                       insecure, object,  timeoutSeconds});
    parser.addPositionalArgument(
        u"command"_s,
        u"Optional command: token, client, export-audit, export-log, seed, simulate, faults or check (see above)."_s,
        u"[command]"_s);

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
        for (const QCommandLineOption &option : faults.options())
            if (parser.isSet(option))
                usageError(u"--%1 belongs to 'faults add'."_s.arg(option.names().first()));
        if ((parser.isSet(tlsCert) || parser.isSet(tlsKey)) && cl.mode != Mode::Headless)
            usageError(u"--tls-cert and --tls-key go with --headless; the window takes them in Settings."_s);
        if (parser.isSet(tlsKey) && !parser.isSet(tlsCert))
            usageError(u"--tls-key needs --tls-cert FILE."_s);
        cl.tlsCert = parser.value(tlsCert);
        cl.tlsKey = parser.value(tlsKey);
        if (parser.isSet(adminListen) && cl.mode != Mode::Headless)
            usageError(u"--admin-listen goes with --headless."_s);
        cl.adminListen = parser.value(adminListen);
        return cl;
    }
    const QString verb = positional.first();
    if (parser.isSet(headless))
        usageError(u"--headless does not go with '%1'."_s.arg(verb));
    if (parser.isSet(adminListen))
        usageError(u"--admin-listen goes with --headless."_s);
    if (parser.isSet(tlsCert) || parser.isSet(tlsKey))
        usageError(u"--tls-cert and --tls-key go with --headless."_s);
    if (parser.isSet(grace) && ((verb != "token"_L1 && verb != "client"_L1) || positional.value(1) != "rotate"_L1))
        usageError(u"--grace-hours belongs to 'token rotate' and 'client rotate'."_s);
    auto number = [&](const QCommandLineOption &option, int fallback, int max) {
        if (!parser.isSet(option))
            return fallback;
        bool ok = false;
        const int n = parser.value(option).toInt(&ok);
        if (!ok || n < 0 || n > max)
            usageError(u"--%1 takes a number from 0 to %2."_s.arg(option.names().first()).arg(max));
        return n;
    };
    if (verb != "client"_L1)
        for (const QString &option : ClientArguments::optionNames())
            if (parser.isSet(option))
                usageError(u"--%1 belongs to 'client'."_s.arg(option));
    if (verb == "client"_L1) {
        if (parser.isSet(listen))
            usageError(u"--listen does not go with 'client'."_s);
        if (const QString problem = ClientArguments::read(parser, positional.mid(1), cl); !problem.isEmpty())
            usageError(problem);
        cl.graceHours = number(grace, 24, 24 * 365);
        return cl;
    }
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
    if (verb != "faults"_L1)
        for (const QCommandLineOption &option : faults.options())
            if (parser.isSet(option))
                usageError(u"--%1 belongs to 'faults add'."_s.arg(option.names().first()));
    if (verb == "faults"_L1) {
        for (const QCommandLineOption &option :
             {flavor, cycle, target, token, state, rate, report, insecure, object, timeoutSeconds, out, from, to,
              action, bom, users, groups, membersPerGroup, expires})
            if (parser.isSet(option))
                usageError(u"--%1 does not go with 'faults'."_s.arg(option.names().first()));
        if (parser.isSet(listen))
            usageError(u"--listen does not go with 'faults'."_s);
        cl.mode = Mode::Faults;
        const QString problem = faults.read(parser, positional.mid(1), cl);
        if (!problem.isEmpty())
            usageError(problem);
        return cl;
    }
    if (verb != "check"_L1)
        for (const QString &option : CheckArguments::optionNames())
            if (parser.isSet(option))
                usageError(u"--%1 belongs to 'check'."_s.arg(option));
    if (verb == "check"_L1) {
        if (const QString problem = CheckArguments::read(parser, cl); !problem.isEmpty())
            usageError(problem);
        return cl;
    }
    const QList<QCommandLineOption> simulateOnly{idp,   flavor, cycle,  seed,     target, token,
                                                 state, rate,   report, insecure, object, timeoutSeconds};
    if (verb != "simulate"_L1)
        for (const QCommandLineOption &option : simulateOnly)
            if (parser.isSet(option))
                usageError(u"--%1 belongs to 'simulate'."_s.arg(option.names().first()));
    if (verb == "simulate"_L1) {
        if (positional.size() != 1)
            usageError(u"'simulate' takes no further arguments."_s);
        if (parser.isSet(listen))
            usageError(u"--listen does not go with 'simulate'; the own receiver listens on a free loopback port."_s);
        cl.mode = Mode::Simulate;
        cl.simIdp = parser.value(idp).toLower();
        if (cl.simIdp != "entra"_L1 && cl.simIdp != "okta"_L1)
            usageError(u"'simulate' needs --idp entra or --idp okta."_s);
        cl.simCycle = parser.value(cycle);
        if (cl.simCycle.isEmpty())
            usageError(u"'simulate' needs --cycle test-connection, initial, incremental or on-demand."_s);
        if (cl.simCycle != "test-connection"_L1 && cl.simCycle != "initial"_L1 && cl.simCycle != "incremental"_L1
            && cl.simCycle != "on-demand"_L1)
            usageError(
                u"--cycle takes test-connection, initial, incremental or on-demand, not '%1'."_s.arg(cl.simCycle));
        cl.simFlavor = parser.value(flavor);
        if (cl.simFlavor.isEmpty())
            cl.simFlavor = cl.simIdp == "okta"_L1 ? u"oin"_s : u"default"_s;
        const QString f = cl.simFlavor.toLower();
        const bool entraFlavor = f == "default"_L1 || f == "aadoptscim062020"_L1;
        const bool oktaFlavor = f == "oin"_L1 || f == "aiw"_L1;
        if (!entraFlavor && !oktaFlavor)
            usageError(u"--flavor takes default, aadOptscim062020, oin or aiw, not '%1'."_s.arg(cl.simFlavor));
        if ((cl.simIdp == "entra"_L1) != entraFlavor)
            usageError(
                u"--flavor %1 does not belong to --idp %2 (Entra: default, aadOptscim062020; Okta: oin, aiw)."_s.arg(
                    cl.simFlavor, cl.simIdp));
        if (cl.simIdp == "okta"_L1 && cl.simCycle == "on-demand"_L1)
            usageError(u"--cycle on-demand is provision on demand, an Entra ID feature."_s);
        if (parser.isSet(object) && cl.simCycle != "on-demand"_L1)
            usageError(u"--object goes with --cycle on-demand."_s);
        cl.simObject = parser.value(object);
        cl.seedUsers = number(users, 100, 1'000'000);
        cl.seedGroups = number(groups, 10, 100'000);
        cl.seedMembersPerGroup = number(membersPerGroup, 10, 1'000'000);
        if (parser.isSet(seed)) {
            bool ok = false;
            const qulonglong s = parser.value(seed).toULongLong(&ok);
            if (!ok || s > 0xffffffffULL)
                usageError(u"--seed takes a number from 0 to 4294967295."_s);
            cl.simSeed = quint32(s);
        }
        cl.simTarget = parser.value(target);
        cl.simToken = parser.value(token);
        if (!cl.simTarget.isEmpty()) {
            const QUrl url(cl.simTarget, QUrl::StrictMode);
            if (!url.isValid() || (url.scheme() != "http"_L1 && url.scheme() != "https"_L1) || url.host().isEmpty())
                usageError(u"--target takes the Tenant URL, an http:// or https:// URL such as "
                           "https://scim.example.com/scim/v2; '%1' is not one."_s.arg(cl.simTarget));
            if (cl.simToken.isEmpty())
                usageError(u"--target needs --token TOKEN (the Secret Token)."_s);
        } else if (parser.isSet(token)) {
            usageError(u"--token goes with --target; the own receiver gets a Secret Token made for the run."_s);
        } else if (parser.isSet(insecure)) {
            usageError(u"--insecure goes with --target."_s);
        }
        cl.simState = parser.value(state);
        cl.simReport = parser.value(report);
        cl.simInsecure = parser.isSet(insecure);
        if (parser.isSet(rate)) {
            const QString r = parser.value(rate).toLower();
            bool ok = false;
            const double perSecond = r.toDouble(&ok);
            if (r == "max"_L1)
                cl.simRate = 0;
            else if (r == "idp"_L1)
                cl.simRate = 5.0;
            else if (ok && perSecond > 0 && perSecond <= 100000)
                cl.simRate = perSecond;
            else
                usageError(u"--rate takes a number of requests per second (up to 100000), idp or max."_s);
        }
        cl.simTimeoutSeconds = number(timeoutSeconds, 60, 3600);
        if (cl.simTimeoutSeconds == 0)
            usageError(u"--timeout-seconds takes a number from 1 to 3600."_s);
        return cl;
    }
    if (verb != "token"_L1)
        usageError(u"unknown command '%1'; the commands are token, client, export-audit, export-log, seed, simulate, "
                   "faults and check."_s.arg(verb));
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
