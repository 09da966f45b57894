#pragma once

#include "model/resourcekind.h"
#include "store/browsequery.h"

#include <QStringList>

class QIODevice;

namespace scimmon {

class Store;

/// Writes the window's Users or Groups table as CSV (RFC 4180 through CsvWriter: UTF-8, CRLF,
/// spreadsheet formulas neutralised): every resource matching a BrowseQuery's search and filter,
/// in its order, one row each, read from the store a page at a time (memory does not grow with
/// the number of resources). Columns: the resource's `id`, the table's attributes by their SCIM
/// path, the membership count, `meta.lastModified` (ISO 8601 UTC) and the attributes the
/// mapping-health check found missing (MappingHealth paths, separated by "; ").
class ResourceCsvExport
{
public:
    /// Resources read from the store per page.
    static constexpr qint64 kPageSize = 1000;

    /// The header row for `kind`, in order.
    static QStringList columns(ResourceKind kind);
    /// The fields of one row, in columns() order.
    static QStringList fields(ResourceKind kind, const BrowseRow &row);

    /// Writes the header and every resource of `kind` matching `query` (its offset, limit and
    /// knownMatching are ignored) to `out`, which must be open for writing. Returns the number of
    /// resources written, or -1 with `*error` set when the store or the device fails.
    static qint64 write(Store &store, ResourceKind kind, const BrowseQuery &query, QIODevice *out, QString *error);

    /// As write(), to the file `path`, atomically: the file appears (or is replaced) only when the
    /// export is complete; a failed export leaves an existing file untouched.
    static qint64 writeFile(Store &store, ResourceKind kind, const BrowseQuery &query, const QString &path,
                            QString *error);
};

} // namespace scimmon
