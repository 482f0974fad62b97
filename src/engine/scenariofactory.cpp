// SPDX-License-Identifier: MIT
#include "ipcscenarios.h"
#include "lifecyclescenarios.h"
#include "mpiscenario.h"
#include "pythonscenario.h"
#include "scenario.h"

namespace proclab {

bool hasScenarioRunner(ScenarioId scenario)
{
    switch (scenario) {
    case ScenarioId::Naming:
    case ScenarioId::Spawning:
    case ScenarioId::Killing:
    case ScenarioId::Daemons:
    case ScenarioId::Barrier:
    case ScenarioId::Pool:
        return true;
    }
    return false;
}

std::unique_ptr<Scenario> createScenario(const ScenarioParameters &parameters, QObject *parent)
{
    // The runtimes other than the lab's own C++ workers run any scenario they support alike.
    const RuntimeChoice runtime = parameters.applies(Param::Runtime)
                                      ? RuntimeChoice(parameters.value(Param::Runtime))
                                      : RuntimeChoice::Cpp;
    if (runtime == RuntimeChoice::Python)
        return std::make_unique<PythonScenario>(parameters, parent);
    if (runtime == RuntimeChoice::Mpi)
        return std::make_unique<MpiScenario>(parameters, parent);
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
