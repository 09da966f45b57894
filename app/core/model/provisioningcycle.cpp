#include "model/provisioningcycle.h"

using namespace Qt::StringLiterals;

namespace scimmon {

QString cycleTriggerKey(CycleTrigger trigger)
{
    switch (trigger) {
    case CycleTrigger::TestConnection:
        return u"Test Connection"_s;
    case CycleTrigger::QuietGap:
        return u"After a quiet gap"_s;
    case CycleTrigger::First:
        break;
    }
    return u"First request"_s;
}

CycleTrigger cycleTriggerFromKey(QStringView key)
{
    if (key == u"Test Connection")
        return CycleTrigger::TestConnection;
    if (key == u"After a quiet gap")
        return CycleTrigger::QuietGap;
    return CycleTrigger::First;
}

} // namespace scimmon
