// SPDX-License-Identifier: MIT
// The fault matrix: a participant parked on purpose in one state {working, waiting at the barrier,
// holding the lock, in the middle of a pool chunk, between chunks} is hit by one fault {SIGTERM,
// SIGKILL, SIGSTOP (hung for ever)}, for every primitive family of the Barrier & Lock (futex,
// posix, qt) and for the pool. Every cell asserts the same promise:
//   - the run ends (a stopped process is noticed, not waited for until a stall limit);
//   - the run fails (the batch exits 1 when the run has errors) with an error naming the victim
//     and what happened to it (signal 15, signal 9, stopped), and no other process is blamed;
//   - the JSON is written and holds every span recorded before the fault, and no span is left
//     open;
//   - no false fact: the lock holds on the lanes are disjoint, and in every round all passed
//     nobody left the barrier before the last one arrived (recomputed here from the spans, and
//     the scenario's own facts agree);
//   - nothing is left behind: no process, no System V object, no POSIX semaphore, no key file.
// The victim is placed with the workers' fault-injection options (--park-in-work,
// --park-holding-lock, --park-after-tasks, --park-between-chunks), never with a timer.
//
// With PROCLAB_FAULT_TIMES=FILE each cell appends "cell<TAB>ms" (fault to the end of the run) to
// FILE; scripts/bench.sh reports them. No timing is asserted here.
#include "clock.h"
#include "exporters.h"
#include "ipcscenarios.h"
#include "ipctestutils.h"

#include <QFile>
#include <QJsonArray>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <csignal>

using namespace proclab;

namespace {

// Far below the stall limits (60 s) and far above what ending takes; a cell that needs it failed.
constexpr int kEndsWithinMs = 20'000;
constexpr int kPlacedWithinMs = 30'000;
constexpr int kRound = 1; // the round the barrier victim is parked in (of kRounds)
constexpr int kRounds = 3;

enum class State
{
    Working,
    AtBarrier,
    HoldingLock,
    MidChunk,
    BetweenChunks
};

const char *stateName(State s)
{
    switch (s) {
    case State::Working:
        return "working";
    case State::AtBarrier:
        return "at the barrier";
    case State::HoldingLock:
        return "holding the lock";
    case State::MidChunk:
        return "mid-chunk";
    case State::BetweenChunks:
        return "between chunks";
    }
    return "?";
}

const char *signalName(int signal)
{
    return signal == SIGTERM ? "SIGTERM" : signal == SIGKILL ? "SIGKILL" : "SIGSTOP";
}

void addRows(const std::vector<State> &states)
{
    QTest::addColumn<int>("stateColumn");
    QTest::addColumn<int>("signal");
    for (State state : states) {
        for (int signal : {SIGTERM, SIGKILL, SIGSTOP})
            QTest::addRow("%s %s", stateName(state), signalName(signal)) << int(state) << signal;
    }
}

bool hasNoteStartingWith(const ProcessRecord &p, const QString &start)
{
    return std::any_of(p.markers.begin(), p.markers.end(), [&start](const Marker &m) {
        return m.kind == Marker::Kind::Note && m.text.startsWith(start);
    });
}

bool waitsIn(const ProcessRecord &p, SpanKind kind, int round)
{
    const ProcessRecord::OpenSpan &open = p.open[int(kind)];
    return open.open && open.span.round == round;
}

std::vector<std::vector<Span>> spansOf(const Run &run)
{
    std::vector<std::vector<Span>> spans;
    for (const ProcessRecord &p : run.processes)
        spans.push_back(p.spans);
    return spans;
}

// For a failure message: the errors, then each process: exit, open spans, last note.
QString describe(const Run &run)
{
    QStringList lines = run.errors;
    for (const ProcessRecord &p : run.processes) {
        QString open;
        for (size_t k = 0; k < std::size(p.open); ++k)
            open += p.open[k].open ? QString::number(k) : QString();
        QString note;
        for (const Marker &m : p.markers)
            note = m.kind == Marker::Kind::Note ? m.text : note;
        lines << QStringLiteral("%1 %2: %3 exit %4/%5/%6, open spans [%7], %8 spans; %9")
                     .arg(p.id)
                     .arg(p.name,
                          p.exit.finished() ? QStringLiteral("ended") : QStringLiteral("running"))
                     .arg(int(p.exit.kind))
                     .arg(p.exit.code)
                     .arg(p.exit.signal)
                     .arg(open)
                     .arg(p.spans.size())
                     .arg(note);
    }
    return lines.join(QLatin1Char('\n'));
}

// The run as the batch writes it (runToJson), read back: every span recorded before the fault is
// there unchanged, and every span is closed (the lanes of the dead end at their death).
void verifyJsonKeepsSpans(const Run &run, const std::vector<std::vector<Span>> &before)
{
    QString error;
    const std::optional<Run> back = runFromJson(runToJson(run), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->processes.size(), run.processes.size());
    QCOMPARE(back->errors, run.errors);
    for (size_t i = 0; i < back->processes.size(); ++i) {
        const ProcessRecord &p = back->processes[i];
        const std::vector<Span> *earlier = i < before.size() ? &before[i] : nullptr;
        QVERIFY2(!earlier || p.spans.size() >= earlier->size(), qPrintable(p.name));
        for (size_t k = 0; earlier && k < earlier->size(); ++k) {
            const Span &a = (*earlier)[k];
            const Span &b = p.spans[k];
            QVERIFY2(a.kind == b.kind && a.round == b.round && a.task == b.task &&
                         a.beginNs == b.beginNs && a.endNs == b.endNs,
                     qPrintable(QStringLiteral("%1 span %2").arg(p.name).arg(k)));
        }
        for (const Span &s : p.spans)
            QVERIFY2(s.beginNs >= 0 && s.endNs >= s.beginNs, qPrintable(p.name));
        for (const ProcessRecord::OpenSpan &open : run.processes[i].open)
            QVERIFY2(!open.open, qPrintable(p.name + QLatin1String(": a span left open")));
    }
}

// The victim is named with what happened to it, and no error names anyone else.
void verifyBlame(const Run &run, const std::vector<int> &group, int victim, int signal,
                 bool python = false)
{
    QVERIFY2(!run.errors.isEmpty(), "the run did not fail"); // the batch exits 1 on errors
    const ProcessRecord &v = *run.process(victim);
    // Python's own words for a death: multiprocessing's exitcode -N.
    const QString what = signal == SIGSTOP ? QStringLiteral("stopped")
                         : python          ? QStringLiteral("exit code -%1").arg(signal)
                                           : QStringLiteral("signal %1").arg(signal);
    QVERIFY2(std::any_of(run.errors.begin(), run.errors.end(),
                         [&](const QString &e) { return e.contains(v.name) && e.contains(what); }),
             qPrintable(run.errors.join(QLatin1Char('\n'))));
    for (int id : group) {
        if (id == victim)
            continue;
        const QString other = run.process(id)->name;
        for (const QString &e : run.errors)
            QVERIFY2(!e.contains(other),
                     qPrintable(QStringLiteral("%1 blamed:\n%2").arg(other, describe(run))));
    }
}

void verifyVictimExit(const ProcessRecord &v, int signal)
{
    QCOMPARE(v.exit.kind, ExitStatus::Kind::Signal);
    // A stopped process is killed by the lab (SIGKILL ends a stopped process).
    QCOMPARE(v.exit.signal, signal == SIGSTOP ? SIGKILL : signal);
    if (signal == SIGSTOP)
        QVERIFY2(v.stoppedNs >= 0, "the stop was never reported");
}

// The lock holds on the lanes never overlap; in every round all participants passed (each went on
// to the lock), nobody left the barrier before the last one arrived.
void verifyBarrierFacts(const Run &run, const std::vector<int> &participants, bool lab)
{
    const std::vector<Span> holds = test::allSpans(run, SpanKind::LockHold);
    for (size_t i = 1; i < holds.size(); ++i)
        QVERIFY2(holds[i].beginNs >= holds[i - 1].endNs, "two lock holds overlap");
    for (int r = 0; r < kRounds; ++r) {
        qint64 lastArrival = -1;
        qint64 firstDeparture = std::numeric_limits<qint64>::max();
        int passed = 0;
        for (int id : participants) {
            for (const Span &s : run.process(id)->spans) {
                if (s.round != r)
                    continue;
                if (s.kind == SpanKind::BarrierWait) {
                    lastArrival = std::max(lastArrival, s.beginNs);
                    firstDeparture = std::min(firstDeparture, s.endNs);
                } else if (s.kind == SpanKind::LockWait) {
                    ++passed;
                }
            }
        }
        if (passed == int(participants.size()))
            QVERIFY2(firstDeparture >= lastArrival,
                     qPrintable(QStringLiteral("round %1: left before the last arrival").arg(r)));
    }
    QVERIFY(run.facts.value(QStringLiteral("lock_exclusive_ok")).toBool());
    QVERIFY(run.facts.value(QStringLiteral("barrier_order_ok")).toBool());
    // The lab breaks its own barrier; a Python Barrier nobody can break (the lab ends the run).
    if (lab)
        QVERIFY(run.facts.value(QStringLiteral("barrier_broken")).toBool());
}

// Every task is done, lost with the victim or not run, once; a result is the square of its task;
// no task has two spans.
void verifyPoolFacts(const Run &run, qint64 tasks)
{
    const QJsonObject &facts = run.facts;
    QVERIFY(facts.value(QStringLiteral("pool_broken")).toBool());
    QCOMPARE(facts.value(QStringLiteral("tasks_done")).toInteger() +
                 facts.value(QStringLiteral("tasks_lost")).toInteger() +
                 facts.value(QStringLiteral("tasks_not_run")).toInteger(),
             tasks);
    const QJsonArray results = run.results.toArray();
    QCOMPARE(results.size(), qsizetype(tasks));
    qint64 done = 0;
    for (qint64 i = 0; i < tasks; ++i) {
        if (results.at(i).isNull())
            continue;
        ++done;
        QCOMPARE(results.at(i).toInteger(), i * i);
    }
    QCOMPARE(facts.value(QStringLiteral("tasks_done")).toInteger(), done);
    std::vector<char> spanned(size_t(tasks), 0);
    for (const Span &s : test::allSpans(run, SpanKind::Task)) {
        QVERIFY(s.task >= 0 && s.task < tasks);
        QVERIFY2(!spanned[size_t(s.task)]++, qPrintable(QString::number(s.task)));
        QVERIFY2(!results.at(s.task).isNull(), "a task with a span is not done");
    }
}

// The time from the fault (the signal's marker on the victim's lane, stamped as it was sent) to
// the end of the run, for the bench.
void reportFaultToEnd(const Run &run, int victim, int signal, qint64 endedNs)
{
    const ProcessRecord &v = *run.process(victim);
    qint64 faultNs = -1;
    for (const Marker &m : v.markers) {
        if (m.kind == Marker::Kind::SignalSent && m.signal == signal) {
            faultNs = run.originNs + m.timeNs;
            break;
        }
    }
    QVERIFY(faultNs >= 0);
    const double ms = double(endedNs - faultNs) / 1e6;
    const QString cell = QString::fromLatin1(QTest::currentTestFunction()) + QLatin1Char(' ') +
                         QString::fromLatin1(QTest::currentDataTag());
    qInfo("%s: fault to end of run %.1f ms", qPrintable(cell), ms);
    const QString path = qEnvironmentVariable("PROCLAB_FAULT_TIMES");
    if (path.isEmpty())
        return;
    QFile file(path);
    if (file.open(QIODevice::Append | QIODevice::Text))
        file.write(QStringLiteral("%1\t%2\n").arg(cell).arg(ms, 0, 'f', 1).toUtf8());
}

// Starts the scenario, waits until `placed()` says the victim is where it should be, delivers the
// fault, and waits for the end; returns the spans as they were at the fault and when it ended.
struct Hit
{
    std::vector<std::vector<Span>> before;
    qint64 endedNs = -1;
    bool ended = false;
};

Hit startPlaceAndHit(Scenario &scenario, const std::function<bool()> &placed,
                     const std::function<int()> &victim, int signal)
{
    Hit hit;
    // Stamped as it is emitted; disconnected on the way out (a run that did not end in time may
    // still finish later, when `hit` is gone).
    const QMetaObject::Connection stamp = QObject::connect(
        &scenario, &Scenario::finished, &scenario, [&hit] { hit.endedNs = monotonicNowNs(); });
    const auto unstamp = qScopeGuard([&stamp] { QObject::disconnect(stamp); });
    QSignalSpy finished(&scenario, &Scenario::finished);
    scenario.start();
    if (!QTest::qWaitFor(placed, kPlacedWithinMs) || !scenario.isRunning()) {
        qWarning("the victim was never placed: %s",
                 qPrintable(scenario.run().errors.join(QLatin1Char('\n'))));
        return hit;
    }
    hit.before = spansOf(scenario.run());
    if (!scenario.supervisor().sendSignal(victim(), signal))
        return hit;
    hit.ended = finished.wait(kEndsWithinMs);
    return hit;
}

} // namespace

class TestFaultMatrix : public QObject
{
    Q_OBJECT
private slots:
    void cleanup();
    void futex_data() { addRows({State::Working, State::AtBarrier, State::HoldingLock}); }
    void futex() { barrierCell(PrimitivesChoice::Futex); }
    void posix_data() { addRows({State::Working, State::AtBarrier, State::HoldingLock}); }
    void posix() { barrierCell(PrimitivesChoice::Posix); }
    void qt_data() { addRows({State::Working, State::AtBarrier, State::HoldingLock}); }
    void qt() { barrierCell(PrimitivesChoice::Qt); }
    void pool_data() { addRows({State::MidChunk, State::BetweenChunks}); }
    void pool();
    void python_data() { addRows({State::Working, State::AtBarrier, State::HoldingLock}); }
    void python();
    void python_pool_data() { addRows({State::MidChunk, State::BetweenChunks}); }
    void python_pool();

private:
    void barrierCell(PrimitivesChoice family);
};

void TestFaultMatrix::cleanup()
{
    QTRY_VERIFY_WITH_TIMEOUT(test::liveWorkersOf(QCoreApplication::applicationPid()).isEmpty(),
                             10'000);
    test::verifyNoIpcLeftovers();
}

void TestFaultMatrix::barrierCell(PrimitivesChoice family)
{
    QFETCH(int, stateColumn);
    QFETCH(int, signal);
    const State state = State(stateColumn);
    auto scenario =
        createScenario(test::parametersOf(ScenarioId::Barrier, {{Param::Workers, 3},
                                                                {Param::Rounds, kRounds},
                                                                {Param::Workload, 20'000},
                                                                {Param::Primitives, qint64(family)},
                                                                {Param::TimeoutMs, 60'000}}));
    QVERIFY(scenario);
    auto &barrier = static_cast<BarrierScenario &>(*scenario);
    barrier.setFreeProcesses(0);
    // Participant 0 is parked: in its work (the others then wait at the barrier), or holding the
    // lock after the barrier (the others then wait for the lock).
    if (state == State::HoldingLock)
        barrier.setParkHolder(0, kRound);
    else
        barrier.setParkInWork(0, kRound);
    const Run &run = scenario->run();
    const auto victim = [&] { return barrier.participants()[state == State::AtBarrier ? 1 : 0]; };
    const auto placed = [&] {
        if (barrier.participants().size() != 3)
            return false;
        const ProcessRecord &parked = *run.process(barrier.participants()[0]);
        const QString note = state == State::HoldingLock ? QStringLiteral("parked holding the lock")
                                                         : QStringLiteral("parked in its work");
        if (!hasNoteStartingWith(parked, note))
            return false;
        const SpanKind othersWait =
            state == State::HoldingLock ? SpanKind::LockWait : SpanKind::BarrierWait;
        for (size_t i = 1; i < 3; ++i) {
            if (!waitsIn(*run.process(barrier.participants()[i]), othersWait, kRound))
                return false;
        }
        return true;
    };
    const Hit hit = startPlaceAndHit(*scenario, placed, victim, signal);
    QVERIFY2(hit.ended, qPrintable(describe(run)));

    const std::vector<int> &participants = barrier.participants();
    verifyVictimExit(*run.process(victim()), signal);
    verifyBlame(run, participants, victim(), signal);
    for (int id : participants) {
        if (id == victim())
            continue;
        // Woken by the broken barrier (exit 3); with the posix family a waiter for the lock the
        // dead holder kept is killed by the lab, which says so on its lane.
        const ProcessRecord &p = *run.process(id);
        const bool broken = p.exit.kind == ExitStatus::Kind::Normal && p.exit.code == 3;
        const bool endedByLab = family == PrimitivesChoice::Posix && state == State::HoldingLock &&
                                p.exit.kind == ExitStatus::Kind::Signal && p.exit.signal == SIGKILL;
        QVERIFY2(broken || endedByLab, qPrintable(p.name));
    }
    verifyBarrierFacts(run, participants, true);
    verifyJsonKeepsSpans(run, hit.before);
    reportFaultToEnd(run, victim(), signal, hit.endedNs);
}

void TestFaultMatrix::pool()
{
    QFETCH(int, stateColumn);
    QFETCH(int, signal);
    const State state = State(stateColumn);
    constexpr qint64 kTasks = 20'000;
    auto scenario =
        createScenario(test::parametersOf(ScenarioId::Pool, {{Param::Workers, 3},
                                                             {Param::Tasks, kTasks},
                                                             {Param::Chunksize, 10},
                                                             {Param::Workload, 20'000},
                                                             {Param::TimeoutMs, 60'000}}));
    QVERIFY(scenario);
    auto &pool = static_cast<PoolScenario &>(*scenario);
    if (state == State::MidChunk)
        pool.setParkWorker(1, 4);
    else
        pool.setParkWorkerBetweenChunks(1, 2);
    const Run &run = scenario->run();
    const auto victim = [&] { return pool.workers()[1]; };
    const auto placed = [&] {
        return pool.workers().size() == 3 &&
               hasNoteStartingWith(*run.process(victim()),
                                   state == State::MidChunk
                                       ? QStringLiteral("parked after")
                                       : QStringLiteral("parked between chunks"));
    };
    const Hit hit = startPlaceAndHit(*scenario, placed, victim, signal);
    QVERIFY2(hit.ended, qPrintable(describe(run)));

    verifyVictimExit(*run.process(victim()), signal);
    verifyBlame(run, pool.workers(), victim(), signal);
    for (int id : pool.workers()) {
        const ExitStatus &e = run.process(id)->exit;
        if (id != victim()) // done before the break, or stopped by it
            QVERIFY2(e.kind == ExitStatus::Kind::Normal && (e.code == 0 || e.code == 3),
                     qPrintable(run.process(id)->name));
    }
    verifyPoolFacts(run, kTasks);
    // Between chunks the victim held nothing: nothing is lost with it.
    if (state == State::BetweenChunks)
        QCOMPARE(run.facts.value(QStringLiteral("tasks_lost")).toInteger(), 0);
    else
        QVERIFY(run.facts.value(QStringLiteral("tasks_lost")).toInteger() > 0);
    verifyJsonKeepsSpans(run, hit.before);
    reportFaultToEnd(run, victim(), signal, hit.endedNs);
}

// The tutorial's processes_barrier.py in CPython's multiprocessing, traced: the victim is parked
// by the tracer (PROCLAB_PARK): p1 in its work before the barrier of round 1 (until released with
// SIGUSR1) or holding the lock in round 1. A Python Barrier or Lock cannot be broken from outside:
// the lab ends the run once nothing can happen any more, and says whose death caused it.
void TestFaultMatrix::python()
{
    QFETCH(int, stateColumn);
    QFETCH(int, signal);
    const State state = State(stateColumn);
    if (test::findPython().isEmpty())
        QSKIP("python3 is not installed");
    const QString parked = QStringLiteral("p1 - test_with_barrier");
    qputenv("PROCLAB_PARK",
            QStringLiteral("%1:%2:%3")
                .arg(state == State::HoldingLock ? QLatin1String("lock") : QLatin1String("work"))
                .arg(kRound)
                .arg(parked)
                .toUtf8());
    const auto unsetPark = qScopeGuard([] { qunsetenv("PROCLAB_PARK"); });
    auto scenario = createScenario(test::parametersOf(
        ScenarioId::Barrier, {{Param::Workers, 3},
                              {Param::Rounds, kRounds},
                              {Param::Workload, 20'000},
                              {Param::Runtime, qint64(RuntimeChoice::Python)},
                              {Param::StartMethod, qint64(StartMethodChoice::Fork)},
                              {Param::TimeoutMs, 60'000}}));
    QVERIFY(scenario);
    const Run &run = scenario->run();
    const auto participants = [&run] {
        std::vector<int> ids;
        for (const ProcessRecord &p : run.processes) {
            if (p.parent >= 0 && p.name.endsWith(QLatin1String("test_with_barrier")))
                ids.push_back(p.id);
        }
        std::sort(ids.begin(), ids.end(),
                  [&run](int a, int b) { return run.process(a)->name < run.process(b)->name; });
        return ids;
    };
    const auto victim = [&] { return participants()[state == State::AtBarrier ? 1 : 0]; };
    const auto placed = [&] {
        const std::vector<int> ids = participants();
        if (ids.size() != 3)
            return false;
        if (!hasNoteStartingWith(*run.process(ids[0]), QStringLiteral("parked")))
            return false;
        // Holding the lock: Python's participants take it in any order after the barrier, so one
        // may have had it before the parked one and wait at the next barrier; blocked either way.
        const auto blocked = [&](int id) {
            const ProcessRecord &p = *run.process(id);
            return state == State::HoldingLock ? waitsIn(p, SpanKind::LockWait, kRound) ||
                                                     waitsIn(p, SpanKind::BarrierWait, kRound + 1)
                                               : waitsIn(p, SpanKind::BarrierWait, kRound);
        };
        return blocked(ids[1]) && blocked(ids[2]);
    };
    // The parked one's work ends once the victim is hit (it would not end otherwise): looked at
    // every few ms, since nothing else happens in the run that would tell the test.
    bool released = false;
    QTimer release;
    release.setInterval(5);
    QObject::connect(&release, &QTimer::timeout, scenario.get(), [&] {
        const std::vector<int> ids = participants();
        if (released || !scenario->isRunning() || ids.size() != 3 ||
            run.process(ids[1])->markers.empty() || scenario->supervisor().isAlive(ids[1]))
            return;
        released = scenario->supervisor().sendSignal(ids[0], SIGUSR1);
    });
    if (state == State::AtBarrier)
        release.start();
    const Hit hit = startPlaceAndHit(*scenario, placed, victim, signal);
    QVERIFY2(hit.ended, qPrintable(describe(run)));

    const std::vector<int> ids = participants();
    verifyVictimExit(*run.process(victim()), signal);
    verifyBlame(run, ids, victim(), signal, true);
    verifyBarrierFacts(run, ids, false);
    verifyJsonKeepsSpans(run, hit.before);
    reportFaultToEnd(run, victim(), signal, hit.endedNs);
}

// The tutorial's process_pool.py in CPython's multiprocessing, traced: the pool worker that takes
// task kParkedTask is parked before it, in the middle of its chunk (PROCLAB_PARK=task:N), or once
// it has sent that chunk's result back, before it takes another (PROCLAB_PARK=between:N).
// CPython's Pool replaces a dead worker but never gets a lost chunk's result: mid-chunk the lab
// ends the run; between chunks nothing is lost, and the program ends by itself.
void TestFaultMatrix::python_pool()
{
    QFETCH(int, stateColumn);
    QFETCH(int, signal);
    const State state = State(stateColumn);
    if (test::findPython().isEmpty())
        QSKIP("python3 is not installed");
    constexpr qint64 kTasks = 200;
    constexpr qint64 kParkedTask = 45;
    qputenv("PROCLAB_PARK", (state == State::MidChunk ? QByteArray("task:") : QByteArray("between:")) +
                                QByteArray::number(kParkedTask));
    const auto unsetPark = qScopeGuard([] { qunsetenv("PROCLAB_PARK"); });
    auto scenario = createScenario(
        test::parametersOf(ScenarioId::Pool, {{Param::Workers, 3},
                                              {Param::Tasks, kTasks},
                                              {Param::Chunksize, 10},
                                              {Param::Workload, 20'000},
                                              {Param::Runtime, qint64(RuntimeChoice::Python)},
                                              {Param::StartMethod, qint64(StartMethodChoice::Fork)},
                                              {Param::TimeoutMs, 60'000}}));
    QVERIFY(scenario);
    const Run &run = scenario->run();
    const auto workers = [&run] {
        std::vector<int> ids;
        for (const ProcessRecord &p : run.processes) {
            if (p.parent >= 0 && p.name.contains(QLatin1String("PoolWorker")))
                ids.push_back(p.id);
        }
        return ids;
    };
    const auto victim = [&] {
        for (int id : workers()) {
            if (hasNoteStartingWith(*run.process(id),
                                    state == State::MidChunk
                                        ? QStringLiteral("parked in the middle")
                                        : QStringLiteral("parked between chunks")))
                return id;
        }
        return -1;
    };
    const auto placed = [&] { return victim() >= 0; };
    const Hit hit = startPlaceAndHit(*scenario, placed, victim, signal);
    QVERIFY2(hit.ended, qPrintable(describe(run)));

    verifyVictimExit(*run.process(victim()), signal);
    verifyBlame(run, workers(), victim(), signal, true);
    // Every task has at most one span, and the parked one none (it never ran).
    std::vector<char> spanned(size_t(kTasks), 0);
    for (const Span &s : test::allSpans(run, SpanKind::Task)) {
        QVERIFY(s.task >= 0 && s.task < kTasks);
        QVERIFY2(!spanned[size_t(s.task)]++, qPrintable(QString::number(s.task)));
    }
    if (state == State::MidChunk) {
        QVERIFY(!spanned[size_t(kParkedTask)]);
    } else {
        // It held nothing: a new worker took its place and every task ran, once. No word of a
        // broken pool (it is not), and the program's own result is complete.
        QVERIFY(std::all_of(spanned.begin(), spanned.end(), [](char s) { return s == 1; }));
        QVERIFY(run.facts.value(QStringLiteral("every_task_once")).toBool());
        for (const QString &error : run.errors)
            QVERIFY2(!error.contains(QLatin1String("broken")), qPrintable(error));
    }
    verifyJsonKeepsSpans(run, hit.before);
    reportFaultToEnd(run, victim(), signal, hit.endedNs);
}

QTEST_GUILESS_MAIN(TestFaultMatrix)
#include "tst_faultmatrix.moc"
