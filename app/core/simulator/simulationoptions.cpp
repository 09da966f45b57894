#include "simulator/simulationoptions.h"

using namespace Qt::StringLiterals;

namespace scimmon {

QString flavorKey(SimulationFlavor flavor)
{
    switch (flavor) {
    case SimulationFlavor::EntraDefault:
        return u"default"_s;
    case SimulationFlavor::EntraAadOptscim062020:
        return u"aadOptscim062020"_s;
    case SimulationFlavor::OktaOin:
        return u"oin"_s;
    case SimulationFlavor::OktaAiw:
        return u"aiw"_s;
    }
    return {};
}

std::optional<SimulationFlavor> flavorFromKey(const QString &key)
{
    for (const SimulationFlavor f : {SimulationFlavor::EntraDefault, SimulationFlavor::EntraAadOptscim062020,
                                     SimulationFlavor::OktaOin, SimulationFlavor::OktaAiw})
        if (flavorKey(f).compare(key, Qt::CaseInsensitive) == 0)
            return f;
    return std::nullopt;
}

bool flavorFitsIdp(SimulationFlavor flavor, Idp idp)
{
    const bool entra = flavor == SimulationFlavor::EntraDefault || flavor == SimulationFlavor::EntraAadOptscim062020;
    return idp == Idp::Entra ? entra : idp == Idp::Okta && !entra;
}

QString cycleKey(SimulationCycle cycle)
{
    switch (cycle) {
    case SimulationCycle::TestConnection:
        return u"test-connection"_s;
    case SimulationCycle::Initial:
        return u"initial"_s;
    case SimulationCycle::Incremental:
        return u"incremental"_s;
    case SimulationCycle::OnDemand:
        return u"on-demand"_s;
    }
    return {};
}

std::optional<SimulationCycle> cycleFromKey(const QString &key)
{
    for (const SimulationCycle c : {SimulationCycle::TestConnection, SimulationCycle::Initial,
                                    SimulationCycle::Incremental, SimulationCycle::OnDemand})
        if (cycleKey(c) == key)
            return c;
    return std::nullopt;
}

} // namespace scimmon
