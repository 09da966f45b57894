#pragma once

#include <QJsonObject>
#include <QString>

namespace scimmon::json {

/// The key of `object` equal to `name` without regard to case (RFC 7643 §2.1: attribute names are
/// case-insensitive); an exact match wins. Empty when there is none.
QString findKey(const QJsonObject &object, QStringView name);

/// `object[name]` looked up without regard to case; undefined when absent.
QJsonValue valueCi(const QJsonObject &object, QStringView name);

/// True when `v` carries no value in the SCIM sense: null, undefined, "" or an empty array/object.
bool isEmptyValue(const QJsonValue &v);

} // namespace scimmon::json
