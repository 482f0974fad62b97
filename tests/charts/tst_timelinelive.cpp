// SPDX-License-Identifier: MIT
// The timeline against real runs: refreshed while the engine fills the run (as the window's timer
// does), then written by the batch chart writer.
#include "chartexport.h"
#include "scenario.h"
#include "timelinechart.h"

#include <QChart>
#include <QChartView>
#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace proclab;

class TestTimelineLive : public QObject
{
    Q_OBJECT
private slots:
    void refreshDuringRun_data();
    void refreshDuringRun();
    void batchWriter();
};

void TestTimelineLive::refreshDuringRun_data()
{
    QTest::addColumn<int>("scenario");
    QTest::newRow("spawning") << int(ScenarioId::Spawning);
    QTest::newRow("killing") << int(ScenarioId::Killing);
}

void TestTimelineLive::refreshDuringRun()
{
    QFETCH(int, scenario);
    ScenarioParameters parameters{ScenarioId(scenario)};
    auto run = createScenario(parameters);
    QVERIFY(run);
    TimelineChart chart;
    chart.resize(1000, 600);
    chart.show();
    chart.setRun(&run->run());
    int refreshes = 0;
    QTimer timer;
    timer.setInterval(33);
    connect(&timer, &QTimer::timeout, &chart, [&] {
        chart.refresh();
        chart.view()->viewport()->repaint(); // paint now, between the engine's appends
        ++refreshes;
    });
    QSignalSpy finished(run.get(), &Scenario::finished);
    timer.start();
    run->start();
    QVERIFY(finished.wait(60000));
    timer.stop();
    chart.refresh();
    QVERIFY2(run->run().errors.isEmpty(), qPrintable(run->run().errors.join(QLatin1Char('\n'))));
    QCOMPARE(chart.laneCount(), int(run->run().processes.size()));
    QVERIFY(chart.laneCount() > 0);
    QVERIFY(!chart.grab().isNull());
    // The finished run's title shows its wall time; every lane has its exit marker's tooltip.
    QVERIFY(chart.chart()->title().contains(QStringLiteral("ms")));
    for (int lane = 0; lane < chart.laneCount(); ++lane) {
        const ProcessRecord &p = run->run().processes[std::size_t(lane)];
        const QPointF at(chart.mapping().xForTime(p.exitedNs), chart.laneRect(lane).center().y());
        const QString tip = chart.toolTipAt(at);
        QVERIFY2(tip.contains(QStringLiteral("exit")) || tip.contains(QStringLiteral("killed")),
                 qPrintable(tip));
    }
    qInfo("%d refreshes during the run", refreshes);
}

void TestTimelineLive::batchWriter()
{
    ScenarioParameters parameters{ScenarioId::Spawning};
    auto run = createScenario(parameters);
    QSignalSpy finished(run.get(), &Scenario::finished);
    run->start();
    QVERIFY(finished.wait(60000));
    QTemporaryDir dir;
    QStringList written;
    QString error;
    const QString base = dir.filePath(QStringLiteral("spawning"));
    QVERIFY2(writeRunCharts(run->run(), run->parameters(), base,
                            {QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf")},
                            &written, &error),
             qPrintable(error));
    QCOMPARE(written.size(), 3);
    QImage image;
    QVERIFY(image.load(base + QStringLiteral("-timeline.png")));
    QCOMPARE(image.size(), timelineExportSize(int(run->run().processes.size())));
    QFile svg(base + QStringLiteral("-timeline.svg"));
    QVERIFY(svg.open(QIODevice::ReadOnly));
    QVERIFY(svg.readAll().contains("<svg"));
    QFile pdf(base + QStringLiteral("-timeline.pdf"));
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(4) == "%PDF");
}

QTEST_MAIN(TestTimelineLive)
#include "tst_timelinelive.moc"
