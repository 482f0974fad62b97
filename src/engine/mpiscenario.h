// SPDX-License-Identifier: MIT
#pragma once

#include "rundirectory.h"
#include "scenario.h"

#include <QJsonArray>
#include <QProcess>
#include <QTimer>
#include <memory>
#include <optional>
#include <vector>

namespace proclab {

class EventStream;

// Barrier & Lock or Pool on MPI ranks (Open MPI): the lab starts `mpirun … proclab-mpi-worker`
// (QProcess, no shell) as the run's first process; the ranks announce themselves as its children
// ("rank R on HOST") under ids the lab reserved, and report the same event lines as the other
// workers. mpirun collects each rank's stdout into a file of its own (--output-filename), which
// the lab reads and frames per rank, so lines of different ranks never mix, whatever host they
// come from.
//
// Times: every rank stamps rank 0's clock (its measured offset added, see proclab-mpi-worker); its
// start and end estimates, their uncertainty and the drift between them go into the facts, and
// the drift is spread linearly over the rank's events after the run.
//
// Ends: MPI is fail-stop. A rank that dies ends the whole job (mpirun kills the others); the
// break-it control ("kill-holder") parks the last rank holding the lock and kills it, and the run
// says what mpirun did to the others. Stop kills mpirun and the ranks; mpirun's session directory
// and the ranks' output live in a directory of the run's own (TMPDIR), removed afterwards, and
// mpirun receives SIGTERM if the lab dies (it then ends its ranks and removes its session).
class MpiScenario : public Scenario
{
    Q_OBJECT
public:
    explicit MpiScenario(const ScenarioParameters &parameters, QObject *parent = nullptr);
    ~MpiScenario() override;

    // mpirun as the lab finds it (PATH), or empty.
    static QString mpirunProgram();
    // proclab-mpi-worker beside the worker program.
    static QString mpiWorkerProgram();
    // Why MPI runs are not possible on this machine (translated), or empty.
    static QString unavailableReason();

    // Test hook: rank `rank`'s clock reads `ns` more than CLOCK_MONOTONIC, as if on another host.
    void setTestClockSkew(int rank, qint64 ns)
    {
        m_skewRank = rank;
        m_skewNs = ns;
    }
    // The run's own directory (mpirun's TMPDIR and the ranks' output); removed when the run ends.
    QString runDirectory() const { return m_runDir ? m_runDir->path() : QString(); }

protected:
    void begin() override;
    void collectResults() override;
    // A stopped rank stops the whole job (every other rank waits for it at the next barrier or
    // for the lock): it is killed, and MPI ends the rest.
    void processStopped(int id) override;

private:
    struct RankOutput;
    QStringList mpirunArguments(const QString &outputDir);
    QStringList workerArguments() const;
    void readRankOutput(bool all = false);
    bool feedRankLines(RankOutput &out, bool all);
    void finishRankOutput();
    void killParkedHolder();
    std::optional<ExitStatus> rankStatus(int id);
    // mpirun ended 0 and the lab killed no rank: the job's results are to be complete.
    bool jobCompleted() const;
    bool isRank(int id) const { return id > m_launcher && id <= m_launcher + m_ranks; }
    QJsonArray correctClocks();
    void collectBarrier(QJsonObject &facts, QJsonObject &results);
    void collectPool(QJsonObject &facts, QJsonArray &results);
    void explainEnd(QJsonObject &facts);
    // proclab-mpi-worker's guard role: removes the run's directory if the lab dies (guard.h).
    void startGuard();
    void stopGuard();

    std::unique_ptr<RunDirectory> m_runDir;
    std::unique_ptr<QProcess> m_guard;
    std::vector<std::unique_ptr<RankOutput>> m_outputs;
    QTimer m_poll;
    int m_launcher = -1;
    int m_ranks = 0;
    int m_parkRank = -1;
    int m_killedRank = -1; // the process id the lab killed (break-it or a stopped rank)
    int m_skewRank = -1;
    qint64 m_skewNs = 0;
    qint64 m_clockToleranceNs = 0; // the largest uncertainty of a rank's converted times
};

} // namespace proclab
