// SPDX-License-Identifier: MIT
#include "ipcscenarios.h"
#include "lifecyclescenarios.h"
#include "scenario.h"

namespace proclab {

std::unique_ptr<Scenario> createScenario(const ScenarioParameters &parameters, QObject *parent)
{
    switch (parameters.scenario()) {
    case ScenarioId::Naming:
        return std::make_unique<NamingScenario>(parameters, parent);
    case ScenarioId::Spawning:
        return std::make_unique<SpawningScenario>(parameters, parent);
    case ScenarioId::Killing:
        return std::make_unique<KillingScenario>(parameters, parent);
    case ScenarioId::Daemons:
        return std::make_unique<DaemonsScenario>(parameters, parent);
    case ScenarioId::Barrier:
        return std::make_unique<BarrierScenario>(parameters, parent);
    case ScenarioId::Pool:
        return std::make_unique<PoolScenario>(parameters, parent);
    }
    return nullptr;
}

} // namespace proclab
