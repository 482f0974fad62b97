// SPDX-License-Identifier: MIT
// The Pool tab's sweep follows the Runtime choice: with "both" every worker count runs on the C++
// workers and then as the tutorial's own Python program (real processes, real CPython
// multiprocessing), and the speedup chart draws the two curves, each relative to its own
// one-worker run. The batch's --runtime both --sweep writes one pool-sweep.json with both curves.
#include "batchoptions.h"
#include "batchrunner.h"
#include "parameterpanel.h"
#include "pythonscenario.h"
#include "scenariotab.h"
#include "speedupchart.h"
#include "sweep.h"
#include "sweeppanel.h"

#include "apptestsupport.h"

#include <QChart>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineSeries>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace proclab;

namespace {
constexpr int kSweepTimeoutMs = 40'000;

// The Python runs use the spawn start method, whose pool workers CPython names SpawnPoolWorker-N.
// (The lab's C++ pool workers mimic the fork method's ForkPoolWorker-N, so that name would not
// tell the runtimes apart.)
bool isSpawnPoolWorker(const QString &name)
{
    return name.startsWith(QLatin1String("SpawnPoolWorker-"));
}

QStringList seriesRoles(const SpeedupChart &chart)
{
    QStringList roles;
    for (QAbstractSeries *series : chart.chart()->series())
        roles << series->objectName();
    return roles;
}

// Each curve's speedups are relative to its own one-worker run: exactly 1 there, and
// wall(1) / wall(p) elsewhere, from that curve's own wall times.
void verifyOwnBaseline(const std::vector<SweepPoint> &points, const char *who)
{
    QVERIFY2(points.size() == 2, who);
    QCOMPARE(points[0].workers, 1);
    QCOMPARE(points[1].workers, 2);
    QVERIFY2(points[0].wallNs > 0 && points[1].wallNs > 0, who);
    QCOMPARE(points[0].speedup, 1.0);
    QCOMPARE(points[1].speedup, double(points[0].wallNs) / double(points[1].wallNs));
    QCOMPARE(points[1].efficiency, points[1].speedup / 2);
}
} // namespace

class TestSpeedupSweepPython : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void bothSweepDrawsTwoCurves();
    void batchBothSweepWritesBothCurves();
    void pythonOnlySweepIsLabelledPython();

private:
    QTemporaryDir m_settings;
};

void TestSpeedupSweepPython::initTestCase()
{
    test::isolateSettings(m_settings);
    if (PythonScenario::pythonProgram().isEmpty())
        QFAIL("python3 is not installed (scripts/setup.sh installs it)");
}

void TestSpeedupSweepPython::bothSweepDrawsTwoCurves()
{
    QElapsedTimer clock;
    clock.start();
    ScenarioTab tab(ScenarioId::Pool);
    QVERIFY(tab.isAvailable());
    tab.resize(1200, 800);
    tab.show();
    ParameterPanel *panel = tab.parameterPanel();
    tab.sweepPanel()->tasksSpin()->setValue(200); // the sweep's own work, not the tab's
    panel->setValue(Param::Chunksize, 10);
    tab.sweepPanel()->workloadSpin()->setValue(1000);
    panel->setValue(Param::Runtime, int(RuntimeChoice::Both));
    panel->setValue(Param::StartMethod, int(StartMethodChoice::Spawn));
    tab.sweepFromSpin()->setValue(1);
    tab.sweepToSpin()->setValue(2);
    QSignalSpy sweepDone(&tab, &ScenarioTab::sweepFinished);
    QTest::mouseClick(tab.sweepButton(), Qt::LeftButton);
    QVERIFY(tab.sweep());
    QTRY_VERIFY_WITH_TIMEOUT(sweepDone.count() == 1, kSweepTimeoutMs);
    const Sweep &sweep = *tab.sweep();
    QVERIFY2(sweep.errors().isEmpty(), qPrintable(sweep.errors().join(QLatin1Char('\n'))));
    QCOMPARE(sweep.runtime(), RuntimeChoice::Both);

    // Four runs: 1 worker on C++, then Python, then 2 workers on C++, then Python.
    const std::vector<Sweep::Measured> &runs = sweep.measured();
    QCOMPARE(runs.size(), size_t(4));
    for (size_t i = 0; i < runs.size(); ++i) {
        const Sweep::Measured &m = runs[i];
        const bool python = i % 2 == 1;
        const QString names = m.processNames.join(QLatin1String(", "));
        QCOMPARE(m.workers, int(i / 2) + 1);
        QCOMPARE(m.runtime, python ? RuntimeChoice::Python : RuntimeChoice::Cpp);
        // Who ran it, as the run itself says: Python's run reports its runtime and its pool
        // workers carry CPython's spawn names; the C++ run has no such process.
        QCOMPARE(m.reportedRuntime, python ? QStringLiteral("python") : QStringLiteral("cpp"));
        const auto poolWorkers =
            std::count_if(m.processNames.begin(), m.processNames.end(), isSpawnPoolWorker);
        QVERIFY2(poolWorkers == (python ? m.workers : 0),
                 qPrintable(QStringLiteral("run %1, %2 workers, %3: %4")
                                .arg(i)
                                .arg(m.workers)
                                .arg(m.reportedRuntime, names)));
        // Python's main process (the tutorial's program itself) is a lane of its own.
        QCOMPARE(m.processNames.size(), m.workers + (python ? 1 : 0));
        QVERIFY2(m.everyTaskOnce, qPrintable(names));
    }

    // Two curves of two points, each relative to its own 1-worker run.
    verifyOwnBaseline(sweep.points(RuntimeChoice::Cpp), "C++");
    verifyOwnBaseline(sweep.points(RuntimeChoice::Python), "Python");
    QCOMPARE(sweep.points(RuntimeChoice::Cpp)[0].wallNs, runs[0].wallNs);
    QCOMPARE(sweep.points(RuntimeChoice::Python)[0].wallNs, runs[1].wallNs);
    QCOMPARE(sweep.points(RuntimeChoice::Python)[1].wallNs, runs[3].wallNs);

    // The JSON: the C++ curve where every "proclab-sweep/1" reader looks, Python's beside it.
    const QJsonObject json = sweep.toJson();
    QCOMPARE(json.value(QStringLiteral("format")).toString(), QStringLiteral("proclab-sweep/1"));
    QCOMPARE(json.value(QStringLiteral("runtime")).toString(), QStringLiteral("both"));
    QCOMPARE(json.value(QStringLiteral("start_method")).toString(), QStringLiteral("spawn"));
    const QJsonArray cppPoints = json.value(QStringLiteral("points")).toArray();
    const QJsonObject python = json.value(QStringLiteral("python")).toObject();
    const QJsonArray pythonPoints = python.value(QStringLiteral("points")).toArray();
    QCOMPARE(cppPoints.size(), 2);
    QCOMPARE(pythonPoints.size(), 2);
    for (const QJsonValue &p : cppPoints)
        QCOMPARE(p.toObject().value(QStringLiteral("runtime")).toString(), QStringLiteral("cpp"));
    for (const QJsonValue &p : pythonPoints)
        QCOMPARE(p.toObject().value(QStringLiteral("runtime")).toString(),
                 QStringLiteral("python"));
    QCOMPARE(pythonPoints.at(0).toObject().value(QStringLiteral("speedup")).toDouble(), 1.0);
    QVERIFY(python.value(QStringLiteral("serial_fraction")).isDouble() ||
            python.value(QStringLiteral("serial_fraction")).isNull());

    // The chart: two measured curves, labelled, the ideal line once.
    const SpeedupChart &chart = *tab.speedupChart();
    QCOMPARE(chart.curveCount(), 2);
    const QStringList roles = seriesRoles(chart);
    QCOMPARE(roles.count(QStringLiteral("ideal")), 1);
    QCOMPARE(roles.count(QStringLiteral("cores")), 1);
    QCOMPARE(roles.count(QStringLiteral("measured")), 1);
    QCOMPARE(roles.count(QStringLiteral("measured-python")), 1);
    QCOMPARE(roles.size(), 8); // ideal, cores, and speedup, efficiency, Amdahl per curve
    QLineSeries *cpp = chart.measuredSeries(0);
    QLineSeries *py = chart.measuredSeries(1);
    QCOMPARE(cpp->objectName(), QStringLiteral("measured"));
    QCOMPARE(py->objectName(), QStringLiteral("measured-python"));
    QCOMPARE(cpp->count(), 2);
    QCOMPARE(py->count(), 2);
    QVERIFY2(cpp->name().contains(QLatin1String("C++")), qPrintable(cpp->name()));
    QVERIFY2(py->name().contains(QLatin1String("Python")), qPrintable(py->name()));
    QVERIFY(!cpp->name().contains(QLatin1String("Python")));
    QCOMPARE(py->at(0), QPointF(1, 1));
    QCOMPARE(cpp->at(0), QPointF(1, 1));
    QCOMPARE(py->at(1).y(), sweep.points(RuntimeChoice::Python)[1].speedup);
    QCOMPARE(cpp->at(1).y(), sweep.points(RuntimeChoice::Cpp)[1].speedup);
    QVERIFY(cpp->pen().color() != py->pen().color());
    QVERIFY(chart.chart()->title().contains(QLatin1String("Python")));
    QVERIFY(tab.sweepPanel()->statusText().contains(QLatin1String("Python")));

    // PROCLAB_SWEEP_SCREENSHOT=FILE: the tab's speedup page as it now looks.
    const QString shot = qEnvironmentVariable("PROCLAB_SWEEP_SCREENSHOT");
    if (!shot.isEmpty())
        QVERIFY(tab.grab().save(shot));
    qInfo("both-sweep 1-2 (4 runs) took %lld ms", qint64(clock.elapsed()));
}

// proclab --batch pool --runtime both --sweep 1-2: one pool-sweep.json holding both curves
// (not the Python sweep overwriting the C++ one).
void TestSpeedupSweepPython::batchBothSweepWritesBothCurves()
{
    QElapsedTimer clock;
    clock.start();
    QTemporaryDir dir;
    QCommandLineParser parser;
    addBatchOptions(parser);
    QVERIFY(parser.parse({QStringLiteral("proclab"), QStringLiteral("--batch=pool"),
                          QStringLiteral("--out"), dir.path(), QStringLiteral("--tasks=200"),
                          QStringLiteral("--chunksize=10"), QStringLiteral("--workload=1000"),
                          QStringLiteral("--runtime=both"), QStringLiteral("--sweep=1-2")}));
    QString error;
    const auto options = batchOptionsFrom(parser, &error);
    QVERIFY2(options.has_value(), qPrintable(error));
    BatchRunner runner(*options);
    QString outText, errText;
    QTextStream out(&outText), err(&errText);
    QCOMPARE(runner.exec(out, err), 0);
    QVERIFY2(errText.isEmpty(), qPrintable(errText));
    QVERIFY2(outText.contains(QLatin1String("2 C++ and 2 Python points")), qPrintable(outText));
    QCOMPARE(outText.count(QLatin1String("sweep:")), 1);
    QFile file(dir.filePath(QStringLiteral("pool-sweep.json")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(json.value(QStringLiteral("runtime")).toString(), QStringLiteral("both"));
    const QJsonArray cppPoints = json.value(QStringLiteral("points")).toArray();
    const QJsonArray pythonPoints =
        json.value(QStringLiteral("python")).toObject().value(QStringLiteral("points")).toArray();
    QCOMPARE(cppPoints.size(), 2);
    QCOMPARE(pythonPoints.size(), 2);
    for (const QJsonArray &points : {cppPoints, pythonPoints}) {
        QCOMPARE(points.at(0).toObject().value(QStringLiteral("speedup")).toDouble(), 1.0);
        QVERIFY(points.at(0).toObject().value(QStringLiteral("every_task_once")).toBool());
    }
    QCOMPARE(pythonPoints.at(1).toObject().value(QStringLiteral("runtime")).toString(),
             QStringLiteral("python"));
    QCOMPARE(cppPoints.at(1).toObject().value(QStringLiteral("runtime")).toString(),
             QStringLiteral("cpp"));
    // The file reads back into the two-curve chart.
    SpeedupChart chart;
    chart.setSweep(json);
    QCOMPARE(chart.curveCount(), 2);
    QCOMPARE(chart.measuredSeries(1)->count(), 2);
    qInfo("batch pool + both-sweep 1-2 took %lld ms", qint64(clock.elapsed()));
}

// A sweep file of the Python runtime alone: one curve, said to be Python's; a file without
// "runtime" (before runtimes existed) stays one unlabelled curve.
void TestSpeedupSweepPython::pythonOnlySweepIsLabelledPython()
{
    const QJsonArray points{QJsonObject{{QStringLiteral("workers"), 1},
                                        {QStringLiteral("wall_ns"), 1000},
                                        {QStringLiteral("speedup"), 1.0},
                                        {QStringLiteral("efficiency"), 1.0}},
                            QJsonObject{{QStringLiteral("workers"), 2},
                                        {QStringLiteral("wall_ns"), 800},
                                        {QStringLiteral("speedup"), 1.25},
                                        {QStringLiteral("efficiency"), 0.625}}};
    QJsonObject json{{QStringLiteral("format"), QStringLiteral("proclab-sweep/1")},
                     {QStringLiteral("scenario"), QStringLiteral("pool")},
                     {QStringLiteral("points"), points},
                     {QStringLiteral("serial_fraction"), 0.6}};
    SpeedupChart chart;
    chart.setSweep(json);
    QCOMPARE(chart.curveCount(), 1);
    QCOMPARE(seriesRoles(chart).size(), 5);
    QVERIFY(!chart.measuredSeries()->name().contains(QLatin1String("Python")));
    json.insert(QStringLiteral("runtime"), QStringLiteral("python"));
    chart.setSweep(json);
    QCOMPARE(chart.curveCount(), 1);
    QCOMPARE(chart.curveRuntime(0), QStringLiteral("python"));
    QVERIFY(chart.measuredSeries()->name().contains(QLatin1String("Python")));
    QCOMPARE(chart.measuredSeries()->count(), 2);
    QCOMPARE(seriesRoles(chart).size(), 5);
}

QTEST_MAIN(TestSpeedupSweepPython)
#include "tst_speedupsweep_python.moc"
