#include "scim/jsonutil.h"

#include <QJsonArray>

namespace scimmon::json {

QString findKey(const QJsonObject &object, QStringView name)
{
    const QString exact = name.toString();
    if (object.contains(exact))
        return exact;
    for (auto it = object.begin(); it != object.end(); ++it)
        if (it.key().compare(name, Qt::CaseInsensitive) == 0)
            return it.key();
    return QString();
}

QJsonValue valueCi(const QJsonObject &object, QStringView name)
{
    const QString key = findKey(object, name);
    return key.isEmpty() ? QJsonValue(QJsonValue::Undefined) : object.value(key);
}

bool isEmptyValue(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return true;
    case QJsonValue::String:
        return v.toString().isEmpty();
    case QJsonValue::Array:
        return v.toArray().isEmpty();
    case QJsonValue::Object:
        return v.toObject().isEmpty();
    default:
        return false;
    }
}

} // namespace scimmon::json
