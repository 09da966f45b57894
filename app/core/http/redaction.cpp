#include "http/redaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <optional>

using namespace Qt::StringLiterals;

namespace scimmon {

namespace {

bool isPasswordName(QStringView name)
{
    // "password", also URN-qualified ("urn:…:User:password") and in any letter case.
    const QStringView n = name.trimmed();
    return n.compare(u"password", Qt::CaseInsensitive) == 0 || n.endsWith(u":password", Qt::CaseInsensitive);
}

/// A password, or an OAuth 2.0 credential (RFC 6749 §4.4.2, §5.1) as a JSON member or form field.
bool isSecretName(QStringView name)
{
    const QStringView n = name.trimmed();
    for (const QStringView secret : {u"access_token", u"refresh_token", u"id_token", u"client_secret"})
        if (n.compare(secret, Qt::CaseInsensitive) == 0)
            return true;
    return isPasswordName(n);
}

/// A signed JWT (RFC 7515 §7.1) with its signature replaced: the header and claims stay readable
/// for troubleshooting, and without a signature it cannot be replayed.
QString withoutSignature(const QString &jwt)
{
    const qsizetype lastDot = jwt.lastIndexOf(u'.');
    return lastDot > 0 && jwt.count(u'.') == 2 ? jwt.left(lastDot + 1) + u"[redacted]"_s : u"[redacted]"_s;
}

/// `body` redacted as an application/x-www-form-urlencoded form (a token request), or std::nullopt
/// when it is not one.
std::optional<QString> redactedForm(const QByteArray &body)
{
    QStringList out;
    for (const QByteArray &pair : body.split('&')) {
        const qsizetype eq = pair.indexOf('=');
        if (eq <= 0 || pair.contains(' ') || pair.contains('\n'))
            return std::nullopt;
        const QString name = QUrl::fromPercentEncoding(pair.left(eq));
        const QString value = QUrl::fromPercentEncoding(QByteArray(pair.mid(eq + 1)).replace('+', ' '));
        if (isSecretName(name) || name.contains("assword"_L1, Qt::CaseInsensitive))
            out.append(QString::fromLatin1(pair.left(eq)) + u"=[redacted]"_s);
        else if (name == "assertion"_L1 || name == "client_assertion"_L1)
            out.append(QString::fromLatin1(pair.left(eq)) + u'=' + withoutSignature(value));
        else
            out.append(QString::fromUtf8(pair));
    }
    return out.join(u'&');
}

/// Replaces every password value in `v`; sets `found` when there was one.
QJsonValue scrub(const QJsonValue &v, bool &found)
{
    if (v.isObject()) {
        QJsonObject o = v.toObject();
        bool pathIsPassword = false;
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (isSecretName(it.key())) {
                *it = u"[redacted]"_s;
                found = true;
            } else {
                *it = scrub(*it, found);
            }
            pathIsPassword = pathIsPassword
                || (it.key().compare("path"_L1, Qt::CaseInsensitive) == 0 && isPasswordName(it->toString()));
        }
        // PATCH {"op": "replace", "path": "password", "value": "…"}
        if (pathIsPassword) {
            for (auto it = o.begin(); it != o.end(); ++it) {
                if (it.key().compare("value"_L1, Qt::CaseInsensitive) == 0) {
                    *it = u"[redacted]"_s;
                    found = true;
                }
            }
        }
        return o;
    }
    if (v.isArray()) {
        QJsonArray a = v.toArray();
        for (auto it = a.begin(); it != a.end(); ++it)
            *it = scrub(*it, found);
        return a;
    }
    return v;
}

bool isSecretHeader(const QByteArray &name)
{
    return name.compare("authorization", Qt::CaseInsensitive) == 0
        || name.compare("proxy-authorization", Qt::CaseInsensitive) == 0
        || name.compare("cookie", Qt::CaseInsensitive) == 0 || name.compare("set-cookie", Qt::CaseInsensitive) == 0;
}

QString cut(const QByteArray &bytes)
{
    if (bytes.size() <= Redaction::kMaxBodyBytes)
        return QString::fromUtf8(bytes);
    return QString::fromUtf8(bytes.left(Redaction::kMaxBodyBytes))
        + u"\n… [%1 more bytes not kept]"_s.arg(bytes.size() - Redaction::kMaxBodyBytes);
}

} // namespace

namespace {

/// True when `body` could name a secret (isSecretName(), or an assertion): "password", "_token",
/// "secret" or "assertion" in any letter case, or a JSON escape (\u…) that could spell one.
bool mayNameSecret(const QByteArray &body)
{
    if (body.contains("\\u") || body.contains("\\U"))
        return true;
    const char *data = body.constData();
    for (qsizetype i = 0; i + 6 <= body.size(); ++i) {
        const char c = char(data[i] | 0x20);
        if ((c == 'p' && i + 8 <= body.size() && qstrnicmp(data + i, "password", 8) == 0)
            || (data[i] == '_' && qstrnicmp(data + i, "_token", 6) == 0)
            || (c == 's' && qstrnicmp(data + i, "secret", 6) == 0)
            || (c == 'a' && i + 9 <= body.size() && qstrnicmp(data + i, "assertion", 9) == 0))
            return true;
    }
    return false;
}

} // namespace

QString Redaction::path(const QString &pathAndQuery)
{
    const qsizetype question = pathAndQuery.indexOf(u'?');
    if (question < 0 || !mayNameSecret(QUrl::fromPercentEncoding(pathAndQuery.mid(question + 1).toUtf8()).toUtf8()))
        return pathAndQuery;
    QStringList items = pathAndQuery.mid(question + 1).split(u'&');
    for (QString &item : items) {
        const QString name = QUrl::fromPercentEncoding(item.section(u'=', 0, 0).toUtf8());
        if (isSecretName(name) || name.contains("assword"_L1, Qt::CaseInsensitive))
            item = item.section(u'=', 0, 0) + u"=[redacted]"_s;
        else if (name == "assertion"_L1 || name == "client_assertion"_L1)
            item = item.section(u'=', 0, 0) + u'='
                + withoutSignature(QUrl::fromPercentEncoding(item.section(u'=', 1).toUtf8()));
    }
    return pathAndQuery.left(question + 1) + items.join(u'&');
}

QString Redaction::headerText(const QString &lines)
{
    QString out;
    for (const QString &line : lines.split(u'\n', Qt::SkipEmptyParts)) {
        const qsizetype colon = line.indexOf(u':');
        const QString name = colon > 0 ? line.left(colon).trimmed() : QString();
        if (!name.isEmpty() && isSecretHeader(name.toLatin1()))
            out += name + u": "_s + QString::fromUtf8(authorization(line.mid(colon + 1).trimmed().toUtf8())) + u'\n';
        else
            out += line + u'\n';
    }
    return out;
}

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
        const bool secret = isSecretHeader(name);
        out += QString::fromLatin1(name) + u": "_s + QString::fromUtf8(secret ? authorization(value) : value) + u'\n';
    }
    return out;
}

QString Redaction::body(const QByteArray &body)
{
    if (body.isEmpty())
        return QString();
    // Most bodies name no secret at all: kept byte for byte without parsing them.
    if (!mayNameSecret(body))
        return cut(body);
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError) {
        if (const auto form = redactedForm(body.trimmed()))
            return cut(form->toUtf8());
        // Not JSON. If it could name a password, keep nothing rather than risk keeping it.
        const QByteArray lower = body.toLower();
        if (lower.contains("assword"))
            return u"[body not kept: it is not valid JSON and may contain a password]"_s;
        return cut(body);
    }
    // Parsed, so escapes such as "p\u0061ssword" are seen as what they are. A body without a
    // password is kept byte for byte, as the client sent it.
    bool found = false;
    const QJsonValue scrubbed = scrub(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()), found);
    if (!found)
        return cut(body);
    const QJsonDocument out
        = scrubbed.isObject() ? QJsonDocument(scrubbed.toObject()) : QJsonDocument(scrubbed.toArray());
    return cut(out.toJson(QJsonDocument::Compact));
}

} // namespace scimmon
