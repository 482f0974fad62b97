// SPDX-License-Identifier: MIT
#include "parameters.h"

#include <QCoreApplication>
#include <algorithm>
#include <csignal>

namespace proclab {

namespace {

constexpr qint64 kMaxWorkers = 64;
constexpr qint64 kMaxItems = 200'000'000; // ~1.6 GB of doubles: the most one worker may allocate

ParamSpec timeoutSpec()
{
    return {Param::TimeoutMs, "timeout", 1000, 3'600'000, 120'000, "ms"};
}

ParamSpec runtimeSpec()
{
    return {Param::Runtime, "runtime", 0, 3, 0, "", {"cpp", "python", "both", "both-together"}};
}

// The scenarios that make sense on MPI ranks (a barrier, a lock and a pool; not fork, kill or
// daemons) add "mpi" (RuntimeChoice::Mpi) to the choices.
ParamSpec runtimeWithMpiSpec()
{
    return {
        Param::Runtime, "runtime", 0, 4, 0, "", {"cpp", "python", "both", "both-together", "mpi"}};
}

ParamSpec startMethodSpec()
{
    return {Param::StartMethod, "start-method", 0, 2, 0, "", {"fork", "spawn", "forkserver"}};
}

std::vector<ScenarioInfo> makeInfos()
{
    return {
        {ScenarioId::Naming,
         "naming",
         QT_TRANSLATE_NOOP("proclab::Scenario", "Naming"),
         "naming_processes.py",
         {{Param::Workload, "workload", 0, kMaxItems, 10'000'000, "items"},
          runtimeSpec(),
          startMethodSpec(),
          timeoutSpec()}},
        {ScenarioId::Spawning,
         "spawning",
         QT_TRANSLATE_NOOP("proclab::Scenario", "Spawning"),
         "spawning_processes.py",
         {{Param::Workers, "workers", 1, kMaxWorkers, 6, "processes"},
          {Param::Workload, "workload", 0, kMaxItems / kMaxWorkers, 1000, "items"},
          {Param::JoinInLoop, "join-in-loop", 0, 1, 0, ""},
          runtimeSpec(),
          startMethodSpec(),
          timeoutSpec()}},
        {ScenarioId::Killing,
         "killing",
         QT_TRANSLATE_NOOP("proclab::Scenario", "Killing"),
         "killing_processes.py",
         {{Param::KillAfter, "kill-after", 0, 60'000, 500, "ms"},
          {Param::Signal, "signal", SIGKILL, SIGTERM, SIGTERM, ""},
          {Param::Duration, "duration", 10, 60'000, 3000, "ms"},
          runtimeSpec(),
          startMethodSpec(),
          timeoutSpec()}},
        {ScenarioId::Daemons,
         "daemons",
         QT_TRANSLATE_NOOP("proclab::Scenario", "Daemons"),
         "run_background_processes_no_daemons.py",
         {{Param::Duration, "duration", 10, 60'000, 500, "ms"},
          runtimeSpec(),
          startMethodSpec(),
          timeoutSpec()}},
        {ScenarioId::Barrier,
         "barrier",
         QT_TRANSLATE_NOOP("proclab::Scenario", "Barrier & Lock"),
         "processes_barrier.py",
         {{Param::Workers, "workers", 1, kMaxWorkers, 2, "processes"},
          {Param::Rounds, "rounds", 1, 100'000, 3, "rounds"},
          {Param::Workload, "workload", 0, kMaxItems / kMaxWorkers, 2'000'000, "items"},
          {Param::Seed, "seed", 0, 2'147'483'647, 1, ""},
          {Param::Primitives, "primitives", 0, 2, 0, "", {"qt", "posix", "futex"}},
          {Param::BreakIt,
           "break",
           0,
           2,
           0,
           "",
           {"none", "kill-holder", "exit-after-last-barrier"}},
          runtimeWithMpiSpec(), startMethodSpec(), timeoutSpec()}},
        {ScenarioId::Pool,
         "pool",
         QT_TRANSLATE_NOOP("proclab::Scenario", "Pool"),
         "process_pool.py",
         {{Param::Workers, "workers", 1, kMaxWorkers, 4, "processes"},
          {Param::Tasks, "tasks", 0, 10'000'000, 10, "tasks"},
          {Param::Chunksize, "chunksize", 0, 10'000'000, 0, "tasks"},
          {Param::Workload, "workload", 0, kMaxItems / 1000, 0, "items"},
          runtimeWithMpiSpec(), startMethodSpec(), timeoutSpec()}},
    };
}

// The messages' translation context, declared so that lupdate files them under it too.
class ParameterText
{
    Q_DECLARE_TR_FUNCTIONS(proclab::ScenarioParameters)
};

} // namespace

const std::vector<ScenarioInfo> &scenarioInfos()
{
    static const std::vector<ScenarioInfo> infos = makeInfos();
    return infos;
}

const ScenarioInfo &scenarioInfo(ScenarioId id)
{
    return scenarioInfos()[size_t(id)];
}

std::optional<ScenarioId> scenarioFromKey(const QString &key)
{
    for (const auto &info : scenarioInfos()) {
        if (key == QLatin1String(info.key))
            return info.id;
    }
    return std::nullopt;
}

QString translatedScenarioTitle(ScenarioId id)
{
    return QCoreApplication::translate("proclab::Scenario", scenarioInfo(id).title);
}

QString choiceName(const ParamSpec &spec, qint64 value)
{
    if (spec.choices.empty() || value < spec.min || value > spec.max ||
        size_t(value - spec.min) >= spec.choices.size())
        return {};
    return QLatin1String(spec.choices[size_t(value - spec.min)]);
}

std::optional<qint64> choiceValue(const ParamSpec &spec, const QString &name)
{
    for (size_t i = 0; i < spec.choices.size(); ++i) {
        if (name == QLatin1String(spec.choices[i]))
            return spec.min + qint64(i);
    }
    return std::nullopt;
}

QString paramKey(Param p)
{
    for (const auto &info : scenarioInfos()) {
        for (const auto &spec : info.params) {
            if (spec.param == p)
                return QLatin1String(spec.key);
        }
    }
    return {};
}

std::optional<Param> paramFromKey(const QString &key)
{
    for (const auto &info : scenarioInfos()) {
        for (const auto &spec : info.params) {
            if (key == QLatin1String(spec.key))
                return spec.param;
        }
    }
    return std::nullopt;
}

ScenarioParameters::ScenarioParameters(ScenarioId scenario)
    : m_scenario(scenario)
{
    for (const auto &spec : scenarioInfo(scenario).params)
        m_values.emplace_back(spec.param, spec.defaultValue);
}

const ParamSpec *ScenarioParameters::spec(Param p) const
{
    for (const auto &spec : scenarioInfo(m_scenario).params) {
        if (spec.param == p)
            return &spec;
    }
    return nullptr;
}

bool ScenarioParameters::applies(Param p) const
{
    return spec(p) != nullptr;
}

qint64 ScenarioParameters::value(Param p) const
{
    for (const auto &[param, value] : m_values) {
        if (param == p)
            return value;
    }
    return 0;
}

bool ScenarioParameters::set(Param p, qint64 value, QString *error)
{
    const ParamSpec *s = spec(p);
    if (!s) {
        if (error)
            *error = ParameterText::tr("--%1 does not apply to the %2 scenario")
                         .arg(paramKey(p), QLatin1String(scenarioInfo(m_scenario).key));
        return false;
    }
    const bool isSignal = p == Param::Signal;
    const bool ok =
        isSignal ? (value == SIGTERM || value == SIGKILL) : (value >= s->min && value <= s->max);
    if (!ok) {
        if (error) {
            *error =
                isSignal
                    ? ParameterText::tr("--signal must be term (15) or kill (9), not %1").arg(value)
                    : ParameterText::tr("--%1 must be between %2 and %3, not %4")
                          .arg(QLatin1String(s->key))
                          .arg(s->min)
                          .arg(s->max)
                          .arg(value);
        }
        return false;
    }
    for (auto &entry : m_values) {
        if (entry.first == p)
            entry.second = value;
    }
    return true;
}

int ScenarioParameters::effectiveChunksize() const
{
    const qint64 chunk = value(Param::Chunksize);
    if (chunk > 0)
        return int(chunk);
    // Python's Pool.map: chunksize, extra = divmod(len(iterable), len(pool) * 4); if extra: += 1
    const qint64 n = value(Param::Tasks);
    const qint64 workers = std::max<qint64>(1, value(Param::Workers));
    const qint64 computed = (n + 4 * workers - 1) / (4 * workers);
    return int(std::max<qint64>(1, computed));
}

QJsonObject ScenarioParameters::toJson() const
{
    QJsonObject json;
    for (const auto &[param, value] : m_values) {
        const ParamSpec *s = spec(param);
        if (param == Param::Signal)
            json.insert(QLatin1String(s->key),
                        value == SIGKILL ? QStringLiteral("kill") : QStringLiteral("term"));
        else if (!s->choices.empty())
            json.insert(QLatin1String(s->key), choiceName(*s, value));
        else
            json.insert(QLatin1String(s->key), value);
    }
    if (m_scenario == ScenarioId::Pool)
        json.insert(QStringLiteral("effective_chunksize"), effectiveChunksize());
    if (!m_hostfile.isEmpty())
        json.insert(QStringLiteral("hostfile"), m_hostfile);
    return json;
}

} // namespace proclab
