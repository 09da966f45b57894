#include "model/provisioningcycle.h"

#include <QLocale>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace scimmon {

QString ProvisioningCycle::durationText(qint64 ms)
{
    if (ms < 1000)
        return u"%1 ms"_s.arg(ms);
    const qint64 s = ms / 1000;
    if (s < 60)
        return u"%1 s"_s.arg(s);
    if (s < 3600)
        return u"%1 min %2 s"_s.arg(s / 60).arg(s % 60);
    return u"%1 h %2 min"_s.arg(s / 3600).arg((s % 3600) / 60);
}

QString ProvisioningCycle::summary() const
{
    const QLocale locale;
    auto n = [&](qint64 v) { return locale.toString(v); };
    QStringList parts{u"%1 created"_s.arg(n(created)), u"%1 updated"_s.arg(n(updated)),
                      u"%1 deactivated"_s.arg(n(deactivated))};
    if (reactivated > 0)
        parts.append(u"%1 reactivated"_s.arg(n(reactivated)));
    parts.append(u"%1 deleted"_s.arg(n(deleted)));
    parts.append(membershipChanges() == 1 ? u"1 membership change"_s
                                          : u"%1 membership changes"_s.arg(n(membershipChanges())));
    parts.append(failures == 1 ? u"1 failure"_s : u"%1 failures"_s.arg(n(failures)));
    return parts.join(u", "_s) + u" \u00b7 "_s + durationText(durationMs());
}

} // namespace scimmon
