#include "cli/checkcommand.h"

#include "cli/unixsignalwatcher.h"
#include "conformance/conformancerunner.h"
#include "conformance/htmlreport.h"
#include "conformance/junitreport.h"
#include "export/exportfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace scimmon {

namespace {

void err(const QString &line)
{
    std::fprintf(stderr, "%s\n", qPrintable(line));
    std::fflush(stderr);
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QString error;
    if (!ExportFile::write(path, content, &error)) {
        err(u"scim-monitor: "_s + error);
        return false;
    }
    return true;
}

} // namespace

int CheckCommand::run(const CommandLine &cl)
{
    for (const QString &path : {cl.checkJson, cl.checkJunit, cl.checkHtml})
        if (!path.isEmpty() && !QFileInfo(path).absoluteDir().exists()) {
            err(u"scim-monitor: the folder of the report %1 does not exist"_s.arg(path));
            return 2;
        }
    ConformanceRunner runner;
    UnixSignalWatcher watcher;
    int status = 0;
    QObject::connect(&watcher, &UnixSignalWatcher::terminationRequested, &runner, [&](int) {
        err(u"\nscim-monitor: cancelling the check (what it created is still deleted)"_s);
        runner.cancel();
    });
    QObject::connect(&runner, &ConformanceRunner::testFinished, &runner, [](const ConformanceTest &t) {
        const char *label = t.verdict == ConformanceVerdict::Pass ? "PASS"
            : t.verdict == ConformanceVerdict::Fail               ? "FAIL"
                                                                  : "SKIP";
        std::printf("%s  %-5s %s", label, qPrintable(t.suite), qPrintable(t.name));
        if (t.verdict == ConformanceVerdict::Fail)
            std::printf("\n      %s\n      why: %s", qPrintable(t.reason), qPrintable(t.why));
        else if (t.verdict == ConformanceVerdict::Skip)
            std::printf(" (%s)", qPrintable(t.reason));
        std::printf("\n");
        std::fflush(stdout);
    });
    QObject::connect(&runner, &ConformanceRunner::finished, &runner, [&](const ConformanceResult &result) {
        if (!result.abortReason.isEmpty())
            err(u"scim-monitor: "_s + result.abortReason);
        else
            std::printf("%s\nObjects were named %s…%s\n", qPrintable(result.summary()), qPrintable(result.prefix),
                        result.leftovers.isEmpty() ? " and removed again."
                                                   : qPrintable(u"; not removed: "_s + result.leftovers.join(u", "_s)));
        std::fflush(stdout);
        status = result.exitCode();
        bool written = true;
        if (!cl.checkJson.isEmpty())
            written
                = writeFile(cl.checkJson, QJsonDocument(result.toJson()).toJson(QJsonDocument::Indented)) && written;
        if (!cl.checkJunit.isEmpty())
            written = writeFile(cl.checkJunit, JUnitReport::write(result)) && written;
        if (!cl.checkHtml.isEmpty())
            written = writeFile(cl.checkHtml, HtmlReport::write(result)) && written;
        if (!written)
            status = std::max(status, 1);
        QCoreApplication::exit(0);
    });

    ConformanceRunner::Options options;
    options.target = QUrl(cl.checkTarget);
    options.token = cl.checkToken.toUtf8();
    options.suites = cl.checkSuites;
    options.insecure = cl.checkInsecure;
    options.timeoutMs = cl.checkTimeoutSeconds * 1000;
    options.tokenEndpoint = cl.checkTokenEndpoint.isEmpty() ? QUrl() : QUrl(cl.checkTokenEndpoint);
    options.clientId = cl.checkClientId;
    options.clientSecret = cl.checkClientSecret.toUtf8();
    QTimer::singleShot(0, &runner, [&] {
        err(u"Checking %1 (suites %2)"_s.arg(cl.checkTarget, cl.checkSuites.join(u", "_s)));
        QString error;
        if (!runner.start(options, &error)) {
            err(u"scim-monitor: "_s + error);
            status = 2;
            QCoreApplication::exit(0);
        }
    });
    QCoreApplication::exec();
    return status;
}

} // namespace scimmon
