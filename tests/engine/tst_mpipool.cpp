// SPDX-License-Identifier: MIT
// Pool on MPI ranks (real mpirun, 2 and 4 ranks): every task once and the gathered results in
// order; Stop in the middle and a rank that prints garbage end cleanly, leaving nothing.
#include "mpitestbase.h"

#include <QProcess>

using namespace proclab;
using namespace proclab::test;

class TestMpiPool : public MpiTestBase
{
    Q_OBJECT

private slots:
    void initTestCase() { checkOpenMpi(); }
    void init() { m_runDir.clear(); }

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
        const auto scenario = run(
            mpiRun(ScenarioId::Pool,
                   {{Param::Workers, ranks}, {Param::Tasks, n}, {Param::Chunksize, chunksize}}));
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

    // A hostfile naming this machine: mpirun places the ranks on its slots (no --oversubscribe),
    // and a hostfile with too few slots is mpirun's clear refusal, not a hang.
    void hostfileNamingThisMachine_data()
    {
        QTest::addColumn<int>("slotCount");
        QTest::addColumn<bool>("enough");
        QTest::newRow("2 slots for 2 ranks") << 2 << true;
        QTest::newRow("1 slot for 2 ranks") << 1 << false;
    }
    void hostfileNamingThisMachine()
    {
        QFETCH(int, slotCount);
        QFETCH(bool, enough);
        QTemporaryDir dir;
        const QString hostfile = dir.filePath(QStringLiteral("hosts"));
        QFile file(hostfile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("localhost slots=%1\n").arg(slotCount).toUtf8());
        file.close();
        ScenarioParameters parameters = mpiRun(
            ScenarioId::Pool, {{Param::Workers, 2}, {Param::Tasks, 100}, {Param::Chunksize, 3}});
        parameters.setHostfile(hostfile);
        const auto scenario = run(parameters);
        QVERIFY(scenario && scenario->isFinished());
        const Run &r = scenario->run();
        QCOMPARE(r.facts.value(QStringLiteral("hostfile")).toString(), hostfile);
        if (enough) {
            QVERIFY2(r.errors.isEmpty(), qPrintable(describe(r)));
            QVERIFY(r.facts.value(QStringLiteral("every_task_once")).toBool());
            QVERIFY(r.facts.value(QStringLiteral("results_in_order")).toBool());
        } else {
            QCOMPARE(r.errors.size(), 1);
            QVERIFY2(r.errors.first().contains(QStringLiteral("not enough slots")),
                     qPrintable(describe(r)));
        }
        verifyNothingLeft(r);
    }

    // Stop in the middle: mpirun and every rank are killed, the session directory goes with the
    // run's directory.
    void stopLeavesNothing()
    {
        std::unique_ptr<Scenario> scenario = createScenario(
            mpiRun(ScenarioId::Barrier,
                   {{Param::Workers, 4}, {Param::Rounds, 100'000}, {Param::Workload, 200'000}}));
        auto &mpi = static_cast<MpiScenario &>(*scenario);
        QSignalSpy finished(scenario.get(), &Scenario::finished);
        scenario->start();
        // Every rank has announced itself and is at work.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const auto ranks = ranksOf(scenario->run());
                return ranks.size() == 4 && std::all_of(ranks.begin(), ranks.end(),
                                                        [](auto *p) { return p->readyNs >= 0; });
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

    // What a dead lab left (its guard killed too: the run's directory with a session inside) is
    // removed by the next MPI run; a living lab's directory is not touched.
    void staleRunDirectoryOfADeadLabIsRemoved()
    {
        QProcess gone;
        gone.start(QStringLiteral("true"));
        QVERIFY(gone.waitForStarted(5000));
        const qint64 deadPid = gone.processId();
        QVERIFY(gone.waitForFinished(5000));
        QVERIFY(deadPid > 0 && !test::pidAlive(deadPid));
        const QDir temp(QDir::tempPath());
        const QString dead = temp.filePath(QStringLiteral("proclab-mpi-%1-test").arg(deadPid));
        const QString living = temp.filePath(QStringLiteral("proclab-mpi-1-test")); // init lives
        QVERIFY(QDir().mkpath(dead + QStringLiteral("/ompi.host.0/pid.1")));
        QVERIFY(QDir().mkpath(living));
        const auto scenario =
            run(mpiRun(ScenarioId::Pool, {{Param::Workers, 2}, {Param::Tasks, 10}}));
        QVERIFY(scenario && scenario->isFinished());
        QVERIFY2(scenario->run().errors.isEmpty(), qPrintable(describe(scenario->run())));
        QVERIFY(!QFileInfo::exists(dead));
        QVERIFY(QFileInfo::exists(living));
        QDir(living).removeRecursively();
        verifyNothingLeft(scenario->run());
    }
};

QTEST_GUILESS_MAIN(TestMpiPool)
#include "tst_mpipool.moc"
