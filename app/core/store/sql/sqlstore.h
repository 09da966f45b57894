#pragma once

#include "store/store.h"

#include <memory>

namespace scimmon {

class SqlDatabase;

/// Builds a Store from the SQL repositories over one open, migrated SqlDatabase (the backends in
/// store/sqlite/ and store/postgres/ open the connection and give their dialect).
class SqlStore
{
public:
    /// The store over `db`. Resources stored by an older version get their derived browse columns
    /// on the way. nullptr with `*error` set when that fails.
    static std::unique_ptr<Store> make(std::unique_ptr<SqlDatabase> db, QString *error);
};

} // namespace scimmon
