#include "cli/tokencommand.h"

#include "service/tokenservice.h"
#include "store/storefactory.h"

#include <cstdio>

using namespace Qt::StringLiterals;

namespace scimmon {

namespace {

QString day(const QDateTime &dt, const QString &none)
{
    return dt.isValid() ? dt.toUTC().toString(u"yyyy-MM-dd HH:mm"_s) : none;
}

int fail(const QString &message)
{
    std::fprintf(stderr, "scim-monitor: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int TokenCommand::run(const CommandLine &cl, const StoreConfig &storeConfig)
{
    QString error;
    StoreConfig config = storeConfig;
    config.mustExist = cl.tokenAction == "list"_L1;
    auto store = StoreFactory::open(config, u"token-command"_s, &error);
    if (!store)
        return fail(error);
    TokenService tokens(*store);

    if (cl.tokenAction == "create"_L1) {
        const auto created = tokens.create(cl.tokenName, cl.expiresInDays, &error);
        if (!created)
            return fail(error);
        std::printf("Created token %lld \"%s\", %s.\n", created->record.id, qPrintable(created->record.label),
                    created->record.expires.isValid()
                        ? qPrintable(u"expires "_s + day(created->record.expires, QString()) + u" UTC"_s)
                        : "never expires");
        std::printf("Paste it into the identity provider's Secret Token field. It is shown only now:\n%s\n",
                    qPrintable(created->secret));
        return 0;
    }
    if (cl.tokenAction == "list"_L1) {
        const auto all = store->tokens().all();
        if (all.isEmpty()) {
            std::printf("No tokens. Create one with: scim-monitor token create --name NAME\n");
            return 0;
        }
        const QDateTime now = QDateTime::currentDateTimeUtc();
        std::printf("%-4s %-24s %-17s %-17s %-14s %-17s %s\n", "ID", "LABEL", "CREATED (UTC)", "EXPIRES (UTC)", "STATE",
                    "LAST USED (UTC)", "REQUESTS");
        for (const TokenRecord &t : all)
            std::printf("%-4lld %-24s %-17s %-17s %-14s %-17s %lld\n", t.id, qPrintable(t.label.left(24)),
                        qPrintable(day(t.created, u"-"_s)), qPrintable(day(t.expires, u"never"_s)),
                        qPrintable(TokenService::stateText(TokenService::state(t, now))),
                        qPrintable(day(t.lastUsed, u"never"_s)), t.requestCount);
        return 0;
    }
    if (cl.tokenAction == "rotate"_L1) {
        const auto created = tokens.rotate(cl.tokenId, cl.graceHours, &error);
        if (!created)
            return fail(error);
        const auto old = store->tokens().byId(cl.tokenId);
        std::printf("Rotated token %lld \"%s\": it is refused from %s UTC on.\n", cl.tokenId,
                    qPrintable(created->record.label), old ? qPrintable(day(old->expires, u"now"_s)) : "now");
        std::printf("Created token %lld as its successor, %s.\n", created->record.id,
                    created->record.expires.isValid()
                        ? qPrintable(u"expires "_s + day(created->record.expires, QString()) + u" UTC"_s)
                        : "never expires");
        std::printf("Paste it into the identity provider's Secret Token field. It is shown only now:\n%s\n",
                    qPrintable(created->secret));
        return 0;
    }
    if (!tokens.revoke(cl.tokenId, &error))
        return fail(error);
    const auto t = store->tokens().byId(cl.tokenId);
    std::printf("Revoked token %lld \"%s\"; requests with it are refused from now on.\n", cl.tokenId,
                t ? qPrintable(t->label) : "");
    return 0;
}

} // namespace scimmon
