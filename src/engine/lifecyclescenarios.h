// SPDX-License-Identifier: MIT
#pragma once

#include "scenario.h"

#include <QJsonObject>

namespace proclab {

// naming_processes.py: a named and an unnamed process do_something in parallel.
class NamingScenario : public Scenario
{
    Q_OBJECT
public:
    using Scenario::Scenario;

protected:
    void begin() override;
    void collectResults() override;
};

// spawning_processes.py: N processes from a loop, process i does i × workload items; optionally
// the tutorial's mistake of join() inside the loop, which serialises them.
class SpawningScenario : public Scenario
{
    Q_OBJECT
public:
    using Scenario::Scenario;

protected:
    void begin() override;
    void collectResults() override;

private:
    int launchIndex(int i); // the id it launched
};

// killing_processes.py: start, is_alive, terminate/kill after a delay, is_alive, join, exit status;
// beside it a process that had already finished when terminate() came (the tutorial's "0").
class KillingScenario : public Scenario
{
    Q_OBJECT
public:
    using Scenario::Scenario;

protected:
    void begin() override;
    void collectResults() override;

private:
    void signalAndJoin(int id, const QString &key);
    QJsonObject m_observations;
    int m_pending = 0;
};

// run_background_processes_no_daemons.py: a real parent starts a daemon and a regular child;
// at the end of its work it terminates the daemon and joins the regular child.
class DaemonsScenario : public Scenario
{
    Q_OBJECT
public:
    using Scenario::Scenario;
    // Variant: SIGKILL the parent partway through its work, so its children are orphaned
    // and the lab has to clean them up.
    void setKillParent(bool kill) { m_killParent = kill; }
    // The run's facts, each from two independently measured exit times (process 0 the parent,
    // 1 the daemon, 2 the non-daemon child), so that each can come out false.
    static QJsonObject factsOf(const Run &run, bool parentKilled);

protected:
    void begin() override;
    void collectResults() override;

private:
    bool m_killParent = false;
};

} // namespace proclab
