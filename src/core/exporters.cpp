// SPDX-License-Identifier: MIT
#include "exporters.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
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

QJsonObject spanToJson(const Span &span)
{
    QJsonObject json;
    json.insert(QStringLiteral("kind"), QString::fromLatin1(spanKindName(span.kind)));
    json.insert(QStringLiteral("begin_ns"), span.beginNs);
    json.insert(QStringLiteral("end_ns"), span.endNs);
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

QJsonObject runToJson(const Run &run)
{
    QJsonArray processes;
    for (const ProcessRecord &p : run.processes) {
        QJsonObject json;
        json.insert(QStringLiteral("id"), p.id);
        json.insert(QStringLiteral("name"), p.name);
        json.insert(QStringLiteral("pid"), p.pid > 0 ? QJsonValue(p.pid) : QJsonValue());
        json.insert(QStringLiteral("parent"), p.parent >= 0 ? QJsonValue(p.parent) : QJsonValue());
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
            spans.append(spanToJson(s));
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
            p.spans.push_back(s);
        }
        for (const auto &mv : pj.value(QStringLiteral("markers")).toArray()) {
            const QJsonObject mj = mv.toObject();
            Marker m;
            m.timeNs = mj.value(QStringLiteral("time_ns")).toInteger();
            if (mj.value(QStringLiteral("kind")).toString() == QLatin1String("signal_sent")) {
                m.kind = Marker::Kind::SignalSent;
                m.signal = mj.value(QStringLiteral("signal")).toInt();
            } else {
                m.text = mj.value(QStringLiteral("text")).toString();
            }
            p.markers.push_back(m);
        }
        run.processes.push_back(std::move(p));
    }
    return run;
}

QByteArray runToCsv(const Run &run)
{
    QByteArray csv = "process_id,name,pid,kind,begin_ns,end_ns,duration_ns,round,task\n";
    for (const ProcessRecord &p : run.processes) {
        const QByteArray prefix = QByteArray::number(p.id) + ',' + csvField(p.name) + ',' +
                                  QByteArray::number(p.pid) + ',';
        for (const Span &s : p.spans) {
            csv += prefix + spanKindName(s.kind) + ',' + QByteArray::number(s.beginNs) + ',' +
                   QByteArray::number(s.endNs) + ',' + QByteArray::number(s.endNs - s.beginNs) +
                   ',' + (s.round >= 0 ? QByteArray::number(s.round) : QByteArray()) + ',' +
                   (s.task >= 0 ? QByteArray::number(s.task) : QByteArray()) + '\n';
        }
    }
    return csv;
}

QByteArray runToTrace(const Run &run)
{
    // Trace Event timestamps are microseconds (doubles allowed); every process gets its OS pid
    // as "pid" so Perfetto shows one track per process, named by the metadata event.
    auto us = [](qint64 ns) { return double(ns) / 1000.0; };
    QJsonArray events;
    for (const ProcessRecord &p : run.processes) {
        const qint64 pid = p.pid > 0 ? p.pid : 1'000'000 + p.id; // never-started processes too
        QJsonObject meta;
        meta.insert(QStringLiteral("ph"), QStringLiteral("M"));
        meta.insert(QStringLiteral("name"), QStringLiteral("process_name"));
        meta.insert(QStringLiteral("pid"), pid);
        meta.insert(QStringLiteral("tid"), pid);
        meta.insert(QStringLiteral("args"),
                    QJsonObject{{QStringLiteral("name"),
                                 QStringLiteral("%1 (%2)").arg(p.name).arg(p.pid)}});
        events.append(meta);
        QJsonObject sortIndex = meta;
        sortIndex.insert(QStringLiteral("name"), QStringLiteral("process_sort_index"));
        sortIndex.insert(QStringLiteral("args"), QJsonObject{{QStringLiteral("sort_index"), p.id}});
        events.append(sortIndex);
        for (const Span &s : p.spans) {
            QJsonObject e;
            e.insert(QStringLiteral("ph"), QStringLiteral("X"));
            e.insert(QStringLiteral("name"), QString::fromLatin1(spanKindName(s.kind)));
            e.insert(QStringLiteral("cat"), QStringLiteral("span"));
            e.insert(QStringLiteral("pid"), pid);
            e.insert(QStringLiteral("tid"), pid);
            e.insert(QStringLiteral("ts"), us(s.beginNs));
            e.insert(QStringLiteral("dur"), us(s.endNs - s.beginNs));
            QJsonObject args;
            if (s.round >= 0)
                args.insert(QStringLiteral("round"), s.round);
            if (s.task >= 0)
                args.insert(QStringLiteral("task"), s.task);
            if (s.cutShort)
                args.insert(QStringLiteral("cut_short"), true);
            if (!args.isEmpty())
                e.insert(QStringLiteral("args"), args);
            events.append(e);
        }
        auto instant = [&](const QString &name, qint64 ns, const QJsonObject &args = {}) {
            if (ns < 0)
                return;
            QJsonObject e;
            e.insert(QStringLiteral("ph"), QStringLiteral("i"));
            e.insert(QStringLiteral("s"), QStringLiteral("p"));
            e.insert(QStringLiteral("name"), name);
            e.insert(QStringLiteral("pid"), pid);
            e.insert(QStringLiteral("tid"), pid);
            e.insert(QStringLiteral("ts"), us(ns));
            if (!args.isEmpty())
                e.insert(QStringLiteral("args"), args);
            events.append(e);
        };
        instant(QStringLiteral("launch"), p.launchedNs);
        instant(QStringLiteral("ready"), p.readyNs);
        for (const Marker &m : p.markers) {
            if (m.kind == Marker::Kind::SignalSent)
                instant(QStringLiteral("signal sent"), m.timeNs,
                        {{QStringLiteral("signal"), m.signal}});
            else
                instant(m.text, m.timeNs);
        }
        instant(QStringLiteral("exit"), p.exitedNs, exitToJson(p.exit));
        // Exited but not yet reaped: a zombie, drawn as a slice of its own.
        if (p.exitedNs >= 0 && p.reapedNs > p.exitedNs) {
            QJsonObject e;
            e.insert(QStringLiteral("ph"), QStringLiteral("X"));
            e.insert(QStringLiteral("name"), QStringLiteral("zombie"));
            e.insert(QStringLiteral("cat"), QStringLiteral("process"));
            e.insert(QStringLiteral("pid"), pid);
            e.insert(QStringLiteral("tid"), pid);
            e.insert(QStringLiteral("ts"), us(p.exitedNs));
            e.insert(QStringLiteral("dur"), us(p.reapedNs - p.exitedNs));
            events.append(e);
        }
        instant(QStringLiteral("reaped"), p.reapedNs);
    }
    QJsonObject root;
    root.insert(QStringLiteral("traceEvents"), events);
    root.insert(QStringLiteral("displayTimeUnit"), QStringLiteral("ms"));
    root.insert(QStringLiteral("otherData"),
                QJsonObject{{QStringLiteral("scenario"), run.scenario},
                            {QStringLiteral("format"), QLatin1String(kRunFormat)}});
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

QJsonObject sweepToJson(const QString &scenario, const std::vector<SweepPoint> &points,
                        double serialFraction)
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
                std::isnan(serialFraction) ? QJsonValue() : QJsonValue(serialFraction));
    return json;
}

bool writeFileAtomically(const QString &path, const QByteArray &data, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = ExportText::tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    if (file.write(data) != data.size() || !file.commit()) {
        if (error)
            *error = ExportText::tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace proclab
