// SPDX-License-Identifier: MIT
#include "timelinemodel.h"

#include "clock.h"

#include <algorithm>

namespace proclab {

TimelineMarker exitMarker(const ExitStatus &exit)
{
    switch (exit.kind) {
    case ExitStatus::Kind::Normal:
        return exit.code == 0 ? TimelineMarker::ExitNormal : TimelineMarker::ExitError;
    case ExitStatus::Kind::FailedToStart:
        return TimelineMarker::ExitError;
    case ExitStatus::Kind::Signal:
    case ExitStatus::Kind::Timeout:
        return TimelineMarker::ExitKilled;
    case ExitStatus::Kind::Unknown:
    case ExitStatus::Kind::Running:
        break;
    }
    return TimelineMarker::ExitUnknown;
}

namespace {
// A run the engine is still filling: nothing measured its wall time yet and something is running
// or waits to be reaped. The origin check keeps a loaded or synthetic run (no real origin) from
// counting as live.
bool runIsLive(const Run &run, qint64 nowNs)
{
    if (run.wallNs > 0 || run.originNs <= 0)
        return false;
    const qint64 elapsed = nowNs - run.originNs;
    if (elapsed < 0 || elapsed > 24LL * 3600 * 1000 * 1000 * 1000)
        return false;
    return std::any_of(run.processes.begin(), run.processes.end(), [](const ProcessRecord &p) {
        return !p.exit.finished() || (p.exitedNs >= 0 && p.reapedNs < 0);
    });
}
} // namespace

void TimelineModel::setRun(const Run *run)
{
    m_run = run;
    m_lanes.clear();
    m_lanes.shrink_to_fit();
    m_labels.clear();
    m_dataEndNs = 0;
    m_liveEndNs = 0;
    m_live = false;
    m_hasZombie = false;
    m_kinds.fill(false);
    m_markers.fill(false);
}

const ProcessRecord *TimelineModel::process(int lane) const
{
    if (!m_run || lane < 0 || lane >= laneCount() || std::size_t(lane) >= m_run->processes.size())
        return nullptr;
    return &m_run->processes[std::size_t(lane)];
}

QString TimelineModel::laneLabel(const ProcessRecord &process)
{
    if (process.pid > 0)
        return tr("%1 (%2)").arg(process.name).arg(process.pid);
    return tr("%1 (no pid)").arg(process.name);
}

int TimelineModel::slotCount()
{
    return SpanKindCount + ChartPalette::chunkColorCount();
}

int TimelineModel::slotOf(const Span &span, int chunksize)
{
    if (chunksize > 0 && span.kind == SpanKind::Task && span.task >= 0)
        return SpanKindCount + (span.task / chunksize) % ChartPalette::chunkColorCount();
    return int(span.kind);
}

qint64 TimelineModel::Track::lengthBefore(const std::vector<Span> &all, std::size_t j) const
{
    const std::size_t block = j / kBlock;
    qint64 sum = blockPrefix[block];
    for (std::size_t k = block * kBlock; k < j; ++k) {
        const Span &s = all[at(k)];
        sum += s.endNs - s.beginNs;
    }
    return sum;
}

std::size_t TimelineModel::Track::firstBeginningAt(const std::vector<Span> &all, std::size_t from,
                                                   qint64 t, std::size_t strideHint) const
{
    if (from >= count)
        return count;
    if (all[at(from)].beginNs >= t)
        return from;
    // Span `from` begins before t. Find the first block after from's whose first span begins at
    // or after t (or none): the answer is in the block before it.
    const std::size_t blocks = blockBegin.size();
    std::size_t lo = from / kBlock + 1; // every block before lo begins before t
    std::size_t probe = lo;
    std::size_t step = std::max<std::size_t>(strideHint / kBlock, 1);
    while (probe < blocks && blockBegin[probe] < t) {
        lo = probe + 1;
        probe = lo + step;
        step *= 2;
    }
    std::size_t hi = std::min(probe, blocks);
    while (lo < hi) {
        const std::size_t mid = lo + (hi - lo) / 2;
        if (blockBegin[mid] >= t)
            hi = mid;
        else
            lo = mid + 1;
    }
    // Block lo is the first that begins at or after t (lo == blocks: none): search the block
    // before it, from `from` on.
    std::size_t j = std::max(from + 1, (lo - 1) * kBlock);
    std::size_t last = std::min(count, lo * kBlock);
    while (j < last) {
        const std::size_t mid = j + (last - j) / 2;
        if (all[at(mid)].beginNs >= t)
            last = mid;
        else
            j = mid + 1;
    }
    return j;
}

void TimelineModel::track(const ProcessRecord &process, Lane &lane, quint32 i) const
{
    if (!lane.tracksValid)
        return;
    if (lane.tracks.empty())
        lane.tracks.resize(std::size_t(slotCount()));
    const Span &s = process.spans[i];
    Track &t = lane.tracks[std::size_t(slotOf(s, m_trackChunksize))];
    if (t.count > 0 && s.beginNs < process.spans[t.at(t.count - 1)].endNs) {
        // Overlapping spans of one colour (only a misbehaving worker reports them) or one that
        // arrived after a later one: the lane is drawn by walking its spans instead.
        lane.tracksValid = false;
        lane.tracks = {};
        return;
    }
    if (t.count == 0 && i == 0) {
        t.identity = true;
    } else if (t.identity && i != t.count) {
        // Spans of another slot came in between: the track lists its spans from now on.
        t.spans.resize(t.count);
        for (std::size_t j = 0; j < t.count; ++j)
            t.spans[j] = quint32(j);
        t.identity = false;
    }
    if (!t.identity)
        t.spans.push_back(i);
    if (t.count % Track::kBlock == 0)
        t.blockBegin.push_back(s.beginNs);
    ++t.count;
    t.total += s.endNs - s.beginNs;
    if (t.count % Track::kBlock == 0)
        t.blockPrefix.push_back(t.total);
}

void TimelineModel::rebuildTracks(const ProcessRecord &process, Lane &lane) const
{
    lane.tracks = {};
    lane.tracksValid = true;
    lane.tracks.resize(std::size_t(slotCount()));
    if (lane.sorted) {
        for (std::size_t i = 0; i < lane.seen; ++i)
            track(process, lane, quint32(i));
    } else {
        for (const quint32 i : lane.byBegin)
            track(process, lane, i);
    }
}

void TimelineModel::reviseTrack(const ProcessRecord &process, Lane &lane, quint32 i) const
{
    if (!lane.tracksValid || lane.tracks.empty())
        return;
    const auto &spans = process.spans;
    Track &t = lane.tracks[std::size_t(slotOf(spans[i], m_trackChunksize))];
    // Begins are in order; only instants share one with their neighbours.
    std::size_t lo = 0;
    std::size_t hi = t.count;
    while (lo < hi) {
        const std::size_t mid = lo + (hi - lo) / 2;
        if (spans[t.at(mid)].beginNs < spans[i].beginNs)
            lo = mid + 1;
        else
            hi = mid;
    }
    while (lo < t.count && t.at(lo) != i && spans[t.at(lo)].beginNs == spans[i].beginNs)
        ++lo;
    if (lo == t.count || t.at(lo) != i) {
        rebuildTracks(process, lane);
        return;
    }
    // Only the end moved, and only earlier: order and disjointness hold; the sums from its block
    // on are recomputed.
    const std::size_t block = lo / Track::kBlock;
    t.blockPrefix.resize(block + 1);
    t.total = t.blockPrefix.back();
    for (std::size_t k = block * Track::kBlock; k < t.count; ++k) {
        const Span &s = spans[t.at(k)];
        t.total += s.endNs - s.beginNs;
        if ((k + 1) % Track::kBlock == 0)
            t.blockPrefix.push_back(t.total);
    }
}

const std::vector<TimelineModel::Track> *TimelineModel::tracks(int lane, int chunksize) const
{
    const ProcessRecord *p = process(lane);
    if (!p)
        return nullptr;
    chunksize = std::max(chunksize, 0);
    if (chunksize != m_trackChunksize) {
        // Another colouring: every lane's tracks are sorted anew, once (a toggle, not a frame).
        m_trackChunksize = chunksize;
        for (int l = 0; l < laneCount(); ++l) {
            if (const ProcessRecord *q = process(l))
                rebuildTracks(*q, m_lanes[std::size_t(l)]);
        }
    }
    Lane &l = m_lanes[std::size_t(lane)];
    if (!l.tracksValid)
        return nullptr;
    if (l.tracks.empty())
        l.tracks.resize(std::size_t(slotCount()));
    return &l.tracks;
}

void TimelineModel::index(const ProcessRecord &process, Lane &lane)
{
    const auto &spans = process.spans;
    if (lane.seen > spans.size()) { // the process was replaced by a shorter one: start over
        lane = Lane();
    }
    // A span cut short by its process's death may since have been ended earlier (a lock taken
    // over from the dead holder): its track's sums are brought up to date.
    for (auto &[i, endNs] : lane.cutShort) {
        if (i < lane.seen && spans[i].endNs != endNs) {
            endNs = spans[i].endNs;
            reviseTrack(process, lane, i);
        }
    }
    // Where the entries of byBegin not known to be in order begin.
    std::size_t unsortedFrom = lane.byBegin.size();
    for (std::size_t i = lane.seen; i < spans.size(); ++i) {
        const Span &s = spans[i];
        if (lane.sorted && i > 0 && s.beginNs < spans[i - 1].beginNs) {
            // The first span out of begin order (a nested one, appended when it ended): the
            // lane's order is listed from now on.
            lane.sorted = false;
            lane.byBegin.resize(i);
            for (std::size_t k = 0; k < i; ++k)
                lane.byBegin[k] = quint32(k);
            unsortedFrom = i;
        }
        if (!lane.sorted)
            lane.byBegin.push_back(quint32(i));
        lane.maxDurationNs = std::max(lane.maxDurationNs, s.endNs - s.beginNs);
        m_kinds[std::size_t(s.kind)] = true;
        m_dataEndNs = std::max(m_dataEndNs, s.endNs);
        if (s.cutShort)
            lane.cutShort.emplace_back(quint32(i), s.endNs);
        track(process, lane, quint32(i));
    }
    lane.seen = spans.size();
    if (lane.sorted || lane.byBegin.size() == unsortedFrom)
        return;
    // Spans are appended as they end; nested ones (a task inside work) arrive out of begin order.
    const auto byBegin = [&spans](quint32 a, quint32 b) {
        return spans[a].beginNs < spans[b].beginNs;
    };
    const auto middle = lane.byBegin.begin() + std::ptrdiff_t(unsortedFrom);
    if (!std::is_sorted(middle, lane.byBegin.end(), byBegin))
        std::sort(middle, lane.byBegin.end(), byBegin);
    if (unsortedFrom > 0 && byBegin(*middle, *(middle - 1)))
        std::inplace_merge(lane.byBegin.begin(), middle, lane.byBegin.end(), byBegin);
}

bool TimelineModel::refresh()
{
    if (!m_run) {
        const bool changed = !m_lanes.empty();
        setRun(nullptr);
        return changed;
    }
    const auto &processes = m_run->processes;
    bool lanesChanged = processes.size() != m_lanes.size();
    m_lanes.resize(processes.size());
    m_markers.fill(false);
    m_dataEndNs = std::max<qint64>(m_dataEndNs, m_run->wallNs);
    QStringList labels;
    labels.reserve(qsizetype(processes.size()));
    for (std::size_t i = 0; i < processes.size(); ++i) {
        const ProcessRecord &p = processes[i];
        index(p, m_lanes[i]);
        labels << laneLabel(p);
        for (const qint64 t : {p.launchedNs, p.readyNs, p.exitedNs, p.reapedNs})
            m_dataEndNs = std::max(m_dataEndNs, t);
        for (const Marker &m : p.markers)
            m_dataEndNs = std::max(m_dataEndNs, m.timeNs);
        for (const auto &open : p.open) {
            if (open.open) {
                m_kinds[std::size_t(open.span.kind)] = true;
                m_dataEndNs = std::max(m_dataEndNs, open.span.beginNs);
            }
        }
    }
    for (std::size_t i = 0; i < processes.size(); ++i) {
        for (const MarkerAt &m : markers(int(i)))
            m_markers[std::size_t(m.kind)] = true;
    }
    if (labels != m_labels) {
        m_labels = labels;
        lanesChanged = true;
    }
    const qint64 now = monotonicNowNs();
    m_live = runIsLive(*m_run, now);
    m_liveEndNs = m_live ? std::max(m_dataEndNs, now - m_run->originNs) : m_dataEndNs;
    m_hasZombie = false;
    for (int lane = 0; lane < laneCount() && !m_hasZombie; ++lane)
        m_hasZombie = zombie(lane).has_value();
    return lanesChanged;
}

std::vector<TimelineModel::MarkerAt> TimelineModel::markers(int lane) const
{
    std::vector<MarkerAt> result;
    const ProcessRecord *p = process(lane);
    if (!p)
        return result;
    if (p->launchedNs >= 0)
        result.push_back({p->launchedNs, TimelineMarker::Launch, -1});
    for (std::size_t i = 0; i < p->markers.size(); ++i) {
        const Marker &m = p->markers[i];
        result.push_back(
            {m.timeNs,
             m.kind == Marker::Kind::SignalSent ? TimelineMarker::SignalSent : TimelineMarker::Note,
             int(i)});
    }
    if (p->exit.finished() && p->exitedNs >= 0)
        result.push_back({p->exitedNs, exitMarker(p->exit), -1});
    return result;
}

std::optional<TimelineModel::Zombie> TimelineModel::zombie(int lane) const
{
    const ProcessRecord *p = process(lane);
    // A process that never started never exited either, whatever time the lab noted for it.
    if (!p || p->exitedNs < 0 || p->exit.kind == ExitStatus::Kind::FailedToStart)
        return std::nullopt;
    if (p->reapedNs >= 0) {
        if (p->reapedNs <= p->exitedNs)
            return std::nullopt;
        return Zombie{p->exitedNs, p->reapedNs, true};
    }
    // Not reaped: a zombie still, up to now, while the run goes; a finished run that never reaped
    // it has no time to end the interval at, so nothing is claimed.
    if (!m_live || m_liveEndNs <= p->exitedNs)
        return std::nullopt;
    return Zombie{p->exitedNs, m_liveEndNs, false};
}

std::array<qint64, SpanKindCount> TimelineModel::rangeTotals(int lane, qint64 fromNs,
                                                             qint64 toNs) const
{
    std::array<qint64, SpanKindCount> totals{};
    const auto add = [&](const Span &s) {
        const qint64 part = std::min(s.endNs, toNs) - std::max(s.beginNs, fromNs);
        if (part > 0)
            totals[std::size_t(s.kind)] += part;
    };
    forEachSpan(lane, fromNs, toNs, add);
    forEachOpenSpan(lane, add);
    return totals;
}

} // namespace proclab
