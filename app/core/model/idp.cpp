#include "model/idp.h"

using namespace Qt::StringLiterals;

namespace scimmon {

QString idpKey(Idp idp)
{
    switch (idp) {
    case Idp::Entra:
        return u"Entra"_s;
    case Idp::Okta:
        return u"Okta"_s;
    case Idp::Other:
        break;
    }
    return u"Other"_s;
}

Idp idpFromKey(QStringView key)
{
    if (key == u"Entra")
        return Idp::Entra;
    if (key == u"Okta")
        return Idp::Okta;
    return Idp::Other;
}

} // namespace scimmon
