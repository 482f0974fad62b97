// SPDX-License-Identifier: MIT
#pragma once

#include "causelinks.h"
#include "run.h"

#include <optional>
#include <vector>

namespace proclab {

// Who kept whom waiting, from the causes a run recorded at the source (no widgets: the window's
// table and matrix, the tutorial panel and the tests read the same numbers).
struct WaitAttribution
{
    struct Row
    {
        int process = -1;
        qint64 workingNs = 0; // in work, lock holds and pool tasks
        qint64 waitingNs = 0; // in barrier and lock waits
        qint64 unknownNs = 0; // waiting whose cause nobody could tell (or not recorded)
    };
    std::vector<Row> rows; // one per process, in id order
    // keptWaiting[waiter][culprit]: ns `waiter` spent waiting for `culprit`. A barrier wait
    // goes to the round's last arriver; a lock wait to each holder it queued behind (for as
    // long as that one held the lock during the wait), the rest to the releaser that let it in.
    std::vector<std::vector<qint64>> keptWaiting;

    qint64 keptWaitingBy(int culprit) const;
};
WaitAttribution attributeWaits(const Run &run);

// The chain of spans and wake-ups that determined when the run ended, walked back from the last
// exit: on the exiting process back to the wait that a recorded cause ended, across that wake-up
// to the causing process at the moment of its deed, and so on back to a launch.
struct CriticalPath
{
    enum class Kind : quint8
    {
        Launch,  // a process being started, until it reported ready (the lab's launch overhead)
        Running, // a process working (its spans and what lies between them)
        Waiting, // a process waiting with no known cause (the last arriver's own wait, "unknown")
        WakeUp,  // from a cause's deed to the end of the wait it ended (on the waiter's lane)
        Join     // from the last exit to the run's end, or an exit to the launch that waited
                 // for it: the lab's own join overhead
    };
    struct Segment
    {
        Kind kind = Kind::Running;
        int process = -1; // the lane it lies on
        qint64 beginNs = 0;
        qint64 endNs = 0;
        int from = -1; // WakeUp: the process whose deed it was; Join: the exited process
        CauseEvent event = CauseEvent::None;
    };
    std::vector<Segment> segments; // in time order, each beginning where the one before ended
    qint64 beginNs = 0;            // where the path begins: the first process's launch
    qint64 endNs = 0;              // the run's wall time (or the last exit, if later)

    qint64 lengthNs() const { return endNs - beginNs; }
    qint64 timeIn(Kind kind) const;
    bool empty() const { return segments.empty(); }
};
CriticalPath criticalPath(const Run &run);

// For the tutorial: the longest barrier wait with a known cause: in round `round`, `waiter`
// waited `waitNs` for `culprit`, whose work that round took culpritWorkNs against the waiter's
// waiterWorkNs.
struct LongestBarrierWait
{
    int round = -1;
    int waiter = -1;
    int culprit = -1;
    qint64 waitNs = 0;
    qint64 waiterWorkNs = 0;
    qint64 culpritWorkNs = 0;
};
std::optional<LongestBarrierWait> longestBarrierWait(const Run &run);

// All of the above for one finished run, computed once and shared by the views.
struct WaitAnalysis
{
    WaitAttribution attribution;
    CriticalPath path;
    static WaitAnalysis of(const Run &run) { return {attributeWaits(run), criticalPath(run)}; }
};

} // namespace proclab
