#include "seedcommand.h"

#include "../core/scim/resourceservice.h"
#include "../core/seed/seeder.h"
#include "../core/store/storefactory.h"

#include <QElapsedTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace scimmon {

int SeedCommand::run(const CommandLine &cl, const StoreConfig &storeConfig)
{
    QString error;
    auto store = StoreFactory::open(storeConfig, u"seed-command"_s, &error);
    if (!store) {
        std::fprintf(stderr, "scim-monitor: %s\n", qPrintable(error));
        return 1;
    }
    ResourceService service(*store, u"http://127.0.0.1/scim/v2"_s);
    Seeder seeder(service);
    SeedOptions options;
    options.users = cl.seedUsers;
    options.groups = cl.seedGroups;
    options.membersPerGroup = cl.seedMembersPerGroup;
    QElapsedTimer timer;
    timer.start();
    qint64 lastPercent = -1;
    const bool ok = seeder.run(
        options,
        [&](qint64 done, qint64 total) {
            const qint64 percent = total > 0 ? done * 100 / total : 100;
            if (percent != lastPercent) {
                lastPercent = percent;
                std::fprintf(stderr, "\rseeding: %lld / %lld (%lld%%)", done, total, percent);
                std::fflush(stderr);
            }
        },
        &error);
    std::fprintf(stderr, "\n");
    if (!ok) {
        std::fprintf(stderr, "scim-monitor: seeding failed: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("Created %lld users and %d groups in %.1f s.\n", qlonglong(seeder.userIds().size()), options.groups,
                double(timer.elapsed()) / 1000.0);
    return 0;
}

} // namespace scimmon
