#pragma once

#include <QString>

namespace scimmon {

/// Which database to open. SQLite is the default and keeps one file in the data directory.
struct StoreConfig
{
    QString backend = QStringLiteral("sqlite"); ///< "sqlite"
    QString sqlitePath; ///< absolute path of the database file

    /// The SQLite store in `dataDir` (file `scim-monitor.db`).
    static StoreConfig sqliteIn(const QString &dataDir);
};

} // namespace scimmon
