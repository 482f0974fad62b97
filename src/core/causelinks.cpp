// SPDX-License-Identifier: MIT
#include "causelinks.h"

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
    int any = -1;
    // From the back: the deeds looked for are usually recent, and a later span that merely
    // touches `ns` (begins where the deed's span ended) is passed over for the preferred kind.
    for (size_t i = process.spans.size(); i-- > 0;) {
        const Span &s = process.spans[i];
        if (s.beginNs > ns || s.endNs < ns)
            continue;
        if (s.kind == preferred)
            return int(i);
        if (any < 0)
            any = int(i);
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
