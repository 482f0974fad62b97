// SPDX-License-Identifier: MIT
#pragma once

#include "run.h"

#include <vector>

namespace proclab {

// One recorded cause as an arrow: from the deed of the process that caused it (its last arrival,
// its release, its exit; -1: the lab) to what it ended in another process (a wait, an exit, a
// reap, a launch). Built from the causes the run recorded at the source, never from timestamps:
// the timeline draws these, the Chrome trace exports them as flow events, the analysis walks them.
struct CauseLink
{
    enum class Effect : quint8
    {
        WaitEnd, // a barrier or lock wait ended (effectSpan)
        Exit,    // the process was ended (a signal)
        Reap,    // its status was collected by a join that waited for its exit
        Launch   // it was launched when an exit it waited for came
    };
    CauseEvent event = CauseEvent::None;
    Effect effect = Effect::WaitEnd;
    int causeProcess = -1; // -1: the lab
    qint64 causeNs = -1;   // when the deed happened, by the causing process's clock reading
    int causeSpan = -1;    // the causing process's span the deed happened in, or -1
    int effectProcess = -1;
    int effectSpan = -1;  // WaitEnd: the wait span; otherwise -1
    qint64 effectNs = -1; // when the effect showed: the wait's end, the exit, the reap, launch
};

// The span of `process` that the deed at `ns` happened in: a span of `preferred` kind containing
// it, else any span containing it; -1 if none does.
int spanAt(const ProcessRecord &process, qint64 ns, SpanKind preferred);

// Every known cause of the run (unknown ones have nowhere to start from), in process order.
std::vector<CauseLink> causeLinks(const Run &run);

} // namespace proclab
