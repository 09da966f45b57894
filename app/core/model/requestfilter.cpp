#include "model/requestfilter.h"

using namespace Qt::StringLiterals;

namespace scimmon {

bool RequestFilter::isEmpty() const
{
    return text.trimmed().isEmpty() && statusClasses.isEmpty() && operations.isEmpty() && resourceType.isEmpty() && !idp
        && !from.isValid() && !to.isValid() && touching.isEmpty() && cycleId == 0;
}

QString RequestFilter::asciiLower(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        if (c.unicode() >= u'A' && c.unicode() <= u'Z')
            c = QChar(c.unicode() + (u'a' - u'A'));
    }
    return out;
}

bool RequestFilter::matches(const RequestRecord &r) const
{
    if (!statusClasses.isEmpty() && !statusClasses.contains(r.status / 100))
        return false;
    if (!operations.isEmpty() && !operations.contains(r.operation))
        return false;
    if (!resourceType.isEmpty()) {
        if (resourceType == kNoResourceType ? !r.resourceType.isEmpty() : r.resourceType != resourceType)
            return false;
    }
    if (idp && r.idp != *idp)
        return false;
    if (from.isValid() && r.time < from)
        return false;
    if (to.isValid() && r.time > to)
        return false;
    if (cycleId != 0 && r.cycleId != cycleId)
        return false;
    if (!touching.isEmpty() && r.resourceId != touching && !r.change.membersAdded.contains(touching)
        && !r.change.membersRemoved.contains(touching))
        return false;
    const QString needle = asciiLower(text.trimmed());
    if (needle.isEmpty())
        return true;
    // The same texts the store searches: the stable English names, not the window's labels.
    const QString fields[]{r.path,
                           r.target,
                           r.resourceId,
                           r.client,
                           r.method,
                           operationKey(r.operation),
                           operationKey(r.attemptedOperation),
                           r.tokenLabel,
                           idpKey(r.idp),
                           QString::number(r.status)};
    for (const QString &field : fields)
        if (asciiLower(field).contains(needle))
            return true;
    for (const Quirk &q : r.quirks)
        if (asciiLower(q.text()).contains(needle))
            return true;
    return false;
}

} // namespace scimmon
