// SPDX-License-Identifier: MIT
// The Python runtime end to end: the tutorial's own programs run by the system's python3 under the
// tracing module, started and supervised by the lab's engine, under fork and spawn. What each run
// recorded must show the tutorial's properties (names, sizes, exit codes, barrier order, lock
// exclusion, every pool task once), and nothing may outlive the run.
#include "pythonscenario.h"
#include "scenariorunner.h"
#include "testutils.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <csignal>
#include <signal.h>

using namespace proclab;
using proclab::test::describe;

namespace {

ScenarioParameters pythonRun(ScenarioId id, StartMethodChoice method,
                             std::initializer_list<std::pair<Param, qint64>> values = {})
{
    ScenarioParameters parameters(id);
    parameters.set(Param::Runtime, int(RuntimeChoice::Python));
    parameters.set(Param::StartMethod, int(method));
    for (const auto &[param, value] : values) {
        QString error;
        if (!parameters.set(param, value, &error))
            qFatal("bad test parameter: %s", qPrintable(error));
    }
    return parameters;
}

const ProcessRecord *named(const Run &run, const QString &name)
{
    for (const ProcessRecord &p : run.processes) {
        if (p.name == name)
            return &p;
    }
    return nullptr;
}

// No process of the run may be alive (or a zombie nobody collected) once it ended.
void verifyAllGone(const Run &run)
{
    for (const ProcessRecord &p : run.processes) {
        if (p.pid > 0)
            QVERIFY2(!test::pidAlive(p.pid),
                     qPrintable(QStringLiteral("%1 (pid %2) lives on").arg(p.name).arg(p.pid)));
    }
}

QStringList pythonSemaphores()
{
    return QDir(QStringLiteral("/dev/shm"))
        .entryList({QStringLiteral("sem.mp-*")}, QDir::Files | QDir::System);
}

} // namespace

class TestPythonRuntime : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void naming_data() { methods(); }
    void naming();
    void spawning_data() { methods(); }
    void spawning();
    void killing_data();
    void killing();
    void daemons_data() { methods(); }
    void daemons();
    void barrier_data() { methods(); }
    void barrier();
    void pool_data() { methods(); }
    void pool();
    void exceptionInAChildIsKept();
    void silentWorkAfterAKillIsNoWait_data();
    void silentWorkAfterAKillIsNoWait();
    void stopEndsEverything_data() { methods(); }
    void stopEndsEverything();
    void stoppedChildIsKilled();
    void noPythonIsAClearError();

private:
    void methods()
    {
        QTest::addColumn<int>("method");
        QTest::newRow("fork") << int(StartMethodChoice::Fork);
        QTest::newRow("spawn") << int(StartMethodChoice::Spawn);
    }
    QStringList m_semaphoresBefore;
};

void TestPythonRuntime::initTestCase()
{
    if (PythonScenario::pythonProgram().isEmpty())
        QFAIL("python3 is not installed (scripts/setup.sh installs it)");
    QVERIFY2(QFile::exists(PythonScenario::pythonDirectory() +
                           QStringLiteral("/proclab_trace/__main__.py")),
             qPrintable(PythonScenario::pythonDirectory()));
    m_semaphoresBefore = pythonSemaphores();
}

// Two processes, one named worker_one, the other Python's own Process-2; each made the workload.
void TestPythonRuntime::naming()
{
    QFETCH(int, method);
    const auto scenario = test::runToEnd(
        pythonRun(ScenarioId::Naming, StartMethodChoice(method), {{Param::Workload, 20'000}}));
    QVERIFY(scenario && scenario->isFinished());
    const Run &run = scenario->run();
    QVERIFY2(run.errors.isEmpty(), qPrintable(describe(run)));
    for (const QString &name : {QStringLiteral("worker_one"), QStringLiteral("Process-2")}) {
        const ProcessRecord *p = named(run, name);
        QVERIFY2(p, qPrintable(describe(run)));
        QCOMPARE(p->parent, 0);
        QCOMPARE(p->outputSize, qint64(20'000));
        QCOMPARE(p->exit.kind, ExitStatus::Kind::Normal);
        QCOMPARE(p->exit.code, 0);
        // The lab knows both moments: the exit, and Python's join() (the reap) after it.
        QVERIFY(p->exitedNs >= 0 && p->reapedNs >= p->exitedNs);
        QVERIFY(p->timeIn(SpanKind::Work) > 0);
    }
    QCOMPARE(run.facts.value(QStringLiteral("runtime")).toString(), QStringLiteral("python"));
    verifyAllGone(run);
}

// Process i makes i * 1000 items.
void TestPythonRuntime::spawning()
{
    QFETCH(int, method);
    const auto scenario = test::runToEnd(
        pythonRun(ScenarioId::Spawning, StartMethodChoice(method), {{Param::Workers, 4}}));
    QVERIFY(scenario && scenario->isFinished());
    const Run &run = scenario->run();
    QVERIFY2(run.errors.isEmpty(), qPrintable(describe(run)));
    std::vector<qint64> sizes;
    for (const ProcessRecord &p : run.processes) {
        if (p.parent == 0)
            sizes.push_back(p.outputSize);
    }
    std::sort(sizes.begin(), sizes.end());
    QCOMPARE(sizes, (std::vector<qint64>{0, 1000, 2000, 3000}));
    verifyAllGone(run);
}

void TestPythonRuntime::killing_data()
{
    QTest::addColumn<int>("method");
    QTest::addColumn<int>("signal");
    QTest::newRow("fork, terminate()") << int(StartMethodChoice::Fork) << SIGTERM;
    QTest::newRow("fork, kill()") << int(StartMethodChoice::Fork) << SIGKILL;
    QTest::newRow("spawn, terminate()") << int(StartMethodChoice::Spawn) << SIGTERM;
    QTest::newRow("spawn, kill()") << int(StartMethodChoice::Spawn) << SIGKILL;
}

// terminate() gives exitcode -15, kill() -9, as the kernel says too; the process that had already
// finished keeps 0.
void TestPythonRuntime::killing()
{
    QFETCH(int, method);
    QFETCH(int, signal);
    const auto scenario = test::runToEnd(
        pythonRun(ScenarioId::Killing, StartMethodChoice(method),
                  {{Param::KillAfter, 1000}, {Param::Duration, 30'000}, {Param::Signal, signal}}));
    QVERIFY(scenario && scenario->isFinished());
    const Run &run = scenario->run();
    QVERIFY2(run.errors.isEmpty(), qPrintable(describe(run)));
    const ProcessRecord *victim = named(run, QStringLiteral("victim"));
    QVERIFY2(victim, qPrintable(describe(run)));
    QCOMPARE(victim->exit.kind, ExitStatus::Kind::Signal);
    QCOMPARE(victim->exit.pythonExitCode(), -signal);
    // Signalled long before it could have finished its 30 s (the run itself is far shorter).
    QVERIFY(victim->exitedNs - victim->launchedNs < 20'000'000'000LL);
    const ProcessRecord *first = named(run, QStringLiteral("finished_first"));
    QVERIFY(first);
    QCOMPARE(first->exit.pythonExitCode(), 0);
    verifyAllGone(run);
}

// The daemon is terminated when the main process ends; the other child is joined and ends 0. Its
// work (2 durations) outlasts the lab's 1.2 s watch for a program that waits for a dead process for
// ever: a terminated daemon while the other child still works is no such wait.
void TestPythonRuntime::daemons()
{
    QFETCH(int, method);
    const auto scenario = test::runToEnd(
        pythonRun(ScenarioId::Daemons, StartMethodChoice(method), {{Param::Duration, 2000}}));
    QVERIFY(scenario && scenario->isFinished());
    const Run &run = scenario->run();
    QVERIFY2(run.errors.isEmpty(), qPrintable(describe(run)));
    const ProcessRecord *daemon = nullptr;
    const ProcessRecord *regular = nullptr;
    for (const ProcessRecord &p : run.processes) {
        if (p.parent == 0 && p.daemon)
            daemon = &p;
        else if (p.parent == 0)
            regular = &p;
    }
    QVERIFY2(daemon && regular, qPrintable(describe(run)));
    QCOMPARE(daemon->exit.pythonExitCode(), -SIGTERM);
    QCOMPARE(regular->exit.pythonExitCode(), 0);
    QVERIFY(regular->outputSize > 0);
    verifyAllGone(run);
}

// Python's Barrier and Lock: nobody leaves a round before the last arrival, holds never overlap,
// every participant holds the lock once per round.
void TestPythonRuntime::barrier()
{
    QFETCH(int, method);
    const auto scenario = test::runToEnd(
        pythonRun(ScenarioId::Barrier, StartMethodChoice(method),
                  {{Param::Workers, 3}, {Param::Rounds, 5}, {Param::Workload, 5'000}}));
    QVERIFY(scenario && scenario->isFinished());
    const Run &run = scenario->run();
    QVERIFY2(run.errors.isEmpty(), qPrintable(describe(run)));
    QCOMPARE(run.facts.value(QStringLiteral("participants")).toInt(), 3);
    QVERIFY(run.facts.value(QStringLiteral("barrier_order_ok")).toBool());
    QVERIFY(run.facts.value(QStringLiteral("lock_exclusive_ok")).toBool());
    const QJsonObject results = run.results.toObject();
    QCOMPARE(results.value(QStringLiteral("rounds_passed")).toInt(), 5);
    QCOMPARE(results.value(QStringLiteral("critical_sections")).toInteger(), qint64(15));
    // Independently of the facts: per round, the latest arrival precedes the earliest departure.
    for (int round = 0; round < 5; ++round) {
        qint64 lastArrival = -1;
        qint64 firstDeparture = std::numeric_limits<qint64>::max();
        int waits = 0;
        for (const ProcessRecord &p : run.processes) {
            for (const Span &s : p.spans) {
                if (s.kind == SpanKind::BarrierWait && s.round == round) {
                    lastArrival = std::max(lastArrival, s.beginNs);
                    firstDeparture = std::min(firstDeparture, s.endNs);
                    ++waits;
                    // Python's Barrier does not say who arrived last: the tracer says so.
                    const Cause *cause = p.causeOf(s);
                    QVERIFY2(cause && cause->event == CauseEvent::Unknown, qPrintable(p.name));
                }
            }
        }
        QCOMPARE(waits, 3);
        QVERIFY(firstDeparture >= lastArrival);
    }
    verifyAllGone(run);
}

// Pool.map over range(n) in chunks: every task once, the results in input order.
void TestPythonRuntime::pool()
{
    QFETCH(int, method);
    const auto scenario = test::runToEnd(
        pythonRun(ScenarioId::Pool, StartMethodChoice(method),
                  {{Param::Workers, 3}, {Param::Tasks, 100}, {Param::Chunksize, 7}}));
    QVERIFY(scenario && scenario->isFinished());
    const Run &run = scenario->run();
    QVERIFY2(run.errors.isEmpty(), qPrintable(describe(run)));
    QVERIFY(run.facts.value(QStringLiteral("every_task_once")).toBool());
    int workers = 0;
    std::vector<int> seen(100, 0);
    for (const ProcessRecord &p : run.processes) {
        workers += p.parent == 0 ? 1 : 0;
        for (const Span &s : p.spans) {
            if (s.kind == SpanKind::Task)
                ++seen[size_t(s.task)];
        }
    }
    QCOMPARE(workers, 3);
    QVERIFY(std::all_of(seen.begin(), seen.end(), [](int n) { return n == 1; }));
    // What the program printed: the squares in input order.
    const QJsonArray printed = run.results.toObject().value(QStringLiteral("printed")).toArray();
    QStringList squares;
    for (int i = 0; i < 100; ++i)
        squares << QString::number(i * i);
    const QString expected = QStringLiteral("[%1]").arg(squares.join(QLatin1String(", ")));
    QVERIFY2(
        std::any_of(printed.begin(), printed.end(),
                    [&](const QJsonValue &line) { return line.toString().contains(expected); }),
        qPrintable(printed.first().toString()));
    verifyAllGone(run);
}

// Runs `program` as the Naming scenario's script, with a copy of the tracer, in `dir`.
static std::unique_ptr<Scenario> runOwnProgram(const QTemporaryDir &dir, const QByteArray &program)
{
    const QString source = PythonScenario::pythonDirectory();
    if (!QDir().mkpath(dir.filePath(QStringLiteral("tutorial"))) ||
        !QDir().mkpath(dir.filePath(QStringLiteral("proclab_trace"))))
        return nullptr;
    for (const QString &file : QDir(source + QStringLiteral("/proclab_trace"))
                                   .entryList({QStringLiteral("*.py")}, QDir::Files)) {
        if (!QFile::copy(source + QStringLiteral("/proclab_trace/") + file,
                         dir.filePath(QStringLiteral("proclab_trace/") + file)))
            return nullptr;
    }
    QFile script(dir.filePath(QStringLiteral("tutorial/naming_processes.py")));
    if (!script.open(QIODevice::WriteOnly) || script.write(program) != program.size())
        return nullptr;
    script.close();
    qputenv("PROCLAB_PYTHON_DIR", dir.path().toLocal8Bit());
    auto scenario = test::runToEnd(pythonRun(ScenarioId::Naming, StartMethodChoice::Fork));
    qunsetenv("PROCLAB_PYTHON_DIR");
    return scenario;
}

// A program whose child raises: its traceback reaches the child's lane as notes, it ends with
// exit code 1, the run ends cleanly.
void TestPythonRuntime::exceptionInAChildIsKept()
{
    QTemporaryDir dir;
    const auto scenario =
        runOwnProgram(dir, "import argparse, multiprocessing\n"
                           "def broken():\n"
                           "    raise ValueError('the worker broke on purpose')\n"
                           "if __name__ == '__main__':\n"
                           "    argparse.ArgumentParser().parse_known_args()\n"
                           "    p = multiprocessing.Process(name='worker_one', target=broken)\n"
                           "    p.start(); p.join()\n");
    QVERIFY(scenario && scenario->isFinished());
    const Run &run = scenario->run();
    const ProcessRecord *worker = named(run, QStringLiteral("worker_one"));
    QVERIFY2(worker, qPrintable(describe(run)));
    QCOMPARE(worker->exit.kind, ExitStatus::Kind::Normal);
    QCOMPARE(worker->exit.code, 1);
    QVERIFY(std::any_of(worker->markers.begin(), worker->markers.end(), [](const Marker &m) {
        return m.kind == Marker::Kind::Note && m.text.contains(QLatin1String("ValueError")) &&
               m.text.contains(QLatin1String("the worker broke on purpose"));
    }));
    verifyAllGone(run);
}

// The program terminates its child, then works for 2.5 s without a word before it ends: a
// process that is running (state R) is not waiting for the dead one, however long it is silent
// (on a busy machine a nice-19 program can be silent for seconds). Before, the lab ended such a
// run 1.2 s after the kill as "waits for ever". Two ways: the program computes itself; or it
// sleeps in waitpid for a child of its own that computes, one the lab does not know (a bare fork,
// as a spawned child that has not yet reported its start is, or multiprocessing's helpers). That
// one failed until the lab looked at the run's descendants too: a busy CI machine ended the
// daemons scenario under spawn as a hang while its non-daemon child was still booting.
void TestPythonRuntime::silentWorkAfterAKillIsNoWait_data()
{
    QTest::addColumn<QByteArray>("afterKill");
    QTest::newRow("the program computes") << QByteArray("    end = time.monotonic() + 2.5\n"
                                                        "    while time.monotonic() < end:\n"
                                                        "        pass\n");
    QTest::newRow("it waits for an unknown child that computes")
        << QByteArray("    child = os.fork()\n"
                      "    if child == 0:\n"
                      "        end = time.monotonic() + 2.5\n"
                      "        while time.monotonic() < end:\n"
                      "            pass\n"
                      "        os._exit(0)\n"
                      "    os.waitpid(child, 0)\n");
}

void TestPythonRuntime::silentWorkAfterAKillIsNoWait()
{
    QFETCH(QByteArray, afterKill);
    QTemporaryDir dir;
    const auto scenario =
        runOwnProgram(dir, "import argparse, multiprocessing, os, time\n"
                           "def sleeper():\n"
                           "    time.sleep(60)\n"
                           "if __name__ == '__main__':\n"
                           "    argparse.ArgumentParser().parse_known_args()\n"
                           "    p = multiprocessing.Process(name='worker_one', target=sleeper)\n"
                           "    p.start(); time.sleep(0.2); p.terminate(); p.join()\n" +
                               afterKill);
    QVERIFY(scenario && scenario->isFinished());
    const Run &run = scenario->run();
    QVERIFY2(run.errors.isEmpty(), qPrintable(describe(run)));
    const ProcessRecord *worker = named(run, QStringLiteral("worker_one"));
    QVERIFY(worker);
    QCOMPARE(worker->exit.pythonExitCode(), -SIGTERM);
    const ProcessRecord *main = run.process(0);
    QVERIFY(main);
    QCOMPARE(main->exit.kind, ExitStatus::Kind::Normal);
    QCOMPARE(main->exit.code, 0);
    verifyAllGone(run);
}

// The user's Stop in the middle of a barrier run: every process of the program ends, the data so
// far is kept, no semaphore of Python's is left in /dev/shm, and no file in the temporary
// directory (multiprocessing's pymp-* directory, the tracer's code for spawned interpreters: the
// killed main process never removed them itself).
void TestPythonRuntime::stopEndsEverything()
{
    QFETCH(int, method);
    QTemporaryDir temporary;
    QVERIFY(temporary.isValid());
    const QByteArray tmpdirBefore = qgetenv("TMPDIR");
    const auto restoreTmpdir = qScopeGuard([&tmpdirBefore] {
        if (tmpdirBefore.isNull())
            qunsetenv("TMPDIR");
        else
            qputenv("TMPDIR", tmpdirBefore);
    });
    qputenv("TMPDIR", QFile::encodeName(temporary.path()));
    auto scenario = createScenario(
        pythonRun(ScenarioId::Barrier, StartMethodChoice(method),
                  {{Param::Workers, 3}, {Param::Rounds, 1000}, {Param::Workload, 200'000}}));
    QSignalSpy finished(scenario.get(), &Scenario::finished);
    scenario->start();
    const Run &run = scenario->run();
    const auto working = [&run] {
        return std::count_if(run.processes.begin(), run.processes.end(),
                             [](const ProcessRecord &p) {
                                 return p.name.contains(QLatin1String("test_with_barrier")) &&
                                        !p.spans.empty();
                             }) == 3;
    };
    QTRY_VERIFY_WITH_TIMEOUT(working(), 60'000);
    scenario->stop();
    QVERIFY(finished.wait(30'000));
    QVERIFY(run.errors.contains(QStringLiteral("stopped by the user")));
    for (const ProcessRecord &p : run.processes)
        QVERIFY2(p.exit.finished(), qPrintable(p.name));
    verifyAllGone(run);
    QTRY_COMPARE_WITH_TIMEOUT(pythonSemaphores(), m_semaphoresBefore, 10'000);
    QCOMPARE(QDir(temporary.path())
                 .entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot),
             QStringList());
}

// A child stopped with SIGSTOP would hold the program at its barrier for ever: the lab kills it
// and says so; then the other participant waits at Python's Barrier for the dead one for ever
// (it has no timeout), so once nothing happens for a while the lab ends the run, saying why.
void TestPythonRuntime::stoppedChildIsKilled()
{
    bool stopped = false;
    qint64 victim = 0;
    const auto scenario = test::runToEnd(
        pythonRun(ScenarioId::Barrier, StartMethodChoice::Fork,
                  {{Param::Workers, 2}, {Param::Rounds, 1000}, {Param::Workload, 200'000}}),
        60'000, [&](Scenario &s) {
            QObject::connect(&s, &Scenario::changed, &s, [&s, &stopped, &victim] {
                for (const ProcessRecord &p : s.run().processes) {
                    if (!stopped && p.name.startsWith(QLatin1String("p1 - ")) && !p.spans.empty()) {
                        victim = p.pid;
                        stopped = ::kill(pid_t(p.pid), SIGSTOP) == 0;
                    }
                }
            });
        });
    QVERIFY(scenario && scenario->isFinished());
    const Run &run = scenario->run();
    QVERIFY(stopped);
    const auto p1 = std::find_if(run.processes.begin(), run.processes.end(),
                                 [victim](const ProcessRecord &p) { return p.pid == victim; });
    QVERIFY(p1 != run.processes.end());
    QCOMPARE(p1->exit.signal, SIGKILL);
    QVERIFY2(std::any_of(run.errors.begin(), run.errors.end(),
                         [&](const QString &e) {
                             return e.contains(p1->name) && e.contains(QLatin1String("SIGSTOP"));
                         }),
             qPrintable(describe(run)));
    QVERIFY2(std::any_of(run.errors.begin(), run.errors.end(),
                         [](const QString &e) { return e.contains(QLatin1String("for ever")); }),
             qPrintable(describe(run)));
    verifyAllGone(run);
}

// Without python3 the run ends at once with a message naming the package; nothing starts.
void TestPythonRuntime::noPythonIsAClearError()
{
    const QByteArray path = qgetenv("PATH");
    QTemporaryDir empty;
    qputenv("PATH", empty.path().toLocal8Bit());
    const auto scenario = test::runToEnd(pythonRun(ScenarioId::Naming, StartMethodChoice::Fork));
    qputenv("PATH", path);
    QVERIFY(scenario && scenario->isFinished());
    const Run &run = scenario->run();
    QCOMPARE(run.processes.size(), size_t(0));
    QCOMPARE(run.errors.size(), 1);
    QVERIFY2(run.errors.first().contains(QLatin1String("python3")), qPrintable(run.errors.first()));
}

QTEST_GUILESS_MAIN(TestPythonRuntime)
#include "tst_pythonruntime.moc"
