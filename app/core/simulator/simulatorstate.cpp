#include "simulator/simulatorstate.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace scimmon {

QString SimulatorState::targetIdentity(const QUrl &tenantUrl)
{
    QUrl u = tenantUrl.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo
                                | QUrl::StripTrailingSlash | QUrl::NormalizePathSegments);
    u.setHost(u.host().toLower());
    if (u.port() == -1)
        u.setPort(u.scheme() == "https"_L1 ? 443 : 80);
    return u.toString();
}

QString SimulatorState::ownReceiverIdentity(const QString &dataDir)
{
    return u"scim-monitor receiver of "_s + QDir(dataDir).absolutePath();
}

QString SimulatorState::defaultPath(const QString &dataDir, const QString &idpKey, const QString &target)
{
    const QDir dir(QDir(dataDir).absoluteFilePath(u"simulator"_s));
    if (target.isEmpty())
        return dir.absoluteFilePath(u"%1-own-receiver.json"_s.arg(idpKey));
    const QUrl url(target);
    // "…/scim/v2" and "…/scim/v2/" name one Tenant URL, and so one state file.
    const QByteArray key = url.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments).toEncoded();
    const QString hash = QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(8));
    QString host = url.host();
    host.replace(u':', u'_');
    return dir.absoluteFilePath(
        u"%1-%2-%3-%4.json"_s.arg(idpKey, host).arg(url.port(url.scheme() == "https"_L1 ? 443 : 80)).arg(hash));
}

bool SimulatorState::load(const QString &path, const QString &target, Idp idp, SimulatorState *state, bool *exists,
                          QString *error)
{
    error->clear();
    QFile file(path);
    *exists = file.exists();
    if (!*exists)
        return false;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot read the state file %1: %2"_s.arg(path, file.errorString());
        return false;
    }
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parse);
    const QJsonObject o = doc.object();
    if (parse.error != QJsonParseError::NoError || !o.contains("simulatorState"_L1)) {
        *error = u"%1 is not a simulation state file"_s.arg(path);
        return false;
    }
    if (o.value("simulatorState"_L1).toInt() > kFormat) {
        *error = u"the state file %1 was written by a newer scim-monitor"_s.arg(path);
        return false;
    }
    SimulatorState s;
    s.target = o.value("target"_L1).toString();
    s.idp = idpFromKey(o.value("idp"_L1).toString());
    if (s.target != target) {
        *error = u"the state file %1 was written for another target (%2), not %3; give another --state FILE "
                 "or remove it to start over"_s.arg(path, s.target, target);
        return false;
    }
    if (s.idp != idp) {
        *error = u"the state file %1 belongs to a simulated %2 job, not %3; give another --state FILE"_s.arg(
            path, idpKey(s.idp), idpKey(idp));
        return false;
    }
    s.cycles = o.value("cycles"_L1).toInt();
    s.watermark = QDateTime::fromString(o.value("watermark"_L1).toString(), Qt::ISODateWithMs);
    QString why;
    if (!SimulatedDirectory::fromJson(o.value("directory"_L1).toObject(), &s.directory, &why)) {
        *error = u"the state file %1 is damaged: %2"_s.arg(path, why);
        return false;
    }
    *state = std::move(s);
    return true;
}

bool SimulatorState::save(const QString &path, QString *error) const
{
    const QFileInfo info(path);
    if (!info.absoluteDir().exists()) {
        if (!QDir().mkpath(info.absolutePath())) {
            *error = u"cannot create the folder of the state file %1"_s.arg(path);
            return false;
        }
        // The directory holds names and mail addresses: only the owner may read it.
        QFile::setPermissions(info.absolutePath(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    const QJsonObject o{{u"simulatorState"_s, kFormat},
                        {u"target"_s, target},
                        {u"idp"_s, idpKey(idp)},
                        {u"cycles"_s, cycles},
                        {u"watermark"_s, watermark.isValid() ? watermark.toString(Qt::ISODateWithMs) : QString()},
                        {u"directory"_s, directory.toJson()}};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner)
        || file.write(QJsonDocument(o).toJson(QJsonDocument::Indented)) < 0 || !file.commit()) {
        *error = u"cannot write the state file %1: %2"_s.arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace scimmon
