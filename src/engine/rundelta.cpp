// SPDX-License-Identifier: MIT
#include "rundelta.h"

#include <algorithm>
#include <utility>

namespace proclab {

RunDelta RunDeltaBuilder::headers(const Run &run)
{
    RunDelta delta;
    delta.scenario = run.scenario;
    delta.parameters = run.parameters;
    delta.originNs = run.originNs;
    delta.wallNs = run.wallNs;
    delta.results = run.results;
    delta.facts = run.facts;
    delta.errors = run.errors;
    delta.ipc = run.ipc;
    const size_t n = run.processes.size();
    m_sentSpans.resize(n, 0);
    m_sentMarkers.resize(n, 0);
    m_sentCauses.resize(n, 0);
    m_laneCapacity.resize(n, 0);
    delta.processes.resize(n);
    for (size_t i = 0; i < n; ++i) {
        const ProcessRecord &p = run.processes[i];
        RunDelta::Process &d = delta.processes[i];
        // The header without its (possibly huge) vectors: copy the small fields only.
        d.header.id = p.id;
        d.header.name = p.name;
        d.header.pid = p.pid;
        d.header.parent = p.parent;
        d.header.daemon = p.daemon;
        d.header.rank = p.rank;
        d.header.host = p.host;
        d.header.launchedNs = p.launchedNs;
        d.header.readyNs = p.readyNs;
        d.header.exitedNs = p.exitedNs;
        d.header.reapedNs = p.reapedNs;
        d.header.exitStamp = p.exitStamp;
        d.header.stoppedNs = p.stoppedNs;
        d.header.outputSize = p.outputSize;
        d.header.exit = p.exit;
        d.header.exitCause = p.exitCause;
        d.header.reapCause = p.reapCause;
        d.header.launchCause = p.launchCause;
        std::copy(std::begin(p.open), std::end(p.open), std::begin(d.header.open));
    }
    return delta;
}

RunDelta RunDeltaBuilder::take(const Run &run, const std::vector<std::pair<int, int>> &revisedSpans)
{
    RunDelta delta = headers(run);
    const size_t n = run.processes.size();
    for (const auto &[id, index] : revisedSpans) {
        if (id >= 0 && size_t(id) < n)
            m_sentSpans[size_t(id)] = std::min(m_sentSpans[size_t(id)], index);
    }
    for (size_t i = 0; i < n; ++i) {
        const ProcessRecord &p = run.processes[i];
        RunDelta::Process &d = delta.processes[i];
        if (p.spans.size() > m_laneCapacity[i]) {
            // The receiver's lane would outgrow its storage: growing it there would copy the lane
            // into fresh memory, page by page faulted in, on the receiver's (the window's) thread,
            // and every lane of a pool run doubles at about the same update. Instead the whole
            // lane is sent in storage for twice as many spans, allocated and filled here; the
            // receiver moves it in (applyRunDelta: nothing kept, no copy) and appends to it in
            // place until it is full again. Each span is copied once more on this thread, on
            // average.
            m_laneCapacity[i] =
                std::max({p.spans.size(), 2 * m_laneCapacity[i], kMinimumLaneCapacity});
            d.spansFrom = 0;
            d.spans.reserve(m_laneCapacity[i]);
            d.spans.assign(p.spans.begin(), p.spans.end());
        } else {
            d.spansFrom = std::min(m_sentSpans[i], int(p.spans.size()));
            d.spans.assign(p.spans.begin() + d.spansFrom, p.spans.end());
        }
        d.markersFrom = std::min(m_sentMarkers[i], int(p.markers.size()));
        d.markers.assign(p.markers.begin() + d.markersFrom, p.markers.end());
        d.causesFrom = std::min(m_sentCauses[i], int(p.causes.size()));
        d.causes.assign(p.causes.begin() + d.causesFrom, p.causes.end());
        m_sentSpans[i] = int(p.spans.size());
        m_sentMarkers[i] = int(p.markers.size());
        m_sentCauses[i] = int(p.causes.size());
    }
    return delta;
}

RunDelta RunDeltaBuilder::takeAll(Run &run)
{
    RunDelta delta = headers(run);
    for (size_t i = 0; i < run.processes.size(); ++i) {
        ProcessRecord &p = run.processes[i];
        RunDelta::Process &d = delta.processes[i];
        m_sentSpans[i] = int(p.spans.size());
        m_sentMarkers[i] = int(p.markers.size());
        m_laneCapacity[i] = p.spans.capacity();
        d.spansFrom = 0;
        d.spans = std::exchange(p.spans, {});
        d.markersFrom = 0;
        d.markers = std::exchange(p.markers, {});
        m_sentCauses[i] = int(p.causes.size());
        d.causesFrom = 0;
        d.causes = std::exchange(p.causes, {});
    }
    return delta;
}

void applyRunDelta(Run &target, RunDelta &&delta)
{
    target.scenario = std::move(delta.scenario);
    target.parameters = std::move(delta.parameters);
    target.originNs = delta.originNs;
    target.wallNs = delta.wallNs;
    target.results = std::move(delta.results);
    target.facts = std::move(delta.facts);
    target.errors = std::move(delta.errors);
    target.ipc = std::move(delta.ipc);
    target.processes.resize(delta.processes.size());
    for (size_t i = 0; i < delta.processes.size(); ++i) {
        RunDelta::Process &d = delta.processes[i];
        ProcessRecord &p = target.processes[i];
        std::vector<Span> spans = std::move(p.spans);
        std::vector<Marker> markers = std::move(p.markers);
        std::vector<Cause> causes = std::move(p.causes);
        p = std::move(d.header);
        causes.resize(std::min(causes.size(), size_t(std::max(0, d.causesFrom))));
        causes.insert(causes.end(), d.causes.begin(), d.causes.end());
        p.causes = std::move(causes);
        // Nothing of the lane kept: the delta's vector becomes the lane (a whole finished run
        // arrives this way), no copy.
        const size_t keepSpans = std::min(spans.size(), size_t(std::max(0, d.spansFrom)));
        if (keepSpans == 0) {
            // The old lane goes into the delta, and with it to whoever frees the delta (the
            // controller has it freed on the engine thread: megabytes given back to the kernel
            // are not the window's work).
            std::swap(spans, d.spans);
        } else {
            spans.resize(keepSpans);
            spans.insert(spans.end(), d.spans.begin(), d.spans.end());
        }
        const size_t keepMarkers = std::min(markers.size(), size_t(std::max(0, d.markersFrom)));
        if (keepMarkers == 0) {
            markers = std::move(d.markers);
        } else {
            markers.resize(keepMarkers);
            markers.insert(markers.end(), std::make_move_iterator(d.markers.begin()),
                           std::make_move_iterator(d.markers.end()));
        }
        p.spans = std::move(spans);
        p.markers = std::move(markers);
    }
}

} // namespace proclab
