#pragma once

namespace scimmon {

/// The SQLite backend of the store ("sqlite"): registers SqliteStore with StoreFactory. Called
/// once by each composition root that stores in SQLite (the executable, tests, benchmarks).
class SqliteBackend
{
public:
    /// Registers the backend; calling it again changes nothing.
    static void registerBackend();
};

} // namespace scimmon
