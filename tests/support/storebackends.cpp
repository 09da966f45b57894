// Compiled into every test executable: the store backends the tests use, registered before main().
#include "store/postgresql/postgresqlbackend.h"
#include "store/sqlite/sqlitebackend.h"

namespace {

const bool kRegistered = [] {
    scimmon::SqliteBackend::registerBackend();
    scimmon::PostgresqlBackend::registerBackend();
    return true;
}();

} // namespace
