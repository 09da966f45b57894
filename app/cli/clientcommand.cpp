#include "cli/clientcommand.h"

#include "oauth/oauthclientservice.h"
#include "oauth/tokenendpoint.h"
#include "store/storefactory.h"

#include <cstdio>

using namespace Qt::StringLiterals;

namespace scimmon {

namespace {

QString minute(const QDateTime &dt, const QString &none)
{
    return dt.isValid() ? dt.toUTC().toString(u"yyyy-MM-dd HH:mm"_s) : none;
}

int fail(const QString &message)
{
    std::fprintf(stderr, "scim-monitor: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int ClientCommand::run(const CommandLine &cl, const StoreConfig &storeConfig)
{
    QString error;
    StoreConfig config = storeConfig;
    config.mustExist = cl.clientAction != "create"_L1;
    auto store = StoreFactory::open(config, u"client-command"_s, &error);
    if (!store)
        return fail(error);
    OAuthClientService clients(*store);
    const QDateTime now = QDateTime::currentDateTimeUtc();

    if (cl.clientAction == "create"_L1) {
        const auto created = clients.create(cl.clientName, cl.clientLifetimeMinutes, &error);
        if (!created)
            return fail(error);
        std::printf("Created OAuth client \"%s\"; its access tokens live %d minutes.\n",
                    qPrintable(created->client.name), created->client.tokenLifetimeMinutes);
        std::printf("In the identity provider choose \"OAuth2 client credentials grant\" and enter the Token "
                    "Endpoint http://HOST:PORT%s (the Tenant URL's host), the Client Identifier and the Client "
                    "Secret below. The secret is shown only now.\n",
                    TokenEndpoint::kPath.data());
        std::printf("%s\n%s\n", qPrintable(created->client.clientId), qPrintable(created->secret));
        return 0;
    }
    if (cl.clientAction == "list"_L1) {
        const QList<OAuthClient> all = clients.clients();
        if (all.isEmpty()) {
            std::printf("No OAuth clients. Create one with: scim-monitor client create --name NAME\n");
            return 0;
        }
        std::printf("%-36s %-24s %-8s %-17s %-9s %-7s %-6s %s\n", "CLIENT IDENTIFIER", "NAME", "LIFETIME",
                    "CREATED (UTC)", "STATE", "SECRETS", "TOKENS", "WORKLOAD IDENTITY ISSUER");
        for (const OAuthClient &c : all)
            std::printf("%-36s %-24s %-8s %-17s %-9s %-7lld %-6d %s\n", qPrintable(c.clientId),
                        qPrintable(c.name.left(24)), qPrintable(u"%1 min"_s.arg(c.tokenLifetimeMinutes)),
                        qPrintable(minute(c.created, u"-"_s)), c.revoked.isValid() ? "revoked" : "active",
                        qlonglong(clients.liveSecrets(c.id, now).size()), clients.liveAccessTokens(c.id, now),
                        c.federation.isSet() ? qPrintable(c.federation.issuer) : "-");
        return 0;
    }
    const auto client = clients.find(cl.clientKey, &error);
    if (!client)
        return fail(error);
    if (cl.clientAction == "rotate"_L1) {
        const auto rotated = clients.rotate(client->id, cl.graceHours, &error);
        if (!rotated)
            return fail(error);
        std::printf("Added a new Client Secret to \"%s\"; the previous ones are refused from %s UTC on.\n",
                    qPrintable(client->name), qPrintable(minute(now.addSecs(qint64(cl.graceHours) * 3600), {})));
        std::printf("Paste it into the identity provider's Client Secret field. It is shown only now:\n%s\n",
                    qPrintable(rotated->secret));
        return 0;
    }
    if (cl.clientAction == "revoke"_L1) {
        if (!clients.revoke(client->id, &error))
            return fail(error);
        std::printf("Revoked OAuth client \"%s\" and its access tokens; requests with them are refused from now "
                    "on.\n",
                    qPrintable(client->name));
        return 0;
    }
    if (cl.clientAction == "remove"_L1) {
        if (!clients.remove(client->id, &error))
            return fail(error);
        std::printf("Deleted OAuth client \"%s\", its secrets and its access tokens.\n", qPrintable(client->name));
        return 0;
    }
    if (!clients.setFederation(client->id, cl.clientTrust, &error))
        return fail(error);
    std::printf("OAuth client \"%s\" now accepts jwt-bearer assertions from %s (keys: %s).\n", qPrintable(client->name),
                qPrintable(cl.clientTrust.issuer), qPrintable(cl.clientTrust.jwks));
    return 0;
}

} // namespace scimmon
