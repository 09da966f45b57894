#include "platform/threadeventloop.h"

#include <QAbstractEventDispatcher>
#include <QCoreApplication>
#include <QThread>
#include <QtTest>

using namespace scimmon;

/// Threads started after ThreadEventLoop::useQtDispatcherInWorkerThreads() wait in Qt's own
/// dispatcher; the main thread keeps GLib's.
class TestThreadEventLoop : public QObject
{
    Q_OBJECT

public:
    /// Before the application object, as in main().
    static void initMain() { ThreadEventLoop::useQtDispatcherInWorkerThreads(); }

private Q_SLOTS:
    void workerThreadsUseQtsDispatcherMainThreadKeepsGlib()
    {
        QThread worker;
        QObject inWorker;
        inWorker.moveToThread(&worker);
        worker.start();
        QString workerDispatcher;
        QMetaObject::invokeMethod(
            &inWorker,
            [&workerDispatcher] {
                workerDispatcher = QString::fromLatin1(QAbstractEventDispatcher::instance()->metaObject()->className());
            },
            Qt::BlockingQueuedConnection);
        worker.quit();
        QVERIFY(worker.wait(5000));
        QCOMPARE(workerDispatcher, u"QEventDispatcherUNIX"_qs);
        // Debian's Qt is built with GLib: the main thread's loop stays a GLib main context.
        QCOMPARE(QString::fromLatin1(QCoreApplication::eventDispatcher()->metaObject()->className()),
                 u"QEventDispatcherGlib"_qs);
    }

    void aVariableSetByTheUserIsKept()
    {
        // The environment's own value wins (QT_NO_THREADED_GLIB=0 is still "set" for Qt).
        qputenv("QT_NO_THREADED_GLIB", QByteArrayLiteral("yes"));
        ThreadEventLoop::useQtDispatcherInWorkerThreads();
        QCOMPARE(qgetenv("QT_NO_THREADED_GLIB"), QByteArray("yes"));
        qputenv("QT_NO_THREADED_GLIB", QByteArrayLiteral("1"));
    }
};

QTEST_GUILESS_MAIN(TestThreadEventLoop)
#include "tst_threadeventloop.moc"
