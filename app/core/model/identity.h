#pragma once

#include <QString>

namespace scimmon {

/// One realistic person (or service account) of a fake tenant, as a directory holds it before any
/// SCIM mapping: names, mailbox, organisation. Made by IdentityGenerator; the seed generator and
/// the IdP simulator build their SCIM bodies from it.
struct Identity
{
    QString givenName; ///< empty for a service account
    QString familyName; ///< empty for a service account
    QString displayName;
    QString userName; ///< a UPN-style sign-in name, unique per index, e.g. "ada.berg.7@contoso.example"
    QString mail; ///< the work mailbox; empty for an account without a mailbox
    QString department;
    QString title;
    QString employeeNumber;
    bool serviceAccount = false;
};

} // namespace scimmon
