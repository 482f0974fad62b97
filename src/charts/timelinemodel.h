// SPDX-License-Identifier: MIT
#pragma once

#include "chartpalette.h"
#include "run.h"

#include <QCoreApplication>
#include <QStringList>
#include <algorithm>
#include <array>
#include <optional>
#include <vector>

namespace proclab {

// How a process's end is marked: a non-zero code is not a normal exit, nor an unknown status a
// kill.
TimelineMarker exitMarker(const ExitStatus &exit);

// What the timeline draws, read from a Run that may still be growing: per lane an index of the
// spans sorted by begin (so a redraw or a hit test visits only what is visible) and per colour
// slot a track with prefix sums (so a redraw costs pixel columns, not spans), both extended by
// refresh() with the spans recorded since the last call. Holds indices, never pointers: the
// engine appends to the run's vectors between refreshes and may reallocate them.
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

    // Colour slots: the span kinds, then (task spans coloured by chunk) the chunk colours.
    static int slotCount();
    // The slot a span is drawn in; chunksize 0 colours by kind.
    static int slotOf(const Span &span, int chunksize);
    // Whether a span meets the time [fromNs, toNs): overlaps it, or is an instant inside it.
    static bool meets(const Span &span, qint64 fromNs, qint64 toNs)
    {
        return span.beginNs < toNs &&
               (span.endNs > fromNs || (span.endNs == span.beginNs && span.beginNs >= fromNs));
    }

    // The closed spans of one lane in one colour slot, in time order and disjoint (each begins at
    // or after the previous one's end), with prefix sums of their lengths: the covered time of a
    // slot in any interval is two binary searches and a subtraction, so a frame costs lanes x
    // pixel columns, not spans.
    struct Track
    {
        static constexpr std::size_t kBlock = 8;
        // Indices into ProcessRecord::spans. Empty while the track is the identity (its j-th span
        // is the lane's j-th: every span so far was of this slot and in time order, as a pool
        // worker's tasks are); filled in when that stops.
        std::vector<quint32> spans;
        bool identity = false;
        std::size_t count = 0;
        // blockPrefix[b]: total length of the first b * kBlock spans. One sum (and one begin,
        // below) per block rather than per span keeps a track at 2 bytes a span (6 with
        // indices); a lookup adds at most kBlock - 1 lengths.
        std::vector<qint64> blockPrefix{0};
        // blockBegin[b]: where the span b * kBlock begins. Searches step over blocks in this
        // dense array first: reading spans themselves, far apart, is a cache miss each.
        std::vector<qint64> blockBegin;
        qint64 total = 0; // of all spans

        std::size_t size() const { return count; }
        // The index into ProcessRecord::spans of the track's j-th span.
        quint32 at(std::size_t j) const { return identity ? quint32(j) : spans[j]; }
        // Total length of the first j spans.
        qint64 lengthBefore(const std::vector<Span> &all, std::size_t j) const;
        // The first j >= from whose span begins at or after t (size() if none). Gallops over the
        // blocks from `from` in steps growing from about `strideHint` spans.
        std::size_t firstBeginningAt(const std::vector<Span> &all, std::size_t from, qint64 t,
                                     std::size_t strideHint = 1) const;
    };
    // The lane's tracks for `chunksize` (built on first use and kept up to date by refresh()), or
    // nullptr when some slot's spans overlap or arrived out of time order: then only
    // forEachSpan() gives the lane correctly.
    const std::vector<Track> *tracks(int lane, int chunksize) const;
    // Spans that began and have not ended, clipped at liveEndNs().
    template<typename F> void forEachOpenSpan(int lane, F &&f) const;
    std::vector<MarkerAt> markers(int lane) const;
    // Per span kind, how much of [fromNs, toNs] the lane's spans (closed and open) cover: each
    // span's part inside the range, summed. For a selected time range's per-process statistics;
    // costs the spans in the range.
    std::array<qint64, SpanKindCount> rangeTotals(int lane, qint64 fromNs, qint64 toNs) const;
    // The lane's zombie interval, if it has one: reaped after it exited, or (live run) exited and
    // not reaped yet. At most one per lane.
    std::optional<Zombie> zombie(int lane) const;

private:
    struct Lane
    {
        // The lane's spans in order of begin: while `sorted`, they arrived in that order and
        // byBegin is empty (the identity); otherwise byBegin holds indices into its spans.
        std::vector<quint32> byBegin;
        bool sorted = true;
        std::size_t seen = 0;
        qint64 maxDurationNs = 0;
        // Spans cut short by their process's death, with the end they had when indexed: the only
        // spans the recorder ever revises (RunRecorder::clampCutShortHolds moves their end
        // earlier), so the only ones checked again.
        std::vector<std::pair<quint32, qint64>> cutShort;
        std::vector<Track> tracks; // by slot, for m_trackChunksize
        bool tracksValid = true;
    };

    void index(const ProcessRecord &process, Lane &lane);
    // Appends span i to its slot's track, or marks the lane's tracks invalid.
    void track(const ProcessRecord &process, Lane &lane, quint32 i) const;
    void rebuildTracks(const ProcessRecord &process, Lane &lane) const;
    // A cut-short span's end moved: the prefix sums from it on are recomputed.
    void reviseTrack(const ProcessRecord &process, Lane &lane, quint32 i) const;

    const Run *m_run = nullptr;
    // mutable: tracks() builds the tracks of another chunk size on demand.
    mutable std::vector<Lane> m_lanes;
    mutable int m_trackChunksize = 0;
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
    if (l.sorted) {
        const auto end = spans.begin() + std::ptrdiff_t(std::min(l.seen, spans.size()));
        auto it = std::lower_bound(spans.begin(), end, earliestBegin,
                                   [](const Span &s, qint64 t) { return s.beginNs < t; });
        for (; it != end && it->beginNs <= toNs; ++it) {
            if (it->endNs >= fromNs)
                f(*it);
        }
        return;
    }
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
