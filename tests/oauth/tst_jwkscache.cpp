// The key set cache against a local HTTP server: fetched key sets are kept, failures are
// remembered for a while without asking again, a silent server times out; files are read as they are.

#include "oauth/jwkscache.h"

#include <QElapsedTimer>
#include <QFile>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace scimmon;

namespace {

const QByteArray kKeySet = R"({"keys":[{"kty":"EC","crv":"P-256","kid":"k1","x":"AAAA","y":"BBBB"}]})";

/// A one-answer HTTP server: every connection gets `status` and `body` after its request head,
/// or nothing at all when `silent`. Counts connections.
class HttpStub : public QObject
{
public:
    int connections = 0;
    QByteArray status = "200 OK";
    QByteArray body = kKeySet;
    bool silent = false;

    HttpStub()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                ++connections;
                socket->setParent(this);
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_heads[socket] += socket->readAll();
                    if (silent || !m_heads[socket].contains("\r\n\r\n"))
                        return;
                    socket->write("HTTP/1.1 " + status + "\r\nContent-Type: application/json\r\nContent-Length: "
                                  + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
                    socket->disconnectFromHost();
                });
            }
        });
        if (!m_server.listen(QHostAddress::LocalHost))
            qFatal("cannot listen");
    }

    QString url(const QString &path = u"/keys"_s) const
    {
        return u"http://127.0.0.1:%1%2"_s.arg(m_server.serverPort()).arg(path);
    }

private:
    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_heads;
};

} // namespace

class TestJwksCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fetchesAndKeepsAKeySet()
    {
        HttpStub server;
        JwksCache cache;
        const QString url = server.url();
        QVERIFY(!cache.cached(url));
        QVERIFY(cache.lastError(url).isEmpty());

        int done = 0;
        cache.fetch(url, this, [&done] { ++done; });
        QCOMPARE(done, 0); // never from inside fetch()
        QTRY_COMPARE(done, 1);
        QCOMPARE(server.connections, 1);
        QCOMPARE(cache.cached(url), std::optional<QByteArray>(kKeySet));
        QVERIFY(cache.lastError(url).isEmpty());

        // Fresh: a second fetch answers without asking the server again.
        cache.fetch(url, this, [&done] { ++done; });
        QTRY_COMPARE(done, 2);
        QCOMPARE(server.connections, 1);

        // Other sources are kept apart.
        QVERIFY(!cache.cached(server.url(u"/other"_s)));

        cache.clear();
        QVERIFY(!cache.cached(url));
        cache.fetch(url, this, [&done] { ++done; });
        QTRY_COMPARE(done, 3);
        QCOMPARE(server.connections, 2);
        QVERIFY(cache.cached(url));
    }

    void concurrentFetchesShareOneRequest()
    {
        HttpStub server;
        JwksCache cache;
        int first = 0;
        int second = 0;
        cache.fetch(server.url(), this, [&first] { ++first; });
        cache.fetch(server.url(), this, [&second] { ++second; });
        QTRY_VERIFY(first == 1 && second == 1);
        QTest::qWait(50);
        QCOMPARE(first, 1);
        QCOMPARE(second, 1);
        QCOMPARE(server.connections, 1);
    }

    void failuresAreRememberedWithoutAskingAgain_data()
    {
        QTest::addColumn<QByteArray>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("error");
        QTest::newRow("404") << QByteArray("404 Not Found") << QByteArray("{}")
                             << u"could not be fetched: the server answered 404 Not Found"_s;
        QTest::newRow("500") << QByteArray("500 Internal Server Error") << kKeySet
                             << u"could not be fetched: the server answered 500 Internal Server Error"_s;
        QTest::newRow("not JSON") << QByteArray("200 OK") << QByteArray("<html>keys</html>")
                                  << u"is not a JSON Web Key Set (not JSON"_s;
        QTest::newRow("no keys") << QByteArray("200 OK") << QByteArray(R"({"key":[]})")
                                 << u"is not a JSON Web Key Set (no \"keys\" array)"_s;
        QTest::newRow("keys not an array") << QByteArray("200 OK") << QByteArray(R"({"keys":{}})")
                                           << u"is not a JSON Web Key Set (no \"keys\" array)"_s;
        QTest::newRow("too large") << QByteArray("200 OK")
                                   << QByteArray(R"({"keys":[],"padding":")") + QByteArray(300 * 1024, 'x') + "\"}"
                                   << u"is larger than 256 KiB"_s;
    }

    void failuresAreRememberedWithoutAskingAgain()
    {
        QFETCH(QByteArray, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, error);
        HttpStub server;
        server.status = status;
        server.body = body;
        JwksCache cache;
        const QString url = server.url();

        int done = 0;
        cache.fetch(url, this, [&done] { ++done; });
        QTRY_COMPARE(done, 1);
        QVERIFY(!cache.cached(url));
        const QString lastError = cache.lastError(url);
        QVERIFY2(lastError.startsWith(u"The key set at "_s + url + u' '), qPrintable(lastError));
        QVERIFY2(lastError.contains(error), qPrintable(lastError));

        // Within the retry window: done again, no new connection, the same error.
        for (int i = 0; i < 5; ++i)
            cache.fetch(url, this, [&done] { ++done; });
        QTRY_COMPARE(done, 6);
        QTest::qWait(100);
        QCOMPARE(server.connections, 1);
        QCOMPARE(cache.lastError(url), lastError);
        QVERIFY(!cache.cached(url));

        // clear() forgets the failure: the next fetch asks again.
        cache.clear();
        QVERIFY(cache.lastError(url).isEmpty());
        server.status = "200 OK";
        server.body = kKeySet;
        cache.fetch(url, this, [&done] { ++done; });
        QTRY_COMPARE(done, 7);
        QCOMPARE(server.connections, 2);
        QCOMPARE(cache.cached(url), std::optional<QByteArray>(kKeySet));
        QVERIFY(cache.lastError(url).isEmpty());
    }

    void connectionRefused()
    {
        QString url;
        {
            HttpStub closed;
            url = closed.url();
        }
        JwksCache cache;
        bool done = false;
        cache.fetch(url, this, [&done] { done = true; });
        QTRY_VERIFY(done);
        QVERIFY(!cache.cached(url));
        QVERIFY2(cache.lastError(url).startsWith(u"The key set at "_s + url + u" could not be fetched: "_s),
                 qPrintable(cache.lastError(url)));
        QVERIFY2(cache.lastError(url).contains(u"refused"_s, Qt::CaseInsensitive), qPrintable(cache.lastError(url)));
    }

    void silentServerTimesOut()
    {
        HttpStub server;
        server.silent = true;
        JwksCache cache;
        const QString url = server.url();
        QElapsedTimer timer;
        timer.start();
        bool done = false;
        cache.fetch(url, this, [&done] { done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 8000);
        const qint64 elapsed = timer.elapsed();
        QVERIFY2(elapsed >= JwksCache::kFetchTimeoutMs - 500 && elapsed < 8000, qPrintable(QString::number(elapsed)));
        QCOMPARE(server.connections, 1);
        QVERIFY(!cache.cached(url));
        QCOMPARE(cache.lastError(url), u"The key set at "_s + url + u" did not answer within 5 s"_s);
    }

    void destroyedContextIsNotCalled()
    {
        HttpStub server;
        JwksCache cache;
        bool calledGone = false;
        bool calledKept = false;
        auto *gone = new QObject;
        cache.fetch(server.url(), gone, [&calledGone] { calledGone = true; });
        cache.fetch(server.url(), this, [&calledKept] { calledKept = true; });
        delete gone;
        QTRY_VERIFY(calledKept);
        QTest::qWait(50);
        QVERIFY(!calledGone);
        QVERIFY(cache.cached(server.url()));
    }

    void destroyedWhileFetching()
    {
        HttpStub server;
        server.silent = true;
        bool done = false;
        {
            JwksCache cache;
            cache.fetch(server.url(), this, [&done] { done = true; });
            QTRY_COMPARE(server.connections, 1);
        }
        QTest::qWait(100);
        QVERIFY(!done);
    }

    void fileSource()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"keys.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(kKeySet);
        file.close();

        JwksCache cache;
        QCOMPARE(cache.cached(path), std::optional<QByteArray>(kKeySet));
        QVERIFY(cache.lastError(path).isEmpty());
        QCOMPARE(cache.cached(u"file://"_s + path), std::optional<QByteArray>(kKeySet));
        bool done = false;
        cache.fetch(path, this, [&done] { done = true; });
        QVERIFY(!done);
        QTRY_VERIFY(done);

        // Read on every call: a changed file is seen at once.
        const QByteArray rotated = R"({"keys":[]})";
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(rotated);
        file.close();
        QCOMPARE(cache.cached(path), std::optional<QByteArray>(rotated));

        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("not a key set");
        file.close();
        QVERIFY(!cache.cached(path));
        QVERIFY2(cache.lastError(path).contains(u"is not a JSON Web Key Set"_s), qPrintable(cache.lastError(path)));
        QVERIFY(cache.lastError(path).contains(path));
    }

    void missingFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"absent.json"_s);
        JwksCache cache;
        QVERIFY(!cache.cached(path));
        const QString error = cache.lastError(path);
        QVERIFY2(error.startsWith(u"The key set file "_s + path + u" cannot be read"_s), qPrintable(error));
        bool done = false;
        cache.fetch(path, this, [&done] { done = true; });
        QTRY_VERIFY(done);
        QVERIFY(!cache.cached(path));
    }
};

QTEST_GUILESS_MAIN(TestJwksCache)
#include "tst_jwkscache.moc"
