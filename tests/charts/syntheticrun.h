// SPDX-License-Identifier: MIT
#pragma once

#include "run.h"

#include <QString>
#include <algorithm>

namespace proclab::test {

// A finished run of `lanes` processes with `spansPerLane` back-to-back spans each, cycling through
// the kinds (task spans carry their task index), plus a signal on lane 0 and a killed lane 1: every
// mark the timeline draws, with known times. Lane i's span j covers
// [1 ms + j * spanNs, 1 ms + (j + 1) * spanNs - gapNs].
struct SyntheticRun
{
    static constexpr qint64 kStartNs = 1'000'000;
    static constexpr qint64 kSpanNs = 100'000; // 0.1 ms
    static constexpr qint64 kGapNs = 10'000;

    static qint64 spanBegin(int j) { return kStartNs + j * kSpanNs; }
    static qint64 spanEnd(int j) { return spanBegin(j) + kSpanNs - kGapNs; }

    static Run make(int lanes, int spansPerLane)
    {
        Run run;
        run.scenario = QStringLiteral("pool");
        run.originNs = 0;
        const qint64 end = spanBegin(spansPerLane) + 500'000;
        run.wallNs = end;
        for (int i = 0; i < lanes; ++i) {
            ProcessRecord p;
            p.id = i;
            p.name = QStringLiteral("worker-%1").arg(i);
            p.pid = 10000 + i;
            p.launchedNs = 100'000 + i * 1000;
            p.readyNs = 500'000;
            p.exitedNs = end - 100'000;
            p.exit.kind = ExitStatus::Kind::Normal;
            p.spans.reserve(std::size_t(spansPerLane));
            for (int j = 0; j < spansPerLane; ++j) {
                Span s;
                s.beginNs = spanBegin(j);
                s.endNs = spanEnd(j);
                s.kind = SpanKind(j % SpanKindCount);
                if (s.kind == SpanKind::Task)
                    s.task = j;
                if (s.kind == SpanKind::BarrierWait || s.kind == SpanKind::LockWait ||
                    s.kind == SpanKind::LockHold)
                    s.round = j / SpanKindCount;
                p.spans.push_back(s);
            }
            run.processes.push_back(std::move(p));
        }
        if (lanes > 1) {
            Marker m;
            m.kind = Marker::Kind::SignalSent;
            m.signal = 9;
            m.timeNs = end - 150'000;
            run.processes[1].markers.push_back(m);
            run.processes[1].exit.kind = ExitStatus::Kind::Signal;
            run.processes[1].exit.signal = 9;
        }
        return run;
    }

    // Gives the run zombie intervals, as join() in launch order leaves them: every lane but each
    // third one (i % 3 == 2, reaped the moment it exited) is reaped zombieNs after its exit.
    static void addZombies(Run &run, qint64 zombieNs)
    {
        for (std::size_t i = 0; i < run.processes.size(); ++i) {
            ProcessRecord &p = run.processes[i];
            p.exitStamp = ExitStamp::Pidfd;
            p.reapedNs = i % 3 == 2 ? p.exitedNs : p.exitedNs + zombieNs;
            run.wallNs = std::max(run.wallNs, p.reapedNs);
        }
    }
};

} // namespace proclab::test
