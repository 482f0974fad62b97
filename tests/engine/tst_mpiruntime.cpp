// SPDX-License-Identifier: MIT
// The MPI runtime end to end, with Debian's Open MPI: the engine starts the real mpirun with 2 and
// 4 ranks of proclab-mpi-worker on this machine. What each run recorded must show the scenario's
// properties (barrier order, lock exclusion with an exact counter, every pool task once and the
// gathered results in order), the MCS lock's uncontended cost in RMA atomics, a clock skew
// recovered within the measured uncertainty, MPI's fail-stop end when a rank is killed; and
// nothing may outlive a run: no mpirun, no rank, no Open MPI session directory.
#include "mpiscenario.h"
#include "scenariorunner.h"
#include "testutils.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <cstdlib>

using namespace proclab;

namespace {

ScenarioParameters mpiRun(ScenarioId id, std::initializer_list<std::pair<Param, qint64>> values)
{
    ScenarioParameters parameters(id);
    parameters.set(Param::Runtime, int(RuntimeChoice::Mpi));
    for (const auto &[param, value] : values) {
        QString error;
        if (!parameters.set(param, value, &error))
            qFatal("bad test parameter: %s", qPrintable(error));
    }
    return parameters;
}

QString describe(const Run &run)
{
    QStringList lines{run.errors.join(QLatin1String(" | "))};
    for (const ProcessRecord &p : run.processes)
        lines << QStringLiteral("%1 %2 pid %3 parent %4 %5 code %6 signal %7")
                     .arg(p.id)
                     .arg(p.name)
                     .arg(p.pid)
                     .arg(p.parent)
                     .arg(ExitStatus::kindName(p.exit.kind))
                     .arg(p.exit.code)
                     .arg(p.exit.signal);
    return lines.join(QLatin1Char('\n'));
}

// Open MPI's session directories ("ompi.HOST.UID", and pid.N inside) anywhere under `dir`.
QStringList sessionDirectoriesUnder(const QString &dir)
{
    QStringList found;
    QDirIterator it(dir, {QStringLiteral("ompi.*")}, QDir::Dirs | QDir::NoDotAndDotDot);
    while (it.hasNext())
        found << it.next();
    return found;
}

// The run's ranks, in rank order.
std::vector<const ProcessRecord *> ranksOf(const Run &run)
{
    std::vector<const ProcessRecord *> ranks;
    for (const ProcessRecord &p : run.processes) {
        if (p.parent >= 0)
            ranks.push_back(&p);
    }
    return ranks;
}

QJsonObject rankFacts(const Run &run, int rank)
{
    for (const QJsonValue &v : run.facts.value(QStringLiteral("ranks")).toArray()) {
        if (v.toObject().value(QStringLiteral("rank")).toInt(-1) == rank)
            return v.toObject();
    }
    return {};
}

} // namespace

class TestMpiRuntime : public QObject
{
    Q_OBJECT

private:
    QStringList m_sessionsBefore;
    QString m_runDir;

    // No process of the run alive, its directory gone, no new Open MPI session directory in the
    // temporary directory (where mpirun would put one if it ignored the run's TMPDIR).
    void verifyNothingLeft(const Run &run)
    {
        for (const ProcessRecord &p : run.processes) {
            if (p.pid > 0)
                QVERIFY2(!test::pidAlive(p.pid),
                         qPrintable(QStringLiteral("%1 (pid %2) lives on").arg(p.name).arg(p.pid)));
        }
        QVERIFY(!m_runDir.isEmpty());
        QVERIFY2(!QFileInfo::exists(m_runDir), qPrintable(m_runDir));
        QCOMPARE(sessionDirectoriesUnder(QDir::tempPath()), m_sessionsBefore);
        QCOMPARE(sessionDirectoriesUnder(QStringLiteral("/tmp")), m_sessionsBefore);
    }

    std::unique_ptr<Scenario> run(const ScenarioParameters &parameters,
                                  const std::function<void(MpiScenario &)> &prepare = {})
    {
        return test::runToEnd(parameters, 50000, [&](Scenario &s) {
            auto &mpi = static_cast<MpiScenario &>(s);
            if (prepare)
                prepare(mpi);
            // The directory exists from begin() on: read it once the run has started.
            QObject::connect(&mpi, &Scenario::changed, &mpi, [this, &mpi] {
                if (m_runDir.isEmpty())
                    m_runDir = mpi.runDirectory();
            });
        });
    }

private slots:
    void initTestCase()
    {
        if (!MpiScenario::unavailableReason().isEmpty())
            QFAIL(qPrintable(MpiScenario::unavailableReason())); // setup.sh installs Open MPI
        m_sessionsBefore = sessionDirectoriesUnder(QDir::tempPath());
    }
    void init() { m_runDir.clear(); }

    void barrierOrderAndExactCounter_data()
    {
        QTest::addColumn<int>("ranks");
        QTest::newRow("2 ranks") << 2;
        QTest::newRow("4 ranks") << 4;
    }
    void barrierOrderAndExactCounter()
    {
        QFETCH(int, ranks);
        const qint64 rounds = 25;
        // No work between rounds: every rank is at the lock at once, so it is contended.
        const auto scenario =
            run(mpiRun(ScenarioId::Barrier,
                       {{Param::Workers, ranks}, {Param::Rounds, rounds}, {Param::Workload, 0}}));
        QVERIFY(scenario && scenario->isFinished());
        const Run &r = scenario->run();
        QVERIFY2(r.errors.isEmpty(), qPrintable(describe(r)));
        QCOMPARE(r.facts.value(QStringLiteral("runtime")).toString(), QStringLiteral("mpi"));
        QCOMPARE(r.facts.value(QStringLiteral("participants")).toInt(), ranks);
        QVERIFY(r.facts.value(QStringLiteral("barrier_order_ok")).toBool());
        QVERIFY(r.facts.value(QStringLiteral("lock_exclusive_ok")).toBool());
        // The counter incremented non-atomically (get, put) in every critical section: exact only
        // if the lock excluded.
        QCOMPARE(r.results.toObject().value(QStringLiteral("critical_sections")).toInteger(), rounds * ranks);
        QCOMPARE(r.results.toObject().value(QStringLiteral("lock_holds")).toInteger(), rounds * ranks);
        QCOMPARE(r.results.toObject().value(QStringLiteral("rounds_passed")).toInteger(), rounds);
        const auto rankRecords = ranksOf(r);
        QCOMPARE(int(rankRecords.size()), ranks);
        for (int i = 0; i < ranks; ++i) {
            const ProcessRecord &p = *rankRecords[size_t(i)];
            QVERIFY2(p.name.startsWith(QStringLiteral("rank %1 on ").arg(i)), qPrintable(p.name));
            QCOMPARE(p.exit.kind, ExitStatus::Kind::Normal);
            QCOMPARE(p.exit.code, 0);
            QVERIFY(p.pid > 0);
            // Every round's spans: work, barrier wait, lock wait, lock hold.
            for (SpanKind kind : {SpanKind::Work, SpanKind::BarrierWait, SpanKind::LockWait,
                                  SpanKind::LockHold})
                QCOMPARE(std::count_if(p.spans.begin(), p.spans.end(),
                                       [kind](const Span &s) { return s.kind == kind; }),
                         rounds);
            const QJsonObject facts = rankFacts(r, i);
            QCOMPARE(facts.value(QStringLiteral("runtime")).toString(), QStringLiteral("mpi"));
            QCOMPARE(facts.value(QStringLiteral("pid")).toInteger(), p.pid);
            QVERIFY(!facts.value(QStringLiteral("host")).toString().isEmpty());
        }
        verifyNothingLeft(r);
    }

    // The MCS lock's cost: an acquire that finds it free and a release that finds no successor
    // are one fetch-and-op and one compare-and-swap. One rank never contends: every pair is
    // uncontended and the total is exactly two per round.
    void uncontendedLockUsesTwoAtomics_data()
    {
        QTest::addColumn<int>("ranks");
        QTest::newRow("1 rank") << 1;
        QTest::newRow("2 ranks") << 2;
    }
    void uncontendedLockUsesTwoAtomics()
    {
        QFETCH(int, ranks);
        const qint64 rounds = 30;
        const auto scenario = run(mpiRun(
            ScenarioId::Barrier, {{Param::Workers, ranks}, {Param::Rounds, rounds}}));
        QVERIFY(scenario && scenario->isFinished());
        const Run &r = scenario->run();
        QVERIFY2(r.errors.isEmpty(), qPrintable(describe(r)));
        const QJsonObject lock = r.facts.value(QStringLiteral("lock")).toObject();
        const qint64 uncontended = lock.value(QStringLiteral("uncontended_pairs")).toInteger();
        QVERIFY2(uncontended > 0, "no uncontended acquire+release to count");
        QVERIFY(lock.value(QStringLiteral("uncontended_max_rma_atomics")).toInteger() <= 2);
        if (ranks == 1) {
            QCOMPARE(uncontended, rounds);
            QCOMPARE(lock.value(QStringLiteral("rma_atomics")).toInteger(), 2 * rounds);
        }
        verifyNothingLeft(r);
    }

    void poolResultsInOrder_data()
    {
        QTest::addColumn<int>("ranks");
        QTest::addColumn<int>("chunksize");
        QTest::newRow("2 ranks, chunks of 7") << 2 << 7;
        QTest::newRow("4 ranks, chunks of 7") << 4 << 7;
        QTest::newRow("4 ranks, chunks of 1") << 4 << 1;
        QTest::newRow("4 ranks, default chunks") << 4 << 0;
    }
    void poolResultsInOrder()
    {
        QFETCH(int, ranks);
        QFETCH(int, chunksize);
        const qint64 n = 1000;
        const auto scenario = run(mpiRun(
            ScenarioId::Pool, {{Param::Workers, ranks}, {Param::Tasks, n}, {Param::Chunksize, chunksize}}));
        QVERIFY(scenario && scenario->isFinished());
        const Run &r = scenario->run();
        QVERIFY2(r.errors.isEmpty(), qPrintable(describe(r)));
        QVERIFY(r.facts.value(QStringLiteral("every_task_once")).toBool());
        QVERIFY(r.facts.value(QStringLiteral("results_in_order")).toBool());
        QCOMPARE(r.facts.value(QStringLiteral("task_spans")).toInteger(), n);
        const QJsonArray results = r.results.toArray();
        QCOMPARE(results.size(), n);
        for (qint64 i = 0; i < n; ++i)
            QCOMPARE(results.at(i).toInteger(-1), i * i);
        // Each task's span on exactly one rank's lane.
        std::vector<int> seen(size_t(n), 0);
        for (const ProcessRecord *p : ranksOf(r)) {
            for (const Span &s : p->spans) {
                if (s.kind == SpanKind::Task)
                    ++seen[size_t(s.task)];
            }
        }
        QVERIFY(std::all_of(seen.begin(), seen.end(), [](int c) { return c == 1; }));
        verifyNothingLeft(r);
    }

    // A rank's clock made to read 5 ms ahead (as if on another host): the ping-pong estimate must
    // find -5 ms within the uncertainty it reports, and the converted times keep the barrier's
    // order.
    void clockSkewRecovered()
    {
        const qint64 skew = 5'000'000;
        const auto scenario =
            run(mpiRun(ScenarioId::Barrier, {{Param::Workers, 2}, {Param::Rounds, 10}}),
                [skew](MpiScenario &s) { s.setTestClockSkew(1, skew); });
        QVERIFY(scenario && scenario->isFinished());
        const Run &r = scenario->run();
        QVERIFY2(r.errors.isEmpty(), qPrintable(describe(r)));
        const QJsonObject rank1 = rankFacts(r, 1);
        for (const char *phase : {"start", "end"}) {
            const qint64 offset =
                rank1.value(QStringLiteral("offset_%1_ns").arg(QLatin1String(phase))).toInteger();
            const qint64 uncertainty =
                rank1.value(QStringLiteral("uncertainty_%1_ns").arg(QLatin1String(phase)))
                    .toInteger(-1);
            QVERIFY(uncertainty >= 0);
            QVERIFY2(std::llabs(offset + skew) <= uncertainty,
                     qPrintable(QStringLiteral("%1: offset %2 ns, uncertainty %3 ns")
                                    .arg(QLatin1String(phase))
                                    .arg(offset)
                                    .arg(uncertainty)));
        }
        QCOMPARE(rankFacts(r, 0).value(QStringLiteral("offset_start_ns")).toInteger(-1), 0);
        QVERIFY(r.facts.value(QStringLiteral("barrier_order_ok")).toBool());
        verifyNothingLeft(r);
    }

    // MPI is fail-stop: the lab kills the rank that holds the lock, and mpirun ends every other
    // rank and exits non-zero; the run ends cleanly and says so.
    void killedRankEndsTheJob_data()
    {
        QTest::addColumn<int>("ranks");
        QTest::newRow("2 ranks") << 2;
        QTest::newRow("4 ranks") << 4;
    }
    void killedRankEndsTheJob()
    {
        QFETCH(int, ranks);
        const auto scenario = run(mpiRun(
            ScenarioId::Barrier, {{Param::Workers, ranks},
                                  {Param::Rounds, 5},
                                  {Param::BreakIt, int(BreakItChoice::KillHolder)}}));
        QVERIFY(scenario && scenario->isFinished());
        const Run &r = scenario->run();
        QVERIFY2(r.errors.isEmpty(), qPrintable(describe(r)));
        const QJsonObject failStop = r.facts.value(QStringLiteral("fail_stop")).toObject();
        QVERIFY2(!failStop.isEmpty(), qPrintable(describe(r)));
        QCOMPARE(failStop.value(QStringLiteral("other_ranks")).toInt(), ranks - 1);
        QCOMPARE(failStop.value(QStringLiteral("others_ended_without_finishing")).toInt(),
                 ranks - 1);
        QVERIFY(failStop.value(QStringLiteral("mpirun_failed")).toBool());
        const ProcessRecord &killed = *r.process(failStop.value(QStringLiteral("killed")).toInt());
        QVERIFY(std::any_of(killed.markers.begin(), killed.markers.end(), [](const Marker &m) {
            return m.kind == Marker::Kind::SignalSent && m.signal == SIGKILL;
        }));
        for (const ProcessRecord *p : ranksOf(r))
            QVERIFY2(p->exit.finished() && p->exitedNs >= killed.exitedNs, qPrintable(p->name));
        QVERIFY(r.facts.value(QStringLiteral("explanation")).toString().contains(killed.name));
        verifyNothingLeft(r);
    }

    // Stop in the middle: mpirun and every rank are killed, the session directory goes with the
    // run's directory.
    void stopLeavesNothing()
    {
        std::unique_ptr<Scenario> scenario =
            createScenario(mpiRun(ScenarioId::Barrier, {{Param::Workers, 4},
                                                         {Param::Rounds, 100'000},
                                                         {Param::Workload, 200'000}}));
        auto &mpi = static_cast<MpiScenario &>(*scenario);
        QSignalSpy finished(scenario.get(), &Scenario::finished);
        scenario->start();
        // Every rank has announced itself and is at work.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const auto ranks = ranksOf(scenario->run());
                return ranks.size() == 4 && std::all_of(ranks.begin(), ranks.end(), [](auto *p) {
                           return p->readyNs >= 0;
                       });
            }(),
            30000);
        m_runDir = mpi.runDirectory();
        QVERIFY(!sessionDirectoriesUnder(m_runDir).isEmpty()); // mpirun's session is in it
        scenario->stop();
        QVERIFY(finished.wait(20000));
        verifyNothingLeft(scenario->run());
    }

    // A "rank" that prints something else than event lines is a clear error naming the rank.
    void garbageFromARankIsAnError()
    {
        QTemporaryDir dir;
        QFile fake(dir.filePath(QStringLiteral("proclab-mpi-worker")));
        QVERIFY(fake.open(QIODevice::WriteOnly));
        fake.write("#!/bin/sh\necho 'hello from a rank'\n");
        fake.close();
        fake.setPermissions(QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        const auto scenario =
            run(mpiRun(ScenarioId::Pool, {{Param::Workers, 2}, {Param::Tasks, 10}}),
                [&dir](MpiScenario &s) {
                    s.setWorkerProgram(dir.filePath(QStringLiteral("proclab-worker")));
                });
        QVERIFY(scenario && scenario->isFinished());
        const Run &r = scenario->run();
        QVERIFY2(r.errors.join(QLatin1Char('\n')).contains(QStringLiteral("hello from a rank")),
                 qPrintable(describe(r)));
        QVERIFY2(r.errors.join(QLatin1Char('\n')).contains(QStringLiteral("rank 0")),
                 qPrintable(describe(r)));
        verifyNothingLeft(r);
    }
};

QTEST_GUILESS_MAIN(TestMpiRuntime)
#include "tst_mpiruntime.moc"
