// SPDX-License-Identifier: MIT
#pragma once

#include "run.h"
#include "waitanalysis.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>
#include <memory>
#include <vector>

namespace proclab {

// What changed in a run since the last delta: the engine thread takes one now and then, the
// window's thread applies it to its own copy of the run. A view therefore only ever reads a run
// that whole events have been applied to, and the copy costs what is new, not the whole run
// (a pool run may hold a million spans).
struct RunDelta
{
    struct Process
    {
        ProcessRecord header; // everything except spans and markers, which are sent as tails
        int spansFrom = 0;    // the target's spans from this index on are replaced by `spans`
        std::vector<Span> spans;
        int markersFrom = 0;
        std::vector<Marker> markers;
        int causesFrom = 0; // causes only ever grow: sent as a tail too
        std::vector<Cause> causes;
    };
    QString scenario;
    QJsonObject parameters;
    qint64 originNs = 0;
    qint64 wallNs = 0;
    QJsonValue results;
    QJsonObject facts;
    QStringList errors;
    IpcInspection ipc;
    std::vector<Process> processes; // every process of the run, in id order
    bool finished = false;          // the run is complete: results and facts are final
    // With the finished run, when someone watches it live: its wait attribution and critical path,
    // worked out on the engine thread (they walk every span: milliseconds for a million, which
    // the window's thread would spend in one event).
    std::shared_ptr<const WaitAnalysis> waits;
};

// Engine side: remembers what has been sent of one run.
class RunDeltaBuilder
{
public:
    // Everything of `run` not yet sent. `revisedSpans` are spans changed after they were recorded
    // (RunRecorder::takeRevisedSpans()): they are sent again.
    RunDelta take(const Run &run, const std::vector<std::pair<int, int>> &revisedSpans = {});
    // Everything of `run`, its spans and markers moved into the delta rather than copied: `run` is
    // left with its processes' headers and empty lanes. For a finished run that nothing on the
    // engine side reads any more (RunOptions::live false), so that one copy of it ever exists.
    RunDelta takeAll(Run &run);

private:
    RunDelta headers(const Run &run);

    // Spans the receiver's lane holds without reallocating (what this builder sent it in);
    // beyond that a lane is re-sent whole in larger storage (see take()).
    static constexpr size_t kMinimumLaneCapacity = 256;
    std::vector<int> m_sentSpans;
    std::vector<int> m_sentMarkers;
    std::vector<int> m_sentCauses;
    std::vector<size_t> m_laneCapacity;
};

// Window side: brings `target` to the state the delta was taken from. Lanes sent whole (new ones,
// and lanes the builder moved to larger storage) are moved in from the delta, not copied; the
// lanes they replace are left in the delta, to be freed with it.
void applyRunDelta(Run &target, RunDelta &&delta);

} // namespace proclab

Q_DECLARE_METATYPE(proclab::RunDelta)
