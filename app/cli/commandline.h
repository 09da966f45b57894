#pragma once

#include "model/faultrule.h"
#include "model/oauthclient.h"
#include "store/storeconfig.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace scimmon {

/// What the user asked for on the command line (QCommandLineParser), validated.
struct CommandLine
{
    enum class Mode { Gui, Headless, Token, ExportAudit, ExportLog, Seed, Simulate, Faults, Check, Client };
    Mode mode = Mode::Gui;
    QString dataDir; ///< --data-dir; empty: the platform's application-data location
    /// --store postgresql://USER@HOST[:PORT]/DB[?sslmode=MODE], parsed (StoreConfig::fromUrl());
    /// unset: the SQLite store in the data directory.
    std::optional<StoreConfig> store;
    /// --receiver-name NAME: recorded with this receiver's request-log rows, cycles, traffic and
    /// audit events on a shared store; empty: the host name.
    QString receiverName;
    QString listen; ///< --listen HOST:PORT; empty: the saved setting (default 127.0.0.1:8080)
    QString adminListen; ///< --headless --admin-listen HOST:PORT; empty: no admin endpoints
    QString tokenAction; ///< token: "create", "list", "revoke" or "rotate"
    QString tokenName; ///< token create --name
    int expiresInDays = 0; ///< token create --expires-in-days; 0: never
    qint64 tokenId = 0; ///< token revoke ID, token rotate ID
    int graceHours = 24; ///< token rotate --grace-hours: hours the old token stays valid; 0: none
    QString tlsCert; ///< --headless --tls-cert FILE: serve HTTPS with this certificate (PEM, DER, PKCS#12)
    QString tlsKey; ///< --headless --tls-key FILE: the certificate's private key (PEM)
    QString out; ///< export-*: --out FILE
    QDateTime from; ///< export-*: --from ISO (UTC); invalid: from the start
    QDateTime to; ///< export-*: --to ISO (UTC); invalid: up to now
    QStringList actions; ///< export-audit: --action A (repeatable); empty: all
    bool bom = false; ///< export-*: --bom, a UTF-8 byte order mark for Excel
    int seedUsers = 100; ///< seed --users
    int seedGroups = 10; ///< seed --groups
    int seedMembersPerGroup = 10; ///< seed --members-per-group
    QString simIdp; ///< simulate --idp: "entra" or "okta"
    QString simFlavor; ///< simulate --flavor; empty: default (Entra) or oin (Okta)
    QString simCycle; ///< simulate --cycle
    quint32 simSeed = 20261205; ///< simulate --seed
    QString simTarget; ///< simulate --target URL; empty: the app's own receiver
    QString simToken; ///< simulate --token
    QString simState; ///< simulate --state FILE; empty: a file in the data directory
    double simRate = 5.0; ///< simulate --rate: requests per second; 0: max
    QString simReport; ///< simulate --report FILE.json
    bool simInsecure = false; ///< simulate --insecure
    QString simObject; ///< simulate --object: the on-demand object
    int simTimeoutSeconds = 60; ///< simulate --timeout-seconds: per request
    QString faultsAction; ///< faults: "add", "list", "clear", "remove" or "profile"
    QString faultName; ///< faults remove NAME
    QString faultProfile; ///< faults profile NAME (a FaultProfiles key)
    std::optional<FaultRule> faultRule; ///< faults add: the rule, validated (FaultRule::problem())
    QString clientAction; ///< client: "create", "list", "rotate", "revoke", "remove" or "federate"
    QString clientKey; ///< client rotate|revoke|remove|federate CLIENT: a Client Identifier or name
    QString clientName; ///< client create --name
    int clientLifetimeMinutes = 60; ///< client create --token-lifetime-minutes
    FederationTrust clientTrust; ///< client federate --issuer, --subject, --audience, --jwks
    QString checkTarget; ///< check --target: the SCIM base URL to check
    QString checkToken; ///< check --token: its Secret Token
    QStringList checkSuites; ///< check --suite, expanded: any of "entra", "okta", "rfc" (default: all three)
    QString checkJson; ///< check --json FILE
    QString checkJunit; ///< check --junit FILE
    QString checkHtml; ///< check --html FILE
    bool checkInsecure = false; ///< check --insecure
    int checkTimeoutSeconds = 30; ///< check --timeout-seconds: per request
    QString checkTokenEndpoint; ///< check --token-endpoint URL (Validate_Credentials_Test)
    QString checkClientId; ///< check --client-id
    QString checkClientSecret; ///< check --client-secret

    /// True when the arguments ask for a mode without a window (so no QApplication is needed):
    /// --headless, --help, --version, or a verb such as `token`. Looked at before Qt starts.
    static bool wantsConsoleOnly(int argc, char **argv);

    /// Parses the running application's arguments. Prints help or version and exits for --help
    /// and --version; prints the problem and exits with status 2 for invalid arguments, and with
    /// status 1 for a --store URL that is not valid (before anything is opened or written).
    static CommandLine parse(const QStringList &arguments);
};

} // namespace scimmon
