#include "cli/simulatecommand.h"

#include "cli/ownreceivertarget.h"
#include "cli/unixsignalwatcher.h"
#include "export/exportfile.h"
#include "simulator/simulator.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTimer>
#include <QUuid>

#include <cstdio>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace scimmon {

namespace {

void err(const QString &line)
{
    std::fprintf(stderr, "%s\n", qPrintable(line));
    std::fflush(stderr);
}

bool writeReport(const QString &path, const SimulationReport &report, QString *error)
{
    return ExportFile::write(path, QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented), error);
}

QString summary(const SimulationReport &r, double seconds)
{
    return u"%1 %2 cycle (%3) against %4: %5; %6 objects: %7 succeeded, %8 failed, %9 skipped, %10 warnings; "_s
               .arg(r.idp == Idp::Okta ? u"Okta"_s : u"Entra ID"_s, cycleKey(r.cycle), flavorKey(r.flavor), r.target,
                    outcomeKey(r.outcome))
               .arg(r.entries.size())
               .arg(r.count(u"Success"_s))
               .arg(r.count(u"Failure"_s))
               .arg(r.count(u"Skipped"_s))
               .arg(r.count(u"Warning"_s))
        + u"%1 requests in %2 s; quarantine: %3."_s.arg(r.requests)
              .arg(seconds, 0, 'f', 1)
              .arg(r.quarantine.quarantined ? r.quarantine.reason.chopped(1) : u"no"_s);
}

} // namespace

QString SimulateCommand::defaultStatePath(const QString &dataDir, const QString &idp, const QString &target)
{
    return SimulatorState::defaultPath(dataDir, idp, target);
}

int SimulateCommand::run(const CommandLine &cl, const QString &dataDir, const ReceiverConfig &config)
{
    SimulationOptions options;
    options.idp = cl.simIdp == "okta"_L1 ? Idp::Okta : Idp::Entra;
    options.flavor = flavorFromKey(cl.simFlavor).value_or(SimulationFlavor::EntraDefault);
    options.cycle = cycleFromKey(cl.simCycle).value_or(SimulationCycle::Initial);
    options.users = cl.seedUsers;
    options.groups = cl.seedGroups;
    options.membersPerGroup = cl.seedMembersPerGroup;
    options.seed = cl.simSeed;
    options.requestsPerSecond = cl.simRate;
    options.timeoutMs = cl.simTimeoutSeconds * 1000;
    options.onDemandObject = cl.simObject;
    options.runId = QUuid::createUuid().toString(QUuid::WithoutBraces);

    if (!cl.simReport.isEmpty() && !QFileInfo(cl.simReport).absoluteDir().exists()) {
        err(u"scim-monitor: the folder of the report %1 does not exist"_s.arg(cl.simReport));
        return 2;
    }
    const QString statePath = !cl.simState.isEmpty() ? QDir(cl.simState).absolutePath()
                                                     : defaultStatePath(dataDir, cl.simIdp, cl.simTarget);
    const bool terminal = isatty(fileno(stderr)) != 0;
    OwnReceiverTarget own;
    Simulator simulator;
    UnixSignalWatcher watcher;
    int status = 0;
    QElapsedTimer clock;
    bool closing = false;

    auto finishWith = [&](int code) {
        status = code;
        if (closing)
            return;
        closing = true;
        own.close([] { QCoreApplication::exit(0); });
    };
    QObject::connect(&watcher, &UnixSignalWatcher::terminationRequested, &simulator, [&](int) {
        if (simulator.isRunning()) {
            err(u"\nscim-monitor: cancelling the simulation (the state is kept; the next run continues)"_s);
            simulator.cancel();
        } else {
            finishWith(1);
        }
    });
    qint64 shownTenth = -1;
    qint64 shownAt = -1000;
    QObject::connect(&simulator, &Simulator::progress, &simulator, [&](qint64 done, qint64 total) {
        const qint64 percent = total > 0 ? done * 100 / total : 100;
        if (terminal) {
            if (done < total && clock.elapsed() - shownAt < 250)
                return;
            shownAt = clock.elapsed();
        } else if (done < total && percent / 10 == shownTenth) {
            return;
        }
        shownTenth = percent / 10;
        std::fprintf(stderr, "%ssimulating: %lld of %lld objects (%lld%%)%s", terminal ? "\r" : "", done, total,
                     percent, terminal && done < total ? "   " : "\n");
        std::fflush(stderr);
    });
    QObject::connect(&simulator, &Simulator::objectFinished, &simulator, [&](const ProvisioningLogEntry &e) {
        if (e.failed())
            err(u"%1failed: %2 %3: %4 (%5)"_s.arg(terminal ? u"\r"_s : QString(), e.objectType, e.identity, e.errorCode,
                                                  e.errorDetail));
    });
    QObject::connect(&simulator, &Simulator::finished, &simulator, [&](const SimulationReport &report) {
        if (report.outcome == SimulationReport::Outcome::Aborted)
            err(u"scim-monitor: %1"_s.arg(report.message));
        std::printf("%s\n", qPrintable(summary(report, double(clock.elapsed()) / 1000.0)));
        for (const QString &change : report.changes)
            std::printf("  directory change: %s\n", qPrintable(change));
        std::printf("State file: %s\n", qPrintable(statePath));
        std::fflush(stdout);
        if (!simulator.saveError().isEmpty())
            err(u"scim-monitor: "_s + simulator.saveError());
        int code = report.exitCode();
        if (!cl.simReport.isEmpty()) {
            QString error;
            if (!writeReport(cl.simReport, report, &error)) {
                err(u"scim-monitor: "_s + error);
                code = std::max(code, 1);
            }
        }
        finishWith(code);
    });

    auto begin = [&](const QUrl &url, const QByteArray &token, bool insecure, const QString &identity) {
        Simulator::Target target{url, token, insecure, identity};
        QString error;
        clock.start();
        std::fprintf(stderr, "Simulating %s (run %s) against %s\n", options.idp == Idp::Okta ? "Okta" : "Entra ID",
                     qPrintable(options.runId), qPrintable(url.toString()));
        if (!simulator.start(options, target, statePath, &error)) {
            err(u"scim-monitor: "_s + error);
            finishWith(2);
            return;
        }
    };

    if (!cl.simTarget.isEmpty()) {
        QTimer::singleShot(0, &simulator,
                           [&] { begin(QUrl(cl.simTarget), cl.simToken.toUtf8(), cl.simInsecure, QString()); });
    } else {
        QTimer::singleShot(0, &simulator, [&] {
            own.open(config, dataDir, options.runId, [&](bool ok, const QString &error) {
                if (!ok) {
                    err(u"scim-monitor: "_s + error);
                    finishWith(2);
                    return;
                }
                if (!own.inProcess())
                    err(u"Another scim-monitor serves %1; sending to its receiver at %2."_s.arg(
                        dataDir, own.tenantUrl().toString()));
                begin(own.tenantUrl(), own.token(), own.insecure(), OwnReceiverTarget::identity(dataDir));
            });
        });
    }
    QCoreApplication::exec();
    return status;
}

} // namespace scimmon
