#include "http/refusal.h"

#include "http/redaction.h"
#include "http/responsewriter.h"
#include "scim/scimerror.h"

#include <QAbstractSocket>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace scimmon {

QByteArray Refusal::write(QAbstractSocket *socket, int status, const QString &detail, const HeaderList &extra)
{
    const ScimError error{status, {}, detail};
    HttpResponse response;
    response.status = status;
    response.body = QJsonDocument(error.toJson()).toJson(QJsonDocument::Compact);
    response.headers = {{"Content-Type", "application/scim+json; charset=utf-8"}};
    response.headers += extra;
    response.headers += {{"Content-Length", QByteArray::number(response.body.size())}, {"Connection", "close"}};
    ResponseWriter(socket, false, true).write(response);
    return response.body;
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
    const QList<QByteArray> parts = requestLine.left(4096).trimmed().split(' '); // without its CR LF
    record.method = QString::fromLatin1(parts.value(0).left(32));
    record.path = Redaction::path(QString::fromUtf8(parts.value(1).left(2048)));
    record.status = status;
    record.durationMs = durationMs;
    record.operation = Operation::Rejected;
    record.responseBody = QString::fromUtf8(body);
    return record;
}

} // namespace scimmon
