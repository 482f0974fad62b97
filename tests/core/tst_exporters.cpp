// SPDX-License-Identifier: MIT
#include "exporters.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

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
    ProcessRecord c;
    c.id = 2;
    c.name = QStringLiteral("Process-3");
    c.exit = {ExitStatus::Kind::FailedToStart, 0, 0};
    run.processes = {a, b, c};
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
    QCOMPARE(lines.size(), 1 + 3 + 1); // header, one row per span, final empty piece
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
    int complete = 0, names = 0, zombies = 0;
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
            QVERIFY2(ph == QLatin1String("M") || ph == QLatin1String("i"), qPrintable(ph));
        }
    }
    QCOMPARE(complete, 3);
    QCOMPARE(zombies, 2);
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
    const double f = completeSweep(points);
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

QTEST_GUILESS_MAIN(TestExporters)
#include "tst_exporters.moc"
