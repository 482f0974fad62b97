// SPDX-License-Identifier: MIT
#include "syntheticrun.h"
#include "timelinechart.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QHelpEvent>
#include <QLegend>
#include <QLegendMarker>
#include <QPainter>
#include <QPixmap>
#include <QTest>
#include <QToolTip>
#include <QWheelEvent>

using namespace proclab;
using proclab::test::SyntheticRun;

class TestTimelineChart : public QObject
{
    Q_OBJECT
private slots:
    void emptyChart();
    void rendersManyLanes();
    void lanesAreOrderedAndDoNotOverlap();
    void toolTipForKnownSpan();
    void toolTipForMarkers();
    void zoomKeepsLanesAndChangesAxis();
    void liveRunGrows();
    void chunkColours();
    void legendShowsWhatIsDrawn();
    void mouseAndKeyboard();
    void redrawBenchmark();

private:
    static QCategoryAxis *laneAxis(const TimelineChart &chart);
    static QPointF spanCentre(const TimelineChart &chart, int lane, int span);
};

QCategoryAxis *TestTimelineChart::laneAxis(const TimelineChart &chart)
{
    const auto axes = chart.chart()->axes(Qt::Vertical);
    return axes.isEmpty() ? nullptr : qobject_cast<QCategoryAxis *>(axes.first());
}

QPointF TestTimelineChart::spanCentre(const TimelineChart &chart, int lane, int span)
{
    const qint64 middle = (SyntheticRun::spanBegin(span) + SyntheticRun::spanEnd(span)) / 2;
    return QPointF(chart.mapping().xForTime(middle), chart.laneRect(lane).center().y());
}

void TestTimelineChart::emptyChart()
{
    TimelineChart chart;
    chart.resize(800, 500);
    chart.setRun(nullptr);
    chart.refresh();
    QCOMPARE(chart.laneCount(), 0);
    QVERIFY(!chart.grab().isNull());
    QVERIFY(chart.toolTipAt(QPointF(400, 250)).isEmpty());
}

void TestTimelineChart::rendersManyLanes()
{
    const Run run = SyntheticRun::make(64, 1000);
    TimelineChart chart;
    chart.resize(1200, 700);
    chart.setRun(&run);
    QCOMPARE(chart.laneCount(), 64);
    QCategoryAxis *axis = laneAxis(chart);
    QVERIFY(axis);
    QCOMPARE(axis->count(), 64);
    QCOMPARE(axis->categoriesLabels().constLast(), QStringLiteral("worker-0 (10000)")); // top lane
    const QPixmap pixmap = chart.grab();
    QVERIFY(!pixmap.isNull());
    QCOMPARE(pixmap.size(), QSize(1200, 700));
}

void TestTimelineChart::lanesAreOrderedAndDoNotOverlap()
{
    const Run run = SyntheticRun::make(64, 10);
    TimelineChart chart;
    chart.resize(1200, 700);
    chart.setRun(&run);
    chart.grab(); // lays the chart out
    const QRectF plot = chart.chart()->plotArea();
    QVERIFY(plot.height() > 100);
    for (int lane = 0; lane < 64; ++lane) {
        const QRectF r = chart.laneRect(lane);
        QVERIFY(r.height() > 0);
        QVERIFY(r.top() >= plot.top() - 1e-6 && r.bottom() <= plot.bottom() + 1e-6);
        if (lane > 0)
            QVERIFY(r.top() >= chart.laneRect(lane - 1).bottom() - 1e-6);
    }
}

void TestTimelineChart::toolTipForKnownSpan()
{
    const Run run = SyntheticRun::make(4, 20);
    TimelineChart chart;
    chart.resize(1200, 700);
    chart.setRun(&run);
    chart.grab();
    // Lane 2, span 4 is a task (kinds cycle, Task is the fifth): task 4, 1.4 .. 1.49 ms.
    const TimelineHit hit = chart.hitTest(spanCentre(chart, 2, 4));
    QCOMPARE(hit.what, TimelineHit::What::Span);
    QCOMPARE(hit.lane, 2);
    QCOMPARE(hit.span.kind, SpanKind::Task);
    QCOMPARE(hit.span.task, 4);
    const QString tip = chart.toolTipAt(spanCentre(chart, 2, 4));
    QVERIFY2(tip.contains(QStringLiteral("worker-2 (10002)")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("task 4")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("1.400 ms")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("1.490 ms")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("duration: 0.090 ms")), qPrintable(tip));

    // Lane 0, span 1 is a barrier wait of round 0.
    const QString barrier = chart.toolTipAt(spanCentre(chart, 0, 1));
    QVERIFY2(barrier.contains(QStringLiteral("barrier wait, round 0")), qPrintable(barrier));

    // Below the plot there is nothing.
    QVERIFY(chart.toolTipAt(QPointF(600, chart.chart()->plotArea().bottom() + 20)).isEmpty());
}

void TestTimelineChart::toolTipForMarkers()
{
    const Run run = SyntheticRun::make(3, 10);
    TimelineChart chart;
    chart.resize(1200, 700);
    chart.setRun(&run);
    chart.grab();
    const ProcessRecord &killed = run.processes[1];
    const double y = chart.laneRect(1).center().y();
    const QString exitTip =
        chart.toolTipAt(QPointF(chart.mapping().xForTime(killed.finishedNs), y));
    QVERIFY2(exitTip.contains(QStringLiteral("SIGKILL")), qPrintable(exitTip));
    QVERIFY2(exitTip.contains(QStringLiteral("-9")), qPrintable(exitTip));
    TimelineModel::MarkerAt signal;
    signal.kind = TimelineMarker::SignalSent;
    signal.timeNs = killed.markers.front().timeNs;
    const QString signalTip = chart.toolTipAt(chart.spanItem()->markerCentre(1, signal));
    QVERIFY2(signalTip.contains(QStringLiteral("sent")), qPrintable(signalTip));
    const QString launchTip = chart.toolTipAt(QPointF(
        chart.mapping().xForTime(run.processes[0].launchedNs), chart.laneRect(0).center().y()));
    QVERIFY2(launchTip.contains(QStringLiteral("launched")), qPrintable(launchTip));
}

void TestTimelineChart::zoomKeepsLanesAndChangesAxis()
{
    const Run run = SyntheticRun::make(8, 100);
    TimelineChart chart;
    chart.resize(1200, 700);
    chart.setRun(&run);
    chart.grab();
    QVERIFY(!chart.mapping().isZoomed());
    chart.zoomToTime(SyntheticRun::spanBegin(10), SyntheticRun::spanBegin(20));
    QVERIFY(chart.mapping().isZoomed());
    const auto *axis = qobject_cast<QValueAxis *>(chart.chart()->axes(Qt::Horizontal).first());
    QVERIFY(axis);
    QVERIFY(qAbs(axis->min() - SyntheticRun::spanBegin(10) / 1e6) < 1e-9);
    QVERIFY(qAbs(axis->max() - SyntheticRun::spanBegin(20) / 1e6) < 1e-9);
    // A zoomed span is wide: the hit test still finds exactly it.
    const TimelineHit hit = chart.hitTest(spanCentre(chart, 3, 15));
    QCOMPARE(hit.what, TimelineHit::What::Span);
    QCOMPARE(hit.span.beginNs, SyntheticRun::spanBegin(15));
    QVERIFY(!chart.grab().isNull());
    chart.resetZoom();
    QVERIFY(!chart.mapping().isZoomed());
    QCOMPARE(chart.laneCount(), 8);
}

void TestTimelineChart::liveRunGrows()
{
    Run run = SyntheticRun::make(2, 5);
    run.wallNs = 0;
    TimelineChart chart;
    chart.resize(1000, 600);
    chart.setRun(&run);
    const qint64 endBefore = chart.mapping().fullEndNs;
    // The engine appends spans and processes between refreshes (vectors may reallocate).
    for (int j = 5; j < 2000; ++j) {
        Span s;
        s.beginNs = SyntheticRun::spanBegin(j);
        s.endNs = SyntheticRun::spanEnd(j);
        run.processes[0].spans.push_back(s);
    }
    ProcessRecord late;
    late.id = 2;
    late.name = QStringLiteral("late");
    late.launchedNs = SyntheticRun::spanBegin(100);
    late.open[int(SpanKind::Work)].open = true;
    late.open[int(SpanKind::Work)].span.beginNs = SyntheticRun::spanBegin(101);
    run.processes.push_back(late);
    chart.refresh();
    QCOMPARE(chart.laneCount(), 3);
    QVERIFY(chart.mapping().fullEndNs > endBefore);
    QCOMPARE(laneAxis(chart)->categoriesLabels().constFirst(), QStringLiteral("late (no pid)"));
    QVERIFY(!chart.grab().isNull());
    // The still-open span is drawn up to the latest time and has a tooltip saying so.
    const double y = chart.laneRect(2).center().y();
    const QString tip =
        chart.toolTipAt(QPointF(chart.mapping().xForTime(SyntheticRun::spanBegin(500)), y));
    QVERIFY2(tip.contains(QStringLiteral("still going")), qPrintable(tip));
    chart.setRun(nullptr);
    QCOMPARE(chart.laneCount(), 0);
}

void TestTimelineChart::chunkColours()
{
    const Run run = SyntheticRun::make(2, 50);
    TimelineChart chart;
    chart.resize(1200, 700);
    chart.setRun(&run);
    chart.setColorByChunk(10);
    chart.grab();
    Span a;
    a.kind = SpanKind::Task;
    a.task = 4;
    Span b = a;
    b.task = 14;
    Span c = a;
    c.task = 9;
    QVERIFY(chart.spanItem()->spanColor(a) != chart.spanItem()->spanColor(b));
    QCOMPARE(chart.spanItem()->spanColor(a), chart.spanItem()->spanColor(c));
    QVERIFY(chart.toolTipAt(spanCentre(chart, 0, 4)).contains(QStringLiteral("chunk 0")));
    QVERIFY(!chart.grab().isNull());
    chart.setColorByChunk(0);
    QCOMPARE(chart.spanItem()->spanColor(a), chart.spanItem()->spanColor(b));
}

void TestTimelineChart::legendShowsWhatIsDrawn()
{
    Run run = SyntheticRun::make(1, 1); // one work span, launch and a normal exit
    TimelineChart chart;
    chart.resize(1000, 600);
    chart.setRun(&run);
    QStringList visible;
    for (QLegendMarker *marker : chart.chart()->legend()->markers()) {
        if (marker->series()->isVisible())
            visible << marker->label();
    }
    QCOMPARE(visible, (QStringList{QStringLiteral("work"), QStringLiteral("launch"),
                                   QStringLiteral("exit (normal)")}));
}

void TestTimelineChart::mouseAndKeyboard()
{
    const Run run = SyntheticRun::make(4, 100);
    TimelineChart chart;
    chart.resize(1200, 700);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QWidget *viewport = chart.view()->viewport();
    chart.setRun(&run);
    QCoreApplication::processEvents();
    const QRectF plot = chart.chart()->plotArea();
    const auto toView = [&](const QPointF &chartPos) {
        return chart.view()->mapFromScene(chart.chart()->mapToScene(chartPos));
    };
    const QPoint centre = toView(plot.center());

    // Wheel up zooms in around the pointer.
    QWheelEvent wheel(centre, viewport->mapToGlobal(centre), QPoint(), QPoint(0, 120), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(viewport, &wheel);
    QVERIFY(chart.mapping().isZoomed());
    QVERIFY(chart.mapping().viewDurationNs() <
            chart.mapping().fullEndNs - chart.mapping().fullBeginNs);

    // Home resets.
    QTest::keyClick(chart.view(), Qt::Key_Home);
    QVERIFY(!chart.mapping().isZoomed());

    // A left drag across a quarter of the plot zooms to that quarter.
    const QPoint a = toView(QPointF(plot.left() + plot.width() * 0.25, plot.center().y()));
    const QPoint b = toView(QPointF(plot.left() + plot.width() * 0.5, plot.center().y()));
    const double expectedBegin = chart.mapping().timeForX(plot.left() + plot.width() * 0.25);
    QTest::mousePress(viewport, Qt::LeftButton, Qt::NoModifier, a);
    QTest::mouseMove(viewport, b);
    QTest::mouseRelease(viewport, Qt::LeftButton, Qt::NoModifier, b);
    QVERIFY(chart.mapping().isZoomed());
    QVERIFY(qAbs(double(chart.mapping().viewBeginNs) - expectedBegin) <
            2 * chart.mapping().nsPerPixel() * 4);

    // A middle drag to the right shows earlier times; the zoom stays.
    const qint64 duration = chart.mapping().viewDurationNs();
    const qint64 beginBefore = chart.mapping().viewBeginNs;
    QTest::mousePress(viewport, Qt::MiddleButton, Qt::NoModifier, b);
    QTest::mouseMove(viewport, b + QPoint(40, 0));
    QTest::mouseRelease(viewport, Qt::MiddleButton, Qt::NoModifier, b + QPoint(40, 0));
    QVERIFY(chart.mapping().viewBeginNs < beginBefore);
    QCOMPARE(chart.mapping().viewDurationNs(), duration);

    // A tooltip event over a span shows its details.
    QTest::keyClick(chart.view(), Qt::Key_Home);
    const QPoint onSpan = toView(spanCentre(chart, 2, 4));
    QHelpEvent help(QEvent::ToolTip, onSpan, viewport->mapToGlobal(onSpan));
    QCoreApplication::sendEvent(viewport, &help);
    QVERIFY2(QToolTip::text().contains(QStringLiteral("task 4")), qPrintable(QToolTip::text()));
    QToolTip::hideText();
    chart.zoomToTime(SyntheticRun::spanBegin(10), SyntheticRun::spanBegin(20));

    // Keys zoom out and pan too.
    const qint64 zoomed = chart.mapping().viewDurationNs();
    QTest::keyClick(chart.view(), Qt::Key_Minus);
    QVERIFY(chart.mapping().viewDurationNs() > zoomed);
    const qint64 before = chart.mapping().viewBeginNs;
    QTest::keyClick(chart.view(), Qt::Key_Right);
    QVERIFY(chart.mapping().viewBeginNs > before);
    QTest::keyClick(chart.view(), Qt::Key_Escape);
    QVERIFY(!chart.mapping().isZoomed());
}

// Not a test of speed (no assertion): QBENCHMARK reports what a full redraw of 64 x 1000 costs.
void TestTimelineChart::redrawBenchmark()
{
    const Run run = SyntheticRun::make(64, 1000);
    TimelineChart chart;
    chart.resize(1200, 700);
    chart.setRun(&run);
    QImage image(1200, 700, QImage::Format_ARGB32_Premultiplied);
    {
        QPainter first(&image); // lays the chart out
        chart.view()->render(&first);
    }
    QBENCHMARK
    {
        QPainter painter(&image);
        chart.view()->render(&painter);
    }
}

QTEST_MAIN(TestTimelineChart)
#include "tst_timelinechart.moc"
