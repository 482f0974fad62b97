// SPDX-License-Identifier: MIT
#include "causelinks.h"

#include <algorithm>

namespace proclab {

namespace {

// The kind of span the causing process was in when it did what its cause names.
SpanKind deedKind(CauseEvent event)
{
    switch (event) {
    case CauseEvent::BarrierLastArrival:
        return SpanKind::BarrierWait; // its arrival opened its own (short) barrier wait
    case CauseEvent::LockRelease:
    case CauseEvent::OwnerDied:
        return SpanKind::LockHold;
    default:
        return SpanKind::Work;
    }
}

} // namespace

int spanAt(const ProcessRecord &process, qint64 ns, SpanKind preferred)
{
    // A lane's spans are recorded as they end, so they are in order of their ends: the spans
    // containing `ns` start at the first that ends at or after it, and lie among the few after
    // it that began by then (a lane's spans follow one another; a run has millions of them and
    // a cause each per wait, so no walk over the whole lane per cause).
    const auto &spans = process.spans;
    auto it = std::lower_bound(spans.begin(), spans.end(), ns,
                               [](const Span &s, qint64 t) { return s.endNs < t; });
    int any = -1;
    constexpr int kLookAhead = 16;
    for (int k = 0; it != spans.end() && k < kLookAhead; ++it, ++k) {
        if (it->beginNs > ns || it->endNs < ns)
            continue;
        if (it->kind == preferred)
            return int(it - spans.begin());
        if (any < 0)
            any = int(it - spans.begin());
    }
    return any;
}

std::vector<CauseLink> causeLinks(const Run &run)
{
    std::vector<CauseLink> links;
    auto sourceSpan = [&run](const Cause &cause) {
        const ProcessRecord *source = run.process(cause.process);
        return source ? spanAt(*source, cause.timeNs, deedKind(cause.event)) : -1;
    };
    for (const ProcessRecord &p : run.processes) {
        for (size_t i = 0; i < p.spans.size(); ++i) {
            const Span &s = p.spans[i];
            const Cause *cause = p.causeOf(s);
            if (!cause || !cause->known())
                continue;
            links.push_back({cause->event, CauseLink::Effect::WaitEnd, cause->process,
                             cause->timeNs, sourceSpan(*cause), p.id, int(i), s.endNs});
        }
        const struct
        {
            const Cause &cause;
            CauseLink::Effect effect;
            qint64 effectNs;
        } processCauses[] = {{p.exitCause, CauseLink::Effect::Exit, p.exitedNs},
                             {p.reapCause, CauseLink::Effect::Reap, p.reapedNs},
                             {p.launchCause, CauseLink::Effect::Launch, p.launchedNs}};
        for (const auto &c : processCauses) {
            if (!c.cause.known() || c.effectNs < 0)
                continue;
            links.push_back({c.cause.event, c.effect, c.cause.process, c.cause.timeNs,
                             sourceSpan(c.cause), p.id, -1, c.effectNs});
        }
    }
    return links;
}

} // namespace proclab
