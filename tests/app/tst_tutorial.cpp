// SPDX-License-Identifier: MIT
// The tutorial panel's verdicts: each claim is judged from the run's own measurements, so it can
// come out "does not hold" (pool work 10/0/0/0, join() inside the loop, a terminated exit code)
// and says "not tested" when the run did not exercise it (no signal was sent).
#include "tutorial.h"

#include "engine/scenariorunner.h"
#include "lifecyclescenarios.h"
#include "run.h"

#include <QJsonArray>
#include <QTest>

using namespace proclab;

class TestTutorial : public QObject
{
    Q_OBJECT
private slots:
    void nothingIsJudgedBeforeTheEnd();
    void poolSpread_data();
    void poolSpread();
    void poolSquares();
    void spawningParallelism_data();
    void spawningParallelism();
    void killWithoutSignalIsNotTested();
    void terminatedVictimContradictsExitZero();
    void daemonOfAKilledParentOutlivesIt_data();
    void daemonOfAKilledParentOutlivesIt();
};

static Span taskSpan(qint64 beginNs, int task)
{
    Span s;
    s.kind = SpanKind::Task;
    s.beginNs = beginNs;
    s.endNs = beginNs + 1000;
    s.task = task;
    return s;
}

// A finished pool run whose worker i did counts[i] one-task chunks.
static Run poolRun(const std::vector<int> &counts)
{
    Run run;
    run.scenario = QStringLiteral("pool");
    int total = 0;
    for (int c : counts)
        total += c;
    run.parameters = ScenarioParameters(ScenarioId::Pool).toJson();
    run.parameters.insert(QStringLiteral("tasks"), total);
    run.facts.insert(QStringLiteral("chunksize"), 1);
    QJsonArray squares;
    for (int i = 0; i < total; ++i)
        squares.append(qint64(i) * i);
    run.results = squares;
    int task = 0;
    for (size_t w = 0; w < counts.size(); ++w) {
        ProcessRecord p;
        p.id = int(w);
        p.name = QStringLiteral("ForkPoolWorker-%1").arg(w + 1);
        for (int k = 0; k < counts[w]; ++k)
            p.spans.push_back(taskSpan(qint64(task) * 2000, task)), ++task;
        run.processes.push_back(p);
    }
    return run;
}

void TestTutorial::nothingIsJudgedBeforeTheEnd()
{
    const Run run = poolRun({10, 0, 0, 0});
    const TutorialSection running = Tutorial::section(ScenarioId::Pool, &run, false);
    QVERIFY(!running.judged);
    for (const TutorialClaim &claim : running.claims)
        QCOMPARE(claim.verdict, Verdict::NotTested);
    QVERIFY(!Tutorial::toHtml(running).contains(Tutorial::tr("does not hold")));
    const TutorialSection finished = Tutorial::section(ScenarioId::Pool, &run, true);
    QVERIFY(finished.judged);
    QVERIFY(Tutorial::toHtml(finished).contains(Tutorial::tr("does not hold")));
}

void TestTutorial::poolSpread_data()
{
    QTest::addColumn<std::vector<int>>("counts");
    QTest::addColumn<Verdict>("verdict");
    QTest::newRow("10/0/0/0") << std::vector<int>{10, 0, 0, 0} << Verdict::DoesNotHold;
    QTest::newRow("3/3/2/2") << std::vector<int>{3, 3, 2, 2} << Verdict::Holds;
    QTest::newRow("4/3/2/1") << std::vector<int>{4, 3, 2, 1} << Verdict::DoesNotHold;
    QTest::newRow("1/1/0/0: two tasks, four workers")
        << std::vector<int>{1, 1, 0, 0} << Verdict::Holds;
}

void TestTutorial::poolSpread()
{
    QFETCH(std::vector<int>, counts);
    QFETCH(Verdict, verdict);
    const Run run = poolRun(counts);
    const TutorialSection s = Tutorial::section(ScenarioId::Pool, &run, true);
    QCOMPARE(s.claims.size(), 2);
    QCOMPARE(s.claims[1].verdict, verdict);
    QCOMPARE(s.claims[0].verdict, Verdict::Holds); // the squares are right
}

void TestTutorial::poolSquares()
{
    Run run = poolRun({3, 3, 2, 2});
    QJsonArray wrong = run.results.toArray();
    wrong[7] = 50;
    run.results = wrong;
    QCOMPARE(Tutorial::section(ScenarioId::Pool, &run, true).claims[0].verdict,
             Verdict::DoesNotHold);
    wrong.removeLast();
    wrong[7] = 49;
    run.results = wrong; // one result missing
    QCOMPARE(Tutorial::section(ScenarioId::Pool, &run, true).claims[0].verdict,
             Verdict::DoesNotHold);
    // When the run carries the engine's own check (made where it read the results), that decides:
    // this list is right, the engine found otherwise.
    run = poolRun({3, 3, 2, 2});
    run.facts.insert(QStringLiteral("results_are_squares"), false);
    QCOMPARE(Tutorial::section(ScenarioId::Pool, &run, true).claims[0].verdict,
             Verdict::DoesNotHold);
}

// Real runs: six processes with enough work to run for tens of ms each, started in a loop, or
// joined inside it (the tutorial's mistake: one after the other).
void TestTutorial::spawningParallelism_data()
{
    QTest::addColumn<bool>("joinInLoop");
    QTest::addColumn<Verdict>("verdict");
    QTest::newRow("start all, then join") << false << Verdict::Holds;
    QTest::newRow("join inside the loop") << true << Verdict::DoesNotHold;
}

void TestTutorial::spawningParallelism()
{
    QFETCH(bool, joinInLoop);
    QFETCH(Verdict, verdict);
    ScenarioParameters parameters(ScenarioId::Spawning);
    QVERIFY(parameters.set(Param::Workload, 2'000'000));
    QVERIFY(parameters.set(Param::JoinInLoop, joinInLoop ? 1 : 0));
    const auto scenario = test::runToEnd(parameters);
    QVERIFY(scenario && scenario->isFinished());
    QVERIFY2(scenario->run().errors.isEmpty(), qPrintable(test::errorsOf(scenario->run())));
    const TutorialSection s = Tutorial::section(ScenarioId::Spawning, &scenario->run(), true);
    QCOMPARE(s.claims[0].verdict, Verdict::Holds); // sizes i × workload
    QCOMPARE(s.claims[1].verdict, verdict);
}

// Kill-after longer than the work: the victim ends on its own first and kill(2) is never sent.
// Nothing may describe a signal, and both claims are untested rather than confirmed.
void TestTutorial::killWithoutSignalIsNotTested()
{
    ScenarioParameters parameters(ScenarioId::Killing);
    QVERIFY(parameters.set(Param::Duration, 50));
    QVERIFY(parameters.set(Param::KillAfter, 2000));
    const auto scenario = test::runToEnd(parameters);
    QVERIFY(scenario && scenario->isFinished());
    const Run &run = scenario->run();
    const bool sent = run.results.toObject()
                          .value(QStringLiteral("victim"))
                          .toObject()
                          .value(QStringLiteral("signal_delivered"))
                          .toBool(true);
    QVERIFY(!sent);
    const TutorialSection s = Tutorial::section(ScenarioId::Killing, &run, true);
    for (const TutorialClaim &claim : s.claims) {
        QCOMPARE(claim.verdict, Verdict::NotTested);
        QVERIFY2(!claim.measured.contains(QLatin1String("right after the signal")),
                 qPrintable(claim.measured));
        QVERIFY(!claim.measured.contains(QLatin1String("victim: 0")));
    }
}

void TestTutorial::terminatedVictimContradictsExitZero()
{
    const auto scenario = test::runToEnd(ScenarioParameters(ScenarioId::Killing));
    QVERIFY(scenario && scenario->isFinished());
    const TutorialSection s = Tutorial::section(ScenarioId::Killing, &scenario->run(), true);
    QCOMPARE(s.claims[0].verdict, Verdict::Holds);       // launched and terminated
    QCOMPARE(s.claims[1].verdict, Verdict::DoesNotHold); // exitcode -15, not 0
}

void TestTutorial::daemonOfAKilledParentOutlivesIt_data()
{
    QTest::addColumn<bool>("killParent");
    QTest::addColumn<Verdict>("verdict");
    QTest::newRow("parent ends normally") << false << Verdict::Holds;
    QTest::newRow("parent killed") << true << Verdict::DoesNotHold;
}

// Python's rule (daemons are terminated when their parent exits) holds when the parent exits; a
// SIGKILLed parent terminates nobody, and the orphaned daemon is seen outliving it.
void TestTutorial::daemonOfAKilledParentOutlivesIt()
{
    QFETCH(bool, killParent);
    QFETCH(Verdict, verdict);
    ScenarioParameters parameters(ScenarioId::Daemons);
    QVERIFY(parameters.set(Param::Duration, 200));
    const auto scenario = test::runToEnd(parameters, 60000, [killParent](Scenario &s) {
        qobject_cast<DaemonsScenario *>(&s)->setKillParent(killParent);
    });
    QVERIFY(scenario && scenario->isFinished());
    QVERIFY2(scenario->run().errors.isEmpty(), qPrintable(test::errorsOf(scenario->run())));
    const TutorialSection s = Tutorial::section(ScenarioId::Daemons, &scenario->run(), true);
    QCOMPARE(s.claims[0].verdict, verdict);
    QCOMPARE(s.claims[0].measured.contains(QLatin1String("outlived")), killParent);
}

QTEST_MAIN(TestTutorial)
#include "tst_tutorial.moc"
