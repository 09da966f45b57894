#include "cli/clientarguments.h"

#include "oauth/oauthclientservice.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace scimmon {

QList<QCommandLineOption> ClientArguments::options()
{
    return {
        QCommandLineOption(u"token-lifetime-minutes"_s,
                           u"client create: minutes the client's access tokens live, %1 to %2 (default %3)."_s
                               .arg(OAuthClientService::kMinLifetimeMinutes)
                               .arg(OAuthClientService::kMaxLifetimeMinutes)
                               .arg(OAuthClientService::kDefaultLifetimeMinutes),
                           u"N"_s),
        QCommandLineOption(u"issuer"_s, u"client federate: the issuer (iss) of the assertions the client sends."_s,
                           u"ISSUER"_s),
        QCommandLineOption(u"subject"_s, u"client federate: the subject (sub) they must name (default: any)."_s,
                           u"SUBJECT"_s),
        QCommandLineOption(u"audience"_s,
                           u"client federate: the audience (aud) they must name (default: the token endpoint URL)."_s,
                           u"AUDIENCE"_s),
        QCommandLineOption(u"jwks"_s, u"client federate: the issuer's JSON Web Key Set, an https:// URL or a file."_s,
                           u"URL|FILE"_s),
    };
}

QStringList ClientArguments::optionNames()
{
    return {u"token-lifetime-minutes"_s, u"issuer"_s, u"subject"_s, u"audience"_s, u"jwks"_s};
}

QString ClientArguments::helpText()
{
    return u"  client create --name NAME [--token-lifetime-minutes N]\n"
           "                                                   create an OAuth client for the token endpoint\n"
           "                                                   (/oauth2/token); prints its Client Identifier and\n"
           "                                                   then its Client Secret, each alone on the last two "
           "lines\n"
           "  client list                                      list the clients (never their secrets)\n"
           "  client rotate CLIENT [--grace-hours H]           add a new Client Secret; the others stay valid H hours\n"
           "                                                   (default 24; 0: refused at once); prints the new one\n"
           "  client revoke CLIENT                             revoke a client and its access tokens at once\n"
           "  client remove CLIENT                             delete a client, its secrets and its tokens\n"
           "  client federate CLIENT --issuer ISS --jwks URL|FILE [--subject SUB] [--audience AUD]\n"
           "                                                   accept jwt-bearer assertions (workload identity)\n"
           "                                                   from this issuer for the client\n"
           "                                                   (CLIENT: a Client Identifier or a client's name)\n"_s;
}

QString ClientArguments::read(const QCommandLineParser &parser, const QStringList &positional, CommandLine &cl)
{
    cl.mode = CommandLine::Mode::Client;
    cl.clientAction = positional.value(0);
    const QString &action = cl.clientAction;
    const bool federate = action == "federate"_L1;
    for (const QString &option : {u"issuer"_s, u"subject"_s, u"audience"_s, u"jwks"_s})
        if (parser.isSet(option) && !federate)
            return u"--%1 belongs to 'client federate'."_s.arg(option);
    if (parser.isSet(u"token-lifetime-minutes"_s) && action != "create"_L1)
        return u"--token-lifetime-minutes belongs to 'client create'."_s;
    if (parser.isSet(u"name"_s) && action != "create"_L1)
        return u"--name belongs to 'client create'; name a client as the argument after the action."_s;

    if (action == "create"_L1) {
        if (positional.size() != 1)
            return u"'client create' takes no further arguments."_s;
        cl.clientName = parser.value(u"name"_s);
        if (cl.clientName.trimmed().isEmpty())
            return u"'client create' needs --name NAME."_s;
        if (parser.isSet(u"token-lifetime-minutes"_s)) {
            bool ok = false;
            cl.clientLifetimeMinutes = parser.value(u"token-lifetime-minutes"_s).toInt(&ok);
            if (!ok || cl.clientLifetimeMinutes < OAuthClientService::kMinLifetimeMinutes
                || cl.clientLifetimeMinutes > OAuthClientService::kMaxLifetimeMinutes)
                return u"--token-lifetime-minutes takes a number of minutes from %1 to %2."_s
                    .arg(OAuthClientService::kMinLifetimeMinutes)
                    .arg(OAuthClientService::kMaxLifetimeMinutes);
        }
        return QString();
    }
    if (action == "list"_L1)
        return positional.size() == 1 ? QString() : u"'client list' takes no further arguments."_s;
    const QStringList withClient{u"rotate"_s, u"revoke"_s, u"remove"_s, u"federate"_s};
    if (!withClient.contains(action))
        return u"'client' needs one of: create, list, rotate, revoke, remove, federate."_s;
    if (positional.size() != 2 || positional.at(1).trimmed().isEmpty())
        return u"'client %1' takes the client's Client Identifier or name (see 'client list')."_s.arg(action);
    cl.clientKey = positional.at(1);
    if (federate) {
        cl.clientTrust.issuer = parser.value(u"issuer"_s);
        cl.clientTrust.subject = parser.value(u"subject"_s);
        cl.clientTrust.audience = parser.value(u"audience"_s);
        cl.clientTrust.jwks = parser.value(u"jwks"_s);
        if (cl.clientTrust.issuer.trimmed().isEmpty() || cl.clientTrust.jwks.trimmed().isEmpty())
            return u"'client federate' needs --issuer ISSUER and --jwks URL|FILE."_s;
    }
    return QString();
}

} // namespace scimmon
