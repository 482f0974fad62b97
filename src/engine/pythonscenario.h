// SPDX-License-Identifier: MIT
#pragma once

#include "rundirectory.h"
#include "scenario.h"

#include <QTimer>
#include <memory>
#include <vector>

namespace proclab {

// Any of the six scenarios run by the tutorial's own Python program (python/tutorial/) in CPython's
// multiprocessing, traced by the lab's tracing module (python/proclab_trace): the lab starts
// `python3 …/proclab_trace/__main__.py SCRIPT …` (what `python3 -m proclab_trace SCRIPT …` runs,
// without -m's cost) as the run's first process ("MainProcess"); the program creates its processes
// itself, and each announces itself with a spawn line on the same pipe, under an id the lab
// reserved for it. Supervision is the supervisor's: pidfds, exit stamps, the
// lifeline, reaps reported by the parent (Python's join()).
//
// The facts are computed from the spans, exits and outputs the run recorded, the same way for any
// runtime (barrier order and lock exclusion, tasks done once, output sizes, exit codes).
class PythonScenario : public Scenario
{
    Q_OBJECT
public:
    explicit PythonScenario(const ScenarioParameters &parameters, QObject *parent = nullptr);

    // python3 as the lab finds it (PATH), or empty.
    static QString pythonProgram();
    // The directory holding proclab_trace/ and tutorial/: $PROCLAB_PYTHON_DIR, else python/
    // beside the lab's executable, else share/proclab/python beside its bin/ (installed).
    static QString pythonDirectory();
    // The command-line arguments of the tutorial program for these parameters.
    static QStringList programArguments(const ScenarioParameters &parameters);

protected:
    void begin() override;
    void collectResults() override;
    // A stopped Python process (SIGSTOP, a debugger) would keep the program waiting in join() or
    // at its barrier for ever: it is killed, and the run says so.
    void processStopped(int id) override;

private:
    void onProcessFinished(int id);
    void onProcessExited(int id);
    // A child ended abnormally (`exit`): watch whether the program can still go on.
    void watchAfterFault(int id, const ExitStatus &exit);
    // After a child died abnormally: if nothing happens for a while, the program waits for it for
    // ever (Python's Barrier and join() have no timeout); the lab ends the run.
    void checkProgressAfterFault();
    qint64 progressMark() const;

    // How many processes the program may start (ids reserved for them): the scenario's own, and
    // room for what the start method adds (resource tracker, fork server).
    int processesToReserve() const;

    int m_main = -1;
    std::unique_ptr<RunDirectory> m_runDir; // the program's TMPDIR
    QTimer m_faultWatch;
    QString m_fault;            // what died, for the message
    int m_faultId = -1;         // and which process that was
    bool m_faultInPool = false; // it was a pool worker (Pool.map() waits for its chunk)
    // Processes whose end an error already explains (stopped, or the fault the run stalled on).
    std::vector<int> m_endExplained;
    qint64 m_lastMark = -1;
    qint64 m_lastProgressNs = 0;
};

} // namespace proclab
