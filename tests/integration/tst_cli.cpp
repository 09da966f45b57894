// The scim-monitor executable as scripts use it: --help/--version, the token verbs, --headless
// with the Tenant URL on the first line and a clean stop on SIGTERM, and the no-display fallback.

#include "support/testsupport.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace scimmon;

class TestCli : public QObject
{
    Q_OBJECT

    QString m_binary;

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    Run run(const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(m_binary, args);
        if (!p.waitForFinished(20000)) {
            p.kill();
            p.waitForFinished();
        }
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

    static QString lastLine(const QString &out) { return out.trimmed().split(u'\n').last().trimmed(); }

    /// Starts `--headless` and returns the Tenant URL from its first line.
    QString startHeadless(QProcess &p, const QString &dataDir, const QStringList &extra = {},
                          const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        p.setProcessEnvironment(env);
        p.start(m_binary, QStringList{u"--data-dir"_s, dataDir, u"--listen"_s, u"127.0.0.1:0"_s} + extra);
        if (!p.waitForStarted(5000))
            return {};
        QByteArray first;
        [[maybe_unused]] const bool gotLine = QTest::qWaitFor(
            [&] {
                p.waitForReadyRead(100);
                first += p.readAllStandardOutput();
                return first.contains('\n') || p.state() == QProcess::NotRunning;
            },
            10000);
        static const QRegularExpression url(u"(http://127\\.0\\.0\\.1:\\d+/scim/v2)"_s);
        const QString line = QString::fromUtf8(first.left(first.indexOf('\n')));
        return url.match(line).captured(1);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_binary = qEnvironmentVariable("SCIMMON_BINARY");
        QVERIFY2(QFileInfo::exists(m_binary), "SCIMMON_BINARY must name the scim-monitor executable");
    }

    void helpAndVersion()
    {
        const Run v = run({u"--version"_s});
        QCOMPARE(v.exitCode, 0);
        QVERIFY(v.out.startsWith(u"scim-monitor "_s));
        const Run h = run({u"--help"_s});
        QCOMPARE(h.exitCode, 0);
        QVERIFY(h.out.contains(u"--headless"_s));
        QVERIFY(h.out.contains(u"token create"_s));
    }

    void badArgumentsExitWith2()
    {
        QCOMPARE(run({u"--no-such-option"_s}).exitCode, 2);
        QCOMPARE(run({u"frobnicate"_s}).exitCode, 2);
        QCOMPARE(run({u"token"_s, u"create"_s}).exitCode, 2); // --name missing
        QCOMPARE(run({u"token"_s, u"revoke"_s, u"abc"_s}).exitCode, 2);
        const Run listen = run({u"--headless"_s, u"--listen"_s, u"nowhere:99999"_s});
        QCOMPARE(listen.exitCode, 2);
        QVERIFY(listen.err.contains(u"99999"_s));
    }

    void tokenVerbs()
    {
        QTemporaryDir dir;
        const Run created = run({u"--data-dir"_s, dir.path(), u"token"_s, u"create"_s, u"--name"_s, u"Entra ID"_s,
                                 u"--expires-in-days"_s, u"90"_s});
        QCOMPARE(created.exitCode, 0);
        const QString token = lastLine(created.out);
        QVERIFY2(QRegularExpression(u"^[A-Za-z0-9_-]{43}$"_s).match(token).hasMatch(), qPrintable(token));

        const Run list = run({u"--data-dir"_s, dir.path(), u"token"_s, u"list"_s});
        QCOMPARE(list.exitCode, 0);
        QVERIFY(list.out.contains(u"Entra ID"_s));
        QVERIFY(list.out.contains(u"active"_s));
        QVERIFY(!list.out.contains(token));

        const Run revoke = run({u"--data-dir"_s, dir.path(), u"token"_s, u"revoke"_s, u"1"_s});
        QCOMPARE(revoke.exitCode, 0);
        QVERIFY(run({u"--data-dir"_s, dir.path(), u"token"_s, u"list"_s}).out.contains(u"revoked"_s));
        const Run missing = run({u"--data-dir"_s, dir.path(), u"token"_s, u"revoke"_s, u"42"_s});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains(u"42"_s));
        // Revoking again changes nothing and records nothing.
        const Run again = run({u"--data-dir"_s, dir.path(), u"token"_s, u"revoke"_s, u"1"_s});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(u"already revoked"_s), qPrintable(again.err));
        const QString csv = dir.filePath(u"revoked.csv"_s);
        QCOMPARE(
            run({u"--data-dir"_s, dir.path(), u"export-audit"_s, u"--out"_s, csv, u"--action"_s, u"token.revoked"_s})
                .exitCode,
            0);
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll().count("token.revoked"), 1);
    }

    void readingCommandsNeedAnExistingStore()
    {
        // A mistyped --data-dir is an error, not an empty store created where the user did not mean.
        QTemporaryDir dir;
        const QString typo = dir.filePath(u"no-such-dir"_s);
        const QString csv = dir.filePath(u"out.csv"_s);
        for (const QStringList &args :
             {QStringList{u"token"_s, u"list"_s}, QStringList{u"export-log"_s, u"--out"_s, csv},
              QStringList{u"export-audit"_s, u"--out"_s, csv}}) {
            const Run r = run(QStringList{u"--data-dir"_s, typo} + args);
            QVERIFY2(r.exitCode == 1, qPrintable(args.join(u' ')));
            QVERIFY2(r.err.contains(u"--data-dir"_s), qPrintable(r.err));
        }
        QVERIFY(!QFileInfo::exists(typo + u"/scim-monitor.db"_s));
        QVERIFY(!QFileInfo::exists(csv));
        // Creating a token creates the store; then the same commands read it.
        QCOMPARE(run({u"--data-dir"_s, typo, u"token"_s, u"create"_s, u"--name"_s, u"t"_s}).exitCode, 0);
        QCOMPARE(run({u"--data-dir"_s, typo, u"token"_s, u"list"_s}).exitCode, 0);
    }

    void exportPeriodsAndTargetsAreChecked()
    {
        QTemporaryDir dir;
        QCOMPARE(run({u"--data-dir"_s, dir.path(), u"token"_s, u"create"_s, u"--name"_s, u"t"_s}).exitCode, 0);
        const QString csv = dir.filePath(u"audit.csv"_s);
        auto exportAudit = [&](const QStringList &extra) {
            return run(QStringList{u"--data-dir"_s, dir.path(), u"export-audit"_s, u"--out"_s, csv} + extra);
        };
        // Malformed moments are refused, not read as midnight of their date.
        for (const QString &bad : {u"2026-11-29garbage"_s, u"2026-11-29T99:99Z"_s, u"2026-11-29T25:00:00Z"_s,
                                   u"29.11.2026"_s, u"2026-13-01"_s}) {
            const Run r = exportAudit({u"--from"_s, bad});
            QVERIFY2(r.exitCode == 2, qPrintable(bad));
            QVERIFY(r.err.contains(bad));
        }
        QCOMPARE(exportAudit({u"--from"_s, u"2026-11-30"_s, u"--to"_s, u"2026-11-29"_s}).exitCode, 2);

        // A date alone covers its whole day (UTC), also as --to; a time without zone is UTC.
        const QDate utcToday = QDateTime::currentDateTimeUtc().date();
        const QString day = utcToday.toString(Qt::ISODate);
        auto rows = [&] {
            QFile f(csv);
            return f.open(QIODevice::ReadOnly) ? f.readAll().count("token.created") : -1;
        };
        QCOMPARE(exportAudit({u"--from"_s, day, u"--to"_s, day}).exitCode, 0);
        QCOMPARE(rows(), 1);
        QCOMPARE(QFile::permissions(csv) & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());
        QCOMPARE(exportAudit({u"--from"_s, day + u"T00:00:00"_s, u"--to"_s, day + u"T23:59:59"_s}).exitCode, 0);
        QCOMPARE(rows(), 1);
        QCOMPARE(exportAudit({u"--to"_s, utcToday.addDays(-1).toString(Qt::ISODate)}).exitCode, 0);
        QCOMPARE(rows(), 0);

        // A device or pipe is never replaced by a file.
        const QString fifo = dir.filePath(u"pipe"_s);
        QCOMPARE(QProcess::execute(u"mkfifo"_s, {fifo}), 0);
        for (const QString &verb : {u"export-audit"_s, u"export-log"_s}) {
            const Run r = run({u"--data-dir"_s, dir.path(), verb, u"--out"_s, fifo});
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains(u"not a regular file"_s), qPrintable(r.err));
            QVERIFY(!QFileInfo(fifo).isFile());
        }
    }

    void headlessServesAndStopsCleanlyOnSigterm()
    {
        QTemporaryDir dir;
        const QString token
            = lastLine(run({u"--data-dir"_s, dir.path(), u"token"_s, u"create"_s, u"--name"_s, u"t"_s}).out);
        QProcess p;
        const QString url = startHeadless(p, dir.path(), {u"--headless"_s});
        QVERIFY2(!url.isEmpty(), qPrintable(QString::fromUtf8(p.readAllStandardError())));
        const quint16 port = quint16(QUrl(url).port());
        test::HttpClient c(port, token.toLatin1());
        QCOMPARE(c.request("POST", "/scim/v2/Users", R"({"userName":"cli-user"})").status, 201);
        // A path with %XX sequences and a value with a line break print as one intact line.
        QCOMPARE(c.get("/scim/v2/Users?attributes=userName%2Cemails&filter=userName+eq+%22a%0Ab%22").status, 200);
        ::kill(pid_t(p.processId()), SIGTERM);
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
        const QString output = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY(output.contains(u"Create user"_s));
        const auto lines = output.split(u'\n');
        const auto lookup
            = std::find_if(lines.begin(), lines.end(), [](const QString &l) { return l.contains(u"%2Cemails"_s); });
        QVERIFY(lookup != lines.end());
        QVERIFY2(lookup->contains(u"attributes=userName%2Cemails&filter=userName+eq+%22a%0Ab%22 200 "_s),
                 qPrintable(*lookup));
        QVERIFY2(lookup->endsWith(u"Lookup user \"a\\nb\""_s), qPrintable(*lookup));

        // The data is there after a restart, and SIGINT stops it as cleanly.
        QProcess again;
        const QString url2 = startHeadless(again, dir.path(), {u"--headless"_s});
        QVERIFY(!url2.isEmpty());
        test::HttpClient c2(quint16(QUrl(url2).port()), token.toLatin1());
        QCOMPARE(c2.get("/scim/v2/Users?filter=userName+eq+%22cli-user%22").json().value("totalResults"_L1).toInt(), 1);
        ::kill(pid_t(again.processId()), SIGINT);
        QVERIFY(again.waitForFinished(10000));
        QCOMPARE(again.exitCode(), 0);
    }

    void storeProblemsExitWith1AndWriteNothing()
    {
        QTemporaryDir dir;
        const QString db = QDir(dir.path()).filePath(u"scim-monitor.db"_s);
        const QList<std::pair<QStringList, QString>> cases{
            {{u"--store"_s, u"mysql://scim@127.0.0.1/scim"_s, u"token"_s, u"list"_s}, u"not valid"_s},
            {{u"--store"_s, u"postgresql://scim:hunter2@127.0.0.1/scim"_s, u"token"_s, u"list"_s}, u"password"_s},
            {{u"--store"_s, u"postgresql://scim@127.0.0.1:1/scim"_s, u"token"_s, u"create"_s, u"--name"_s, u"t"_s},
             u"cannot be reached"_s},
            {{u"--store"_s, u"postgresql://scim@127.0.0.1:1/scim"_s, u"export-log"_s, u"--out"_s,
              QDir(dir.path()).filePath(u"log.csv"_s)},
             u"cannot be reached"_s},
            {{u"--store"_s, u"postgresql://scim@127.0.0.1:1/scim"_s, u"--headless"_s, u"--listen"_s, u"127.0.0.1:0"_s},
             u"cannot be reached"_s},
        };
        for (const auto &[args, says] : cases) {
            const Run r = run(QStringList{u"--data-dir"_s, dir.path()} + args);
            QVERIFY2(r.exitCode == 1, qPrintable(args.join(u' ') + u" -> "_s + QString::number(r.exitCode) + r.err));
            QVERIFY2(r.err.contains(says), qPrintable(r.err));
            QVERIFY2(!r.err.contains(u"hunter2"_s), qPrintable(r.err));
            QVERIFY(!QFileInfo::exists(db));
            QVERIFY(!QFileInfo::exists(QDir(dir.path()).filePath(u"log.csv"_s)));
        }
    }

    void receiversShareAPostgresqlStore()
    {
        const QString unavailable = test::storeUnavailable(u"postgresql"_s);
        if (!unavailable.isEmpty())
            QSKIP(qPrintable(unavailable));
        test::TempStore shared(u"shared"_s, u"postgresql"_s);
        const QString url = shared.config().displayName();
        QTemporaryDir dirA;
        QTemporaryDir dirB;
        const Run created
            = run({u"--data-dir"_s, dirA.path(), u"--store"_s, url, u"token"_s, u"create"_s, u"--name"_s, u"shared"_s});
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        const QString token = lastLine(created.out);
        QProcess a;
        QProcess b;
        const QString urlA = startHeadless(a, dirA.path(), {u"--headless"_s, u"--store"_s, url});
        const QString urlB = startHeadless(b, dirB.path(), {u"--headless"_s, u"--store"_s, url});
        QVERIFY2(!urlA.isEmpty() && !urlB.isEmpty(),
                 qPrintable(QString::fromUtf8(a.readAllStandardError()) + QString::fromUtf8(b.readAllStandardError())));
        test::HttpClient ca(quint16(QUrl(urlA).port()), token.toLatin1());
        test::HttpClient cb(quint16(QUrl(urlB).port()), token.toLatin1());
        // One directory: a name taken on one receiver is taken on the other, whatever its case.
        QCOMPARE(ca.request("POST", "/scim/v2/Users", R"({"userName":"shared@example.com"})").status, 201);
        QCOMPARE(cb.request("POST", "/scim/v2/Users", R"({"userName":"SHARED@example.com"})").status, 409);
        QCOMPARE(cb.get("/scim/v2/Users?filter=userName+eq+%22shared@example.com%22")
                     .json()
                     .value("totalResults"_L1)
                     .toInt(),
                 1);
        // A token revoked through the shared store is refused by every receiver at once.
        const Run revoked = run({u"--data-dir"_s, dirA.path(), u"--store"_s, url, u"token"_s, u"revoke"_s, u"1"_s});
        QVERIFY2(revoked.exitCode == 0, qPrintable(revoked.err));
        QCOMPARE(ca.get("/scim/v2/Users").status, 401);
        QCOMPARE(cb.get("/scim/v2/Users").status, 401);
        for (QProcess *p : {&a, &b}) {
            ::kill(pid_t(p->processId()), SIGTERM);
            QVERIFY(p->waitForFinished(10000));
            QCOMPARE(p->exitCode(), 0);
        }
        // The request log holds the requests of both receivers; no SQLite file was made.
        const QString csv = QDir(dirA.path()).filePath(u"log.csv"_s);
        const Run exported = run({u"--data-dir"_s, dirA.path(), u"--store"_s, url, u"export-log"_s, u"--out"_s, csv});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray rows = file.readAll();
        QVERIFY2(rows.contains(",POST,/scim/v2/Users,201,") && rows.contains(",POST,/scim/v2/Users,409,"),
                 rows.constData());
        QCOMPARE(rows.count(",GET,/scim/v2/Users,401,"), 2);
        QVERIFY(!QFileInfo::exists(QDir(dirA.path()).filePath(u"scim-monitor.db"_s)));
        QVERIFY(!QFileInfo::exists(QDir(dirB.path()).filePath(u"scim-monitor.db"_s)));
    }

    void withoutDisplayRunsHeadlessWithANotice()
    {
        QTemporaryDir dir;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"DISPLAY"_s);
        env.remove(u"WAYLAND_DISPLAY"_s);
        env.remove(u"QT_QPA_PLATFORM"_s);
        QProcess p;
        const QString url = startHeadless(p, dir.path(), {}, env);
        QVERIFY(!url.isEmpty());
        ::kill(pid_t(p.processId()), SIGTERM);
        QVERIFY(p.waitForFinished(10000));
        const QByteArray err = p.readAllStandardError();
        QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0, err.constData());
        QVERIFY(QString::fromUtf8(err).contains(u"no display"_s));
    }

    void portInUseExitsWith1()
    {
        QTemporaryDir dir;
        QTemporaryDir other;
        QProcess first;
        const QString url = startHeadless(first, dir.path(), {u"--headless"_s});
        QVERIFY(!url.isEmpty());
        const QString port = QString::number(QUrl(url).port());
        const Run second = run({u"--headless"_s, u"--data-dir"_s, other.path(), u"--listen"_s, u"127.0.0.1:"_s + port});
        QCOMPARE(second.exitCode, 1);
        QVERIFY2(second.err.contains(u"Cannot listen"_s), qPrintable(second.err));
        ::kill(pid_t(first.processId()), SIGTERM);
        QVERIFY(first.waitForFinished(10000));
    }

    void oneReceiverPerDataDirectoryButTokensWorkAlongside()
    {
        QTemporaryDir dir;
        QProcess first;
        const QString url = startHeadless(first, dir.path(), {u"--headless"_s});
        QVERIFY(!url.isEmpty());
        const Run second = run({u"--headless"_s, u"--data-dir"_s, dir.path(), u"--listen"_s, u"127.0.0.1:0"_s});
        QCOMPARE(second.exitCode, 1);
        QVERIFY2(second.err.contains(u"already using the data directory"_s), qPrintable(second.err));
        // The token command writes to the same database while the receiver runs, and the new token works at once.
        const Run created = run({u"--data-dir"_s, dir.path(), u"token"_s, u"create"_s, u"--name"_s, u"live"_s});
        QCOMPARE(created.exitCode, 0);
        test::HttpClient c(quint16(QUrl(url).port()), lastLine(created.out).toLatin1());
        QCOMPARE(c.get("/scim/v2/Users").status, 200);
        ::kill(pid_t(first.processId()), SIGTERM);
        QVERIFY(first.waitForFinished(10000));
        // After a clean stop, the directory is free again.
        QProcess again;
        QVERIFY(!startHeadless(again, dir.path(), {u"--headless"_s}).isEmpty());
        ::kill(pid_t(again.processId()), SIGKILL); // a crash leaves the lock behind...
        QVERIFY(again.waitForFinished(10000));
        QProcess afterCrash;
        QVERIFY(!startHeadless(afterCrash, dir.path(), {u"--headless"_s}).isEmpty()); // ...and it is taken over
        ::kill(pid_t(afterCrash.processId()), SIGTERM);
        QVERIFY(afterCrash.waitForFinished(10000));
    }

    void closedStdoutDoesNotStopTheReceiver()
    {
        QTemporaryDir dir;
        const QString token
            = lastLine(run({u"--data-dir"_s, dir.path(), u"token"_s, u"create"_s, u"--name"_s, u"t"_s}).out);
        QProcess p;
        const QString url = startHeadless(p, dir.path(), {u"--headless"_s});
        QVERIFY(!url.isEmpty());
        p.closeReadChannel(QProcess::StandardOutput); // like `scim-monitor --headless | head -n 1`
        test::HttpClient c(quint16(QUrl(url).port()), token.toLatin1());
        for (int i = 0; i < 3; ++i)
            QCOMPARE(c.get("/scim/v2/Users").status, 200);
        QCOMPARE(p.state(), QProcess::Running);
        ::kill(pid_t(p.processId()), SIGTERM);
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 0);
    }

    void dataDirectoryIsPrivate()
    {
        QTemporaryDir parent;
        const QString dir = parent.path() + u"/instance"_s;
        QCOMPARE(run({u"--data-dir"_s, dir, u"token"_s, u"create"_s, u"--name"_s, u"t"_s}).exitCode, 0);
        QCOMPARE(QFileInfo(dir).permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::ExeOther),
                 QFile::Permissions());
        QCOMPARE(QFileInfo(dir + u"/scim-monitor.db"_s).permissions() & (QFile::ReadGroup | QFile::ReadOther),
                 QFile::Permissions());
    }

    void tokenArgumentsAreChecked()
    {
        QTemporaryDir dir;
        const Run label = run({u"--data-dir"_s, dir.path(), u"token"_s, u"create"_s, u"--name"_s, u"two\nlines"_s});
        QCOMPARE(label.exitCode, 1);
        QVERIFY(label.err.contains(u"control characters"_s));
        QCOMPARE(run({u"--data-dir"_s, dir.path(), u"token"_s, u"create"_s, u"--name"_s, u"x"_s, u"--expires-in-days"_s,
                      u"2147483647"_s})
                     .exitCode,
                 2);
        const Run listen = run({u"--headless"_s, u"--data-dir"_s, dir.path(), u"--listen"_s, u"localhost"_s});
        QCOMPARE(listen.exitCode, 2);
        QVERIFY2(listen.err.contains(u"HOST:PORT"_s), qPrintable(listen.err));
    }

    void seedFillsTheStoreThroughTheEngine()
    {
        QTemporaryDir first;
        QTemporaryDir second;
        const QStringList args{u"seed"_s, u"--users"_s, u"60"_s, u"--groups"_s, u"4"_s, u"--members-per-group"_s,
                               u"7"_s};
        const Run seeded = run(QStringList{u"--data-dir"_s, first.path()} + args);
        QCOMPARE(seeded.exitCode, 0);
        QVERIFY2(seeded.out.startsWith(u"Created 60 users and 4 groups in "_s), qPrintable(seeded.out));
        // The progress line (one line per tenth when stderr is no terminal) ends at 100 %.
        QVERIFY2(seeded.err.contains(u"seeding: 64 of 64 resources (100%)"_s), qPrintable(seeded.err));
        QVERIFY(seeded.err.contains(u"done"_s));
        QCOMPARE(run(QStringList{u"--data-dir"_s, second.path()} + args).exitCode, 0);

        // The same identities in both stores, with memberships and audit events as SCIM writes make.
        auto identities = [](const QString &dir) {
            QString error;
            auto store = StoreFactory::open(StoreConfig::sqliteIn(dir), u"seeded-"_s + dir, &error);
            QStringList out;
            BrowseQuery q;
            q.limit = 1000;
            for (const BrowseRow &r : store->browse().page(ResourceKind::User, q).rows)
                out.append(r.name + u' ' + r.externalId + u' ' + QString::number(r.count));
            for (const BrowseRow &r : store->browse().page(ResourceKind::Group, q).rows)
                out.append(r.name + u' ' + QString::number(r.count));
            AuditFilter created;
            created.actions = {u"user.created"_s};
            out.append(QString::number(store->audit().count(created)));
            return out;
        };
        const QStringList a = identities(first.path());
        QCOMPARE(a.size(), 60 + 4 + 1);
        QCOMPARE(a.last(), u"60"_s);
        QCOMPARE(identities(second.path()), a);
        QVERIFY(a.at(60).endsWith(u" 7"_s)); // a group with its members

        // Seeding again creates nothing twice.
        const Run again = run(QStringList{u"--data-dir"_s, first.path()} + args);
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.startsWith(u"Created 0 users"_s), qPrintable(again.out));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
