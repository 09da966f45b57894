#include "redaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace scimmon {

namespace {

QJsonValue scrub(const QJsonValue &v)
{
    if (v.isObject()) {
        QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.key().compare("password"_L1, Qt::CaseInsensitive) == 0)
                *it = u"[redacted]"_s;
            else
                *it = scrub(*it);
        }
        // PATCH {"op": "replace", "path": "password", "value": "…"}
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.key().compare("path"_L1, Qt::CaseInsensitive) == 0
                && it->toString().trimmed().compare("password"_L1, Qt::CaseInsensitive) == 0) {
                for (auto v2 = o.begin(); v2 != o.end(); ++v2)
                    if (v2.key().compare("value"_L1, Qt::CaseInsensitive) == 0)
                        *v2 = u"[redacted]"_s;
            }
        }
        return o;
    }
    if (v.isArray()) {
        QJsonArray a = v.toArray();
        for (auto it = a.begin(); it != a.end(); ++it)
            *it = scrub(*it);
        return a;
    }
    return v;
}

QString cut(const QByteArray &bytes)
{
    if (bytes.size() <= Redaction::kMaxBodyBytes)
        return QString::fromUtf8(bytes);
    return QString::fromUtf8(bytes.left(Redaction::kMaxBodyBytes))
        + u"\n… [%1 more bytes not kept]"_s.arg(bytes.size() - Redaction::kMaxBodyBytes);
}

} // namespace

QByteArray Redaction::authorization(const QByteArray &value)
{
    const QByteArray v = value.trimmed();
    const qsizetype space = v.indexOf(' ');
    if (space > 0)
        return v.left(space) + " [redacted]";
    return v.isEmpty() ? QByteArray() : QByteArray("[redacted]");
}

QString Redaction::headers(const HeaderList &headers)
{
    QString out;
    for (const auto &[name, value] : headers) {
        const bool secret = name.compare("authorization", Qt::CaseInsensitive) == 0
            || name.compare("proxy-authorization", Qt::CaseInsensitive) == 0
            || name.compare("cookie", Qt::CaseInsensitive) == 0;
        out += QString::fromLatin1(name) + u": "_s + QString::fromUtf8(secret ? authorization(value) : value) + u'\n';
    }
    return out;
}

QString Redaction::body(const QByteArray &body)
{
    if (body.isEmpty())
        return QString();
    if (!body.contains("assword"))
        return cut(body);
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError) {
        // Not JSON, but it names a password: keep nothing rather than risk keeping it.
        return u"[body not kept: it is not valid JSON and mentions a password]"_s;
    }
    const QJsonValue scrubbed = scrub(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()));
    const QJsonDocument out
        = scrubbed.isObject() ? QJsonDocument(scrubbed.toObject()) : QJsonDocument(scrubbed.toArray());
    return cut(out.toJson(QJsonDocument::Compact));
}

} // namespace scimmon
