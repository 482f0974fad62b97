// SPDX-License-Identifier: MIT
// Barrier & Lock on MPI ranks (real mpirun, 1, 2 and 4 ranks): barrier order, the MCS lock's
// exclusion (an exact counter) and uncontended cost in RMA atomics, an injected clock skew
// recovered within the measured uncertainty, and MPI's fail-stop end when a rank is killed.
#include "exporters.h"
#include "mpitestbase.h"

#include <csignal>

using namespace proclab;
using namespace proclab::test;

class TestMpiBarrier : public MpiTestBase
{
    Q_OBJECT

private slots:
    void initTestCase() { checkOpenMpi(); }
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
        QCOMPARE(r.results.toObject().value(QStringLiteral("critical_sections")).toInteger(),
                 rounds * ranks);
        QCOMPARE(r.results.toObject().value(QStringLiteral("lock_holds")).toInteger(),
                 rounds * ranks);
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
            for (SpanKind kind :
                 {SpanKind::Work, SpanKind::BarrierWait, SpanKind::LockWait, SpanKind::LockHold})
                QCOMPARE(std::count_if(p.spans.begin(), p.spans.end(),
                                       [kind](const Span &s) { return s.kind == kind; }),
                         rounds);
            QCOMPARE(p.rank, i);
            QVERIFY(!p.host.isEmpty());
            QCOMPARE(rankFacts(r, i).value(QStringLiteral("pid")).toInteger(), p.pid);
        }
        // The run file: every MPI process says so, with its host and rank.
        const QJsonArray processes = runToJson(r).value(QStringLiteral("processes")).toArray();
        for (const QJsonValue &v : processes) {
            const QJsonObject p = v.toObject();
            QCOMPARE(p.value(QStringLiteral("runtime")).toString(), QStringLiteral("mpi"));
            if (p.value(QStringLiteral("parent")).isNull())
                continue; // mpirun
            QVERIFY(p.value(QStringLiteral("rank")).toInt(-1) >= 0);
            QVERIFY(!p.value(QStringLiteral("host")).toString().isEmpty());
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
        const auto scenario = run(
            mpiRun(ScenarioId::Barrier,
                   {{Param::Workers, ranks}, {Param::Rounds, rounds}, {Param::Workload, 1000}}));
        QVERIFY(scenario && scenario->isFinished());
        const Run &r = scenario->run();
        QVERIFY2(r.errors.isEmpty(), qPrintable(describe(r)));
        const QJsonObject lock = r.facts.value(QStringLiteral("lock")).toObject();
        const qint64 uncontended = lock.value(QStringLiteral("uncontended_pairs")).toInteger();
        // Every acquire+release costs at least two; the uncontended ones at most two.
        QVERIFY(lock.value(QStringLiteral("rma_atomics")).toInteger() >= 2 * rounds * ranks);
        QVERIFY(lock.value(QStringLiteral("uncontended_max_rma_atomics")).toInteger() <= 2);
        if (ranks == 1) {
            // Alone, every pair is uncontended: exactly two each.
            QCOMPARE(uncontended, rounds);
            QCOMPARE(lock.value(QStringLiteral("uncontended_max_rma_atomics")).toInteger(), 2);
            QCOMPARE(lock.value(QStringLiteral("rma_atomics")).toInteger(), 2 * rounds);
        }
        verifyNothingLeft(r);
    }

    // A rank's clock made to read 5 ms ahead (as if on another host): the ping-pong estimate must
    // find -5 ms within the uncertainty it reports, and the converted times keep the barrier's
    // order.
    void clockSkewRecovered()
    {
        const qint64 skew = 5'000'000;
        const auto scenario =
            run(mpiRun(ScenarioId::Barrier,
                       {{Param::Workers, 2}, {Param::Rounds, 10}, {Param::Workload, 1000}}),
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
        const auto scenario =
            run(mpiRun(ScenarioId::Barrier, {{Param::Workers, ranks},
                                             {Param::Rounds, 5},
                                             {Param::Workload, 1000},
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

    // A rank stopped by SIGSTOP (a debugger) holds up every other rank: the lab kills it, MPI
    // ends the job, and the run says which rank and why.
    void stoppedRankIsKilledAndEndsTheJob()
    {
        std::unique_ptr<Scenario> scenario = createScenario(
            mpiRun(ScenarioId::Barrier,
                   {{Param::Workers, 2}, {Param::Rounds, 100'000}, {Param::Workload, 10'000}}));
        auto &mpi = static_cast<MpiScenario &>(*scenario);
        QSignalSpy finished(scenario.get(), &Scenario::finished);
        scenario->start();
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const auto ranks = ranksOf(scenario->run());
                return ranks.size() == 2 && ranks[1]->readyNs >= 0;
            }(),
            30000);
        m_runDir = mpi.runDirectory();
        const ProcessRecord &victim = *ranksOf(scenario->run())[1];
        QCOMPARE(::kill(pid_t(victim.pid), SIGSTOP), 0);
        QVERIFY(finished.wait(30000));
        const Run &r = scenario->run();
        QVERIFY2(r.errors.join(QLatin1Char('\n')).contains(QStringLiteral("was stopped")),
                 qPrintable(describe(r)));
        const QJsonObject failStop = r.facts.value(QStringLiteral("fail_stop")).toObject();
        QCOMPARE(failStop.value(QStringLiteral("killed")).toInt(), victim.id);
        QCOMPARE(failStop.value(QStringLiteral("others_ended_without_finishing")).toInt(), 1);
        verifyNothingLeft(r);
    }
};

QTEST_GUILESS_MAIN(TestMpiBarrier)
#include "tst_mpibarrier.moc"
