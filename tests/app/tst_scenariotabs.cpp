// SPDX-License-Identifier: MIT
// Every tab runs its scenario with real worker processes, the way a user drives it: through the
// tab's controls, watching the views fill. No timing is asserted, only what happened.
#include "codepanel.h"
#include "parameterpanel.h"
#include "processtablemodel.h"
#include "run.h"
#include "runcontroller.h"
#include "scenario.h"
#include "scenariotab.h"
#include "timelinechart.h"
#include "waitmodels.h"
#include "waitspanel.h"

#include "speedupchart.h"
#include "sweep.h"
#include "sweeppanel.h"
#include "timelinechart.h"
#include <QLabel>

#include "apptestsupport.h"
#include "testutils.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLineSeries>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <csignal>

using namespace proclab;

namespace {
constexpr int kRunTimeoutMs = 60'000;

bool finished(const ScenarioTab &tab)
{
    return tab.controller()->isFinished();
}

bool anyReady(const ScenarioTab &tab)
{
    const Run *run = tab.run();
    if (!run)
        return false;
    for (const auto &p : run->processes) {
        if (p.readyNs >= 0 && !p.exit.finished())
            return true;
    }
    return false;
}
} // namespace

class TestScenarioTabs : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void runFinishesWithOneLanePerProcess_data();
    void runFinishesWithOneLanePerProcess();
    void sliderChangesTheRunsParameters();
    void stopDuringARunEndsItCleanly();
    void killingABarrierParticipant();
    void daemonsParentKilledAbruptly();
    void poolColoursByChunkAndSweeps();
    void liveViewAdvancesWhileWorkersAreSilent();
    void bothRuntimesOnOneTimeline();
    void bothRuntimesAtTheSameTime();

private:
    QTemporaryDir m_settingsDir;
};

void TestScenarioTabs::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    test::isolateSettings(m_settingsDir);
}

void TestScenarioTabs::runFinishesWithOneLanePerProcess_data()
{
    QTest::addColumn<int>("scenario");
    for (const ScenarioInfo &info : scenarioInfos())
        QTest::newRow(info.key) << int(info.id);
}

void TestScenarioTabs::runFinishesWithOneLanePerProcess()
{
    QFETCH(int, scenario);
    ScenarioTab tab{ScenarioId(scenario)};
    tab.resize(1200, 800);
    tab.show();
    if (!tab.isAvailable()) {
        // The engine has no runner for it (yet): the tab says so and Run does nothing.
        QVERIFY(!tab.runButton()->isEnabled());
        QVERIFY(tab.statusText().contains(translatedScenarioTitle(ScenarioId(scenario))));
        tab.start();
        QVERIFY(!tab.hasRun());
        QSKIP("the engine has no runner for this scenario in this build");
    }
    QVERIFY(tab.runButton()->isEnabled());
    QSignalSpy finishedSpy(&tab, &ScenarioTab::runFinished);
    QTest::mouseClick(tab.runButton(), Qt::LeftButton);
    QVERIFY(tab.hasRun());
    QTRY_VERIFY_WITH_TIMEOUT(finished(tab), kRunTimeoutMs);
    QTRY_COMPARE(finishedSpy.count(), 1);
    const Run &run = *tab.run();
    QVERIFY2(run.errors.isEmpty(), qPrintable(run.errors.join(QLatin1Char('\n'))));
    QVERIFY(!run.processes.empty());
    QCOMPARE(tab.timeline()->laneCount(), int(run.processes.size()));
    QCOMPARE(tab.processModel()->rowCount(), int(run.processes.size()));
    for (int row = 0; row < tab.processModel()->rowCount(); ++row) {
        QVERIFY(tab.processModel()->index(row, ProcessTableModel::Pid).data().toLongLong() > 0);
        QVERIFY(!tab.processModel()
                     ->index(row, ProcessTableModel::ExitPython)
                     .data()
                     .toString()
                     .isEmpty());
        QVERIFY(tab.processModel()->index(row, ProcessTableModel::ExitPython).data().toString() !=
                QStringLiteral("None"));
    }
    QVERIFY(tab.runButton()->isEnabled());
    QVERIFY(!tab.stopButton()->isEnabled());
    // Every claim of the tutorial got a measurement beside it.
    QVERIFY(!tab.codePanel()->html().contains(QStringLiteral("not measured yet")));
    // Every scenario has its wait attribution and critical path, on the page and the timeline.
    QVERIFY(tab.showDetail(QStringLiteral("waits")));
    QCOMPARE(tab.waitsPanel()->attributionModel()->rowCount(), int(run.processes.size()));
    QCOMPARE(tab.waitsPanel()->matrixModel()->columnCount(), int(run.processes.size()));
    // The matrix's columns share one width computed from its widest label and value: it must
    // hold what the view itself would measure for every cell and every header.
    const QTableView *matrix = tab.waitsPanel()->matrixView();
    const QAbstractItemView *cells = matrix; // sizeHintForColumn() is public here
    for (int column = 0; column < matrix->model()->columnCount(); ++column) {
        const int needed = std::max(cells->sizeHintForColumn(column),
                                    matrix->horizontalHeader()->sectionSizeHint(column));
        QVERIFY2(matrix->columnWidth(column) >= needed,
                 qPrintable(QStringLiteral("column %1: %2 px for %3 px of text")
                                .arg(column)
                                .arg(matrix->columnWidth(column))
                                .arg(needed)));
    }
    QVERIFY(tab.waitsPanel()->pathModel()->rowCount() > 0);
    QVERIFY(!tab.timeline()->arrowItem()->criticalPath().empty());
    QVERIFY(tab.waitsPanel()->summaryLabel()->text().contains(QStringLiteral("wall time")));
    if (ScenarioId(scenario) == ScenarioId::Barrier) {
        // Each round one of the two waited for the other: the tutorial says for whom.
        QVERIFY2(tab.codePanel()->html().contains(QStringLiteral("which had")),
                 qPrintable(tab.codePanel()->html()));
        QVERIFY(!tab.timeline()->arrowItem()->visibleLinks().empty()); // arrows for all: on
    }
    QVERIFY(test::liveWorkersOf(QCoreApplication::applicationPid()).isEmpty());
}

void TestScenarioTabs::sliderChangesTheRunsParameters()
{
    ScenarioTab tab(ScenarioId::Spawning);
    QSlider *workers = tab.parameterPanel()->slider(Param::Workers);
    workers->setValue(2); // 1 + 2 = 3 processes
    QCOMPARE(tab.parameterPanel()->spinBox(Param::Workers)->value(), 3);
    tab.parameterPanel()->setValue(Param::Workload, 10);
    tab.start();
    QCOMPARE(tab.controller()->parameters().value(Param::Workers), 3);
    QCOMPARE(tab.controller()->parameters().value(Param::Workload), 10);
    QTRY_VERIFY_WITH_TIMEOUT(finished(tab), kRunTimeoutMs);
    QCOMPARE(tab.run()->processes.size(), size_t(3));
    QCOMPARE(tab.processModel()->rowCount(), 3);
    QCOMPARE(tab.run()->processes[2].outputSize, 20);
}

void TestScenarioTabs::stopDuringARunEndsItCleanly()
{
    ScenarioTab tab(ScenarioId::Killing);
    tab.parameterPanel()->setValue(Param::Duration, 60'000);
    tab.parameterPanel()->setValue(Param::KillAfter, 60'000);
    tab.start();
    QVERIFY(tab.isRunning());
    QVERIFY(tab.stopButton()->isEnabled());
    QVERIFY(!tab.runButton()->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(anyReady(tab), kRunTimeoutMs);
    QTest::mouseClick(tab.stopButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(finished(tab), kRunTimeoutMs);
    for (const auto &p : tab.run()->processes)
        QVERIFY(p.exit.finished());
    QVERIFY(tab.runButton()->isEnabled());
    QVERIFY(!tab.stopButton()->isEnabled());
    QVERIFY(tab.statusText().startsWith(QStringLiteral("Stopped")));
    QVERIFY(test::liveWorkersOf(QCoreApplication::applicationPid()).isEmpty());
}

void TestScenarioTabs::killingABarrierParticipant()
{
    ScenarioTab tab(ScenarioId::Barrier);
    if (!tab.isAvailable())
        QSKIP("the engine has no Barrier & Lock runner in this build");
    tab.parameterPanel()->setValue(Param::Workers, 3);
    tab.parameterPanel()->setValue(Param::Rounds, 100'000);
    tab.start();
    QVERIFY(!tab.killButton()->isEnabled() || tab.killTarget()->count() > 0);
    // Let the live refresh offer the participants, then kill the first one.
    QTRY_VERIFY_WITH_TIMEOUT(anyReady(tab) && tab.killTarget()->count() > 0 &&
                                 tab.killButton()->isEnabled(),
                             kRunTimeoutMs);
    const int victim = tab.killTarget()->itemData(0).toInt();
    tab.killTarget()->setCurrentIndex(0);
    QTest::mouseClick(tab.killButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(finished(tab), kRunTimeoutMs);
    const ProcessRecord *killed = tab.run()->process(victim);
    QVERIFY(killed);
    QCOMPARE(killed->exit.kind, ExitStatus::Kind::Signal);
    QCOMPARE(killed->exit.signal, SIGKILL);
    QCOMPARE(tab.processModel()->index(victim, ProcessTableModel::ExitPython).data().toString(),
             QStringLiteral("-9"));
    for (const auto &p : tab.run()->processes)
        QVERIFY(p.exit.finished());
    QVERIFY(tab.statusText().contains(killed->name));
    QVERIFY(test::liveWorkersOf(QCoreApplication::applicationPid()).isEmpty());
}

void TestScenarioTabs::daemonsParentKilledAbruptly()
{
    ScenarioTab tab(ScenarioId::Daemons);
    QVERIFY(tab.killParentCheck());
    tab.killParentCheck()->setChecked(true);
    tab.start();
    QVERIFY(!tab.killParentCheck()->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(finished(tab), kRunTimeoutMs);
    const Run &run = *tab.run();
    QVERIFY(run.facts.value(QStringLiteral("parent_killed")).toBool());
    QCOMPARE(run.processes.front().exit.kind, ExitStatus::Kind::Signal);
    QCOMPARE(run.processes.front().exit.signal, SIGKILL);
    for (const auto &p : run.processes)
        QVERIFY(p.exit.finished());
    QVERIFY(test::liveWorkersOf(QCoreApplication::applicationPid()).isEmpty());
}

void TestScenarioTabs::poolColoursByChunkAndSweeps()
{
    ScenarioTab tab(ScenarioId::Pool);
    if (!tab.isAvailable())
        QSKIP("the engine has no Pool runner in this build");
    tab.colorByChunkCheck()->setChecked(true);
    tab.parameterPanel()->setValue(Param::Chunksize, 2);
    tab.start();
    QTRY_VERIFY_WITH_TIMEOUT(finished(tab), kRunTimeoutMs);
    QCOMPARE(tab.timeline()->laneCount(), int(tab.run()->processes.size()));

    tab.sweepFromSpin()->setValue(1);
    tab.sweepToSpin()->setValue(2);
    tab.sweepPanel()->tasksSpin()->setValue(20);
    tab.sweepPanel()->workloadSpin()->setValue(1000);
    QSignalSpy sweepDone(&tab, &ScenarioTab::sweepFinished);
    QTest::mouseClick(tab.sweepButton(), Qt::LeftButton);
    QVERIFY(tab.sweep());
    QVERIFY(!tab.runButton()->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(sweepDone.count() == 1, 2 * kRunTimeoutMs);
    QVERIFY2(tab.sweep()->errors().isEmpty(),
             qPrintable(tab.sweep()->errors().join(QLatin1Char('\n'))));
    QCOMPARE(tab.sweep()->points().size(), size_t(2));
    QCOMPARE(tab.speedupChart()->measuredSeries()->count(), 2);
    QVERIFY(tab.runButton()->isEnabled());
    // No lock, no barrier: no columns for them.
    QVERIFY(tab.findChild<QTableView *>(QStringLiteral("processTable"))
                ->isColumnHidden(ProcessTableModel::Holding));
    QVERIFY(tab.findChild<QTableView *>(QStringLiteral("processTable"))
                ->isColumnHidden(ProcessTableModel::Waiting));
    // Each run did the sweep's own work, not the tab's ten tasks.
    for (const Sweep::Measured &m : tab.sweep()->measured())
        QCOMPARE(m.tasksDone, 20);
    // The status line sums the sweep up; each measured point explains itself on hover.
    QVERIFY2(tab.sweepPanel()->statusText().contains(QLatin1String("Best speedup")),
             qPrintable(tab.sweepPanel()->statusText()));
    const QString tip = tab.speedupChart()->pointToolTip(0, 2);
    QVERIFY2(tip.startsWith(QLatin1String("2 worker")), qPrintable(tip));
    QVERIFY(tab.speedupChart()->pointToolTip(0, 3).isEmpty()); // no such point
}

// A victim that computes for seconds without a word: the time axis still runs on to "now" and its
// Working time grows, instead of standing still until the next event.
void TestScenarioTabs::liveViewAdvancesWhileWorkersAreSilent()
{
    ScenarioTab tab(ScenarioId::Killing);
    tab.resize(1200, 800);
    tab.show();
    tab.parameterPanel()->setValue(Param::Duration, 8000);
    tab.parameterPanel()->setValue(Param::KillAfter, 6000);
    qint64 shownEnd = 0;
    connect(tab.timeline(), &TimelineChart::viewChanged, this,
            [&shownEnd](qint64, qint64 end) { shownEnd = end; });
    tab.start();
    const auto early = [&tab]() -> const ProcessRecord * {
        for (const ProcessRecord &p : tab.run()->processes) {
            if (p.name == QLatin1String("finished_first"))
                return &p;
        }
        return nullptr;
    };
    // From here until the kill nobody says anything: the victim works in one open span.
    QTRY_VERIFY_WITH_TIMEOUT(
        tab.run() && early() && early()->exit.finished() && early()->reapedNs >= 0, kRunTimeoutMs);
    int victim = -1;
    for (const ProcessRecord &p : tab.run()->processes) {
        if (p.name == QLatin1String("victim"))
            victim = p.id;
    }
    QVERIFY(victim >= 0);
    const size_t spansBefore = tab.run()->process(victim)->spans.size();
    const qint64 endBefore = shownEnd;
    QTRY_VERIFY_WITH_TIMEOUT(shownEnd >= endBefore + 500'000'000, 2500);
    ProcessTableModel *model = tab.processModel();
    QTRY_VERIFY(model->timeIn(victim, SpanKind::Work) > 300'000'000);
    QVERIFY(tab.isRunning()); // all of it before the kill: no event moved it on
    QCOMPARE(tab.run()->process(victim)->spans.size(), spansBefore);
    tab.stop();
    QTRY_VERIFY_WITH_TIMEOUT(!tab.isRunning(), kRunTimeoutMs);
}

// Runtime "both": the C++ workers, then the tutorial's Python; at the end one timeline and one
// table hold both runs' processes as two groups, each process tagged with its runtime, and the
// tutorial panel has a column for each.
void TestScenarioTabs::bothRuntimesOnOneTimeline()
{
    ScenarioTab tab{ScenarioId::Barrier};
    tab.resize(1200, 800);
    tab.show();
    tab.parameterPanel()->setValue(Param::Workers, 2);
    tab.parameterPanel()->setValue(Param::Rounds, 2);
    tab.parameterPanel()->setValue(Param::Workload, 10'000);
    tab.parameterPanel()->setValue(Param::Runtime, int(RuntimeChoice::Both));
    QSignalSpy finishedSpy(&tab, &ScenarioTab::runFinished);
    QTest::mouseClick(tab.runButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finishedSpy.count(), 1, kRunTimeoutMs);
    QVERIFY(tab.runButton()->isEnabled());
    const Run &run = *tab.run();
    QVERIFY2(run.errors.isEmpty(), qPrintable(run.errors.join(QLatin1Char('\n'))));
    int cpp = 0;
    int python = 0;
    for (const ProcessRecord &p : run.processes) {
        if (p.runtime == QLatin1String("cpp")) {
            ++cpp;
            QVERIFY(p.name.startsWith(QStringLiteral("C++ · ")));
            QVERIFY2(python == 0, "the C++ group comes first");
        } else {
            QCOMPARE(p.runtime, QStringLiteral("python"));
            QVERIFY(p.name.startsWith(QStringLiteral("Python · ")));
            ++python;
        }
        QVERIFY(p.parent < p.id); // parents shifted with their group
    }
    QCOMPARE(cpp, 4);    // 2 participants, 2 without the barrier
    QCOMPARE(python, 5); // and Python's main process
    QCOMPARE(tab.timeline()->laneCount(), cpp + python);
    QCOMPARE(tab.processModel()->rowCount(), cpp + python);
    const QString html = tab.codePanel()->html();
    QVERIFY(html.contains(QStringLiteral("C++ measured")));
    QVERIFY(html.contains(QStringLiteral("Python measured")));
    QVERIFY(!html.contains(QStringLiteral("not measured yet")));
}

// Runtime "both at the same time": the Python program starts while the C++ run still goes, and the
// one timeline keeps both on the same clock (the Python main process began before the last C++
// process ended; one after the other it could not have).
void TestScenarioTabs::bothRuntimesAtTheSameTime()
{
    ScenarioTab tab{ScenarioId::Barrier};
    tab.resize(1200, 800);
    tab.show();
    tab.parameterPanel()->setValue(Param::Workers, 2);
    tab.parameterPanel()->setValue(Param::Rounds, 3);
    tab.parameterPanel()->setValue(Param::Workload, 2'000'000);
    tab.parameterPanel()->setValue(Param::Runtime, int(RuntimeChoice::BothTogether));
    QSignalSpy finishedSpy(&tab, &ScenarioTab::runFinished);
    QTest::mouseClick(tab.runButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(tab.isRunning(), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(finishedSpy.count(), 1, kRunTimeoutMs);
    QVERIFY(!tab.isRunning());
    const Run &run = *tab.run();
    QVERIFY2(run.errors.isEmpty(), qPrintable(run.errors.join(QLatin1Char('\n'))));
    QCOMPARE(run.parameters.value(QStringLiteral("runtime")).toString(),
             QStringLiteral("both-together"));
    qint64 cppEnd = -1;
    qint64 pythonStart = -1;
    int python = 0;
    for (const ProcessRecord &p : run.processes) {
        if (p.runtime == QLatin1String("cpp"))
            cppEnd = std::max(cppEnd, p.exitedNs);
        else if (p.parent < 0)
            pythonStart = p.launchedNs;
        python += p.runtime == QLatin1String("python") ? 1 : 0;
    }
    QCOMPARE(python, 5);
    QVERIFY(pythonStart >= 0 && cppEnd > 0);
    QVERIFY2(pythonStart < cppEnd, qPrintable(QStringLiteral("Python started at %1 ns, C++ ended "
                                                             "at %2 ns")
                                                  .arg(pythonStart)
                                                  .arg(cppEnd)));
    QCOMPARE(tab.timeline()->laneCount(), int(run.processes.size()));
    QVERIFY(tab.codePanel()->html().contains(QStringLiteral("Python measured")));
}

QTEST_MAIN(TestScenarioTabs)
#include "tst_scenariotabs.moc"
