#pragma once

namespace scimmon {

/// How the process's threads wait for their events (sockets, timers, posted events).
class ThreadEventLoop
{
public:
    /// Makes every thread started after this call wait in Qt's own poll()-based event dispatcher
    /// (QEventDispatcherUNIX) instead of a GLib main context; the main thread keeps GLib's, which
    /// QtKeychain's libsecret backend and the desktop integration need. Qt reads the environment
    /// variable QT_NO_THREADED_GLIB when each thread starts (QThreadPrivate::createEventDispatcher,
    /// Qt 6); this sets it to 1 unless it is set already. Why: a GLib main context signals its
    /// wakeup descriptor each time a socket notifier is added or removed, and a socket enables and
    /// disables its write notifier around every response, so the receiver's thread paid two more
    /// system calls and an extra loop iteration per request (half its write(2) calls in a
    /// provisioning cycle). Call it early in main(), before any other thread starts: it changes
    /// the process environment, which threads must not read while it changes. Processes started
    /// later inherit the variable, which affects only their own non-main threads, as here.
    static void useQtDispatcherInWorkerThreads();
};

} // namespace scimmon
