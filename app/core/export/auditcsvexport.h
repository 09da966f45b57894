#pragma once

#include "model/auditevent.h"

#include <QIODevice>
#include <QStringList>

#include <functional>

namespace scimmon {

class Store;

/// Writes the audit trail as CSV in the stable format of docs/audit-csv.md, streaming row by row
/// from the store (memory does not grow with the number of events).
class AuditCsvExport
{
public:
    /// Called every few thousand rows with rows written so far and the total to write; returning
    /// false cancels the export.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    struct Outcome
    {
        qint64 rows = 0; ///< events written (not counting the header)
        bool ok = false;
        bool cancelled = false;
        QString error; ///< why it failed
    };

    /// The header row, in order.
    static QStringList columns();

    /// Writes the header and every event matching `filter`, oldest first, to `out`.
    static Outcome write(Store &store, const AuditFilter &filter, QIODevice *out, bool bom,
                         const Progress &progress = {});

    /// Writes to the file `path` atomically: the file appears only when the export is complete; a
    /// cancelled or failed export leaves no file (and an existing file untouched).
    static Outcome writeFile(Store &store, const AuditFilter &filter, const QString &path, bool bom,
                             const Progress &progress = {});
};

} // namespace scimmon
