#pragma once

// Searching files for a secret: the tests that check that no Secret Token or passphrase is ever
// written anywhere (data directory, exports, logs) use it.

#include <QByteArray>
#include <QDirIterator>
#include <QFile>
#include <QString>
#include <QStringList>

namespace scimmon::test {

/// The files under `dir` (recursively, hidden ones included) whose bytes contain `needle`, also
/// base64- or percent-encoded.
inline QStringList filesContaining(const QString &dir, const QByteArray &needle)
{
    QStringList found;
    if (needle.isEmpty() || dir.isEmpty())
        return found;
    const QList<QByteArray> forms{needle, needle.toBase64(), needle.toPercentEncoding()};
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = f.readAll();
        for (const QByteArray &form : forms)
            if (bytes.contains(form)) {
                found.append(path);
                break;
            }
    }
    return found;
}

} // namespace scimmon::test
