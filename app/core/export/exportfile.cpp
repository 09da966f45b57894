#include "export/exportfile.h"

#include <QFileInfo>

#include <cerrno>
#include <cstring>

using namespace Qt::StringLiterals;

namespace scimmon {

namespace {

QString systemReason(const QSaveFile &file)
{
    // QSaveFile reports some failures (a full disk among them) as "Unknown error"; errno knows.
    const QString reason = file.errorString();
    if (!reason.isEmpty() && reason != "Unknown error"_L1)
        return reason;
    return errno != 0 ? QString::fromLocal8Bit(std::strerror(errno)) : reason;
}

} // namespace

bool ExportFile::open(QSaveFile &file, QString *error)
{
    const QString path = file.fileName();
    const QFileInfo target(path);
    if (target.exists() && !target.isFile()) {
        *error = u"Cannot write %1: it is not a regular file (a directory, device or pipe)."_s.arg(path);
        return false;
    }
    errno = 0;
    if (!file.open(QIODevice::WriteOnly)) {
        *error = u"Cannot write %1: %2"_s.arg(path, systemReason(file));
        return false;
    }
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    return true;
}

bool ExportFile::commit(QSaveFile &file, QString *error)
{
    errno = 0;
    if (file.commit())
        return true;
    *error = u"Cannot write %1: %2"_s.arg(file.fileName(), systemReason(file));
    return false;
}

bool ExportFile::write(const QString &path, const QByteArray &content, QString *error)
{
    QSaveFile file(path);
    if (!open(file, error))
        return false;
    if (file.write(content) != content.size()) {
        *error = u"Cannot write %1: %2"_s.arg(path, systemReason(file));
        file.cancelWriting();
        return false;
    }
    return commit(file, error);
}

} // namespace scimmon
