#include "scim/primaryvalue.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace scimmon {

namespace {

bool isPrimary(const QJsonValue &element)
{
    return element.isObject() && element.toObject().value("primary"_L1).toBool();
}

} // namespace

void PrimaryValue::keepOne(const QJsonObject &before, QJsonObject &after)
{
    for (auto it = after.begin(); it != after.end(); ++it) {
        if (!it.value().isArray())
            continue;
        QJsonArray values = it.value().toArray();
        int primaries = 0;
        for (const QJsonValue &v : std::as_const(values))
            primaries += isPrimary(v) ? 1 : 0;
        if (primaries <= 1)
            continue;
        const QJsonArray old = before.value(it.key()).toArray();
        qsizetype keep = -1;
        for (qsizetype i = 0; i < values.size(); ++i)
            if (isPrimary(values.at(i)) && !(old.contains(values.at(i))))
                keep = i; // the last one the change made primary
        for (qsizetype i = 0; keep < 0 && i < values.size(); ++i)
            if (isPrimary(values.at(i)))
                keep = i;
        for (qsizetype i = 0; i < values.size(); ++i) {
            if (i == keep || !isPrimary(values.at(i)))
                continue;
            QJsonObject element = values.at(i).toObject();
            element.insert(u"primary"_s, false);
            values.replace(i, element);
        }
        it.value() = values;
    }
}

} // namespace scimmon
