#pragma once

namespace scimmon {

/// The process's use of OpenSSL's libcrypto (loaded by Qt Network's TLS backend, libpq and cjose).
class CryptoLibrary
{
public:
    /// Keeps libcrypto from freeing its state in an atexit handler (OPENSSL_init_crypto(3) with
    /// OPENSSL_INIT_NO_ATEXIT); the operating system reclaims it when the process ends. Without it,
    /// a thread that used libcrypto (the receiver's worker, a store reader's pool thread) can still
    /// be running its thread-exit destructors after QThread::wait() returned (Qt's threads are
    /// detached), while main() returns and the atexit handler OPENSSL_cleanup() frees the same
    /// per-thread state: a double free that aborts the process (SIGABRT) on its way out.
    /// Call it first in main(), before anything initialises libcrypto: the first initialisation
    /// decides whether the handler is registered. Returns false when libcrypto could not be
    /// initialised (the process goes on; TLS then fails where it is used, with its own error).
    static bool skipCleanupAtExit();
};

} // namespace scimmon
