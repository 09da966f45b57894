#pragma once

#include "cli/commandline.h"
#include "model/requestrecord.h"
#include "store/storeconfig.h"

#include <QStringList>

class QIODevice;

namespace scimmon {

struct RequestFilter;
class Store;

/// `scim-monitor export-log --out FILE [--from ISO] [--to ISO] [--bom]`: the request log as CSV
/// for a support ticket, one row per request, oldest first, with an `operation` column in the
/// IdP's words (see columns()). Times are ISO 8601 UTC; headers and bodies are redacted again on
/// the way out (Authorization, cookies, passwords; see Redaction), whatever version stored them.
/// The file is written atomically and readable by its owner only. Works while the receiver runs.
class ExportLogCommand
{
public:
    /// Runs the export in `cl` on the store. Returns the exit status: 0 on success (a line on
    /// stdout says how many requests went into which file), 1 on failure (the reason on stderr).
    static int run(const CommandLine &cl, const StoreConfig &store);

    /// Writes the entries of `store` that match `filter` to `device` as CSV (header row first).
    /// `*rows` receives the number of entries written. False with `*error` set on failure.
    static bool write(Store &store, const RequestFilter &filter, QIODevice *device, bool bom, qint64 *rows,
                      QString *error);

    /// The CSV header: the column names, in order.
    static QStringList columns();
    /// One entry as the CSV row's fields (redacted), in columns() order.
    static QStringList fields(const RequestRecord &record);
};

} // namespace scimmon
