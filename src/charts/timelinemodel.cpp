// SPDX-License-Identifier: MIT
#include "timelinemodel.h"

#include "clock.h"

#include <algorithm>

namespace proclab {

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

void TimelineModel::index(const ProcessRecord &process, Lane &lane)
{
    const auto &spans = process.spans;
    if (lane.seen > spans.size()) { // the process was replaced by a shorter one: start over
        lane = Lane();
    }
    const std::size_t oldSize = lane.byBegin.size();
    for (std::size_t i = lane.seen; i < spans.size(); ++i) {
        const Span &s = spans[i];
        lane.byBegin.push_back(quint32(i));
        lane.maxDurationNs = std::max(lane.maxDurationNs, s.endNs - s.beginNs);
        m_kinds[std::size_t(s.kind)] = true;
        m_dataEndNs = std::max(m_dataEndNs, s.endNs);
    }
    lane.seen = spans.size();
    if (lane.byBegin.size() == oldSize)
        return;
    // Spans are appended as they end; nested ones (a task inside work) arrive out of begin order.
    const auto byBegin = [&spans](quint32 a, quint32 b) {
        return spans[a].beginNs < spans[b].beginNs;
    };
    const auto middle = lane.byBegin.begin() + std::ptrdiff_t(oldSize);
    if (!std::is_sorted(middle, lane.byBegin.end(), byBegin))
        std::sort(middle, lane.byBegin.end(), byBegin);
    if (oldSize > 0 && byBegin(*middle, *(middle - 1)))
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
    if (p->exit.finished() && p->exitedNs >= 0) {
        const bool normal = p->exit.kind == ExitStatus::Kind::Normal;
        result.push_back(
            {p->exitedNs, normal ? TimelineMarker::ExitNormal : TimelineMarker::ExitKilled, -1});
    }
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

} // namespace proclab
