#include "receiver/receiverconfig.h"

#include "platform/appsettings.h"

using namespace Qt::StringLiterals;

namespace scimmon {

bool ReceiverConfig::setListen(const QString &hostPort, QString *error)
{
    const QString text = hostPort.trimmed();
    QString host;
    QString portText;
    if (text.startsWith(u'[')) {
        const auto close = text.indexOf(u']');
        if (close < 0 || text.mid(close + 1, 1) != ":"_L1) {
            *error = u"\"%1\" is not HOST:PORT; write IPv6 addresses as [::1]:8080."_s.arg(text);
            return false;
        }
        host = text.mid(1, close - 1);
        portText = text.mid(close + 2);
    } else if (text.count(u':') == 1) {
        host = text.section(u':', 0, 0);
        portText = text.section(u':', 1);
    } else if (!text.contains(u':')) {
        portText = text;
    } else {
        *error = u"\"%1\" is not HOST:PORT; write IPv6 addresses as [::1]:8080."_s.arg(text);
        return false;
    }
    bool ok = false;
    const int p = portText.toInt(&ok);
    if (!ok || p < 0 || p > 65535) {
        *error = u"\"%1\" is not HOST:PORT or PORT with a port from 0 to 65535 (0 picks a free port), "
                 "e.g. 127.0.0.1:8080."_s.arg(text);
        return false;
    }
    QHostAddress a;
    if (host.isEmpty() || host == "localhost"_L1)
        a = QHostAddress::LocalHost;
    else if (host == "*"_L1)
        a = QHostAddress::Any;
    else if (!a.setAddress(host)) {
        *error = u"\"%1\" is not an IP address; use 127.0.0.1, 0.0.0.0, ::1 or ::."_s.arg(host);
        return false;
    }
    address = a;
    port = quint16(p);
    return true;
}

bool ReceiverConfig::setTrustedProxies(const QStringList &entries, QString *error)
{
    QList<QPair<QHostAddress, int>> parsed;
    for (const QString &raw : entries) {
        const QString entry = raw.trimmed();
        if (entry.isEmpty())
            continue;
        QPair<QHostAddress, int> subnet;
        if (entry.contains(u'/')) {
            subnet = QHostAddress::parseSubnet(entry);
        } else {
            QHostAddress a;
            if (a.setAddress(entry))
                subnet = {a, a.protocol() == QAbstractSocket::IPv6Protocol ? 128 : 32};
        }
        if (subnet.first.isNull()) {
            *error = u"\"%1\" is not an IP address or subnet (e.g. 127.0.0.1 or 10.0.0.0/8)."_s.arg(entry);
            return false;
        }
        parsed.append(subnet);
    }
    trustedProxies = parsed;
    return true;
}

QString ReceiverConfig::listenText() const
{
    const QString host
        = address.protocol() == QAbstractSocket::IPv6Protocol ? u'[' + address.toString() + u']' : address.toString();
    return host + u':' + QString::number(port);
}

bool ReceiverConfig::applySettings(const AppSettings &settings, const QString &listenOverride, QString *error)
{
    maxBodyBytes = settings.maxBodyBytes();
    idleTimeoutMs = settings.idleTimeoutMs();
    logRetentionDays = settings.logRetentionDays();
    logRetentionRows = settings.logRetentionRows();
    tls.certificateFile = settings.tlsCertificateFile();
    tls.keyFile = settings.tlsKeyFile();
    if (!setTrustedProxies(settings.trustedProxies(), error)) {
        *error = u"settings.ini, receiver/trustedProxies: "_s + *error;
        return false;
    }
    if (!listenOverride.isEmpty())
        return setListen(listenOverride, error);
    if (!setListen(settings.listen(), error)) {
        *error = u"settings.ini, receiver/listen: "_s + *error;
        return false;
    }
    return true;
}

} // namespace scimmon
