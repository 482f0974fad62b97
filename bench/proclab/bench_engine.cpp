// SPDX-License-Identifier: MIT
// Engine-side benchmarks: worker launch, event parsing, span memory, CPU-bound speedup.
#include "bench_engine.h"

#include "benchutil.h"
#include "clock.h"
#include "event.h"
#include "processsupervisor.h"
#include "run.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <cerrno>
#include <charconv>
#include <cstring>
#include <fcntl.h>
#include <malloc.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

extern char **environ;

namespace proclab::bench {

// CPU time (user + system) of all reaped children so far, µs. Each launch below returns only after
// its process was reaped, so the difference is that process's whole life: exec, loader, exit.
double childrenCpuUs()
{
    rusage usage{};
    ::getrusage(RUSAGE_CHILDREN, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e6 +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec);
}

// The floor: QProcess starting a small program (a libc-only one: tiny.c) until its first line can
// be read.
double launchFloorUs(const QString &tiny)
{
    QProcess process;
    process.setStandardInputFile(QProcess::nullDevice());
    qint64 readyAt = 0;
    QEventLoop loop;
    QObject::connect(&process, &QProcess::readyReadStandardOutput, [&] {
        if (readyAt == 0 && process.canReadLine())
            readyAt = monotonicNowNs();
    });
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    const qint64 t0 = monotonicNowNs();
    process.start(tiny, {});
    loop.exec();
    if (readyAt == 0)
        die(QStringLiteral("tiny program gave no line"));
    return double(readyAt - t0) / 1e3;
}

namespace {

// Runs the event loop until the supervisor reports every process ended.
void waitAllFinished(ProcessSupervisor &supervisor)
{
    QEventLoop loop;
    QObject::connect(&supervisor, &ProcessSupervisor::allFinished, &loop, &QEventLoop::quit);
    if (supervisor.runningCount() > 0)
        loop.exec();
}

// Launch until ready, the way every scenario starts a worker: ProcessSupervisor::launch() to the
// worker's `ready` line parsed by the engine.
double launchProcLabUs(std::vector<double> *callUs = nullptr)
{
    Run run;
    ProcessSupervisor supervisor(run);
    qint64 readyAt = 0;
    QObject::connect(&supervisor, &ProcessSupervisor::processReady,
                     [&readyAt] { readyAt = monotonicNowNs(); });
    const qint64 t0 = monotonicNowNs();
    supervisor.launch(
        {QString(), QStringLiteral("work"), {QStringLiteral("--count"), QStringLiteral("0")}});
    // launch() returns once QProcess::start() has forked: the engine's synchronous share.
    if (callUs)
        callUs->push_back(double(monotonicNowNs() - t0) / 1e3);
    waitAllFinished(supervisor);
    if (!run.errors.isEmpty() || readyAt == 0)
        die(QStringLiteral("launch failed: %1").arg(run.errors.join(u'\n')));
    return double(readyAt - t0) / 1e3;
}

// Engine end to end: a stand-in worker writes `events` lines; the supervisor reads, parses and
// records them (spans land in the run). Rate from launch to the last event recorded.
double eventsProcLabRate(const QString &emitter, qint64 events)
{
    Run run;
    ProcessSupervisor supervisor(run);
    supervisor.setWorkerProgram(emitter);
    const qint64 t0 = monotonicNowNs();
    supervisor.launch(
        {QString(), QStringLiteral("emit"), {QStringLiteral("--events"), QString::number(events)}});
    waitAllFinished(supervisor);
    const qint64 t1 = monotonicNowNs();
    if (!run.errors.isEmpty())
        die(QStringLiteral("event run failed: %1").arg(run.errors.first()));
    if (run.spanCount() != (events - 2) / 2)
        die(QStringLiteral("event run recorded %1 spans").arg(run.spanCount()));
    return double(events) / (double(t1 - t0) / 1e9);
}

// The floor: the same bytes through QProcess::readLine into a stack buffer, nothing parsed.
double eventsFloorRate(const QString &emitter, qint64 events)
{
    QProcess process;
    process.setStandardInputFile(QProcess::nullDevice());
    qint64 lines = 0;
    char buffer[512];
    auto drain = [&] {
        while (process.canReadLine()) {
            process.readLine(buffer, sizeof buffer);
            ++lines;
        }
    };
    QEventLoop loop;
    QObject::connect(&process, &QProcess::readyReadStandardOutput, drain);
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    const qint64 t0 = monotonicNowNs();
    process.start(emitter, {QStringLiteral("--events"), QString::number(events)});
    loop.exec();
    drain();
    const qint64 t1 = monotonicNowNs();
    if (lines != events)
        die(QStringLiteral("floor read %1 of %2 lines").arg(lines).arg(events));
    return double(events) / (double(t1 - t0) / 1e9);
}

// The engine's CPU cost alone: the lines already in memory, split, parsed and recorded exactly as
// ProcessSupervisor::readEvents/applyLine do. The ceiling for the end-to-end figure.
double eventsInMemoryRate(qint64 events)
{
    QByteArray data;
    data.reserve(events * 48);
    const qint64 base = monotonicNowNs();
    const int pid = 4242;
    data += QByteArray::number(base) + " 4242 0 ready\n";
    for (qint64 i = 1; i + 1 < events; ++i) {
        data += QByteArray::number(base + i) + ' ' + QByteArray::number(pid) + " 0 " +
                (i % 2 ? "begin" : "end") + " task task=" + QByteArray::number((i - 1) / 2) + '\n';
    }
    data += QByteArray::number(base + events) + " 4242 0 exit 0\n";
    Run run;
    run.processes.resize(1);
    run.processes[0].pid = pid;
    RunRecorder recorder(run);
    QString error;
    const qint64 t0 = monotonicNowNs();
    qsizetype start = 0;
    qint64 parsed = 0;
    for (qsizetype nl = data.indexOf('\n'); nl >= 0; nl = data.indexOf('\n', start)) {
        const auto event = parseEventLine(QByteArrayView(data).sliced(start, nl - start), &error);
        if (!event || !recorder.apply(*event, &error))
            die(QStringLiteral("in-memory parse: %1").arg(error));
        ++parsed;
        start = nl + 1;
    }
    const qint64 t1 = monotonicNowNs();
    if (parsed != events)
        die(QStringLiteral("in-memory parse count"));
    return double(events) / (double(t1 - t0) / 1e9);
}

// A barrier run's lines, two processes, as two pipes deliver them (a ~4 KB batch of one process's
// rounds, then the other's), with the `last` begin lines of a run that records causes or without.
QByteArray barrierLines(int rounds, bool causes)
{
    constexpr int kBatchRounds = 32;
    const qint64 base = monotonicNowNs() - qint64(rounds) * 2000 - 1'000'000;
    auto line = [&](QByteArray &out, int process, const char *what, int round, qint64 at,
                    bool last) {
        out += QByteArray::number(base + at) + ' ' + QByteArray::number(4242 + process) + ' ' +
               QByteArray::number(process) + ' ' + what +
               " barrier_wait round=" + QByteArray::number(round) + (last ? " last\n" : "\n");
    };
    QByteArray data;
    data.reserve(qsizetype(rounds) * 2 * 2 * 56 + 256);
    for (int p = 0; p < 2; ++p)
        data += QByteArray::number(base) + ' ' + QByteArray::number(4242 + p) + ' ' +
                QByteArray::number(p) + " ready\n";
    for (int first = 0; first < rounds; first += kBatchRounds) {
        for (int p = 0; p < 2; ++p) { // process 1 arrives last in even rounds, 0 in odd ones
            for (int r = first; r < std::min(rounds, first + kBatchRounds); ++r) {
                const bool last = causes && (r % 2 == 0) == (p == 1);
                line(data, p, "begin", r, qint64(r) * 2000 + 10 + (last ? 500 : 0), last);
                line(data, p, "end", r, qint64(r) * 2000 + 1000, false);
            }
        }
    }
    return data;
}

// The engine's CPU per barrier round: barrierLines() parsed and recorded as the supervisor does,
// ns per round.
double barrierLinesNsPerRound(const QByteArray &data, int rounds, bool causes)
{
    Run run;
    run.processes.resize(2);
    for (int p = 0; p < 2; ++p) {
        run.processes[size_t(p)].id = p;
        run.processes[size_t(p)].pid = 4242 + p;
    }
    RunRecorder recorder(run);
    QString error;
    const qint64 t0 = monotonicNowNs();
    qsizetype start = 0;
    for (qsizetype nl = data.indexOf('\n'); nl >= 0; nl = data.indexOf('\n', start)) {
        const auto event = parseEventLine(QByteArrayView(data).sliced(start, nl - start), &error);
        if (!event || !recorder.apply(*event, &error))
            die(QStringLiteral("barrier lines: %1").arg(error));
        start = nl + 1;
    }
    const qint64 t1 = monotonicNowNs();
    qsizetype causesRecorded = 0;
    for (const ProcessRecord &p : run.processes)
        causesRecorded += qsizetype(p.causes.size());
    if (causesRecorded != (causes ? rounds : 0))
        die(QStringLiteral("barrier lines: %1 causes for %2 rounds")
                .arg(causesRecorded)
                .arg(rounds));
    return double(t1 - t0) / rounds;
}

qint64 heapInUse()
{
    const struct mallinfo2 info = ::mallinfo2();
    return qint64(info.uordblks + info.hblkhd);
}

qint64 rssBytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() * 4096 : 0;
}

// A worker's side of one pool task's event, as EventWriter::emitEvent does it: clock read, then
// appendEvent() into the reused batch buffer, which is written out and emptied every ~4 KB.
double appendEventRate(qint64 events)
{
    QByteArray buffer;
    buffer.reserve(4096 + 128);
    qint64 bytes = 0;
    const qint64 t0 = monotonicNowNs();
    for (qint64 i = 0; i < events; ++i) {
        Event e;
        e.timestampNs = monotonicNowNs();
        e.pid = 4242;
        e.processId = 3;
        e.type = i % 2 ? EventType::End : EventType::Begin;
        e.span = SpanKind::Task;
        e.task = int(i / 2);
        appendEvent(buffer, e);
        if (buffer.size() > 4000) {
            bytes += buffer.size();
            buffer.resize(0);
        }
    }
    const qint64 t1 = monotonicNowNs();
    if (bytes + buffer.size() == 0)
        die(QStringLiteral("nothing formatted"));
    return double(events) / (double(t1 - t0) / 1e9);
}

// The same line written with std::to_chars straight into the batch buffer, no heap allocation:
// the floor for the worker's hot path.
double toCharsRate(qint64 events)
{
    std::vector<char> storage(4096 + 128); // a flush happens long before a line could overrun it
    char *const buffer = storage.data();
    size_t used = 0;
    qint64 bytes = 0;
    const qint64 t0 = monotonicNowNs();
    for (qint64 i = 0; i < events; ++i) {
        char *p = buffer + used;
        char *const end = buffer + storage.size();
        p = std::to_chars(p, end, monotonicNowNs()).ptr;
        *p++ = ' ';
        p = std::to_chars(p, end, 4242).ptr;
        std::memcpy(p, " 3 ", 3);
        p += 3;
        const char *kind = i % 2 ? "end task task=" : "begin task task=";
        const size_t n = std::strlen(kind);
        std::memcpy(p, kind, n);
        p += n;
        p = std::to_chars(p, end, i / 2).ptr;
        *p++ = '\n';
        used = size_t(p - buffer);
        if (used > 4000) {
            bytes += qint64(used);
            used = 0;
        }
    }
    const qint64 t1 = monotonicNowNs();
    if (bytes + qint64(used) == 0)
        die(QStringLiteral("nothing formatted"));
    return double(events) / (double(t1 - t0) / 1e9);
}

} // namespace

void benchFormat(qint64 events, int reps)
{
    std::vector<double> formatted, floorRate;
    for (int i = 0; i < reps; ++i) {
        formatted.push_back(appendEventRate(events));
        floorRate.push_back(toCharsRate(events));
    }
    printSamples("ctx_worker_appendEvent_events_per_s", "proclab", "events/s", formatted);
    printSamples("ctx_worker_format_to_chars_events_per_s", "floor", "events/s", floorRate);
}

void benchLaunch(int reps)
{
    const QString tiny = sibling("proclab-bench-tiny");
    const QString cxx = sibling("proclab-bench-launch-cxx");
    const QString qt = sibling("proclab-bench-launch-qt");
    std::vector<double> procLab, floorUs, callUs, cxxUs, qtUs;
    std::vector<double> procLabCpu, floorCpu, cxxCpu, qtCpu;
    // Runs one launch and records the launched process's CPU time next to its latency.
    auto measured = [](std::vector<double> &cpu, auto &&launch) {
        const double before = childrenCpuUs();
        const double us = launch();
        cpu.push_back(childrenCpuUs() - before);
        return us;
    };
    launchProcLabUs(); // warm the page cache and the dynamic loader's caches for all
    launchFloorUs(tiny);
    launchFloorUs(cxx);
    launchFloorUs(qt);
    for (int i = 0; i < reps; ++i) {
        // Interleaved so that drift on this noisy VM hits every variant alike.
        procLab.push_back(measured(procLabCpu, [&] { return launchProcLabUs(&callUs); }));
        floorUs.push_back(measured(floorCpu, [&] { return launchFloorUs(tiny); }));
        cxxUs.push_back(measured(cxxCpu, [&] { return launchFloorUs(cxx); }));
        qtUs.push_back(measured(qtCpu, [&] { return launchFloorUs(qt); }));
    }
    printSamples("launch", "proclab", "us", procLab);
    printSamples("launch", "floor", "us", floorUs);
    printSamples("ctx_launch_us_QProcess_of_libstdcxx_only_program", "floor", "us", cxxUs);
    printSamples("ctx_launch_us_QProcess_of_QtCore_only_program", "floor", "us", qtUs);
    printSamples("ctx_launch_us_inside_ProcessSupervisor_launch_call", "proclab", "us", callUs);
    // Load-independent: CPU µs of the launched process from exec to exit.
    printSamples("ctx_launch_cpu_us_proclab_worker", "proclab", "us", procLabCpu);
    printSamples("ctx_launch_cpu_us_libc_only_floor", "floor", "us", floorCpu);
    printSamples("ctx_launch_cpu_us_libstdcxx_only_program", "floor", "us", cxxCpu);
    printSamples("ctx_launch_cpu_us_QtCore_only_program", "floor", "us", qtCpu);
}

void benchEvents(qint64 events, int reps)
{
    const QString emitter = sibling("proclab-bench-emit");
    std::vector<double> procLab, floorRate, inMemory;
    for (int i = 0; i < reps; ++i) {
        procLab.push_back(eventsProcLabRate(emitter, events));
        floorRate.push_back(eventsFloorRate(emitter, events));
        inMemory.push_back(eventsInMemoryRate(events));
    }
    printSamples("events", "proclab", "events/s", procLab);
    printSamples("events", "floor", "events/s", floorRate);
    printSamples("events_cpu", "proclab", "events/s", inMemory);
    // What recording causes costs the engine per barrier round (issue 12), interleaved.
    constexpr int kRounds = 50'000;
    const QByteArray linesWith = barrierLines(kRounds, true);
    const QByteArray linesWithout = barrierLines(kRounds, false);
    std::vector<double> withCauses, withoutCauses;
    for (int i = 0; i < reps; ++i) {
        withCauses.push_back(barrierLinesNsPerRound(linesWith, kRounds, true));
        withoutCauses.push_back(barrierLinesNsPerRound(linesWithout, kRounds, false));
    }
    printSamples("ctx_engine_barrier2_round_ns", "proclab", "ns", withCauses);
    printSamples("ctx_engine_barrier2_round_ns", "proclab_nocauses", "ns", withoutCauses);
}

void benchSpanMemory(qint64 spans, int lanes, int reps)
{
    std::vector<double> heapPerSpan, rssPerSpan;
    for (int rep = 0; rep < reps; ++rep) {
        ::malloc_trim(0);
        const qint64 heap0 = heapInUse();
        const qint64 rss0 = rssBytes();
        {
            Run run;
            run.processes.resize(size_t(lanes));
            for (int i = 0; i < lanes; ++i)
                run.processes[size_t(i)].id = i;
            RunRecorder recorder(run);
            QString error;
            // Spans arrive interleaved across lanes, as events from concurrent workers do.
            for (qint64 s = 0; s < spans; ++s) {
                Event e;
                e.timestampNs = 1000 + s;
                e.processId = int(s % lanes);
                e.type = EventType::Begin;
                e.span = SpanKind::Task;
                e.task = int(s);
                if (!recorder.apply(e, &error))
                    die(error);
                e.type = EventType::End;
                if (!recorder.apply(e, &error))
                    die(error);
            }
            if (run.spanCount() != spans)
                die(QStringLiteral("span count"));
            heapPerSpan.push_back(double(heapInUse() - heap0) / double(spans));
            rssPerSpan.push_back(double(rssBytes() - rss0) / double(spans));
        }
    }
    printSamples("span_mem", "proclab", "B", heapPerSpan);
    printSamples("span_mem_rss", "proclab", "B", rssPerSpan);
}

void benchSpeedup(qint64 total, int reps)
{
    const int cores = QThread::idealThreadCount();
    auto wallMs = [total](int workers) {
        Run run;
        ProcessSupervisor supervisor(run);
        const qint64 t0 = monotonicNowNs();
        for (int w = 0; w < workers; ++w)
            supervisor.launch({QString(),
                               QStringLiteral("work"),
                               {QStringLiteral("--count"), QString::number(total / workers)}});
        waitAllFinished(supervisor);
        const qint64 t1 = monotonicNowNs();
        if (!run.errors.isEmpty())
            die(QStringLiteral("speedup run failed: %1").arg(run.errors.first()));
        return double(t1 - t0) / 1e6;
    };
    // The floor program runs one pair per call, interleaved with ProcLab's pairs: CPU-bound
    // figures on this VM drift with whatever else runs, and drift must hit both sides alike.
    const QString floorProgram = sibling("proclab-bench-speedup-floor");
    auto floorSpeedup = [&] {
        QProcess process;
        process.start(floorProgram,
                      {QString::number(cores), QString::number(total), QStringLiteral("1")});
        if (!process.waitForFinished(60'000) || process.exitCode() != 0)
            die(QStringLiteral("speedup floor failed"));
        const QByteArray out = process.readAllStandardOutput();
        const qsizetype open = out.indexOf('[');
        const qsizetype close = out.indexOf(']', open);
        bool ok = false;
        const double value = out.mid(open + 1, close - open - 1).trimmed().toDouble(&ok);
        if (open < 0 || close < 0 || !ok)
            die(QStringLiteral("speedup floor printed no sample"));
        return value;
    };
    std::vector<double> speedups, floorSpeedups;
    for (int rep = 0; rep < reps; ++rep) {
        const double one = wallMs(1);
        const double many = wallMs(cores);
        speedups.push_back(one / many);
        floorSpeedups.push_back(floorSpeedup());
    }
    printSamples("speedup", "proclab", "x", speedups);
    printSamples("speedup", "floor", "x", floorSpeedups);
}

void benchBatchMemory(qint64 tasks, int reps, const QByteArray &op, const QString &formats)
{
    // The real program, end to end: `proclab --batch pool --tasks N --chunksize 1` with every
    // export, run as a child; its peak RSS is the kernel's ru_maxrss from wait4 (the child and
    // the workers it waited for), divided by the spans it wrote (rows of pool.csv).
    const QByteArray program = QFile::encodeName(sibling("proclab"));
    std::vector<double> perSpan, fileBytes;
    for (int rep = 0; rep < reps; ++rep) {
        QTemporaryDir dir;
        if (!dir.isValid())
            die(QStringLiteral("no temporary directory"));
        const QByteArray out = QFile::encodeName(dir.filePath(QStringLiteral("out")));
        const QByteArray log = QFile::encodeName(dir.filePath(QStringLiteral("log.txt")));
        const QByteArray tasksText = QByteArray::number(tasks);
        const QByteArray formatText = formats.toLatin1();
        std::vector<const char *> argv{program.constData(),   "--batch",     "pool", "--tasks",
                                       tasksText.constData(), "--chunksize", "1",    "--out",
                                       out.constData()};
        if (!formats.isEmpty()) {
            argv.push_back("--format");
            argv.push_back(formatText.constData());
        }
        argv.push_back(nullptr);
        ::setenv("QT_QPA_PLATFORM", "offscreen", 0);
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_addopen(&actions, 1, log.constData(), O_WRONLY | O_CREAT | O_TRUNC,
                                         0600);
        posix_spawn_file_actions_adddup2(&actions, 1, 2);
        pid_t pid = -1;
        const int spawned = ::posix_spawn(&pid, program.constData(), &actions, nullptr,
                                          const_cast<char *const *>(argv.data()), environ);
        posix_spawn_file_actions_destroy(&actions);
        if (spawned != 0)
            die(QStringLiteral("cannot start %1: %2")
                    .arg(QFile::decodeName(program), QString::fromLocal8Bit(strerror(spawned))));
        int status = 0;
        rusage usage{};
        while (::wait4(pid, &status, 0, &usage) < 0) {
            if (errno != EINTR)
                die(QStringLiteral("wait4 failed"));
        }
        if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
            QFile logFile(QFile::decodeName(log));
            logFile.open(QIODevice::ReadOnly);
            die(QStringLiteral("proclab --batch pool --tasks %1 failed: %2")
                    .arg(tasks)
                    .arg(QString::fromLocal8Bit(logFile.readAll())));
        }
        // Rows of the CSV: one per span, after the header.
        QFile csv(QFile::decodeName(out) + QStringLiteral("/pool.csv"));
        if (!csv.open(QIODevice::ReadOnly))
            die(QStringLiteral("no pool.csv written"));
        qint64 lines = 0;
        QByteArray chunk;
        while (!(chunk = csv.read(1 << 20)).isEmpty())
            lines += chunk.count('\n');
        const qint64 spans = lines - 1;
        if (spans <= 0)
            die(QStringLiteral("no spans written"));
        qint64 bytes = 0;
        for (const QFileInfo &file : QDir(QFile::decodeName(out)).entryInfoList(QDir::Files))
            bytes += file.size();
        perSpan.push_back(double(usage.ru_maxrss) * 1024.0 / double(spans)); // ru_maxrss: KiB
        fileBytes.push_back(double(bytes));
    }
    printSamples(op.constData(), "proclab", "B", perSpan);
    printSamples((op + "_files").constData(), "proclab", "B", fileBytes);
}

} // namespace proclab::bench
