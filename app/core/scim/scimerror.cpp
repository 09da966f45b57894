#include "scim/scimerror.h"

#include "scim/scimconstants.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace scimmon {

QJsonObject ScimError::toJson() const
{
    QJsonObject body{{u"schemas"_s, QJsonArray{schema::kError}}, {u"status"_s, QString::number(status)}};
    if (!scimType.isEmpty())
        body.insert(u"scimType"_s, scimType);
    if (!detail.isEmpty())
        body.insert(u"detail"_s, detail);
    return body;
}

ScimError ScimError::badRequest(const QString &scimType, const QString &detail)
{
    return ScimError{400, scimType, detail};
}

ScimError ScimError::uniqueness(const QString &detail)
{
    return ScimError{409, u"uniqueness"_s, detail};
}

ScimError ScimError::notFound(const QString &detail)
{
    return ScimError{404, {}, detail};
}

ScimError ScimError::unauthorized(const QString &detail)
{
    return ScimError{401, {}, detail};
}

ScimError ScimError::methodNotAllowed(const QString &detail)
{
    return ScimError{405, {}, detail};
}

ScimError ScimError::internal(const QString &detail)
{
    return ScimError{500, {}, detail};
}

} // namespace scimmon
