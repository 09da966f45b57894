#pragma once

#include "model/identity.h"

#include <QString>

namespace scimmon {

/// Makes reproducible fake identities for demos, benchmarks and the IdP simulator: the same seed
/// and index give the same identity. As in real tenants, one user in 89 is a service account
/// (no given or family name) and one in 97 has no mailbox (no work email): gaps that mapping
/// health reports. Pure functions; no I/O.
class IdentityGenerator
{
public:
    /// The identity number `index` (0-based) under `seed`; its userName and mail end in "@`domain`".
    static Identity user(quint32 seed, int index, const QString &domain = QStringLiteral("contoso.example"));
    /// The name of team group number `index` (0-based), e.g. "Finance Platform 1"; unique per index.
    static QString groupName(int index);
    /// `text` folded to lower-case ASCII letters (accents dropped), e.g. "Zoltán" → "zoltan".
    static QString asciiFolded(const QString &text);
};

} // namespace scimmon
