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

// Every process of the run in one line each (id, name, pid, parent, how it ended), after its
// errors: what a failed check prints.
inline QString describe(const Run &run)
{
    QStringList lines{run.errors.join(QLatin1String(" | "))};
    for (const ProcessRecord &p : run.processes)
        lines << QStringLiteral("%1 %2 pid %3 parent %4 %5 code %6 signal %7")
                     .arg(p.id)
                     .arg(p.name)
                     .arg(p.pid)
                     .arg(p.parent)
                     .arg(ExitStatus::kindName(p.exit.kind))
                     .arg(p.exit.code)
                     .arg(p.exit.signal);
    return lines.join(QLatin1Char('\n'));
}

} // namespace proclab::test
