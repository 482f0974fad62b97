// SPDX-License-Identifier: MIT
#include "exporters.h"

#include "causelinks.h"
#include "jsonstream.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QJsonArray>
#include <QSaveFile>
#include <array>
#include <cmath>

namespace proclab {

namespace {

// The messages' translation context, declared so that lupdate files them under it too.
class ExportText
{
    Q_DECLARE_TR_FUNCTIONS(proclab::Export)
};

QJsonValue nsOrNull(qint64 ns)
{
    return ns >= 0 ? QJsonValue(ns) : QJsonValue(QJsonValue::Null);
}

qint64 nsFrom(const QJsonValue &v)
{
    return v.isNull() || v.isUndefined() ? -1 : v.toInteger(-1);
}

QJsonObject exitToJson(const ExitStatus &exit)
{
    QJsonObject json;
    json.insert(QStringLiteral("kind"), ExitStatus::kindName(exit.kind));
    const bool normal = exit.kind == ExitStatus::Kind::Normal;
    const bool signalled = exit.kind == ExitStatus::Kind::Signal ||
                           (exit.kind == ExitStatus::Kind::Timeout && exit.signal > 0);
    json.insert(QStringLiteral("code"), normal ? QJsonValue(exit.code) : QJsonValue());
    json.insert(QStringLiteral("signal"), signalled ? QJsonValue(exit.signal) : QJsonValue());
    json.insert(QStringLiteral("python_exitcode"),
                normal || signalled ? QJsonValue(exit.pythonExitCode()) : QJsonValue());
    return json;
}

std::optional<ExitStatus> exitFromJson(const QJsonObject &json)
{
    static const ExitStatus::Kind kinds[] = {
        ExitStatus::Kind::Running,       ExitStatus::Kind::Normal,  ExitStatus::Kind::Signal,
        ExitStatus::Kind::FailedToStart, ExitStatus::Kind::Timeout, ExitStatus::Kind::Unknown};
    const QString name = json.value(QStringLiteral("kind")).toString();
    for (const auto kind : kinds) {
        if (ExitStatus::kindName(kind) == name)
            return ExitStatus{kind, json.value(QStringLiteral("code")).toInt(),
                              json.value(QStringLiteral("signal")).toInt()};
    }
    return std::nullopt;
}

// {"event", "process" (null: the lab), "signal" (signals only), "time_ns" (null: unknown)}.
QJsonObject causeToJson(const Cause &cause)
{
    QJsonObject json;
    json.insert(QStringLiteral("event"), causeEventName(cause.event));
    json.insert(QStringLiteral("process"),
                cause.process >= 0 ? QJsonValue(cause.process) : QJsonValue());
    if (cause.event == CauseEvent::Signal)
        json.insert(QStringLiteral("signal"), cause.signal);
    json.insert(QStringLiteral("time_ns"), nsOrNull(cause.timeNs));
    return json;
}

Cause causeFromJson(const QJsonValue &value)
{
    Cause cause;
    const QJsonObject json = value.toObject();
    const auto event =
        causeEventFromName(json.value(QStringLiteral("event")).toString().toLatin1());
    if (!event)
        return cause;
    cause.event = *event;
    cause.process = json.value(QStringLiteral("process")).toInt(-1);
    cause.signal = json.value(QStringLiteral("signal")).toInt();
    cause.timeNs = nsFrom(json.value(QStringLiteral("time_ns")));
    return cause;
}

// The process-level causes, under their run JSON keys.
struct ProcessCause
{
    QLatin1StringView key;
    Cause ProcessRecord::*member;
};
constexpr ProcessCause kProcessCauses[] = {
    {QLatin1StringView("exit_cause"), &ProcessRecord::exitCause},
    {QLatin1StringView("launch_cause"), &ProcessRecord::launchCause},
    {QLatin1StringView("reap_cause"), &ProcessRecord::reapCause},
};

QJsonObject spanToJson(const Span &span, const ProcessRecord &process)
{
    QJsonObject json;
    json.insert(QStringLiteral("kind"), QString::fromLatin1(spanKindName(span.kind)));
    json.insert(QStringLiteral("begin_ns"), span.beginNs);
    json.insert(QStringLiteral("end_ns"), span.endNs);
    if (const Cause *cause = process.causeOf(span))
        json.insert(QStringLiteral("cause"), causeToJson(*cause));
    if (span.round >= 0)
        json.insert(QStringLiteral("round"), span.round);
    if (span.task >= 0)
        json.insert(QStringLiteral("task"), span.task);
    if (span.cutShort)
        json.insert(QStringLiteral("cut_short"), true);
    return json;
}

QJsonObject markerToJson(const Marker &marker)
{
    QJsonObject json;
    json.insert(QStringLiteral("time_ns"), marker.timeNs);
    if (marker.kind == Marker::Kind::SignalSent) {
        json.insert(QStringLiteral("kind"), QStringLiteral("signal_sent"));
        json.insert(QStringLiteral("signal"), marker.signal);
        if (marker.sender >= 0)
            json.insert(QStringLiteral("by"), marker.sender);
    } else {
        json.insert(QStringLiteral("kind"), QStringLiteral("note"));
        json.insert(QStringLiteral("text"), marker.text);
    }
    return json;
}

QByteArray csvField(const QString &text)
{
    QByteArray utf8 = text.toUtf8();
    if (utf8.contains(',') || utf8.contains('"') || utf8.contains('\n')) {
        utf8.replace("\"", "\"\"");
        return '"' + utf8 + '"';
    }
    return utf8;
}

} // namespace

namespace {

// Who ran a run's processes: "cpp" (the lab's workers) or "python" (the tutorial's program), from
// its parameters; runs of older files, which had no choice, were C++.
QString runtimeOf(const Run &run, const ProcessRecord &p)
{
    if (!p.runtime.isEmpty())
        return p.runtime; // a combined run says it per process
    const QString runtime = run.parameters.value(QStringLiteral("runtime")).toString();
    return runtime.isEmpty() ? QStringLiteral("cpp") : runtime;
}

// The Python runtime's start method, or empty.
QString startMethodOf(const Run &run, const ProcessRecord &p)
{
    return runtimeOf(run, p) == QLatin1String("python")
               ? run.parameters.value(QStringLiteral("start-method")).toString()
               : QString();
}

// "inspect": the run's kernel objects as last read while it ran ("live", at "at_ns"), and after
// it ("after": every object with exists false when nothing was left behind).
QJsonObject inspectionToJson(const IpcInspection &ipc)
{
    QJsonObject json;
    json.insert(QStringLiteral("at_ns"), ipc.atNs >= 0 ? QJsonValue(ipc.atNs) : QJsonValue());
    json.insert(QStringLiteral("live"), ipcObjectsToJson(ipc.objects));
    if (ipc.checkedAfter) {
        json.insert(QStringLiteral("after"), ipcObjectsToJson(ipc.leftover));
        json.insert(QStringLiteral("all_removed"),
                    std::none_of(ipc.leftover.begin(), ipc.leftover.end(),
                                 [](const IpcObjectState &o) { return o.exists; }));
    }
    return json;
}

IpcInspection inspectionFromJson(const QJsonObject &json)
{
    IpcInspection ipc;
    const QJsonValue at = json.value(QStringLiteral("at_ns"));
    ipc.atNs = at.isDouble() ? at.toInteger() : -1;
    ipc.objects = ipcObjectsFromJson(json.value(QStringLiteral("live")).toArray());
    ipc.checkedAfter = json.contains(QStringLiteral("after"));
    ipc.leftover = ipcObjectsFromJson(json.value(QStringLiteral("after")).toArray());
    return ipc;
}

} // namespace

QJsonObject runToJson(const Run &run)
{
    QJsonArray processes;
    for (const ProcessRecord &p : run.processes) {
        QJsonObject json;
        json.insert(QStringLiteral("id"), p.id);
        json.insert(QStringLiteral("name"), p.name);
        json.insert(QStringLiteral("pid"), p.pid > 0 ? QJsonValue(p.pid) : QJsonValue());
        json.insert(QStringLiteral("parent"), p.parent >= 0 ? QJsonValue(p.parent) : QJsonValue());
        json.insert(QStringLiteral("runtime"), runtimeOf(run, p));
        if (p.rank >= 0) {
            json.insert(QStringLiteral("rank"), p.rank);
            json.insert(QStringLiteral("host"), p.host);
        }
        if (const QString method = startMethodOf(run, p); !method.isEmpty())
            json.insert(QStringLiteral("start_method"), method);
        json.insert(QStringLiteral("daemon"), p.daemon);
        json.insert(QStringLiteral("launched_ns"), nsOrNull(p.launchedNs));
        json.insert(QStringLiteral("ready_ns"), nsOrNull(p.readyNs));
        json.insert(QStringLiteral("exited_ns"), nsOrNull(p.exitedNs));
        json.insert(QStringLiteral("exit_stamp"), exitStampName(p.exitStamp));
        json.insert(QStringLiteral("reaped_ns"), nsOrNull(p.reapedNs));
        json.insert(QStringLiteral("output_size"), nsOrNull(p.outputSize));
        json.insert(QStringLiteral("exit"), exitToJson(p.exit));
        QJsonArray spans;
        for (const Span &s : p.spans)
            spans.append(spanToJson(s, p));
        for (const ProcessCause &c : kProcessCauses) {
            if ((p.*c.member).recorded())
                json.insert(c.key, causeToJson(p.*c.member));
        }
        json.insert(QStringLiteral("spans"), spans);
        QJsonArray markers;
        for (const Marker &m : p.markers)
            markers.append(markerToJson(m));
        json.insert(QStringLiteral("markers"), markers);
        processes.append(json);
    }
    QJsonObject json;
    json.insert(QStringLiteral("format"), QLatin1String(kRunFormat));
    json.insert(QStringLiteral("scenario"), run.scenario);
    json.insert(QStringLiteral("parameters"), run.parameters);
    json.insert(QStringLiteral("wall_ns"), run.wallNs);
    json.insert(QStringLiteral("processes"), processes);
    json.insert(QStringLiteral("results"), run.results.isUndefined() ? QJsonValue() : run.results);
    json.insert(QStringLiteral("facts"), run.facts);
    json.insert(QStringLiteral("errors"), QJsonArray::fromStringList(run.errors));
    if (run.ipc.atNs >= 0 || run.ipc.checkedAfter)
        json.insert(QStringLiteral("inspect"), inspectionToJson(run.ipc));
    return json;
}

std::optional<Run> runFromJson(const QJsonObject &json, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<Run> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    // proclab-run/1 had one time per process, finished_ns: when the engine noticed the exit.
    // It is read as both the exit and the reap time, stamped "noticed", which is what it was.
    const QString format = json.value(QStringLiteral("format")).toString();
    const bool version1 = format == QLatin1String(kRunFormatVersion1);
    if (format != QLatin1String(kRunFormat) && !version1)
        return fail(ExportText::tr("not a %1 document").arg(QLatin1String(kRunFormat)));
    Run run;
    run.scenario = json.value(QStringLiteral("scenario")).toString();
    run.parameters = json.value(QStringLiteral("parameters")).toObject();
    run.wallNs = json.value(QStringLiteral("wall_ns")).toInteger();
    run.results = json.value(QStringLiteral("results"));
    run.facts = json.value(QStringLiteral("facts")).toObject();
    for (const auto &e : json.value(QStringLiteral("errors")).toArray())
        run.errors.append(e.toString());
    if (json.contains(QStringLiteral("inspect")))
        run.ipc = inspectionFromJson(json.value(QStringLiteral("inspect")).toObject());
    const QJsonArray processes = json.value(QStringLiteral("processes")).toArray();
    for (qsizetype i = 0; i < processes.size(); ++i) {
        const QJsonObject pj = processes.at(i).toObject();
        ProcessRecord p;
        p.id = pj.value(QStringLiteral("id")).toInt(-1);
        if (p.id != int(i))
            return fail(ExportText::tr("process %1 has id %2; ids must be 0, 1, 2, … in order")
                            .arg(i)
                            .arg(p.id));
        p.name = pj.value(QStringLiteral("name")).toString();
        p.runtime = pj.value(QStringLiteral("runtime")).toString();
        p.rank = pj.value(QStringLiteral("rank")).toInt(-1);
        p.host = pj.value(QStringLiteral("host")).toString();
        p.pid = pj.value(QStringLiteral("pid")).toInteger(0);
        p.parent = pj.value(QStringLiteral("parent")).toInt(-1);
        p.daemon = pj.value(QStringLiteral("daemon")).toBool();
        p.launchedNs = nsFrom(pj.value(QStringLiteral("launched_ns")));
        p.readyNs = nsFrom(pj.value(QStringLiteral("ready_ns")));
        if (version1) {
            p.exitedNs = nsFrom(pj.value(QStringLiteral("finished_ns")));
            p.reapedNs = p.exitedNs;
            p.exitStamp = p.exitedNs >= 0 ? ExitStamp::Noticed : ExitStamp::None;
        } else {
            p.exitedNs = nsFrom(pj.value(QStringLiteral("exited_ns")));
            p.reapedNs = nsFrom(pj.value(QStringLiteral("reaped_ns")));
            p.exitStamp = exitStampFromName(pj.value(QStringLiteral("exit_stamp")).toString());
        }
        p.outputSize = nsFrom(pj.value(QStringLiteral("output_size")));
        for (const ProcessCause &c : kProcessCauses)
            p.*c.member = causeFromJson(pj.value(c.key));
        const auto exit = exitFromJson(pj.value(QStringLiteral("exit")).toObject());
        if (!exit)
            return fail(ExportText::tr("process %1 has an unknown exit kind").arg(i));
        p.exit = *exit;
        for (const auto &sv : pj.value(QStringLiteral("spans")).toArray()) {
            const QJsonObject sj = sv.toObject();
            const auto kind =
                spanKindFromName(sj.value(QStringLiteral("kind")).toString().toLatin1());
            if (!kind)
                return fail(ExportText::tr("process %1 has a span of unknown kind").arg(i));
            Span s;
            s.kind = *kind;
            s.beginNs = sj.value(QStringLiteral("begin_ns")).toInteger();
            s.endNs = sj.value(QStringLiteral("end_ns")).toInteger();
            s.round = sj.value(QStringLiteral("round")).toInt(-1);
            s.task = sj.value(QStringLiteral("task")).toInt(-1);
            s.cutShort = sj.value(QStringLiteral("cut_short")).toBool();
            if (const Cause cause = causeFromJson(sj.value(QStringLiteral("cause")));
                cause.recorded()) {
                s.cause = qint32(p.causes.size());
                p.causes.push_back(cause);
            }
            p.spans.push_back(s);
        }
        for (const auto &mv : pj.value(QStringLiteral("markers")).toArray()) {
            const QJsonObject mj = mv.toObject();
            Marker m;
            m.timeNs = mj.value(QStringLiteral("time_ns")).toInteger();
            if (mj.value(QStringLiteral("kind")).toString() == QLatin1String("signal_sent")) {
                m.kind = Marker::Kind::SignalSent;
                m.signal = mj.value(QStringLiteral("signal")).toInt();
                m.sender = mj.value(QStringLiteral("by")).toInt(-1);
            } else {
                m.text = mj.value(QStringLiteral("text")).toString();
            }
            p.markers.push_back(m);
        }
        run.processes.push_back(std::move(p));
    }
    return run;
}

namespace {

using Layout = JsonStreamWriter::Layout;

// spanKindName() makes a QByteArray per call; a run has millions of spans.
struct SpanKindNames
{
    SpanKindNames()
    {
        for (int i = 0; i < SpanKindCount; ++i)
            bytes[size_t(i)] = spanKindName(SpanKind(i));
    }
    QLatin1StringView operator[](SpanKind kind) const
    {
        return QLatin1StringView(bytes[size_t(kind)]);
    }
    std::array<QByteArray, SpanKindCount> bytes;
};

void writeNs(JsonStreamWriter &w, qint64 ns)
{
    if (ns >= 0)
        w.integer(ns);
    else
        w.null();
}

// Keys in QJsonObject's (sorted) order, here and below: the streamed documents list the members
// as the DOM ones did.
void writeExit(JsonStreamWriter &w, const ExitStatus &exit, Layout layout)
{
    const bool normal = exit.kind == ExitStatus::Kind::Normal;
    const bool signalled = exit.kind == ExitStatus::Kind::Signal ||
                           (exit.kind == ExitStatus::Kind::Timeout && exit.signal > 0);
    w.beginObject(layout);
    w.key(QLatin1StringView("code"));
    normal ? w.integer(exit.code) : w.null();
    w.key(QLatin1StringView("kind"));
    w.string(ExitStatus::kindName(exit.kind));
    w.key(QLatin1StringView("python_exitcode"));
    normal || signalled ? w.integer(exit.pythonExitCode()) : w.null();
    w.key(QLatin1StringView("signal"));
    signalled ? w.integer(exit.signal) : w.null();
    w.endObject();
}

void writeCause(JsonStreamWriter &w, const Cause &cause)
{
    w.beginObject(Layout::Inline);
    w.key(QLatin1StringView("event"));
    w.string(causeEventName(cause.event));
    w.key(QLatin1StringView("process"));
    cause.process >= 0 ? w.integer(cause.process) : w.null();
    if (cause.event == CauseEvent::Signal) {
        w.key(QLatin1StringView("signal"));
        w.integer(cause.signal);
    }
    w.key(QLatin1StringView("time_ns"));
    writeNs(w, cause.timeNs);
    w.endObject();
}

void writeProcessCause(JsonStreamWriter &w, const ProcessRecord &p, int which)
{
    const ProcessCause &c = kProcessCauses[which];
    if (!(p.*c.member).recorded())
        return;
    w.key(c.key);
    writeCause(w, p.*c.member);
}

} // namespace

bool writeRunJson(QIODevice *device, const Run &run)
{
    const SpanKindNames kinds;
    JsonStreamWriter w(device);
    w.beginObject();
    w.key(QLatin1StringView("errors"));
    w.beginArray();
    for (const QString &e : run.errors)
        w.string(e);
    w.endArray();
    w.key(QLatin1StringView("facts"));
    w.value(QJsonValue(run.facts));
    w.key(QLatin1StringView("format"));
    w.string(QLatin1StringView(kRunFormat));
    if (run.ipc.atNs >= 0 || run.ipc.checkedAfter) {
        w.key(QLatin1StringView("inspect"));
        w.value(QJsonValue(inspectionToJson(run.ipc)));
    }
    w.key(QLatin1StringView("parameters"));
    w.value(QJsonValue(run.parameters));
    w.key(QLatin1StringView("processes"));
    w.beginArray();
    for (const ProcessRecord &p : run.processes) {
        w.beginObject();
        w.key(QLatin1StringView("daemon"));
        w.boolean(p.daemon);
        w.key(QLatin1StringView("exit"));
        writeExit(w, p.exit, Layout::Indented);
        writeProcessCause(w, p, 0);
        w.key(QLatin1StringView("exit_stamp"));
        w.string(exitStampName(p.exitStamp));
        w.key(QLatin1StringView("exited_ns"));
        writeNs(w, p.exitedNs);
        if (p.rank >= 0) {
            w.key(QLatin1StringView("host"));
            w.string(p.host);
        }
        w.key(QLatin1StringView("id"));
        w.integer(p.id);
        writeProcessCause(w, p, 1);
        w.key(QLatin1StringView("launched_ns"));
        writeNs(w, p.launchedNs);
        w.key(QLatin1StringView("markers"));
        w.beginArray();
        for (const Marker &m : p.markers) {
            w.beginObject(Layout::Inline);
            if (m.kind == Marker::Kind::SignalSent && m.sender >= 0) {
                w.key(QLatin1StringView("by"));
                w.integer(m.sender);
            }
            w.key(QLatin1StringView("kind"));
            if (m.kind == Marker::Kind::SignalSent) {
                w.string(QLatin1StringView("signal_sent"));
                w.key(QLatin1StringView("signal"));
                w.integer(m.signal);
            } else {
                w.string(QLatin1StringView("note"));
                w.key(QLatin1StringView("text"));
                w.string(m.text);
            }
            w.key(QLatin1StringView("time_ns"));
            w.integer(m.timeNs);
            w.endObject();
        }
        w.endArray();
        w.key(QLatin1StringView("name"));
        w.string(p.name);
        w.key(QLatin1StringView("output_size"));
        writeNs(w, p.outputSize);
        w.key(QLatin1StringView("parent"));
        p.parent >= 0 ? w.integer(p.parent) : w.null();
        w.key(QLatin1StringView("pid"));
        p.pid > 0 ? w.integer(p.pid) : w.null();
        if (p.rank >= 0) {
            w.key(QLatin1StringView("rank"));
            w.integer(p.rank);
        }
        w.key(QLatin1StringView("ready_ns"));
        writeNs(w, p.readyNs);
        writeProcessCause(w, p, 2);
        w.key(QLatin1StringView("reaped_ns"));
        writeNs(w, p.reapedNs);
        w.key(QLatin1StringView("runtime"));
        w.string(runtimeOf(run, p));
        w.key(QLatin1StringView("spans"));
        w.beginArray();
        for (const Span &s : p.spans) {
            w.beginObject(Layout::Inline);
            w.key(QLatin1StringView("begin_ns"));
            w.integer(s.beginNs);
            if (const Cause *cause = p.causeOf(s)) {
                w.key(QLatin1StringView("cause"));
                writeCause(w, *cause);
            }
            if (s.cutShort) {
                w.key(QLatin1StringView("cut_short"));
                w.boolean(true);
            }
            w.key(QLatin1StringView("end_ns"));
            w.integer(s.endNs);
            w.key(QLatin1StringView("kind"));
            w.string(kinds[s.kind]);
            if (s.round >= 0) {
                w.key(QLatin1StringView("round"));
                w.integer(s.round);
            }
            if (s.task >= 0) {
                w.key(QLatin1StringView("task"));
                w.integer(s.task);
            }
            w.endObject();
        }
        w.endArray();
        if (const QString method = startMethodOf(run, p); !method.isEmpty()) {
            w.key(QLatin1StringView("start_method"));
            w.string(method);
        }
        w.endObject();
    }
    w.endArray();
    w.key(QLatin1StringView("results"));
    w.value(run.results); // undefined is written as null
    w.key(QLatin1StringView("scenario"));
    w.string(run.scenario);
    w.key(QLatin1StringView("wall_ns"));
    w.integer(run.wallNs);
    w.endObject();
    return w.finish();
}

bool writeRunCsv(QIODevice *device, const Run &run)
{
    const SpanKindNames kinds;
    StreamBuffer out(device);
    out.append("process_id,name,pid,kind,begin_ns,end_ns,duration_ns,round,task\n");
    for (const ProcessRecord &p : run.processes) {
        const QByteArray prefix = QByteArray::number(p.id) + ',' + csvField(p.name) + ',' +
                                  QByteArray::number(p.pid) + ',';
        for (const Span &s : p.spans) {
            out.append(prefix);
            out.append(QByteArrayView(kinds.bytes[size_t(s.kind)]));
            out.append(',');
            out.appendInteger(s.beginNs);
            out.append(',');
            out.appendInteger(s.endNs);
            out.append(',');
            out.appendInteger(s.endNs - s.beginNs);
            out.append(',');
            if (s.round >= 0)
                out.appendInteger(s.round);
            out.append(',');
            if (s.task >= 0)
                out.appendInteger(s.task);
            out.append('\n');
        }
    }
    return out.flush();
}

namespace {

qint64 tracePid(const ProcessRecord &p)
{
    return p.pid > 0 ? p.pid : 1'000'000 + p.id; // never-started processes too
}

// The process slices the trace draws besides the spans (writeRunTrace()): "starting", from the
// launch to the process's ready, and "zombie", from its exit to its reap. A flow can bind to them.
bool hasStartingSlice(const ProcessRecord &p)
{
    return p.launchedNs >= 0 && p.readyNs > p.launchedNs;
}

bool hasZombieSlice(const ProcessRecord &p)
{
    return p.exitedNs >= 0 && p.reapedNs > p.exitedNs;
}

// Each cause whose deed and effect both lie in a slice of the trace, as a pair of flow events
// (Trace Event Format "s" and "f", one id each): Perfetto and chrome://tracing draw it as an
// arrow. The deed: the causing span where it happened, or, for the exit a launch waited for (the
// join in the loop), that process's zombie slice. The effect: the wait it ended; a death by a
// signal, the process's zombie slice (from its exit); a launch, its starting slice. A reap is the
// process's own exit let through a join: an arrow within one lane says nothing, and has none.
// Each flow event takes the timestamp, pid, tid and category of the slice it binds to ("bp":
// "e" for the finish: that enclosing slice), which both viewers' binding rules accept.
void writeCauseFlows(JsonStreamWriter &w, const Run &run)
{
    qint64 id = 0;
    for (const CauseLink &link : causeLinks(run)) {
        if (link.causeProcess < 0 || link.effectProcess < 0)
            continue; // the lab's own deeds have no lane
        const ProcessRecord &from = run.processes[size_t(link.causeProcess)];
        const ProcessRecord &to = run.processes[size_t(link.effectProcess)];
        qint64 startTs = -1;
        if (link.causeSpan >= 0)
            startTs = from.spans[size_t(link.causeSpan)].beginNs;
        else if (link.event == CauseEvent::Exit && link.effect == CauseLink::Effect::Launch &&
                 hasZombieSlice(from))
            startTs = from.exitedNs;
        qint64 finishTs = -1;
        switch (link.effect) {
        case CauseLink::Effect::WaitEnd:
            if (link.effectSpan >= 0)
                finishTs = to.spans[size_t(link.effectSpan)].beginNs;
            break;
        case CauseLink::Effect::Exit:
            if (hasZombieSlice(to))
                finishTs = to.exitedNs;
            break;
        case CauseLink::Effect::Launch:
            if (hasStartingSlice(to))
                finishTs = to.launchedNs;
            break;
        case CauseLink::Effect::Reap:
            break;
        }
        if (startTs < 0 || finishTs < 0)
            continue; // a flow binds slice to slice
        ++id;
        const auto flow = [&](const ProcessRecord &p, qint64 ts, bool start) {
            w.beginObject(Layout::Inline);
            w.key(QLatin1StringView("args"));
            w.beginObject();
            w.key(QLatin1StringView("event"));
            w.string(causeEventName(link.event));
            w.endObject();
            if (!start) {
                w.key(QLatin1StringView("bp"));
                w.string(QLatin1StringView("e"));
            }
            w.key(QLatin1StringView("cat"));
            w.string(QLatin1StringView("span"));
            w.key(QLatin1StringView("id"));
            w.integer(id);
            w.key(QLatin1StringView("name"));
            w.string(QLatin1StringView("cause"));
            w.key(QLatin1StringView("ph"));
            w.string(start ? QLatin1StringView("s") : QLatin1StringView("f"));
            w.key(QLatin1StringView("pid"));
            w.integer(tracePid(p));
            w.key(QLatin1StringView("tid"));
            w.integer(tracePid(p));
            w.key(QLatin1StringView("ts"));
            w.micros(ts);
            w.endObject();
        };
        flow(from, startTs, true);
        flow(to, finishTs, false);
    }
}

} // namespace

bool writeRunTrace(QIODevice *device, const Run &run)
{
    // Trace Event timestamps are microseconds (decimals allowed); every process gets its OS pid
    // as "pid" so Perfetto shows one track per process, named by the metadata event. The events
    // are one a line.
    const SpanKindNames kinds;
    JsonStreamWriter w(device);
    w.beginObject();
    w.key(QLatin1StringView("displayTimeUnit"));
    w.string(QLatin1StringView("ms"));
    w.key(QLatin1StringView("otherData"));
    w.beginObject();
    w.key(QLatin1StringView("format"));
    w.string(QLatin1StringView(kRunFormat));
    w.key(QLatin1StringView("scenario"));
    w.string(run.scenario);
    w.endObject();
    w.key(QLatin1StringView("traceEvents"));
    w.beginArray();
    for (const ProcessRecord &p : run.processes) {
        const qint64 pid = tracePid(p);
        auto pidAndTid = [&] {
            w.key(QLatin1StringView("pid"));
            w.integer(pid);
            w.key(QLatin1StringView("tid"));
            w.integer(pid);
        };
        w.beginObject(Layout::Inline);
        w.key(QLatin1StringView("args"));
        w.beginObject();
        w.key(QLatin1StringView("name"));
        w.string(p.name + QLatin1StringView(" (") + QString::number(p.pid) + QLatin1Char(')'));
        w.endObject();
        w.key(QLatin1StringView("name"));
        w.string(QLatin1StringView("process_name"));
        w.key(QLatin1StringView("ph"));
        w.string(QLatin1StringView("M"));
        pidAndTid();
        w.endObject();

        w.beginObject(Layout::Inline);
        w.key(QLatin1StringView("args"));
        w.beginObject();
        w.key(QLatin1StringView("sort_index"));
        w.integer(p.id);
        w.endObject();
        w.key(QLatin1StringView("name"));
        w.string(QLatin1StringView("process_sort_index"));
        w.key(QLatin1StringView("ph"));
        w.string(QLatin1StringView("M"));
        pidAndTid();
        w.endObject();

        for (const Span &s : p.spans) {
            w.beginObject(Layout::Inline);
            if (s.round >= 0 || s.task >= 0 || s.cutShort) {
                w.key(QLatin1StringView("args"));
                w.beginObject();
                if (s.cutShort) {
                    w.key(QLatin1StringView("cut_short"));
                    w.boolean(true);
                }
                if (s.round >= 0) {
                    w.key(QLatin1StringView("round"));
                    w.integer(s.round);
                }
                if (s.task >= 0) {
                    w.key(QLatin1StringView("task"));
                    w.integer(s.task);
                }
                w.endObject();
            }
            w.key(QLatin1StringView("cat"));
            w.string(QLatin1StringView("span"));
            w.key(QLatin1StringView("dur"));
            w.micros(s.endNs - s.beginNs);
            w.key(QLatin1StringView("name"));
            w.string(kinds[s.kind]);
            w.key(QLatin1StringView("ph"));
            w.string(QLatin1StringView("X"));
            pidAndTid();
            w.key(QLatin1StringView("ts"));
            w.micros(s.beginNs);
            w.endObject();
        }
        // An instant event; `args` writes its arguments object, if any.
        auto instant = [&](QStringView name, qint64 ns, const std::function<void()> &args = {}) {
            if (ns < 0)
                return;
            w.beginObject(Layout::Inline);
            if (args) {
                w.key(QLatin1StringView("args"));
                args();
            }
            w.key(QLatin1StringView("name"));
            w.string(name);
            w.key(QLatin1StringView("ph"));
            w.string(QLatin1StringView("i"));
            w.key(QLatin1StringView("pid"));
            w.integer(pid);
            w.key(QLatin1StringView("s"));
            w.string(QLatin1StringView("p"));
            w.key(QLatin1StringView("tid"));
            w.integer(pid);
            w.key(QLatin1StringView("ts"));
            w.micros(ns);
            w.endObject();
        };
        // A slice of the process's life that is not a span (in the spans' category all the same:
        // a cause's arrow can begin or end on it, and a flow binds within one category).
        auto processSlice = [&](QLatin1StringView name, qint64 beginNs, qint64 endNs) {
            w.beginObject(Layout::Inline);
            w.key(QLatin1StringView("cat"));
            w.string(QLatin1StringView("span"));
            w.key(QLatin1StringView("dur"));
            w.micros(endNs - beginNs);
            w.key(QLatin1StringView("name"));
            w.string(name);
            w.key(QLatin1StringView("ph"));
            w.string(QLatin1StringView("X"));
            pidAndTid();
            w.key(QLatin1StringView("ts"));
            w.micros(beginNs);
            w.endObject();
        };
        instant(u"launch", p.launchedNs);
        instant(u"ready", p.readyNs);
        // Launched but not ready yet: starting (exec, loading, attaching).
        if (hasStartingSlice(p))
            processSlice(QLatin1StringView("starting"), p.launchedNs, p.readyNs);
        for (const Marker &m : p.markers) {
            if (m.kind == Marker::Kind::SignalSent) {
                instant(u"signal sent", m.timeNs, [&] {
                    w.beginObject();
                    w.key(QLatin1StringView("signal"));
                    w.integer(m.signal);
                    w.endObject();
                });
            } else {
                instant(m.text, m.timeNs);
            }
        }
        instant(u"exit", p.exitedNs, [&] { writeExit(w, p.exit, Layout::Inline); });
        // Exited but not yet reaped: a zombie.
        if (hasZombieSlice(p))
            processSlice(QLatin1StringView("zombie"), p.exitedNs, p.reapedNs);
        instant(u"reaped", p.reapedNs);
    }
    writeCauseFlows(w, run);
    w.endArray();
    w.endObject();
    return w.finish();
}

namespace {
QByteArray toBytes(const std::function<bool(QIODevice *)> &write)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    write(&buffer); // a QBuffer does not refuse writes
    buffer.close();
    return bytes;
}
} // namespace

QByteArray runToCsv(const Run &run)
{
    return toBytes([&run](QIODevice *device) { return writeRunCsv(device, run); });
}

QByteArray runToTrace(const Run &run)
{
    return toBytes([&run](QIODevice *device) { return writeRunTrace(device, run); });
}

bool writeRunFile(const QString &path, const Run &run, RunFileFormat format, QString *error)
{
    return writeFileAtomically(
        path,
        [&run, format](QIODevice *device) {
            switch (format) {
            case RunFileFormat::Json:
                return writeRunJson(device, run);
            case RunFileFormat::Csv:
                return writeRunCsv(device, run);
            case RunFileFormat::Trace:
                return writeRunTrace(device, run);
            }
            return false;
        },
        error);
}

QJsonObject amdahlFitJson(const AmdahlFit &fit)
{
    const auto number = [](double x) { return std::isnan(x) ? QJsonValue() : QJsonValue(x); };
    return {{QStringLiteral("serial_fraction"), number(fit.serialFraction)},
            {QStringLiteral("rms_residual"), number(fit.rmsResidual)},
            {QStringLiteral("fitted_points"), fit.fittedPoints},
            {QStringLiteral("max_workers"), fit.maxWorkers}};
}

QJsonObject sweepToJson(const QString &scenario, const std::vector<SweepPoint> &points,
                        const AmdahlFit &fit)
{
    QJsonArray array;
    for (const SweepPoint &p : points) {
        array.append(QJsonObject{{QStringLiteral("workers"), p.workers},
                                 {QStringLiteral("wall_ns"), p.wallNs},
                                 {QStringLiteral("speedup"), p.speedup},
                                 {QStringLiteral("efficiency"), p.efficiency}});
    }
    QJsonObject json;
    json.insert(QStringLiteral("format"), QLatin1String(kSweepFormat));
    json.insert(QStringLiteral("scenario"), scenario);
    json.insert(QStringLiteral("points"), array);
    json.insert(QStringLiteral("serial_fraction"),
                amdahlFitJson(fit).value(QStringLiteral("serial_fraction")));
    json.insert(QStringLiteral("fit"), amdahlFitJson(fit));
    return json;
}

bool writeFileAtomically(const QString &path, const QByteArray &data, QString *error)
{
    return writeFileAtomically(
        path, [&data](QIODevice *device) { return device->write(data) == data.size(); }, error);
}

bool writeFileAtomically(const QString &path, const std::function<bool(QIODevice *)> &write,
                         QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = ExportText::tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    if (!write(&file)) {
        const QString reason = file.errorString();
        file.cancelWriting(); // the temporary file goes, an old file stays as it was
        if (error)
            *error = ExportText::tr("cannot write %1: %2").arg(path, reason);
        return false;
    }
    if (!file.commit()) {
        if (error)
            *error = ExportText::tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace proclab
