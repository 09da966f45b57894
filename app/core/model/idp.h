#pragma once

#include <QString>
#include <QStringView>

namespace scimmon {

/// Which identity provider sent a request (RequestClassifier decides, from the User-Agent and the
/// dialect of the request; see IdpDetector).
enum class Idp : quint8 {
    Other, ///< neither Entra nor Okta could be told, or a SCIM client of another vendor
    Entra, ///< Microsoft Entra ID (formerly Azure AD)
    Okta,
};

/// The IdP's stable English name ("Entra", "Okta", "Other"), as the store keeps it and the
/// exports write it; never translated.
QString idpKey(Idp idp);
/// The IdP named `key` (see idpKey()); Idp::Other for an empty or unknown name.
Idp idpFromKey(QStringView key);

} // namespace scimmon
