// SPDX-License-Identifier: MIT
#include "parameters.h"
#include "statistics.h"

#include <QTest>
#include <cmath>
#include <csignal>

using namespace proclab;

class TestParameters : public QObject
{
    Q_OBJECT
private slots:
    void defaultsMatchTheTutorial();
    void rangesAreEnforced_data();
    void rangesAreEnforced();
    void pythonDefaultChunksize_data();
    void pythonDefaultChunksize();
    void statistics();
    void amdahlFitStopsAtTheCores();
};

void TestParameters::defaultsMatchTheTutorial()
{
    QCOMPARE(ScenarioParameters(ScenarioId::Spawning).value(Param::Workers), 6);
    QCOMPARE(ScenarioParameters(ScenarioId::Spawning).value(Param::Workload), 1000);
    QCOMPARE(ScenarioParameters(ScenarioId::Barrier).value(Param::Workers), 2);
    QCOMPARE(ScenarioParameters(ScenarioId::Pool).value(Param::Workers), 4);
    QCOMPARE(ScenarioParameters(ScenarioId::Pool).value(Param::Tasks), 10);
    QCOMPARE(ScenarioParameters(ScenarioId::Killing).value(Param::Signal), SIGTERM);
    QCOMPARE(scenarioInfos().size(), size_t(6));
    QCOMPARE(scenarioFromKey(QStringLiteral("pool")), std::optional<ScenarioId>(ScenarioId::Pool));
    QVERIFY(!scenarioFromKey(QStringLiteral("Pool")));
}

void TestParameters::rangesAreEnforced_data()
{
    QTest::addColumn<int>("scenario");
    QTest::addColumn<int>("param");
    QTest::addColumn<qint64>("value");
    QTest::addColumn<bool>("ok");
    QTest::newRow("workers 0") << int(ScenarioId::Spawning) << int(Param::Workers) << qint64(0)
                               << false;
    QTest::newRow("workers 1") << int(ScenarioId::Spawning) << int(Param::Workers) << qint64(1)
                               << true;
    QTest::newRow("workers 64") << int(ScenarioId::Barrier) << int(Param::Workers) << qint64(64)
                                << true;
    QTest::newRow("workers 65") << int(ScenarioId::Pool) << int(Param::Workers) << qint64(65)
                                << false;
    QTest::newRow("workers 100000")
        << int(ScenarioId::Pool) << int(Param::Workers) << qint64(100000) << false;
    QTest::newRow("naming has no workers")
        << int(ScenarioId::Naming) << int(Param::Workers) << qint64(2) << false;
    QTest::newRow("signal 9") << int(ScenarioId::Killing) << int(Param::Signal) << qint64(SIGKILL)
                              << true;
    QTest::newRow("signal 11") << int(ScenarioId::Killing) << int(Param::Signal) << qint64(11)
                               << false;
    QTest::newRow("negative kill-after")
        << int(ScenarioId::Killing) << int(Param::KillAfter) << qint64(-1) << false;
    QTest::newRow("tasks 0") << int(ScenarioId::Pool) << int(Param::Tasks) << qint64(0) << true;
}

void TestParameters::rangesAreEnforced()
{
    QFETCH(int, scenario);
    QFETCH(int, param);
    QFETCH(qint64, value);
    QFETCH(bool, ok);
    ScenarioParameters p{ScenarioId(scenario)};
    const qint64 before = p.value(Param(param));
    QString error;
    QCOMPARE(p.set(Param(param), value, &error), ok);
    if (!ok) {
        QVERIFY(error.contains(paramKey(Param(param))));
        QCOMPARE(p.value(Param(param)), before);
    } else {
        QCOMPARE(p.value(Param(param)), value);
    }
}

void TestParameters::pythonDefaultChunksize_data()
{
    QTest::addColumn<int>("tasks");
    QTest::addColumn<int>("workers");
    QTest::addColumn<int>("expected");
    // divmod(n, 4 * workers), +1 if there is a remainder; never below 1
    QTest::newRow("tutorial 10/4") << 10 << 4 << 1;
    QTest::newRow("100000/4") << 100000 << 4 << 6250;
    QTest::newRow("1000/3") << 1000 << 3 << 84;
    QTest::newRow("0") << 0 << 4 << 1;
}

void TestParameters::pythonDefaultChunksize()
{
    QFETCH(int, tasks);
    QFETCH(int, workers);
    QFETCH(int, expected);
    ScenarioParameters p(ScenarioId::Pool);
    QVERIFY(p.set(Param::Tasks, tasks));
    QVERIFY(p.set(Param::Workers, workers));
    QCOMPARE(p.effectiveChunksize(), expected);
    QVERIFY(p.set(Param::Chunksize, 7));
    QCOMPARE(p.effectiveChunksize(), 7);
}

void TestParameters::statistics()
{
    QCOMPARE(speedup(1000, 500), 2.0);
    QCOMPARE(efficiency(2.0, 4), 0.5);
    QVERIFY(std::isnan(karpFlattSerialFraction(1.0, 1)));
    QCOMPARE(karpFlattSerialFraction(2.0, 2), 0.0); // perfect scaling: no serial part
    QCOMPARE(amdahlSpeedup(0.0, 8), 8.0);
    QCOMPARE(amdahlSpeedup(1.0, 8), 1.0);
    // Karp–Flatt inverts Amdahl: the fraction measured from an Amdahl speedup is that fraction.
    const double f = 0.2;
    QVERIFY(qFuzzyCompare(karpFlattSerialFraction(amdahlSpeedup(f, 4), 4), f));
}

// On 2 cores, a program with serial fraction 0.1 measured at 1..4 workers: 3 and 4 workers only
// share the 2 cores (no faster than 2). The fit uses the points up to the cores, so it recovers
// 0.1 and passes through the 2-worker point; over every point it would report oversubscription.
void TestParameters::amdahlFitStopsAtTheCores()
{
    const qint64 serial = 1'000'000'000;
    const auto wall = [&](int p) { return qint64(double(serial) / amdahlSpeedup(0.1, p)); };
    std::vector<SweepPoint> points{
        {1, serial, 0, 0}, {2, wall(2), 0, 0}, {3, wall(2), 0, 0}, {4, wall(2), 0, 0}};
    const AmdahlFit fit = completeSweep(points, 2);
    QCOMPARE(fit.fittedPoints, 1);
    QCOMPARE(fit.maxWorkers, 2);
    QVERIFY(std::abs(fit.serialFraction - 0.1) < 1e-6);
    QVERIFY(fit.rmsResidual < 1e-6);
    const AmdahlFit all = completeSweep(points, 64);
    QCOMPARE(all.fittedPoints, 3);
    QVERIFY(all.serialFraction > 0.2); // what the old mean over every point claimed
    QVERIFY(all.rmsResidual > 0.1);    // and the curve misses the measured points
    // Only one worker count: nothing to fit.
    std::vector<SweepPoint> one{{1, serial, 0, 0}};
    QVERIFY(std::isnan(completeSweep(one, 2).serialFraction));
}

QTEST_GUILESS_MAIN(TestParameters)
#include "tst_parameters.moc"
