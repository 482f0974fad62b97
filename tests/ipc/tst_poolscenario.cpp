// SPDX-License-Identifier: MIT
// The Pool scenario end to end (createScenario, real pool workers, shared task queue): results in
// input order, every task exactly once, per-worker counts, the sweep, nothing left behind.
#include "ipctestutils.h"
#include "sweep.h"

#include <QJsonArray>
#include <QTest>

using namespace proclab;

class TestPoolScenario : public QObject
{
    Q_OBJECT
private slots:
    void cleanup();
    void tutorialDefault();
    void results_data();
    void results();
    void sweep();
    void stopBlamesNobody();
};

void TestPoolScenario::cleanup()
{
    test::verifyNoIpcLeftovers();
}

// pool.map(square, range(10)) with 4 workers: [0, 1, 4, ..., 81].
void TestPoolScenario::tutorialDefault()
{
    const auto scenario = test::runScenario(ScenarioParameters(ScenarioId::Pool));
    QVERIFY(scenario && scenario->isFinished());
    const Run &run = scenario->run();
    QVERIFY2(run.errors.isEmpty(), qPrintable(run.errors.join(QLatin1Char('\n'))));
    QCOMPARE(run.processes.size(), size_t(4));
    QCOMPARE(run.results.toArray(), (QJsonArray{0, 1, 4, 9, 16, 25, 36, 49, 64, 81}));
    QCOMPARE(run.facts.value(QStringLiteral("chunksize")).toInt(), 1); // ceil(10 / 16)
}

void TestPoolScenario::results_data()
{
    QTest::addColumn<int>("tasks");
    QTest::addColumn<int>("chunksize");
    QTest::addColumn<int>("workers");
    for (int tasks : {0, 1, 10, 1000}) {
        for (int chunksize : {0, 1, 7, 1000}) {
            QTest::addRow("n=%d chunksize=%d", tasks, chunksize) << tasks << chunksize << 3;
        }
    }
    QTest::newRow("n=1000 chunksize=1 workers=8") << 1000 << 1 << 8;
    // A chunk larger than the worker's block of timed tasks, reported in many tasks lines.
    QTest::newRow("n=20000 chunksize=10000") << 20000 << 10000 << 2;
}

void TestPoolScenario::results()
{
    QFETCH(int, tasks);
    QFETCH(int, chunksize);
    QFETCH(int, workers);
    const auto scenario = test::runScenario(test::parametersOf(
        ScenarioId::Pool,
        {{Param::Tasks, tasks}, {Param::Chunksize, chunksize}, {Param::Workers, workers}}));
    QVERIFY(scenario && scenario->isFinished());
    const Run &run = scenario->run();
    QVERIFY2(run.errors.isEmpty(), qPrintable(run.errors.join(QLatin1Char('\n'))));

    const QJsonArray results = run.results.toArray();
    QCOMPARE(results.size(), qsizetype(tasks));
    for (int i = 0; i < tasks; ++i)
        QCOMPARE(results.at(i).toInteger(), qint64(i) * i);
    QVERIFY(run.facts.value(QStringLiteral("every_task_once")).toBool());
    QVERIFY(run.facts.value(QStringLiteral("results_are_squares")).toBool());

    // Every task once, seen also from the lanes: one task span per input index.
    std::vector<int> spans(size_t(tasks), 0);
    qint64 counted = 0;
    for (const ProcessRecord &p : run.processes) {
        QVERIFY2(p.exit.kind == ExitStatus::Kind::Normal && p.exit.code == 0, qPrintable(p.name));
        qint64 previousEnd = -1;
        for (const Span &s : p.spans) {
            QCOMPARE(s.kind, SpanKind::Task);
            QVERIFY(s.task >= 0 && s.task < tasks);
            ++spans[size_t(s.task)];
            // Real, ordered times: a worker runs its tasks one after another, within its life.
            QVERIFY(s.beginNs <= s.endNs);
            QVERIFY(s.beginNs >= previousEnd);
            QVERIFY(s.beginNs >= p.readyNs);
            QVERIFY(s.endNs <= p.exitedNs);
            previousEnd = s.endNs;
        }
        // The lane shows exactly the tasks the shared queue says this worker ran.
        const qint64 ranHere = run.facts.value(QStringLiteral("tasks_per_worker"))
                                   .toObject()
                                   .value(p.name)
                                   .toInteger();
        QCOMPARE(qint64(p.spans.size()), ranHere);
        counted += ranHere;
    }
    QVERIFY(std::all_of(spans.begin(), spans.end(), [](int n) { return n == 1; }));
    QCOMPARE(counted, qint64(tasks));
    // The accounting of a run without faults: every task done, each with its span.
    QCOMPARE(run.facts.value(QStringLiteral("tasks_done")).toInteger(), qint64(tasks));
    QCOMPARE(run.facts.value(QStringLiteral("task_spans")).toInteger(), qint64(tasks));
    QCOMPARE(run.facts.value(QStringLiteral("tasks_done_without_span")).toInteger(), 0);
    QCOMPARE(run.facts.value(QStringLiteral("tasks_lost")).toInteger(), 0);
    QCOMPARE(run.facts.value(QStringLiteral("tasks_not_run")).toInteger(), 0);
    QVERIFY(!run.facts.value(QStringLiteral("pool_broken")).toBool());
    const int expectedChunk =
        chunksize > 0 ? chunksize : scenario->parameters().effectiveChunksize();
    QCOMPARE(run.facts.value(QStringLiteral("chunksize")).toInt(), expectedChunk);
}

// --sweep A-B: one pool run per worker count, speedup points for each.
void TestPoolScenario::sweep()
{
    Sweep sweep(
        test::parametersOf(ScenarioId::Pool, {{Param::Tasks, 200}, {Param::Workload, 2000}}), 1, 3);
    QSignalSpy finished(&sweep, &Sweep::finished);
    sweep.start();
    QVERIFY(finished.wait(100'000));
    QVERIFY2(sweep.errors().isEmpty(), qPrintable(sweep.errors().join(QLatin1Char('\n'))));
    QCOMPARE(sweep.points().size(), size_t(3));
    QCOMPARE(sweep.points().front().workers, 1);
    QCOMPARE(sweep.points().back().workers, 3);
}

// The user's Stop: the lab kills the workers, so the run's one error says it was stopped and no
// worker is blamed for dying; the tasks done so far are kept.
void TestPoolScenario::stopBlamesNobody()
{
    bool stopped = false;
    const auto scenario =
        test::runScenario(test::parametersOf(ScenarioId::Pool, {{Param::Tasks, 100'000},
                                                                {Param::Chunksize, 1},
                                                                {Param::Workload, 100'000},
                                                                {Param::Workers, 2}}),
                          {}, [&stopped](Scenario &s) {
                              if (stopped)
                                  return;
                              qint64 tasks = 0;
                              for (const ProcessRecord &p : s.run().processes)
                                  tasks += qint64(p.spans.size());
                              if (tasks >= 4) {
                                  stopped = true;
                                  s.stop();
                              }
                          });
    QVERIFY(scenario && scenario->isFinished());
    QVERIFY(stopped);
    const Run &run = scenario->run();
    QVERIFY(!run.errors.isEmpty());
    QCOMPARE(run.errors.first(), Scenario::tr("stopped by the user"));
    for (const QString &error : run.errors)
        QVERIFY2(!error.contains(QLatin1String("killed")), qPrintable(error));
    qint64 tasks = 0;
    for (const ProcessRecord &p : run.processes)
        tasks += qint64(p.spans.size());
    QVERIFY(tasks >= 4);
    // Tasks not run have no result: the squares claim does not hold.
    QVERIFY(run.facts.value(QStringLiteral("tasks_not_run")).toInteger() > 0);
    QCOMPARE(run.facts.value(QStringLiteral("results_are_squares")), QJsonValue(false));
}

QTEST_GUILESS_MAIN(TestPoolScenario)
#include "tst_poolscenario.moc"
