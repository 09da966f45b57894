// Compiled into every test executable: what the application's main() sets up before anything
// else, done here before main(): the store backends, and Qt's own event dispatcher for the
// threads a test starts (the receiver's worker thread among them; see ThreadEventLoop).
#include "platform/threadeventloop.h"
#include "store/postgresql/postgresqlbackend.h"
#include "store/sqlite/sqlitebackend.h"

namespace {

const bool kSetUp = [] {
    scimmon::ThreadEventLoop::useQtDispatcherInWorkerThreads();
    scimmon::SqliteBackend::registerBackend();
    scimmon::PostgresqlBackend::registerBackend();
    return true;
}();

} // namespace
