#include "http/refusal.h"

#include "http/redaction.h"
#include "scim/scimerror.h"

#include <QAbstractSocket>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace scimmon {

QByteArray Refusal::reasonPhrase(int status)
{
    switch (status) {
    case 400:
        return "Bad Request";
    case 408:
        return "Request Timeout";
    case 413:
        return "Payload Too Large";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Error";
    }
}

QByteArray Refusal::write(QAbstractSocket *socket, int status, const QString &detail, const HeaderList &extra)
{
    const ScimError error{status, {}, detail};
    const QByteArray body = QJsonDocument(error.toJson()).toJson(QJsonDocument::Compact);
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status)
        + "\r\nContent-Type: application/scim+json; charset=utf-8\r\n";
    for (const auto &[name, value] : extra)
        head += name + ": " + value + "\r\n";
    head += "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n";
    socket->write(head + body);
    return body;
}

QString Refusal::addressText(const QHostAddress &address)
{
    bool ok = false;
    const QHostAddress v4(address.toIPv4Address(&ok));
    return ok ? v4.toString() : address.toString();
}

RequestRecord Refusal::record(const QAbstractSocket *socket, const QByteArray &requestLine, int status,
                              const QByteArray &body, double durationMs)
{
    RequestRecord record;
    record.time = QDateTime::currentDateTimeUtc();
    record.client = addressText(socket->peerAddress());
    const QList<QByteArray> parts = requestLine.left(4096).split(' ');
    record.method = QString::fromLatin1(parts.value(0).left(32));
    record.path = Redaction::path(QString::fromUtf8(parts.value(1).left(2048)));
    record.status = status;
    record.durationMs = durationMs;
    record.operation = Operation::Rejected;
    record.responseBody = QString::fromUtf8(body);
    return record;
}

} // namespace scimmon
