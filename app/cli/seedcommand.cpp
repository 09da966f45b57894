#include "cli/seedcommand.h"

#include "service/resourceservice.h"
#include "service/seeder.h"
#include "store/storefactory.h"

#include <QElapsedTimer>

#include <cstdio>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace scimmon {

namespace {

/// Shows how far seeding is on stderr: on a terminal one line rewritten at most every 250 ms,
/// with the rate and the time left; in a log file or pipe one line per tenth of the work.
class ProgressLine
{
public:
    ProgressLine()
        : m_terminal(isatty(fileno(stderr)) != 0)
    {
        m_clock.start();
    }

    void update(qint64 done, qint64 total)
    {
        const qint64 percent = total > 0 ? done * 100 / total : 100;
        const bool last = done >= total;
        if (m_terminal) {
            if (!last && m_clock.elapsed() - m_shownAt < 250)
                return;
            m_shownAt = m_clock.elapsed();
        } else {
            if (!last && percent / 10 == m_shownTenth)
                return;
            m_shownTenth = percent / 10;
        }
        const double seconds = std::max(0.001, double(m_clock.elapsed()) / 1000.0);
        const double rate = double(done) / seconds;
        const qint64 left = rate > 0 ? qint64(double(total - done) / rate) : 0;
        std::fprintf(stderr, "%sseeding: %lld of %lld resources (%lld%%), %.0f/s, %s%s", m_terminal ? "\r" : "", done,
                     total, percent, rate, last ? "done" : qPrintable(u"about %1 s left"_s.arg(left)),
                     m_terminal && !last ? "   " : "\n");
        std::fflush(stderr);
    }

private:
    bool m_terminal;
    QElapsedTimer m_clock;
    qint64 m_shownAt = -1000;
    qint64 m_shownTenth = -1;
};

} // namespace

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
    ProgressLine progress;
    const bool ok = seeder.run(
        options, [&](qint64 done, qint64 total) { progress.update(done, total); }, &error);
    if (!ok) {
        std::fprintf(stderr, "\nscim-monitor: seeding failed: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("Created %lld users and %d groups in %.1f s.\n", qlonglong(seeder.userIds().size()), options.groups,
                double(timer.elapsed()) / 1000.0);
    return 0;
}

} // namespace scimmon
