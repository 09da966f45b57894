#pragma once

#include "model/idp.h"

#include <QString>

#include <optional>

namespace scimmon {

/// The PATCH dialect or client flavour the simulated IdP speaks (entra-okta-scim.md §2, §5).
enum class SimulationFlavor : quint8 {
    EntraDefault, ///< Entra without flags: capitalised ops, "True"/"False" strings, value-array member removal
    EntraAadOptscim062020, ///< Entra with the aadOptscim062020 flag: RFC-conformant PATCH
    OktaOin, ///< Okta, an OIN-template app: PATCH for active and groups, GET + PUT for profiles
    OktaAiw, ///< Okta, an App Integration Wizard app: GET then a full PUT for every update
};

/// Which provisioning cycle to run (idp-behaviour.md §1).
enum class SimulationCycle : quint8 {
    TestConnection, ///< Entra's Test Connection / Okta's connector test only
    Initial, ///< every object in scope that is not yet in sync on the target
    Incremental, ///< the directory changes first, then what changed (and what is escrowed) is exported
    OnDemand, ///< provision on demand of one user or group (Entra; ignores aadOptscim062020)
};

/// What one simulation run does.
struct SimulationOptions
{
    Idp idp = Idp::Entra; ///< Entra or Okta
    SimulationFlavor flavor = SimulationFlavor::EntraDefault;
    SimulationCycle cycle = SimulationCycle::Initial;
    int users = 100; ///< size of a new directory (ignored when the state file exists)
    int groups = 10; ///< size of a new directory
    int membersPerGroup = 10; ///< size of a new directory
    quint32 seed = 20261205; ///< the same seed gives the same directory and the same changes
    /// Requests per second at most; 0: as fast as the target answers. Default: an IdP-like pace
    /// (Pacer::kIdpRequestsPerSecond: a 100-user demo cycle takes about a minute).
    double requestsPerSecond = 5.0;
    int timeoutMs = 60 * 1000; ///< per request; Entra and Okta give up after 60 s
    int maxRetryAfterSeconds = 60; ///< a longer Retry-After is not waited for: the object is escrowed
    QString onDemandObject; ///< on-demand: objectId, userPrincipalName or group displayName; empty: the first user
    QString runId; ///< sent as X-Scim-Monitor-Simulation; empty: a new one is made
};

/// The English key of a flavour ("default", "aadOptscim062020", "oin", "aiw"), as the command line takes it.
QString flavorKey(SimulationFlavor flavor);
/// The flavour named `key` (any case); nullopt for an unknown key.
std::optional<SimulationFlavor> flavorFromKey(const QString &key);
/// True when `flavor` belongs to `idp` (default and aadOptscim062020 to Entra, oin and aiw to Okta).
bool flavorFitsIdp(SimulationFlavor flavor, Idp idp);
/// The English key of a cycle ("test-connection", "initial", "incremental", "on-demand").
QString cycleKey(SimulationCycle cycle);
/// The cycle named `key`; nullopt for an unknown key.
std::optional<SimulationCycle> cycleFromKey(const QString &key);

} // namespace scimmon
