// SPDX-License-Identifier: MIT
#include "waitanalysis.h"

#include <algorithm>
#include <map>

namespace proclab {

namespace {

bool isWait(SpanKind kind)
{
    return kind == SpanKind::BarrierWait || kind == SpanKind::LockWait;
}

qint64 overlap(qint64 a0, qint64 a1, qint64 b0, qint64 b1)
{
    return std::max<qint64>(0, std::min(a1, b1) - std::max(a0, b0));
}

} // namespace

qint64 WaitAttribution::keptWaitingBy(int culprit) const
{
    qint64 total = 0;
    for (const auto &row : keptWaiting) {
        if (culprit >= 0 && size_t(culprit) < row.size())
            total += row[size_t(culprit)];
    }
    return total;
}

WaitAttribution attributeWaits(const Run &run)
{
    const size_t n = run.processes.size();
    WaitAttribution result;
    result.rows.resize(n);
    result.keptWaiting.assign(n, std::vector<qint64>(n, 0));
    // Lock holds of every process in time order, for splitting a lock wait among the holders it
    // queued behind. Holds of one lock never overlap, so in order of begin they are in order of
    // end too: the holds meeting a wait are found by one search, not by a walk over all of them.
    // Per runtime: a run of both runtimes has two locks.
    std::map<QString, std::vector<std::pair<int, const Span *>>> holdsOf;
    for (const ProcessRecord &p : run.processes) {
        for (const Span &s : p.spans) {
            if (s.kind == SpanKind::LockHold)
                holdsOf[p.runtime].emplace_back(p.id, &s);
        }
    }
    for (auto &[runtime, holds] : holdsOf) {
        std::sort(holds.begin(), holds.end(), [](const auto &a, const auto &b) {
            return a.second->beginNs < b.second->beginNs;
        });
    }
    for (const ProcessRecord &p : run.processes) {
        WaitAttribution::Row &row = result.rows[size_t(p.id)];
        row.process = p.id;
        for (const Span &s : p.spans) {
            const qint64 length = s.endNs - s.beginNs;
            if (!isWait(s.kind)) {
                row.workingNs += length;
                continue;
            }
            row.waitingNs += length;
            const Cause *cause = p.causeOf(s);
            if (!cause || !cause->known() || size_t(cause->process) >= n) {
                // No cause: the lock was free or this process completed the round itself; a
                // few microseconds of bookkeeping, or a wait nobody could explain.
                if (cause && cause->event == CauseEvent::Unknown)
                    row.unknownNs += length;
                continue;
            }
            std::vector<qint64> &kept = result.keptWaiting[size_t(p.id)];
            qint64 rest = length;
            if (s.kind == SpanKind::LockWait) {
                const auto &holds = holdsOf[p.runtime];
                auto it =
                    std::lower_bound(holds.begin(), holds.end(), s.beginNs,
                                     [](const auto &h, qint64 t) { return h.second->endNs <= t; });
                for (; it != holds.end() && it->second->beginNs < s.endNs; ++it) {
                    const auto &[holder, hold] = *it;
                    if (holder == p.id)
                        continue;
                    const qint64 o = overlap(s.beginNs, s.endNs, hold->beginNs, hold->endNs);
                    kept[size_t(holder)] += o;
                    rest -= o;
                }
            }
            kept[size_t(cause->process)] += std::max<qint64>(0, rest);
        }
    }
    return result;
}

qint64 CriticalPath::timeIn(Kind kind) const
{
    qint64 total = 0;
    for (const Segment &s : segments) {
        if (s.kind == kind)
            total += s.endNs - s.beginNs;
    }
    return total;
}

CriticalPath criticalPath(const Run &run)
{
    CriticalPath path;
    const ProcessRecord *last = nullptr;
    for (const ProcessRecord &p : run.processes) {
        if (p.exitedNs >= 0 && p.launchedNs >= 0 && (!last || p.exitedNs > last->exitedNs))
            last = &p;
    }
    if (!last)
        return path;
    path.endNs = std::max(run.wallNs, last->exitedNs);
    std::vector<CriticalPath::Segment> backwards;
    auto add = [&](CriticalPath::Kind kind, int process, qint64 begin, qint64 end, int from = -1,
                   CauseEvent event = CauseEvent::None) {
        if (end > begin)
            backwards.push_back({kind, process, begin, end, from, event});
    };
    add(CriticalPath::Kind::Join, last->id, last->exitedNs, path.endNs, last->id);

    // Per process, how far back its spans have been looked at: time only goes backwards along
    // the path, so each span is passed once.
    std::vector<size_t> cursor(run.processes.size());
    for (const ProcessRecord &p : run.processes)
        cursor[size_t(p.id)] = p.spans.size();

    const ProcessRecord *p = last;
    qint64 t = last->exitedNs;
    size_t steps = 0;
    const size_t maxSteps = size_t(run.spanCount()) + 2 * run.processes.size() + 8;
    while (p && steps++ < maxSteps) {
        // Running back from t: the latest wait of p that ended by t.
        size_t &i = cursor[size_t(p->id)];
        const Span *wait = nullptr;
        while (i > 0) {
            const Span &s = p->spans[i - 1];
            if (isWait(s.kind) && s.endNs <= t && s.beginNs < t) {
                wait = &s;
                break;
            }
            --i;
        }
        const qint64 ready = std::max(p->readyNs, p->launchedNs);
        if (!wait || wait->endNs <= ready) {
            // Nothing p waited for: it ran from its launch. Before that, the exit its launch
            // waited for (a join in a loop), or the path begins.
            add(CriticalPath::Kind::Running, p->id, std::min(ready, t), t);
            add(CriticalPath::Kind::Launch, p->id, p->launchedNs, std::min(ready, t));
            const Cause &launch = p->launchCause;
            const ProcessRecord *before = run.process(launch.process);
            if (launch.known() && before && launch.timeNs <= p->launchedNs) {
                add(CriticalPath::Kind::Join, p->id, launch.timeNs, p->launchedNs, before->id,
                    launch.event);
                p = before;
                t = launch.timeNs;
                continue;
            }
            path.beginNs = std::max<qint64>(0, std::min(p->launchedNs, t));
            break;
        }
        --i; // this wait is dealt with now
        add(CriticalPath::Kind::Running, p->id, wait->endNs, t);
        const Cause *cause = p->causeOf(*wait);
        const ProcessRecord *culprit = cause ? run.process(cause->process) : nullptr;
        if (cause && cause->known() && culprit && cause->timeNs <= wait->endNs &&
            cause->timeNs >= culprit->launchedNs) {
            add(CriticalPath::Kind::WakeUp, p->id, cause->timeNs, wait->endNs, culprit->id,
                cause->event);
            p = culprit;
            t = cause->timeNs;
            continue;
        }
        add(CriticalPath::Kind::Waiting, p->id, wait->beginNs, wait->endNs);
        t = wait->beginNs;
    }
    path.segments.assign(backwards.rbegin(), backwards.rend());
    if (!path.segments.empty())
        path.beginNs = path.segments.front().beginNs;
    return path;
}

std::optional<LongestBarrierWait> longestBarrierWait(const Run &run)
{
    auto workIn = [](const ProcessRecord &p, int round) {
        qint64 total = 0;
        for (const Span &s : p.spans) {
            if (s.kind == SpanKind::Work && s.round == round)
                total += s.endNs - s.beginNs;
        }
        return total;
    };
    std::optional<LongestBarrierWait> longest;
    for (const ProcessRecord &p : run.processes) {
        for (const Span &s : p.spans) {
            const Cause *cause = p.causeOf(s);
            if (s.kind != SpanKind::BarrierWait || !cause || !cause->known() ||
                !run.process(cause->process))
                continue;
            const qint64 wait = s.endNs - s.beginNs;
            if (longest && wait <= longest->waitNs)
                continue;
            longest = LongestBarrierWait{s.round, p.id, cause->process, wait, 0, 0};
        }
    }
    if (longest) {
        longest->waiterWorkNs = workIn(run.processes[size_t(longest->waiter)], longest->round);
        longest->culpritWorkNs = workIn(run.processes[size_t(longest->culprit)], longest->round);
    }
    return longest;
}

} // namespace proclab
