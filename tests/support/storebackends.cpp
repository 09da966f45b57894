// Compiled into every test executable: the store backends the tests use, registered before main().
#include "store/sqlite/sqlitebackend.h"

namespace {

const bool kRegistered = [] {
    scimmon::SqliteBackend::registerBackend();
    return true;
}();

} // namespace
