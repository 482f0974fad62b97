// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace proclab {

enum class ScenarioId
{
    Naming,
    Spawning,
    Killing,
    Daemons,
    Barrier,
    Pool
};

// Every tunable of every scenario. One table (parameterSpecs) gives each its range and default per
// scenario, so the command line, the sliders and the engine all validate against the same numbers.
enum class Param
{
    Workers,    // processes / participants / pool workers
    Workload,   // items per do_something call (Spawning: the per-index step)
    Rounds,     // barrier rounds
    Tasks,      // pool input size n
    Chunksize,  // pool chunk size; 0 = Python's default ceil(n / (4 * workers))
    KillAfter,  // ms before terminate / kill
    Signal,     // 15 or 9
    Seed,       // random seed for uneven work
    JoinInLoop, // Spawning: the tutorial's join-inside-the-loop mistake (0/1)
    Duration,   // ms a long-running worker runs (Killing victim, Daemons child)
    TimeoutMs,  // the whole run's limit
    Primitives, // Barrier & Lock: the family of primitives (a choice, see ParamSpec::choices)
    BreakIt,    // Barrier & Lock: the fault the learner asks for (a choice)
    Runtime,    // how the processes come to exist: C++ workers or the tutorial's own Python
    StartMethod // Python runtime: multiprocessing's start method
};

// Every scenario: who runs it (the values of Param::Runtime).
enum class RuntimeChoice
{
    Cpp = 0,
    Python = 1,
    Both = 2,         // C++, then Python: the window and the batch run the scenario twice
    BothTogether = 3, // C++ and Python at the same time: the two compete for the cores
    Mpi = 4           // MPI ranks under mpirun (Barrier & Lock and Pool only)
};

// Python runtime: the values of Param::StartMethod.
enum class StartMethodChoice
{
    Fork = 0,
    Spawn = 1,
    Forkserver = 2
};

// Barrier & Lock: what the lock and barrier are built from (the values of Param::Primitives, in
// the order of ipc::PrimitiveFamily).
enum class PrimitivesChoice
{
    Qt = 0,
    Posix = 1,
    Futex = 2
};

// Barrier & Lock: the fault to inject (the values of Param::BreakIt).
enum class BreakItChoice
{
    None = 0,
    KillHolder = 1,          // kill the lock holder inside its critical section
    ExitAfterLastBarrier = 2 // participants exit the moment they pass the last barrier
};

struct ParamSpec
{
    Param param;
    const char *key; // JSON key and command-line option name (without dashes)
    qint64 min;
    qint64 max;
    qint64 defaultValue;
    const char *unit; // untranslated: "items", "ms", … (translated where shown)
    // A choice rather than a number: the names of values min … max (the command line and the run
    // JSON use the names), or empty.
    std::vector<const char *> choices = {};
};

struct ScenarioInfo
{
    ScenarioId id;
    const char *key;    // "naming", … (command line and file names)
    const char *title;  // marked for translation with QT_TRANSLATE_NOOP("proclab::Scenario", …)
    const char *script; // the tutorial's Python script
    std::vector<ParamSpec> params;
};

const std::vector<ScenarioInfo> &scenarioInfos();
const ScenarioInfo &scenarioInfo(ScenarioId id);
std::optional<ScenarioId> scenarioFromKey(const QString &key);
QString translatedScenarioTitle(ScenarioId id);

// The values one run uses. Everything not set explicitly takes its scenario default.
class ScenarioParameters
{
public:
    explicit ScenarioParameters(ScenarioId scenario = ScenarioId::Naming);

    ScenarioId scenario() const { return m_scenario; }
    bool applies(Param p) const;
    const ParamSpec *spec(Param p) const;
    qint64 value(Param p) const;
    int intValue(Param p) const { return int(value(p)); }
    // Rejects values outside the spec's range (or parameters the scenario doesn't take) with a
    // message naming the parameter and the allowed range.
    bool set(Param p, qint64 value, QString *error = nullptr);

    // Pool: chunk size actually used (Python's default when Chunksize is 0).
    int effectiveChunksize() const;

    // MPI runtime: an Open MPI hostfile to run the ranks on (passed to mpirun as it is); empty:
    // this machine.
    const QString &hostfile() const { return m_hostfile; }
    void setHostfile(const QString &path) { m_hostfile = path; }

    QJsonObject toJson() const;

private:
    ScenarioId m_scenario;
    QString m_hostfile;
    std::vector<std::pair<Param, qint64>> m_values;
};

QString paramKey(Param p);
// The name of a choice parameter's value ("qt"), or empty.
QString choiceName(const ParamSpec &spec, qint64 value);
// The value of a choice parameter's name, or nullopt.
std::optional<qint64> choiceValue(const ParamSpec &spec, const QString &name);
std::optional<Param> paramFromKey(const QString &key);

} // namespace proclab
