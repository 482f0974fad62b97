// SPDX-License-Identifier: MIT
#pragma once

#include "scenario.h"

#include <QSignalSpy>
#include <QTest>
#include <memory>

namespace proclab::test {

// Runs a scenario to its end in the test's event loop.
inline std::unique_ptr<Scenario> runToEnd(const ScenarioParameters &parameters,
                                          int timeoutMs = 60000,
                                          const std::function<void(Scenario &)> &prepare = {})
{
    std::unique_ptr<Scenario> scenario = createScenario(parameters);
    if (!scenario)
        return nullptr;
    if (prepare)
        prepare(*scenario);
    QSignalSpy finished(scenario.get(), &Scenario::finished);
    scenario->start();
    if (!finished.wait(timeoutMs))
        qWarning("scenario did not finish in %d ms", timeoutMs);
    return scenario;
}

inline QString errorsOf(const Run &run)
{
    return run.errors.join(QLatin1String("\n"));
}

} // namespace proclab::test
