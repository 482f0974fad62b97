// SPDX-License-Identifier: MIT
#include "causelinks.h"
#include "exporters.h"
#include "jsonstream.h"
#include "traceflows.h"

#include <QBuffer>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <limits>

using namespace proclab;

namespace {
Run sampleRun()
{
    Run run;
    run.scenario = QStringLiteral("barrier");
    run.parameters = QJsonObject{{QStringLiteral("workers"), 2}};
    run.wallNs = 123456;
    run.results = QJsonArray{0, 1, 4};
    run.errors << QStringLiteral("something, \"quoted\"");
    ProcessRecord a;
    a.id = 0;
    a.name = QStringLiteral("worker, one");
    a.pid = 4242;
    a.launchedNs = 10;
    a.readyNs = 20;
    a.exitedNs = 900;
    a.reapedNs = 950;
    a.exitStamp = ExitStamp::Pidfd;
    a.outputSize = 1000;
    a.exit = {ExitStatus::Kind::Normal, 0, 0};
    a.spans.push_back({30, 300, -1, -1, SpanKind::Work, true});
    a.spans.push_back({300, 500, 2, -1, SpanKind::BarrierWait});
    a.spans.push_back({500, 520, -1, 7, SpanKind::Task});
    a.markers.push_back({400, Marker::Kind::SignalSent, 15, {}});
    ProcessRecord b;
    b.id = 1;
    b.name = QStringLiteral("Process-2");
    b.pid = 4243;
    b.parent = 0;
    b.daemon = true;
    b.launchedNs = 15;
    b.exitedNs = 450;
    b.reapedNs = 470;
    b.exitStamp = ExitStamp::Worker;
    b.exit = {ExitStatus::Kind::Signal, 0, 9};
    b.markers.push_back({100, Marker::Kind::Note, 0, QStringLiteral("barrier broken")});
    // Waited at the barrier for process 0, whose arrival (at 300) began its own wait.
    b.spans.push_back({120, 310, 2, -1, SpanKind::BarrierWait, false, 0});
    b.causes.push_back({0, CauseEvent::BarrierLastArrival, 0, 300});
    b.spans.push_back({310, 330, 3, -1, SpanKind::LockWait, false, 1});
    b.causes.push_back({-1, CauseEvent::Unknown, 0, -1});
    b.exitCause = {0, CauseEvent::Signal, 9, 440}; // its parent, process 0, sent it
    b.markers.push_back({440, Marker::Kind::SignalSent, 9, {}, 0});
    a.reapCause = {0, CauseEvent::Exit, 0, 900};
    ProcessRecord c;
    c.id = 2;
    c.name = QStringLiteral("Process-3");
    c.exit = {ExitStatus::Kind::FailedToStart, 0, 0};
    c.launchCause = {0, CauseEvent::Exit, 0, 900};
    run.processes = {a, b, c};
    return run;
}

// Every character class a JSON string writer can get wrong: quotes, backslashes, each control
// byte (the short escapes and \u00XX), DEL, two- three- and four-byte UTF-8 (a surrogate pair),
// in process names, notes, errors, the scenario name, parameter keys and values and results.
QString awkward(const QString &prefix)
{
    QString text = prefix + QStringLiteral(" \"quoted\" back\\slash /slash ");
    for (char16_t c = 0; c < 0x20; ++c)
        text += QChar(c);
    text += QChar(0x7f);
    text += QStringLiteral(" caf\u00e9 \u4e2d\u6587 \U0001F600 \u20ac end");
    return text;
}

Run awkwardRun()
{
    Run run = sampleRun();
    run.scenario = awkward(QStringLiteral("scenario"));
    run.parameters.insert(awkward(QStringLiteral("key")), awkward(QStringLiteral("value")));
    run.parameters.insert(QStringLiteral("big"), std::numeric_limits<qint64>::max());
    run.parameters.insert(QStringLiteral("small"), std::numeric_limits<qint64>::min());
    run.parameters.insert(QStringLiteral("beyond_double"), qint64(9007199254740993)); // 2^53 + 1
    run.parameters.insert(QStringLiteral("ratio"), 2.0 / 3.0);
    run.parameters.insert(QStringLiteral("whole_double"), 1e6);
    run.parameters.insert(QStringLiteral("empty_object"), QJsonObject());
    run.parameters.insert(QStringLiteral("empty_array"), QJsonArray());
    run.results = QJsonArray{QJsonValue(), true, false, awkward(QStringLiteral("result")),
                             QJsonObject{{QStringLiteral("nested"), QJsonArray{1, 2.5}}}};
    run.facts.insert(QStringLiteral("flag"), true);
    run.errors << awkward(QStringLiteral("error"));
    run.processes[0].name = awkward(QStringLiteral("name"));
    run.processes[1].markers.push_back(
        {200, Marker::Kind::Note, 0, awkward(QStringLiteral("note"))});
    run.processes[2].markers.push_back({300, Marker::Kind::Note, 0, QString()});
    // Large times: exact as integers, and in the trace as microseconds.
    run.processes[1].spans.push_back(
        {1'234'567'890'123, 9'007'199'254'740'000, 3, 9, SpanKind::LockHold, true});
    run.processes[1].spans.push_back({0, 1, -1, -1, SpanKind::LockWait});
    run.processes[1].spans.push_back({1'000'000, 1'000'010, -1, -1, SpanKind::Work});
    return run;
}

QByteArray streamed(bool (*write)(QIODevice *, const Run &), const Run &run)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const bool ok = write(&buffer, run);
    return ok ? bytes : QByteArray();
}

QJsonObject parsed(const QByteArray &text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning() << "parse error" << error.errorString() << "at" << error.offset;
    return doc.object();
}

// The trace as it was built before it was streamed: a QJsonDocument of the whole run. The
// streamed trace must parse to exactly this.
QJsonObject traceDocument(const Run &run)
{
    auto us = [](qint64 ns) { return double(ns) / 1000.0; };
    auto exitJson = [](const ExitStatus &exit) {
        const bool normal = exit.kind == ExitStatus::Kind::Normal;
        const bool signalled = exit.kind == ExitStatus::Kind::Signal ||
                               (exit.kind == ExitStatus::Kind::Timeout && exit.signal > 0);
        return QJsonObject{
            {QStringLiteral("kind"), ExitStatus::kindName(exit.kind)},
            {QStringLiteral("code"), normal ? QJsonValue(exit.code) : QJsonValue()},
            {QStringLiteral("signal"), signalled ? QJsonValue(exit.signal) : QJsonValue()},
            {QStringLiteral("python_exitcode"),
             normal || signalled ? QJsonValue(exit.pythonExitCode()) : QJsonValue()}};
    };
    QJsonArray events;
    for (const ProcessRecord &p : run.processes) {
        const qint64 pid = p.pid > 0 ? p.pid : 1'000'000 + p.id;
        QJsonObject meta{{QStringLiteral("ph"), QStringLiteral("M")},
                         {QStringLiteral("name"), QStringLiteral("process_name")},
                         {QStringLiteral("pid"), pid},
                         {QStringLiteral("tid"), pid}};
        meta.insert(QStringLiteral("args"),
                    QJsonObject{{QStringLiteral("name"), p.name + QStringLiteral(" (") +
                                                             QString::number(p.pid) +
                                                             QStringLiteral(")")}});
        events.append(meta);
        QJsonObject sortIndex = meta;
        sortIndex.insert(QStringLiteral("name"), QStringLiteral("process_sort_index"));
        sortIndex.insert(QStringLiteral("args"), QJsonObject{{QStringLiteral("sort_index"), p.id}});
        events.append(sortIndex);
        for (const Span &s : p.spans) {
            QJsonObject e{{QStringLiteral("ph"), QStringLiteral("X")},
                          {QStringLiteral("name"), QString::fromLatin1(spanKindName(s.kind))},
                          {QStringLiteral("cat"), QStringLiteral("span")},
                          {QStringLiteral("pid"), pid},
                          {QStringLiteral("tid"), pid},
                          {QStringLiteral("ts"), us(s.beginNs)},
                          {QStringLiteral("dur"), us(s.endNs - s.beginNs)}};
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
            QJsonObject e{{QStringLiteral("ph"), QStringLiteral("i")},
                          {QStringLiteral("s"), QStringLiteral("p")},
                          {QStringLiteral("name"), name},
                          {QStringLiteral("pid"), pid},
                          {QStringLiteral("tid"), pid},
                          {QStringLiteral("ts"), us(ns)}};
            if (!args.isEmpty())
                e.insert(QStringLiteral("args"), args);
            events.append(e);
        };
        instant(QStringLiteral("launch"), p.launchedNs);
        instant(QStringLiteral("ready"), p.readyNs);
        if (p.launchedNs >= 0 && p.readyNs > p.launchedNs) {
            events.append(QJsonObject{{QStringLiteral("ph"), QStringLiteral("X")},
                                      {QStringLiteral("name"), QStringLiteral("starting")},
                                      {QStringLiteral("cat"), QStringLiteral("span")},
                                      {QStringLiteral("pid"), pid},
                                      {QStringLiteral("tid"), pid},
                                      {QStringLiteral("ts"), us(p.launchedNs)},
                                      {QStringLiteral("dur"), us(p.readyNs - p.launchedNs)}});
        }
        for (const Marker &m : p.markers) {
            if (m.kind == Marker::Kind::SignalSent)
                instant(QStringLiteral("signal sent"), m.timeNs,
                        {{QStringLiteral("signal"), m.signal}});
            else
                instant(m.text, m.timeNs);
        }
        instant(QStringLiteral("exit"), p.exitedNs, exitJson(p.exit));
        if (p.exitedNs >= 0 && p.reapedNs > p.exitedNs) {
            events.append(QJsonObject{{QStringLiteral("ph"), QStringLiteral("X")},
                                      {QStringLiteral("name"), QStringLiteral("zombie")},
                                      {QStringLiteral("cat"), QStringLiteral("span")},
                                      {QStringLiteral("pid"), pid},
                                      {QStringLiteral("tid"), pid},
                                      {QStringLiteral("ts"), us(p.exitedNs)},
                                      {QStringLiteral("dur"), us(p.reapedNs - p.exitedNs)}});
        }
        instant(QStringLiteral("reaped"), p.reapedNs);
    }
    // Causes as flows: from the causing span (or the zombie slice of the exit a launch waited
    // for) to the wait it ended, the zombie slice of the process a signal ended, or the starting
    // slice of the process a launch started.
    qint64 flowId = 0;
    for (const CauseLink &link : causeLinks(run)) {
        if (link.causeProcess < 0 || link.effectProcess < 0)
            continue;
        const ProcessRecord &source = run.processes[size_t(link.causeProcess)];
        const ProcessRecord &target = run.processes[size_t(link.effectProcess)];
        const bool sourceZombie = source.exitedNs >= 0 && source.reapedNs > source.exitedNs;
        const qint64 from = link.causeSpan >= 0 ? source.spans[size_t(link.causeSpan)].beginNs
                            : link.event == CauseEvent::Exit &&
                                    link.effect == CauseLink::Effect::Launch && sourceZombie
                                ? source.exitedNs
                                : -1;
        qint64 to = -1;
        if (link.effect == CauseLink::Effect::WaitEnd && link.effectSpan >= 0)
            to = target.spans[size_t(link.effectSpan)].beginNs;
        else if (link.effect == CauseLink::Effect::Exit && target.reapedNs > target.exitedNs &&
                 target.exitedNs >= 0)
            to = target.exitedNs;
        else if (link.effect == CauseLink::Effect::Launch && target.launchedNs >= 0 &&
                 target.readyNs > target.launchedNs)
            to = target.launchedNs;
        if (from < 0 || to < 0)
            continue;
        ++flowId;
        const auto flow = [&](const ProcessRecord &p, qint64 ts, bool start) {
            const qint64 pid = p.pid > 0 ? p.pid : 1'000'000 + p.id;
            QJsonObject e{{QStringLiteral("ph"), start ? QStringLiteral("s") : QStringLiteral("f")},
                          {QStringLiteral("name"), QStringLiteral("cause")},
                          {QStringLiteral("cat"), QStringLiteral("span")},
                          {QStringLiteral("id"), flowId},
                          {QStringLiteral("pid"), pid},
                          {QStringLiteral("tid"), pid},
                          {QStringLiteral("ts"), us(ts)},
                          {QStringLiteral("args"),
                           QJsonObject{{QStringLiteral("event"), causeEventName(link.event)}}}};
            if (!start)
                e.insert(QStringLiteral("bp"), QStringLiteral("e"));
            events.append(e);
        };
        flow(source, from, true);
        flow(target, to, false);
    }
    return QJsonObject{{QStringLiteral("traceEvents"), events},
                       {QStringLiteral("displayTimeUnit"), QStringLiteral("ms")},
                       {QStringLiteral("otherData"),
                        QJsonObject{{QStringLiteral("scenario"), run.scenario},
                                    {QStringLiteral("format"), QLatin1String(kRunFormat)}}}};
}

// Enough spans that the writers' buffer is written out many times over.
Run bigRun()
{
    Run run = sampleRun();
    run.scenario = QStringLiteral("pool");
    QJsonArray results;
    for (int p = 0; p < 2; ++p) {
        std::vector<Span> &spans = run.processes[size_t(p)].spans;
        for (int i = 0; i < 20'000; ++i) {
            const qint64 begin = 1'000'000 + qint64(i) * 1'237 + p;
            spans.push_back({begin, begin + 17 * (i % 100), i % 7 == 0 ? i : -1, i,
                             i % 2 ? SpanKind::Task : SpanKind::Work, i % 1000 == 0});
            results.append(qint64(i) * i);
        }
    }
    run.results = results;
    return run;
}
} // namespace

class TestExporters : public QObject
{
    Q_OBJECT
private slots:
    void jsonContract();
    void jsonRoundTrip();
    void jsonReadsVersion1();
    void jsonRejectsOtherFormats();
    void csvRows();
    void traceFormat();
    void sweepJson();
    void atomicWrite();
    void streamedJsonMatchesDocument_data();
    void streamedJsonMatchesDocument();
    void streamedTraceMatchesDocument_data();
    void streamedTraceMatchesDocument();
    void streamedCsvMatches();
    void streamedStringsAreEscapedLikeQt();
    void streamedIntegersAreExact();
    void streamWriterRejectsBrokenDocuments();
    void streamedWriteFailsCleanly();
    void flowCheckFindsBrokenFlows();
    void traceFlowsForSignalsAndLaunches();
};

void TestExporters::jsonContract()
{
    const QJsonObject json = runToJson(sampleRun());
    QCOMPARE(json.value(QStringLiteral("format")).toString(), QStringLiteral("proclab-run/2"));
    for (const char *key : {"scenario", "parameters", "wall_ns", "processes", "results", "errors"})
        QVERIFY2(json.contains(QLatin1String(key)), key);
    const QJsonObject p0 = json.value(QStringLiteral("processes")).toArray().at(0).toObject();
    for (const char *key : {"id", "name", "pid", "parent", "daemon", "launched_ns", "ready_ns",
                            "exited_ns", "reaped_ns", "exit_stamp", "output_size", "exit", "spans"})
        QVERIFY2(p0.contains(QLatin1String(key)), key);
    QCOMPARE(p0.value(QStringLiteral("exited_ns")).toInteger(), 900);
    QCOMPARE(p0.value(QStringLiteral("reaped_ns")).toInteger(), 950);
    QCOMPARE(p0.value(QStringLiteral("exit_stamp")).toString(), QStringLiteral("pidfd"));
    QVERIFY(p0.value(QStringLiteral("spans"))
                .toArray()
                .at(0)
                .toObject()
                .value(QStringLiteral("cut_short"))
                .toBool());
    QVERIFY(!p0.value(QStringLiteral("spans"))
                 .toArray()
                 .at(1)
                 .toObject()
                 .contains(QStringLiteral("cut_short")));
    QVERIFY(p0.value(QStringLiteral("parent")).isNull());
    const QJsonObject exit1 = json.value(QStringLiteral("processes"))
                                  .toArray()
                                  .at(1)
                                  .toObject()
                                  .value(QStringLiteral("exit"))
                                  .toObject();
    QCOMPARE(exit1.value(QStringLiteral("kind")).toString(), QStringLiteral("signal"));
    QCOMPARE(exit1.value(QStringLiteral("signal")).toInt(), 9);
    QCOMPARE(exit1.value(QStringLiteral("python_exitcode")).toInt(), -9);
    QVERIFY(exit1.value(QStringLiteral("code")).isNull());
    const QJsonObject exit2 = json.value(QStringLiteral("processes"))
                                  .toArray()
                                  .at(2)
                                  .toObject()
                                  .value(QStringLiteral("exit"))
                                  .toObject();
    QCOMPARE(exit2.value(QStringLiteral("kind")).toString(), QStringLiteral("failed_to_start"));
    QVERIFY(exit2.value(QStringLiteral("python_exitcode")).isNull());
    const QJsonObject span = p0.value(QStringLiteral("spans")).toArray().at(1).toObject();
    QCOMPARE(span.value(QStringLiteral("kind")).toString(), QStringLiteral("barrier_wait"));
    QCOMPARE(span.value(QStringLiteral("round")).toInt(), 2);
    QVERIFY(!span.contains(QStringLiteral("task")));
}

void TestExporters::jsonRoundTrip()
{
    const Run run = sampleRun();
    const QByteArray text = QJsonDocument(runToJson(run)).toJson();
    QString error;
    const auto back = runFromJson(QJsonDocument::fromJson(text).object(), &error);
    QVERIFY2(back.has_value(), qPrintable(error));
    QCOMPARE(runToJson(*back), runToJson(run));
    QCOMPARE(back->processes[0].spans.size(), size_t(3));
    QCOMPARE(back->processes[0].spans[2].task, 7);
    QCOMPARE(back->processes[1].exit.kind, ExitStatus::Kind::Signal);
    QCOMPARE(back->processes[1].reapedNs, 470);
    QCOMPARE(back->processes[1].exitStamp, ExitStamp::Worker);
    QVERIFY(back->processes[0].spans[0].cutShort);
}

// Files written before the exit and reap times were told apart: finished_ns was when the engine
// noticed the exit, and is read back as exactly that.
void TestExporters::jsonReadsVersion1()
{
    QJsonObject json = runToJson(sampleRun());
    json.insert(QStringLiteral("format"), QStringLiteral("proclab-run/1"));
    QJsonArray processes = json.value(QStringLiteral("processes")).toArray();
    QJsonObject p = processes.at(0).toObject();
    p.remove(QStringLiteral("exited_ns"));
    p.remove(QStringLiteral("reaped_ns"));
    p.remove(QStringLiteral("exit_stamp"));
    p.insert(QStringLiteral("finished_ns"), 777);
    processes.replace(0, p);
    json.insert(QStringLiteral("processes"), processes);
    QString error;
    const auto run = runFromJson(json, &error);
    QVERIFY2(run.has_value(), qPrintable(error));
    QCOMPARE(run->processes[0].exitedNs, 777);
    QCOMPARE(run->processes[0].reapedNs, 777);
    QCOMPARE(run->processes[0].exitStamp, ExitStamp::Noticed);
    QCOMPARE(run->processes[2].exitedNs, -1);
    QCOMPARE(run->processes[2].exitStamp, ExitStamp::None);
}

void TestExporters::jsonRejectsOtherFormats()
{
    QString error;
    QVERIFY(
        !runFromJson(QJsonObject{{QStringLiteral("format"), QStringLiteral("other/2")}}, &error));
    QVERIFY(!error.isEmpty());
    QJsonObject json = runToJson(sampleRun());
    QJsonArray processes = json.value(QStringLiteral("processes")).toArray();
    QJsonObject p = processes.at(0).toObject();
    p.insert(QStringLiteral("id"), 5);
    processes.replace(0, p);
    json.insert(QStringLiteral("processes"), processes);
    QVERIFY(!runFromJson(json, &error));
}

void TestExporters::csvRows()
{
    const QList<QByteArray> lines = runToCsv(sampleRun()).split('\n');
    QCOMPARE(lines.at(0),
             QByteArray("process_id,name,pid,kind,begin_ns,end_ns,duration_ns,round,task"));
    QCOMPARE(lines.size(), 1 + 5 + 1); // header, one row per span, final empty piece
    QCOMPARE(lines.at(1), QByteArray("0,\"worker, one\",4242,work,30,300,270,,"));
    QCOMPARE(lines.at(2), QByteArray("0,\"worker, one\",4242,barrier_wait,300,500,200,2,"));
    QCOMPARE(lines.at(3), QByteArray("0,\"worker, one\",4242,task,500,520,20,,7"));
}

void TestExporters::traceFormat()
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(runToTrace(sampleRun()), &parseError);
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    const QJsonArray events = doc.object().value(QStringLiteral("traceEvents")).toArray();
    int complete = 0, names = 0, zombies = 0, starting = 0;
    for (const auto &v : events) {
        const QJsonObject e = v.toObject();
        QVERIFY(e.contains(QStringLiteral("ph")));
        QVERIFY(e.contains(QStringLiteral("pid")));
        const QString ph = e.value(QStringLiteral("ph")).toString();
        if (ph == QLatin1String("X") &&
            e.value(QStringLiteral("name")).toString() == QLatin1String("zombie")) {
            // Exited at 900 ns, reaped at 950 ns (process 0) and 450 / 470 (process 1).
            ++zombies;
            const double ts = e.value(QStringLiteral("ts")).toDouble();
            const double dur = e.value(QStringLiteral("dur")).toDouble();
            QVERIFY2((ts == 0.9 && dur == 0.05) || (ts == 0.45 && qFuzzyCompare(dur, 0.02)),
                     qPrintable(QStringLiteral("%1 %2").arg(ts).arg(dur)));
        } else if (ph == QLatin1String("X") &&
                   e.value(QStringLiteral("name")).toString() == QLatin1String("starting")) {
            // Process 0, launched at 10 ns, ready at 20 ns; process 1 never said ready.
            ++starting;
            QCOMPARE(e.value(QStringLiteral("ts")).toDouble(), 0.01);
            QCOMPARE(e.value(QStringLiteral("dur")).toDouble(), 0.01);
        } else if (ph == QLatin1String("X")) {
            ++complete;
            QVERIFY(e.value(QStringLiteral("dur")).toDouble() >= 0);
            QVERIFY(e.contains(QStringLiteral("ts")));
        } else if (ph == QLatin1String("M") &&
                   e.value(QStringLiteral("name")).toString() == QLatin1String("process_name")) {
            ++names;
            QVERIFY(!e.value(QStringLiteral("args"))
                         .toObject()
                         .value(QStringLiteral("name"))
                         .toString()
                         .isEmpty());
        } else {
            QVERIFY2(ph == QLatin1String("M") || ph == QLatin1String("i") ||
                         ph == QLatin1String("s") || ph == QLatin1String("f"),
                     qPrintable(ph));
        }
    }
    QCOMPARE(complete, 5);
    // The one known wait cause is one flow: from process 0's barrier wait (its arrival) to
    // process 1's, bound to both slices; the unknown one has none. The signal process 0 sent
    // process 1 (inside its barrier wait) is another, ending on process 1's zombie slice.
    int pairs = 0;
    const QString problems = test::flowProblems(events, &pairs);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
    QCOMPARE(pairs, 2);
    QCOMPARE(zombies, 2);
    QCOMPARE(starting, 1);
    QCOMPARE(names, 3);
    // Microseconds: the 270 ns work span lasts 0.27 µs.
    for (const auto &v : events) {
        const QJsonObject e = v.toObject();
        if (e.value(QStringLiteral("ph")).toString() == QLatin1String("X") &&
            e.value(QStringLiteral("name")).toString() == QLatin1String("work"))
            QCOMPARE(e.value(QStringLiteral("dur")).toDouble(), 0.27);
    }
}

void TestExporters::sweepJson()
{
    std::vector<SweepPoint> points{{1, 1000, 0, 0}, {2, 600, 0, 0}};
    const AmdahlFit f = completeSweep(points, 2);
    const QJsonObject json = sweepToJson(QStringLiteral("pool"), points, f);
    QCOMPARE(json.value(QStringLiteral("format")).toString(), QStringLiteral("proclab-sweep/1"));
    const QJsonArray array = json.value(QStringLiteral("points")).toArray();
    QCOMPARE(array.size(), 2);
    QVERIFY(qFuzzyCompare(array.at(1).toObject().value(QStringLiteral("speedup")).toDouble(),
                          1000.0 / 600.0));
    QVERIFY(qFuzzyCompare(json.value(QStringLiteral("serial_fraction")).toDouble(), 0.2));
}

void TestExporters::atomicWrite()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString error;
    const QString path = dir.filePath(QStringLiteral("run.json"));
    QVERIFY2(writeFileAtomically(path, "first", &error), qPrintable(error));
    QVERIFY(writeFileAtomically(path, "second", &error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("second"));
    QVERIFY(
        !writeFileAtomically(dir.filePath(QStringLiteral("missing/dir/run.json")), "x", &error));
    QVERIFY(error.contains(QLatin1String("missing")));
}

void TestExporters::streamedJsonMatchesDocument_data()
{
    QTest::addColumn<int>("which");
    QTest::newRow("sample") << 0;
    QTest::newRow("awkward strings and numbers") << 1;
    QTest::newRow("40000 spans") << 2;
}

// The batch and the window write the run JSON streamed; it must say exactly what the document
// (runToJson) says, and read back through runFromJson.
void TestExporters::streamedJsonMatchesDocument()
{
    QFETCH(int, which);
    const Run run = which == 0 ? sampleRun() : which == 1 ? awkwardRun() : bigRun();
    const QByteArray text = streamed(&writeRunJson, run);
    QVERIFY(!text.isEmpty());
    QVERIFY(text.endsWith("}\n"));
    const QJsonObject json = parsed(text);
    const QJsonObject expected = runToJson(run);
    QCOMPARE(json, expected);
    // And what QJsonDocument made of the same document before.
    QCOMPARE(json, parsed(QJsonDocument(expected).toJson(QJsonDocument::Indented)));
    QString error;
    const auto back = runFromJson(json, &error);
    QVERIFY2(back.has_value(), qPrintable(error));
    QCOMPARE(runToJson(*back), expected);
    // The layout: outer levels indented as before, one span a line.
    QVERIFY(text.startsWith("{\n    \"errors\": ["));
    QVERIFY(text.contains("\n                {\"begin_ns\":30,\"cut_short\":true,\"end_ns\":300,"
                          "\"kind\":\"work\"},\n"));
}

void TestExporters::streamedTraceMatchesDocument_data()
{
    streamedJsonMatchesDocument_data();
}

void TestExporters::streamedTraceMatchesDocument()
{
    QFETCH(int, which);
    const Run run = which == 0 ? sampleRun() : which == 1 ? awkwardRun() : bigRun();
    const QByteArray text = streamed(&writeRunTrace, run);
    QVERIFY(!text.isEmpty());
    const QJsonObject json = parsed(text);
    const QJsonObject expected = traceDocument(run);
    QCOMPARE(json, expected);
    QCOMPARE(json, parsed(QJsonDocument(expected).toJson(QJsonDocument::Compact)));
    QCOMPARE(runToTrace(run), text);
    // Microseconds are exact decimals of the nanoseconds.
    if (which == 0)
        QVERIFY(text.contains("\"dur\":0.27,"));
}

void TestExporters::streamedCsvMatches()
{
    const Run run = bigRun();
    const QByteArray text = streamed(&writeRunCsv, run);
    QCOMPARE(text, runToCsv(run));
    QCOMPARE(text.count('\n'), 1 + 5 + 40'000);
    QVERIFY(text.contains("\n1,Process-2,4243,task,1001238,1001255,17,,1\n"));
}

// Byte for byte what QJsonDocument writes for the same strings, unpaired surrogates included.
void TestExporters::streamedStringsAreEscapedLikeQt()
{
    QStringList strings{awkward(QStringLiteral("all")), QString(), QStringLiteral("plain")};
    strings << QString(QChar(0xd800)) + QStringLiteral("x") // a high surrogate alone
            << QStringLiteral("y") + QChar(0xdc00)          // a low surrogate alone
            << QString(QChar(0xdbff)) + QChar(0xdfff);      // U+10FFFF
    for (const QString &s : strings) {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        JsonStreamWriter w(&buffer);
        w.beginArray(JsonStreamWriter::Layout::Inline);
        w.string(s);
        w.string(QLatin1StringView(s.toLatin1())); // the Latin-1 path, for what Latin-1 holds
        w.endArray();
        QVERIFY(w.finish());
        const QByteArray expected = QJsonDocument(QJsonArray{s, QString::fromLatin1(s.toLatin1())})
                                        .toJson(QJsonDocument::Compact) +
                                    '\n';
        QCOMPARE(bytes, expected);
    }
    // Control bytes spelt out, not passed through.
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    JsonStreamWriter w(&buffer);
    w.beginArray(JsonStreamWriter::Layout::Inline);
    w.string(QStringLiteral("a\"b\\c\n\t") + QChar(1) + QChar(0x1f) + QChar(0xe9));
    w.endArray();
    QVERIFY(w.finish());
    QCOMPARE(bytes, QByteArray("[\"a\\\"b\\\\c\\n\\t\\u0001\\u001f\xc3\xa9\"]\n"));
}

void TestExporters::streamedIntegersAreExact()
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    JsonStreamWriter w(&buffer);
    w.beginObject();
    w.key(QLatin1StringView("max"));
    w.integer(std::numeric_limits<qint64>::max());
    w.key(QLatin1StringView("min"));
    w.integer(std::numeric_limits<qint64>::min());
    w.key(QLatin1StringView("odd"));
    w.value(QJsonValue(qint64(9007199254740993)));
    w.key(QLatin1StringView("us"));
    w.beginArray(JsonStreamWriter::Layout::Inline);
    for (qint64 ns : {qint64(0), qint64(1), qint64(10), qint64(120), qint64(1000), qint64(-1500),
                      qint64(1'000'000'000), std::numeric_limits<qint64>::min()})
        w.micros(ns);
    w.endArray();
    w.key(QLatin1StringView("empty"));
    w.beginArray();
    w.endArray();
    w.endObject();
    QVERIFY(w.finish());
    QCOMPARE(bytes, QByteArray("{\n"
                               "    \"max\": 9223372036854775807,\n"
                               "    \"min\": -9223372036854775808,\n"
                               "    \"odd\": 9007199254740993,\n"
                               "    \"us\": [0,0.001,0.01,0.12,1,-1.5,1000000,"
                               "-9223372036854775.808],\n"
                               "    \"empty\": []\n"
                               "}\n"));
    const QJsonObject json = parsed(bytes);
    QCOMPARE(json.value(QStringLiteral("max")).toInteger(), std::numeric_limits<qint64>::max());
    QCOMPARE(json.value(QStringLiteral("min")).toInteger(), std::numeric_limits<qint64>::min());
    QCOMPARE(json.value(QStringLiteral("odd")).toInteger(), qint64(9007199254740993));
}

void TestExporters::streamWriterRejectsBrokenDocuments()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        JsonStreamWriter w(&buffer);
        w.beginObject();
        w.key(QLatin1StringView("open"));
        w.beginArray();
        QVERIFY(!w.finish()); // containers left open
    }
    {
        JsonStreamWriter w(&buffer);
        w.beginObject();
        w.integer(1); // a member without a key
        w.endObject();
        QVERIFY(!w.finish());
    }
    {
        JsonStreamWriter w(&buffer);
        w.beginArray();
        w.endObject(); // the wrong bracket
        QVERIFY(!w.finish());
    }
}

// A file that cannot be written is reported, and leaves nothing half written behind.
void TestExporters::streamedWriteFailsCleanly()
{
    const Run run = sampleRun();
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (const RunFileFormat format :
         {RunFileFormat::Json, RunFileFormat::Csv, RunFileFormat::Trace}) {
        QString error;
        const QString path = dir.filePath(QStringLiteral("missing/dir/run.out"));
        QVERIFY(!writeRunFile(path, run, format, &error));
        QVERIFY2(error.contains(QLatin1String("missing/dir/run.out")), qPrintable(error));
        QVERIFY(!QFile::exists(path));
    }
    // A device that refuses every write.
    QByteArray bytes;
    QBuffer readOnly(&bytes);
    QVERIFY(readOnly.open(QIODevice::ReadOnly));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral(".*ReadOnly.*")));
    QVERIFY(!writeRunJson(&readOnly, bigRun()));
    // A write that fails part way leaves the old file as it was and no temporary file.
    const QString path = dir.filePath(QStringLiteral("run.json"));
    QString error;
    QVERIFY2(writeRunFile(path, run, RunFileFormat::Json, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();
    QCOMPARE(parsed(before), runToJson(run));
    QVERIFY(!writeFileAtomically(
        path,
        [](QIODevice *device) {
            device->write("{\"partial\": ");
            return false;
        },
        &error));
    QVERIFY(error.contains(path));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("run.json")});
}

// Causes of a process's end and start are arrows in the trace too: a signal its parent sent (from
// the parent's span to the child's zombie slice, where its death shows), and the exit a launch
// waited for (the join in the loop: from that process's zombie slice to the next one's starting
// slice). A join's reap of the process it waited for stays on one lane and is no arrow.
void TestExporters::traceFlowsForSignalsAndLaunches()
{
    Run run;
    run.scenario = QStringLiteral("spawning");
    ProcessRecord parent;
    parent.id = 0;
    parent.pid = 100;
    parent.name = QStringLiteral("parent");
    parent.launchedNs = 0;
    parent.readyNs = 1000;
    parent.exitedNs = 90'000;
    parent.reapedNs = 91'000;
    parent.exit = {ExitStatus::Kind::Normal, 0, 0};
    parent.spans.push_back({1000, 89'000, -1, -1, SpanKind::Work});
    ProcessRecord first;
    first.id = 1;
    first.pid = 101;
    first.parent = 0;
    first.name = QStringLiteral("first");
    first.launchedNs = 2000;
    first.readyNs = 3000;
    first.exitedNs = 20'000;
    first.reapedNs = 21'000;
    first.exit = {ExitStatus::Kind::Signal, 0, 15};
    first.spans.push_back({3000, 20'000, -1, -1, SpanKind::Work, true});
    first.markers.push_back({19'000, Marker::Kind::SignalSent, 15, {}, 0});
    first.exitCause = {0, CauseEvent::Signal, 15, 19'000};
    first.reapCause = {1, CauseEvent::Exit, 0, 20'000};
    ProcessRecord second;
    second.id = 2;
    second.pid = 102;
    second.parent = 0;
    second.name = QStringLiteral("second");
    second.launchedNs = 22'000;
    second.readyNs = 23'000;
    second.exitedNs = 40'000;
    second.reapedNs = 41'000;
    second.exit = {ExitStatus::Kind::Normal, 0, 0};
    second.spans.push_back({23'000, 39'000, -1, -1, SpanKind::Work});
    second.launchCause = {1, CauseEvent::Exit, 0, 20'000};
    run.processes = {parent, first, second};

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(runToTrace(run), &parseError);
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    const QJsonArray events = doc.object().value(QStringLiteral("traceEvents")).toArray();
    int pairs = 0;
    const QString problems = test::flowProblems(events, &pairs);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
    QCOMPARE(pairs, 2);
    QMap<QString, QPair<double, qint64>> finishes; // cause event -> (ts, pid) of its finish
    for (const auto &v : events) {
        const QJsonObject e = v.toObject();
        if (e.value(QStringLiteral("ph")).toString() == QLatin1String("f"))
            finishes.insert(
                e.value(QStringLiteral("args")).toObject().value(QStringLiteral("event")).toString(),
                {e.value(QStringLiteral("ts")).toDouble(), e.value(QStringLiteral("pid")).toInteger()});
    }
    QCOMPARE(finishes.value(QStringLiteral("signal")), (QPair<double, qint64>{20.0, 101}));
    QCOMPARE(finishes.value(QStringLiteral("exit")), (QPair<double, qint64>{22.0, 102}));
}

QTEST_GUILESS_MAIN(TestExporters)
#include "tst_exporters.moc"

// The flow checker the exports are held to can fail: an unpaired start, a finish that binds to
// the next slice, a flow event at a time where its thread has no slice.
void TestExporters::flowCheckFindsBrokenFlows()
{
    const QJsonObject slice{{QStringLiteral("ph"), QStringLiteral("X")},
                            {QStringLiteral("cat"), QStringLiteral("span")},
                            {QStringLiteral("pid"), 1},
                            {QStringLiteral("tid"), 1},
                            {QStringLiteral("ts"), 5.0},
                            {QStringLiteral("dur"), 1.0}};
    auto flow = [](const char *ph, double ts, bool enclosing = true) {
        QJsonObject e{{QStringLiteral("ph"), QLatin1String(ph)},
                      {QStringLiteral("cat"), QStringLiteral("span")},
                      {QStringLiteral("name"), QStringLiteral("cause")},
                      {QStringLiteral("id"), 1},
                      {QStringLiteral("pid"), 1},
                      {QStringLiteral("tid"), 1},
                      {QStringLiteral("ts"), ts}};
        if (enclosing && ph[0] == 'f')
            e.insert(QStringLiteral("bp"), QStringLiteral("e"));
        return e;
    };
    QVERIFY(test::flowProblems(QJsonArray{slice, flow("s", 5), flow("f", 5)}).isEmpty());
    QVERIFY(!test::flowProblems(QJsonArray{slice, flow("s", 5)}).isEmpty());
    QVERIFY(!test::flowProblems(QJsonArray{slice, flow("s", 5), flow("f", 5, false)}).isEmpty());
    QVERIFY(!test::flowProblems(QJsonArray{slice, flow("s", 5), flow("f", 7)}).isEmpty());
    QVERIFY(
        !test::flowProblems(QJsonArray{slice, flow("s", 5), flow("s", 5), flow("f", 5)}).isEmpty());
}
