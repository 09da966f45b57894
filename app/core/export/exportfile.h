#pragma once

#include <QSaveFile>
#include <QString>

namespace scimmon {

/// The file an export (audit trail, request log, users or groups) writes. Data go to a temporary
/// file that replaces the target only on commit(), so a failed or cancelled export leaves the
/// previous file (or none) in place. Exports hold personal data: the file is readable and
/// writable by its owner only (0600).
class ExportFile
{
public:
    /// Opens `file` (constructed with the target path) for writing. Refuses, with `error` set to a
    /// sentence naming the path, a target that exists but is not a regular file (a directory,
    /// device or FIFO: replacing it would destroy it) and a target that cannot be created.
    /// Returns false on refusal; `file` is then closed.
    static bool open(QSaveFile &file, QString *error);

    /// Moves the written data into place. Returns false with `error` naming the path and the
    /// system's reason (for example "No space left on device") when writing or renaming failed.
    static bool commit(QSaveFile &file, QString *error);

    /// Writes `content` to `path` as open() and commit() do (owner only, replaced whole or not
    /// at all): for reports made in memory (the simulator's and the conformance runner's). False
    /// with `error` set as open() and commit() set it.
    static bool write(const QString &path, const QByteArray &content, QString *error);
};

} // namespace scimmon
