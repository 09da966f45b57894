#pragma once

#include <QString>

namespace scimmon {

/// Why a store call failed.
struct StoreError
{
    enum class Kind {
        None,
        Conflict, ///< a unique column would hold a duplicate (userName, displayName, token hash)
        NotFound, ///< the row to change does not exist
        Io, ///< the database failed (disk full, locked past the busy timeout, corrupt, ...)
    };
    Kind kind = Kind::None;
    QString message;
    bool ok() const { return kind == Kind::None; }
};

} // namespace scimmon
