// SPDX-License-Identifier: MIT
#pragma once

#include "chartpalette.h"
#include "run.h"

#include <QCoreApplication>
#include <QStringList>
#include <array>
#include <optional>
#include <vector>

namespace proclab {

// What the timeline draws, read from a Run that may still be growing: per lane an index of the
// spans sorted by begin (so a redraw visits only what is visible) that refresh() extends with the
// spans recorded since the last call. Holds indices, never pointers: the engine appends to the
// run's vectors between refreshes and may reallocate them.
class TimelineModel
{
    Q_DECLARE_TR_FUNCTIONS(proclab::TimelineChart)
public:
    struct MarkerAt
    {
        qint64 timeNs = 0;
        TimelineMarker kind = TimelineMarker::Launch;
        int markerIndex = -1; // into ProcessRecord::markers, for signals and notes
    };
    // The time a process spent as a zombie: exited (ProcessRecord::exitedNs) and not yet reaped
    // (reapedNs). While a live run waits for the reap, it runs up to liveEndNs().
    struct Zombie
    {
        qint64 beginNs = 0;
        qint64 endNs = 0;
        bool reaped = false; // false: not reaped yet, endNs is the live end
    };

    void setRun(const Run *run);
    const Run *run() const { return m_run; }

    // Re-reads the run; cost is proportional to what is new. Returns true when the lanes or their
    // labels changed (the axis needs rebuilding), false when only their contents did.
    bool refresh();

    int laneCount() const { return int(m_lanes.size()); }
    // nullptr when the lane no longer exists (the run was replaced under us).
    const ProcessRecord *process(int lane) const;
    const QStringList &laneLabels() const { return m_labels; }
    static QString laneLabel(const ProcessRecord &process);

    qint64 dataEndNs() const { return m_dataEndNs; }
    // The end drawn for spans still open and lanes of processes still running.
    qint64 liveEndNs() const { return m_liveEndNs; }
    bool isLive() const { return m_live; }
    bool hasSpanKind(SpanKind kind) const { return m_kinds[std::size_t(kind)]; }
    bool hasMarker(TimelineMarker marker) const { return m_markers[std::size_t(marker)]; }
    // Some lane has a zombie interval (as of the last refresh()).
    bool hasZombie() const { return m_hasZombie; }

    // Calls f(const Span &) for every closed span of the lane that overlaps [fromNs, toNs], in
    // order of begin.
    template<typename F> void forEachSpan(int lane, qint64 fromNs, qint64 toNs, F &&f) const;
    // Spans that began and have not ended, clipped at liveEndNs().
    template<typename F> void forEachOpenSpan(int lane, F &&f) const;
    std::vector<MarkerAt> markers(int lane) const;
    // The lane's zombie interval, if it has one: reaped after it exited, or (live run) exited and
    // not reaped yet. At most one per lane.
    std::optional<Zombie> zombie(int lane) const;

private:
    struct Lane
    {
        std::vector<quint32> byBegin;
        std::size_t seen = 0;
        qint64 maxDurationNs = 0;
    };

    void index(const ProcessRecord &process, Lane &lane);

    const Run *m_run = nullptr;
    std::vector<Lane> m_lanes;
    QStringList m_labels;
    qint64 m_dataEndNs = 0;
    qint64 m_liveEndNs = 0;
    bool m_live = false;
    bool m_hasZombie = false;
    std::array<bool, SpanKindCount> m_kinds{};
    std::array<bool, TimelineMarkerCount> m_markers{};
};

template<typename F>
void TimelineModel::forEachSpan(int lane, qint64 fromNs, qint64 toNs, F &&f) const
{
    const ProcessRecord *p = process(lane);
    if (!p)
        return;
    const Lane &l = m_lanes[std::size_t(lane)];
    const auto &spans = p->spans;
    // A span overlapping fromNs began at most maxDuration earlier: start the scan there.
    const qint64 earliestBegin = fromNs - l.maxDurationNs;
    auto it = std::lower_bound(l.byBegin.begin(), l.byBegin.end(), earliestBegin,
                               [&spans](quint32 i, qint64 t) { return spans[i].beginNs < t; });
    for (; it != l.byBegin.end(); ++it) {
        if (*it >= spans.size())
            continue;
        const Span &s = spans[*it];
        if (s.beginNs > toNs)
            break;
        if (s.endNs >= fromNs)
            f(s);
    }
}

template<typename F> void TimelineModel::forEachOpenSpan(int lane, F &&f) const
{
    const ProcessRecord *p = process(lane);
    if (!p || p->exit.finished())
        return;
    for (const auto &open : p->open) {
        if (!open.open)
            continue;
        Span s = open.span;
        // Exited (measured by the kernel) but its status not collected yet: nothing ran after.
        const qint64 end = p->exitedNs >= 0 ? std::min(p->exitedNs, m_liveEndNs) : m_liveEndNs;
        s.endNs = std::max(s.beginNs, end);
        f(s);
    }
}

} // namespace proclab
