// SPDX-License-Identifier: MIT
// The Barrier & Lock scenario's lock and barrier per primitive family (issue 9): qt
// (QSystemSemaphore), posix (named semaphores, CPython's construction) and futex (robust mutex and
// futex barrier). Unlike bench_ipc.cpp, which drives the futex objects from forked copies of this
// program, these are the scenario's own processes: the family's worker executable (proclab-worker
// for posix and futex, proclab-qtworker for qt) launched by ProcessSupervisor, running the
// lock-counter and barrier-wait roles on a CoordinationArena of the family, through
// ipc::Participant. Timings come from the workers' own events, so launch and the lab are not in
// them. Participant i runs on CPU i mod cores, like the fork-based rows and the floors.
#include "bench_families.h"

#include "arenas.h"
#include "bench_engine.h"
#include "benchutil.h"
#include "clock.h"
#include "ipckeys.h"
#include "processsupervisor.h"
#include "run.h"

#include <QEventLoop>
#include <QThread>
#include <QTimer>
#include <algorithm>
#include <array>
#include <cerrno>
#include <sched.h>
#include <sys/resource.h>

namespace proclab::bench {
namespace {

ipc::PrimitiveFamily parseFamily(const QString &name)
{
    const auto family = ipc::familyFromName(name.toStdString());
    if (!family)
        die(QStringLiteral("unknown family %1 (qt, posix, futex)").arg(name));
    return *family;
}

QByteArray familyOp(const QByteArray &base, ipc::PrimitiveFamily family)
{
    return base + '_' + ipc::familyName(family);
}

std::unique_ptr<CoordinationArena> makeArena(int parties, ipc::PrimitiveFamily family)
{
    QString error;
    auto arena = CoordinationArena::create(newRunKey(), parties, family, &error);
    if (!arena)
        die(QStringLiteral("cannot create the %1 arena: %2")
                .arg(QLatin1String(ipc::familyName(family)), error));
    return arena;
}

WorkerSpec familySpec(const CoordinationArena &arena, const QString &role, const QStringList &args)
{
    WorkerSpec spec{QString(), role, QStringList{QStringLiteral("--key"), arena.key()} + args};
    spec.executable = arena.workerExecutableName();
    return spec;
}

// The scenario launches its workers at nice 19 (ProcessSupervisor's kWorkerNice) so that the lab
// wins the CPU. The floors and Python run at nice 0, and on a machine shared with anything else a
// nice-19 hand-off waits behind every other process: these workers are put back to 0 where that
// is allowed (root, or RLIMIT_NICE), so the rows compare primitives, not priorities. The nice the
// workers ran at is printed as a context line.
int g_workerNice = 19;

void toNiceZero(const Run &run, int id)
{
    const ProcessRecord *p = run.process(id);
    if (!p || p->pid <= 0)
        return;
    errno = 0;
    if (::setpriority(PRIO_PROCESS, id_t(p->pid), 0) == 0)
        g_workerNice = 0;
}

void printWorkerNice()
{
    printSamples("ctx_family_rows_worker_nice", "proclab", "nice", {double(g_workerNice)});
}

// QProcess forks from the calling thread, so a worker launched while this thread is pinned to CPU
// `index` mod cores inherits that mask; the lab's thread gets its own mask back at once.
int launchPinned(ProcessSupervisor &supervisor, const Run &run, const WorkerSpec &spec, int index)
{
    cpu_set_t previous;
    CPU_ZERO(&previous);
    ::sched_getaffinity(0, sizeof previous, &previous);
    cpu_set_t one;
    CPU_ZERO(&one);
    CPU_SET(index % std::max(1, QThread::idealThreadCount()), &one);
    ::sched_setaffinity(0, sizeof one, &one);
    const int id = supervisor.launch(spec);
    ::sched_setaffinity(0, sizeof previous, &previous);
    toNiceZero(run, id);
    return id;
}

// Runs the event loop until every worker ended. The qt family's participants wait at the exit gate
// after their last round: it is opened once all `parties` wait there, as the scenario does.
void runToEnd(ProcessSupervisor &supervisor, CoordinationArena &arena, int parties)
{
    QEventLoop loop;
    QObject::connect(&supervisor, &ProcessSupervisor::allFinished, &loop, &QEventLoop::quit);
    QTimer gate;
    gate.setInterval(2);
    QObject::connect(&gate, &QTimer::timeout, [&] {
        if (arena.exitGateWaiters() >= parties) {
            arena.openExitGate(parties);
            gate.stop();
        }
    });
    if (arena.exitGateWaiters() >= 0)
        gate.start();
    bool timedOut = false;
    QTimer::singleShot(120'000, &loop, [&] {
        timedOut = true;
        supervisor.killAll();
    });
    if (supervisor.runningCount() > 0)
        loop.exec();
    if (timedOut)
        die(QStringLiteral("%1 workers did not finish in 120 s")
                .arg(QLatin1String(ipc::familyName(arena.family()))));
}

void checkRun(const Run &run, const char *what)
{
    if (!run.errors.isEmpty())
        die(QStringLiteral("%1: %2").arg(QLatin1String(what), run.errors.join(u'\n')));
    for (const ProcessRecord &p : run.processes) {
        if (p.exit.kind != ExitStatus::Kind::Normal || p.exit.code != 0)
            die(QStringLiteral("%1: a worker ended with %2 %3")
                    .arg(QLatin1String(what), ExitStatus::kindName(p.exit.kind))
                    .arg(p.exit.pythonExitCode()));
    }
}

const Span &onlySpan(const ProcessRecord &p, SpanKind kind)
{
    for (const Span &s : p.spans) {
        if (s.kind == kind)
            return s;
    }
    die(QStringLiteral("a worker reported no span of the kind asked for"));
}

} // namespace

// Two lock-counter workers (`--sync 1`: they pass the barrier together, then each takes the lock
// `iterations` times around a plain load + store increment of the shared counter; `--spans 0`: no
// event per critical section). Rate = all acquire+release pairs / (last worker's end of work -
// first worker's begin of work). The counter must come out exact.
namespace {

// One sample of the lock row: acquire+release pairs per second of two lock-counter workers.
// `spans`: a lock_wait and a lock_hold span per acquisition, as the scenario records them (the
// lock row measures without, the bare lock); `causes` (with spans only: a cause belongs to a
// wait span): the releaser writes itself on the cause board and the taker reads it and reports
// it, as every run does; without, --causes 0.
// Of consecutive holds (all lock_hold spans of the run in time order), the share whose holder is
// not the one before: how often the lock changed hands.
double handOffShare(const Run &run)
{
    std::vector<std::pair<qint64, int>> holds; // begin, process
    for (const ProcessRecord &p : run.processes) {
        for (const Span &s : p.spans) {
            if (s.kind == SpanKind::LockHold)
                holds.emplace_back(s.beginNs, p.id);
        }
    }
    std::sort(holds.begin(), holds.end());
    qint64 changes = 0;
    for (size_t i = 1; i < holds.size(); ++i)
        changes += holds[i].second != holds[i - 1].second;
    return holds.size() > 1 ? double(changes) / double(holds.size() - 1) : 0;
}

// Of all lock waits, the share that named a releaser: the taker had begun to wait before the
// lock was released, so it was queued at the release (0 without causes: nothing is named).
double queuedShare(const Run &run)
{
    qint64 waits = 0, named = 0;
    for (const ProcessRecord &p : run.processes) {
        for (const Span &s : p.spans) {
            if (s.kind != SpanKind::LockWait)
                continue;
            ++waits;
            named += s.cause >= 0 && p.causes[size_t(s.cause)].event == CauseEvent::LockRelease;
        }
    }
    return waits > 0 ? double(named) / double(waits) : 0;
}

struct LockShares
{
    double changedHands = 0; // handOffShare()
    double queued = 0;       // queuedShare()
};

// Two lock-counter processes, `iterations` acquisitions each, from the same start; acquisitions
// per second over both. `holdNs`: each critical section lasts that long (the worker spins);
// `alternate`: the two take turns, each queueing for the lock while the other's section lasts,
// so that every acquisition is a hand-off. *shares (needs spans): how far that was so.
double familyLockRate(const QString &familyName, qint64 iterations, bool causes, bool spans,
                      qint64 holdNs = 0, bool alternate = false, LockShares *shares = nullptr)
{
    const ipc::PrimitiveFamily family = parseFamily(familyName);
    auto arena = makeArena(2, family);
    Run run;
    ProcessSupervisor supervisor(run);
    const WorkerSpec spec =
        familySpec(*arena, QStringLiteral("lock-counter"),
                   {QStringLiteral("--count"), QString::number(iterations),
                    QStringLiteral("--spans"), spans ? QStringLiteral("1") : QStringLiteral("0"),
                    QStringLiteral("--sync"), QStringLiteral("1"), QStringLiteral("--causes"),
                    causes ? QStringLiteral("1") : QStringLiteral("0"), QStringLiteral("--hold-ns"),
                    QString::number(holdNs), QStringLiteral("--alternate"),
                    alternate ? QStringLiteral("1") : QStringLiteral("0")});
    for (int p = 0; p < 2; ++p)
        launchPinned(supervisor, run, spec, p);
    runToEnd(supervisor, *arena, 2);
    checkRun(run, "lock");
    if (arena->counter().load() != 2 * iterations)
        die(QStringLiteral("%1 lock lost updates").arg(familyName));
    qint64 begin = std::numeric_limits<qint64>::max();
    qint64 end = std::numeric_limits<qint64>::min();
    for (const ProcessRecord &p : run.processes) {
        const Span &work = onlySpan(p, SpanKind::Work);
        begin = std::min(begin, work.beginNs);
        end = std::max(end, work.endNs);
    }
    if (shares)
        *shares = {handOffShare(run), queuedShare(run)};
    return 2.0 * double(iterations) / (double(end - begin) / 1e9);
}

} // namespace

void benchFamilyLock(const QString &familyName, qint64 iterations, int reps)
{
    std::vector<double> samples;
    for (int rep = 0; rep < reps; ++rep)
        samples.push_back(familyLockRate(familyName, iterations, true, false));
    printSamples(familyOp("lock", parseFamily(familyName)).constData(), "proclab", "ops/s",
                 samples);
    printWorkerNice();
}

// `parties` barrier-wait workers (`--spans 1`: a barrier_wait span per round), rounds + 1 rounds:
// the first (everyone launched and attached) starts the clock. A round's time is the gap between
// consecutive returns from the barrier in participant 0 (CPU 0), one sample per round, as the
// fork-based row and the floors measure it; the event per return (clock read and formatting into
// a buffer, a write every 4 KB) is included.
namespace {

// The barrier row's samples: each round's time in participant 0, in µs; *meanUs: the mean round.
// `causes`: arrivals counted and stamped on the cause board, the last arriver named, each waiter
// reporting it (a `cause` line per round); without, --causes 0.
std::vector<double> familyBarrierRounds(const QString &familyName, int parties, int rounds,
                                        bool causes, double *meanUs)
{
    const ipc::PrimitiveFamily family = parseFamily(familyName);
    auto arena = makeArena(parties, family);
    Run run;
    ProcessSupervisor supervisor(run);
    const WorkerSpec spec =
        familySpec(*arena, QStringLiteral("barrier-wait"),
                   {QStringLiteral("--rounds"), QString::number(rounds + 1),
                    QStringLiteral("--spans"), QStringLiteral("1"), QStringLiteral("--causes"),
                    causes ? QStringLiteral("1") : QStringLiteral("0")});
    std::vector<int> ids;
    for (int p = 0; p < parties; ++p)
        ids.push_back(launchPinned(supervisor, run, spec, p));
    runToEnd(supervisor, *arena, parties);
    checkRun(run, "barrier");
    if (arena->generation() != quint64(rounds + 1))
        die(QStringLiteral("%1 barrier: %2 rounds completed, %3 expected")
                .arg(familyName)
                .arg(arena->generation())
                .arg(rounds + 1));
    std::vector<qint64> ends(size_t(rounds + 1), -1);
    for (const Span &s : run.process(ids[0])->spans) {
        if (s.kind == SpanKind::BarrierWait && s.round >= 0 && s.round <= rounds)
            ends[size_t(s.round)] = s.endNs;
    }
    std::vector<double> samples;
    for (int r = 1; r <= rounds; ++r) {
        if (ends[size_t(r)] < 0 || ends[size_t(r - 1)] < 0)
            die(QStringLiteral("%1 barrier: round %2 has no span").arg(familyName).arg(r));
        samples.push_back(double(ends[size_t(r)] - ends[size_t(r - 1)]) / 1e3);
    }
    *meanUs = double(ends[size_t(rounds)] - ends[0]) / 1e3 / rounds;
    return samples;
}

// One measurement's samples with causes recorded (impl "proclab") and without ("proclab_nocauses").
void printWithAndWithout(const QByteArray &op, const char *unit, const std::vector<double> &with,
                         const std::vector<double> &without)
{
    printSamples(op.constData(), "proclab", unit, with);
    printSamples(op.constData(), "proclab_nocauses", unit, without);
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

} // namespace

void benchFamilyBarrier(const QString &familyName, int parties, int rounds)
{
    double meanUs = 0;
    const std::vector<double> samples =
        familyBarrierRounds(familyName, parties, rounds, true, &meanUs);
    const QByteArray op =
        familyOp("barrier" + QByteArray::number(parties), parseFamily(familyName));
    printSamples(op.constData(), "proclab", "us", samples);
    printWorkerNice();
    printSamples(("ctx_" + op + "_mean_round_us").constData(), "proclab", "us", {meanUs});
}

void benchCausesCost(const QString &familyName, qint64 iterations, int rounds, int reps)
{
    // With and without, back to back (which goes first alternates), so that drift on the shared
    // machine hits both alike, both recording their spans as the scenario does. Each pair gives a
    // ratio (with / without); the verdict is on the median of those, as the tracer's is: the
    // rates alone move ±10% between runs of the same build on this host.
    const ipc::PrimitiveFamily family = parseFamily(familyName);
    // Hand-offs: the two processes take turns, each queued for the lock while the other holds it
    // for 1 µs (lock-counter --alternate), so that every acquisition is a hand-off, the case a
    // cause is recorded for. In a free-for-all loop how often the lock changes hands is up to the
    // scheduler (the posix and futex locks barely ever, the qt one 4-90% of acquisitions from run
    // to run, each change ~30 µs), which decides the rate more than recording does: that row is
    // context, with the share that changed hands beside it.
    constexpr qint64 kHandOffHoldNs = 1000;
    const qint64 handOffIterations = std::min<qint64>(iterations, 100'000);
    // The barrier also by each run's median round: on the loaded 2-core machine one preemption
    // of a pinned worker (milliseconds) adds a fraction of a microsecond to a run's mean round;
    // the median round does not see it.
    struct Series
    {
        std::vector<double> with, without, ratio;
        void add(bool causes, double value)
        {
            (causes ? with : without).push_back(value);
            if (!with.empty() && with.size() == without.size() && ratio.size() < with.size())
                ratio.push_back(with.back() / without.back());
        }
    };
    Series lock, handOff, round, medianRound, loopShare, changedHands, queued;
    // One untimed run of each first: the first pair ran 10-40% slower than the rest (caches,
    // page cache, the CPUs' frequency), and alternating the order would leave that in one pair.
    double unused = 0;
    familyLockRate(familyName, std::min<qint64>(iterations, 10'000), true, true);
    familyLockRate(familyName, std::min<qint64>(handOffIterations, 10'000), true, true,
                   kHandOffHoldNs, true);
    familyBarrierRounds(familyName, 2, std::min(rounds, 3000), true, &unused);
    // The judged rows get more pairs than the context row: a pair's ratio moves ±10-20% with the
    // host's load, so the median of 12 pairs still moves by a few per cent between runs, as much
    // as the cost it measures. Their runs are short (a hand-off run ~1 s, a barrier run ~0.1 s).
    constexpr int kHandOffPairsPerRep = 2;
    constexpr int kBarrierPairsPerRep = 3;
    const auto inTurn = [](int k) { return std::array<bool, 2>{k % 2 == 0, k % 2 != 0}; };
    for (int rep = 0; rep < reps; ++rep) {
        for (const bool causes : inTurn(rep)) {
            LockShares shares;
            lock.add(causes,
                     familyLockRate(familyName, iterations, causes, true, 0, false, &shares));
            loopShare.add(causes, 100.0 * shares.changedHands);
        }
        for (int pair = 0; pair < kHandOffPairsPerRep; ++pair) {
            for (const bool causes : inTurn(rep + pair)) {
                LockShares shares;
                handOff.add(causes, familyLockRate(familyName, handOffIterations, causes, true,
                                                   kHandOffHoldNs, true, &shares));
                changedHands.add(causes, 100.0 * shares.changedHands);
                queued.add(causes, 100.0 * shares.queued);
            }
        }
        for (int pair = 0; pair < kBarrierPairsPerRep; ++pair) {
            for (const bool causes : inTurn(rep + pair)) {
                double meanUs = 0;
                const std::vector<double> perRound =
                    familyBarrierRounds(familyName, 2, rounds, causes, &meanUs);
                round.add(causes, meanUs);
                medianRound.add(causes, median(perRound));
            }
        }
    }
    const QByteArray lockOp = familyOp("causes_lock", family);
    const QByteArray handOffOp = familyOp("causes_handoff", family);
    const QByteArray roundOp = familyOp("causes_barrier2", family);
    printWithAndWithout(lockOp, "ops/s", lock.with, lock.without);
    printSamples(("ctx_" + lockOp + "_ratio").constData(), "proclab", "x", lock.ratio);
    printWithAndWithout("ctx_" + lockOp + "_share_pct", "%", loopShare.with, loopShare.without);
    printWithAndWithout(handOffOp, "ops/s", handOff.with, handOff.without);
    printSamples(("ctx_" + handOffOp + "_ratio").constData(), "proclab", "x", handOff.ratio);
    printWithAndWithout("ctx_" + handOffOp + "_share_pct", "%", changedHands.with,
                        changedHands.without);
    // Only the run with causes can tell: a wait names the releaser it queued behind.
    printSamples(("ctx_" + handOffOp + "_queued_pct").constData(), "proclab", "%", queued.with);
    printWithAndWithout(roundOp, "us", round.with, round.without);
    printSamples(("ctx_" + roundOp + "_ratio").constData(), "proclab", "x", round.ratio);
    printWithAndWithout(familyOp("causes_barrier2_median_round", family), "us", medianRound.with,
                        medianRound.without);
    auto slower = [](const Series &s, bool rate) {
        const double r = median(s.ratio);
        return 100.0 * (rate ? 1.0 - r : r - 1.0);
    };
    std::fprintf(stderr,
                 "causes %s (paired medians): tight loop %.3g vs %.3g acquisitions/s (%.1f%% "
                 "slower; %.0f%% and %.0f%% changed hands); hand-offs %.3g vs %.3g/s (%.1f%% "
                 "slower; %.0f%% and %.0f%% changed hands, %.0f%% queued at the release); barrier "
                 "round %.2f vs %.2f us (%.1f%% slower); median round %.3f vs %.3f us\n",
                 qPrintable(familyName), median(lock.with), median(lock.without),
                 slower(lock, true), median(loopShare.with), median(loopShare.without),
                 median(handOff.with), median(handOff.without), slower(handOff, true),
                 median(changedHands.with), median(changedHands.without), median(queued.with),
                 median(round.with), median(round.without), slower(round, false),
                 median(medianRound.with), median(medianRound.without));
}

// Launch until ready per family, the way the scenario starts a participant: ProcessSupervisor::
// launch() of the family's worker executable until the engine has parsed its `ready` line. The
// role is `lock-counter --count 0` on an arena of the family, so `ready` comes after the worker
// attached the segment and opened the family's semaphores (qt: 8 QSystemSemaphores at 2 parties;
// posix: 5 named semaphores); it then exits at once (it never used the barrier: no exit gate).
// Floors, interleaved launch by launch: QProcess of the libc-only program (tiny.c), and of a
// do-nothing QtCore program (launch_qt.cpp), what proclab-qtworker cannot be faster than.
void benchFamilyLaunch(int reps)
{
    struct PerFamily
    {
        ipc::PrimitiveFamily family;
        std::unique_ptr<CoordinationArena> arena;
        std::vector<double> us, cpuUs;
    };
    std::vector<PerFamily> families;
    for (const ipc::PrimitiveFamily family : ipc::kFamilies)
        families.push_back({family, makeArena(2, family), {}, {}});
    auto launchUs = [](CoordinationArena &arena) {
        Run run;
        ProcessSupervisor supervisor(run);
        qint64 readyAt = 0;
        QObject::connect(&supervisor, &ProcessSupervisor::processReady,
                         [&readyAt] { readyAt = monotonicNowNs(); });
        const WorkerSpec spec = familySpec(arena, QStringLiteral("lock-counter"),
                                           {QStringLiteral("--count"), QStringLiteral("0"),
                                            QStringLiteral("--spans"), QStringLiteral("0")});
        const qint64 t0 = monotonicNowNs();
        supervisor.launch(spec);
        runToEnd(supervisor, arena, arena.parties());
        checkRun(run, "launch");
        if (readyAt == 0)
            die(QStringLiteral("launch: no ready event"));
        return double(readyAt - t0) / 1e3;
    };
    const QString tiny = sibling("proclab-bench-tiny");
    const QString qtOnly = sibling("proclab-bench-launch-qt");
    std::vector<double> tinyUs, tinyCpu, qtOnlyUs, qtOnlyCpu;
    auto measured = [](std::vector<double> &cpu, auto &&launch) {
        const double before = childrenCpuUs();
        const double us = launch();
        cpu.push_back(childrenCpuUs() - before);
        return us;
    };
    // Warm the page cache and the loader's caches for every program.
    for (PerFamily &f : families)
        launchUs(*f.arena);
    launchFloorUs(tiny);
    launchFloorUs(qtOnly);
    for (int rep = 0; rep < reps; ++rep) {
        for (PerFamily &f : families)
            f.us.push_back(measured(f.cpuUs, [&] { return launchUs(*f.arena); }));
        tinyUs.push_back(measured(tinyCpu, [&] { return launchFloorUs(tiny); }));
        qtOnlyUs.push_back(measured(qtOnlyCpu, [&] { return launchFloorUs(qtOnly); }));
    }
    for (const PerFamily &f : families) {
        printSamples(familyOp("launch", f.family).constData(), "proclab", "us", f.us);
        printSamples(familyOp("ctx_launch_cpu_us", f.family).constData(), "proclab", "us", f.cpuUs);
    }
    printSamples("launch_libc", "floor", "us", tinyUs);
    printSamples("launch_qtcore", "floor", "us", qtOnlyUs);
    printSamples("ctx_launch_cpu_us_libc", "floor", "us", tinyCpu);
    printSamples("ctx_launch_cpu_us_qtcore", "floor", "us", qtOnlyCpu);
}

} // namespace proclab::bench
