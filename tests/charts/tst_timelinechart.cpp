// SPDX-License-Identifier: MIT
#include "chartexport.h"
#include "chartstyle.h"
#include "clock.h"
#include "legendstrip.h"
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
#include <QScopeGuard>
#include <QTemporaryDir>
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
    void longLabelsKeepWhatDiffers();
    void toolTipForKnownSpan();
    void toolTipForMarkers();
    void exitMarkersSayHowItEnded();
    void zoomKeepsLanesAndChangesAxis();
    void liveRunGrows();
    void firstSpansDoNotMoveTheView();
    void chunkColours();
    void legendShowsWhatIsDrawn();
    void legendWrapsInsteadOfCutting();
    void zombieIntervalsInTheModel();
    void zombieBandsMatchTheirTimes();
    void zombieBandIsPainted();
    void zombieToolTip();
    void zombieWhileLive();
    void mouseAndKeyboard();
    void redrawBenchmark();

private:
    static QCategoryAxis *laneAxis(const TimelineChart &chart);
    static QStringList visibleLegend(const TimelineChart &chart);
    static Run zombieRun();
    static QPointF spanCentre(const TimelineChart &chart, int lane, int span);
};

QCategoryAxis *TestTimelineChart::laneAxis(const TimelineChart &chart)
{
    const auto axes = chart.chart()->axes(Qt::Vertical);
    return axes.isEmpty() ? nullptr : qobject_cast<QCategoryAxis *>(axes.first());
}

QStringList TestTimelineChart::visibleLegend(const TimelineChart &chart)
{
    QStringList visible;
    for (QLegendMarker *marker : chart.chart()->legend()->markers()) {
        if (marker->series()->isVisible())
            visible << marker->label();
    }
    return visible;
}

// Five finished lanes with distinct exit times (3.4 ms, 3.39 ms, …): lane 0 reaped 1.25 ms after
// its exit, lane 1 (killed) 80 µs after; lane 2 reaped the moment it exited, lane 3 never, lane 4
// "before" it exited (inconsistent data): no zombie on those three.
Run TestTimelineChart::zombieRun()
{
    Run run = SyntheticRun::make(5, 20);
    for (std::size_t i = 0; i < run.processes.size(); ++i)
        run.processes[i].exitedNs -= qint64(i) * 10'000;
    auto &p = run.processes;
    p[0].reapedNs = p[0].exitedNs + 1'250'000;
    p[0].exitStamp = ExitStamp::Pidfd;
    p[1].reapedNs = p[1].exitedNs + 80'000;
    p[1].exitStamp = ExitStamp::Noticed;
    p[2].reapedNs = p[2].exitedNs;
    p[3].reapedNs = -1;
    p[4].reapedNs = p[4].exitedNs - 1;
    run.wallNs = p[0].reapedNs;
    return run;
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
    QCOMPARE(chart.laneLabelShown(0), QStringLiteral("worker-0 (10000)")); // top lane
    QCOMPARE(chart.laneLabelShown(63), QStringLiteral("worker-63 (10063)"));
    const QPixmap pixmap = chart.grab();
    QVERIFY(!pixmap.isNull());
    QCOMPARE(pixmap.size(), QSize(1200, 700));
    // The span item draws the labels in a column the lane axis reserves left of the plot; Qt
    // Charts measures one blank label, not 64.
    QCOMPARE(axis->count(), 1);
    const QFontMetrics metrics(ChartStyle::pixelFont(7));
    QVERIFY(chart.chart()->plotArea().left() >
            metrics.horizontalAdvance(chart.laneLabelShown(63)) + 20);
}

// Labels too long for their column lose what all lanes share, never the part that tells them
// apart (middle elision made "p1 - tes…ound" of both "test_with_…" and "test_without_…").
void TestTimelineChart::longLabelsKeepWhatDiffers()
{
    Run run = SyntheticRun::make(4, 3);
    const QStringList names = {QStringLiteral("p1 - test_with_barrier_and_lock_round"),
                               QStringLiteral("p2 - test_without_barrier_and_lock_round"),
                               QStringLiteral("p3 - test_with_barrier_and_lock_round"),
                               QStringLiteral("p4 - test_without_barrier_and_lock_round")};
    for (int i = 0; i < 4; ++i)
        run.processes[size_t(i)].name = names[i];
    TimelineChart chart;
    chart.resize(1000, 400); // a label column of ~220 px: room for what differs, not for all
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    chart.setRun(&run);
    QStringList shown;
    for (int lane = 0; lane < 4; ++lane) {
        const QString label = chart.laneLabelShown(lane);
        const ProcessRecord &p = run.processes[size_t(lane)];
        QVERIFY2(label.contains(QChar(0x2026)), qPrintable(label));      // it was too long
        const QString own = names[lane].section(QLatin1Char('_'), 0, 1); // "p1 - test_with"
        QVERIFY2(label.startsWith(own) && label.mid(own.size(), 3) != QLatin1String("out"),
                 qPrintable(label));
        QVERIFY2(label.endsWith(QStringLiteral(" (%1)").arg(p.pid)), qPrintable(label));
        shown << label;
    }
    shown.removeDuplicates();
    QCOMPARE(shown.size(), 4);
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
    const QString exitTip = chart.toolTipAt(QPointF(chart.mapping().xForTime(killed.exitedNs), y));
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
    QCOMPARE(chart.laneLabelShown(2), QStringLiteral("late (no pid)"));
    QVERIFY(!chart.grab().isNull());
    // The still-open span is drawn up to the latest time and has a tooltip saying so.
    const double y = chart.laneRect(2).center().y();
    const QString tip =
        chart.toolTipAt(QPointF(chart.mapping().xForTime(SyntheticRun::spanBegin(500)), y));
    QVERIFY2(tip.contains(QStringLiteral("still going")), qPrintable(tip));
    chart.setRun(nullptr);
    QCOMPARE(chart.laneCount(), 0);
}

// A run's first spans bring the legend its first entries. The strip under the chart had no height
// until then, so the view shrank under the user's eyes mid-run, and the whole pane around it was
// repainted (Pool 1M: a 765 x 773 repaint of the tab ~50 ms into every run).
void TestTimelineChart::firstSpansDoNotMoveTheView()
{
    // A run that has just begun: nothing launched yet.
    const Run full = SyntheticRun::make(2, 20);
    Run run;
    run.scenario = full.scenario;
    TimelineChart chart;
    chart.resize(1000, 600);
    chart.setRun(&run);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QVERIFY(chart.legendStrip()->names().isEmpty());
    const QRect before = chart.view()->geometry();
    run.processes = full.processes;
    run.wallNs = full.wallNs;
    chart.refresh();
    QCoreApplication::processEvents(); // the layout's own pass
    QVERIFY(!chart.legendStrip()->names().isEmpty());
    QCOMPARE(chart.view()->geometry(), before);
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
    QCOMPARE(visibleLegend(chart), (QStringList{QStringLiteral("work"), QStringLiteral("launch"),
                                                QStringLiteral("exit (normal)")}));
    // Reaped after it exited: the zombie band appears, and so does its legend entry.
    run.processes[0].reapedNs = run.processes[0].exitedNs + 1'000'000;
    chart.refresh();
    QCOMPARE(visibleLegend(chart),
             (QStringList{QStringLiteral("work"), QStringLiteral("zombie"),
                          QStringLiteral("launch"), QStringLiteral("exit (normal)")}));
    run.processes[0].reapedNs = run.processes[0].exitedNs;
    chart.refresh();
    QVERIFY(!visibleLegend(chart).contains(QStringLiteral("zombie")));
}

// Each way a process can end has its own marker: a survivor that exits with code 3 is not drawn as
// a normal exit, nor an orphan whose status nobody collected as killed.
void TestTimelineChart::exitMarkersSayHowItEnded()
{
    Run run;
    const std::vector<ExitStatus> exits = {
        {ExitStatus::Kind::Normal, 0, 0},        {ExitStatus::Kind::Normal, 3, 0},
        {ExitStatus::Kind::Signal, 0, 9},        {ExitStatus::Kind::Timeout, 0, 9},
        {ExitStatus::Kind::FailedToStart, 0, 0}, {ExitStatus::Kind::Unknown, 0, 0}};
    for (size_t i = 0; i < exits.size(); ++i) {
        ProcessRecord p;
        p.id = int(i);
        p.name = QStringLiteral("p%1").arg(i);
        p.launchedNs = 0;
        p.exitedNs = 1'000'000;
        p.exit = exits[i];
        run.processes.push_back(p);
    }
    TimelineModel model;
    model.setRun(&run);
    model.refresh();
    const TimelineMarker expected[] = {TimelineMarker::ExitNormal, TimelineMarker::ExitError,
                                       TimelineMarker::ExitKilled, TimelineMarker::ExitKilled,
                                       TimelineMarker::ExitError,  TimelineMarker::ExitUnknown};
    for (int lane = 0; lane < model.laneCount(); ++lane) {
        const auto markers = model.markers(lane);
        QVERIFY(!markers.empty());
        QCOMPARE(markers.back().kind, expected[lane]);
    }
    TimelineChart chart;
    chart.resize(1000, 600);
    chart.setRun(&run);
    const QStringList legend = visibleLegend(chart);
    for (TimelineMarker m : {TimelineMarker::ExitNormal, TimelineMarker::ExitError,
                             TimelineMarker::ExitKilled, TimelineMarker::ExitUnknown})
        QVERIFY2(legend.contains(ChartPalette::markerLabel(m)), qPrintable(legend.join(u',')));
}

// The legend under the chart names every entry the chart's legend has, whole, on as many rows as
// the width needs (Qt Charts' one-row legend cut every name in German at 1024 px).
void TestTimelineChart::legendWrapsInsteadOfCutting()
{
    const Run run = zombieRun();
    TimelineChart chart;
    chart.resize(1200, 600);
    chart.setRun(&run);
    LegendStrip *strip = chart.legendStrip();
    QVERIFY(strip);
    QCOMPARE(strip->names(), visibleLegend(chart));
    QVERIFY(!chart.chart()->legend()->isVisible()); // the strip shows it instead
    const int wide = strip->heightForWidth(2000);
    const int narrow = strip->heightForWidth(200);
    QVERIFY2(narrow > wide, qPrintable(QStringLiteral("%1 vs %2").arg(narrow).arg(wide)));
    // Exports still carry the chart's own legend, and the window gets its strip back.
    QTemporaryDir dir;
    QString error;
    QVERIFY2(exportChart(chart.view(), dir.filePath(QStringLiteral("t.svg")), QSize(900, 500), 96,
                         &error),
             qPrintable(error));
    QFile svg(dir.filePath(QStringLiteral("t.svg")));
    QVERIFY(svg.open(QIODevice::ReadOnly));
    const QByteArray text = svg.readAll();
    for (const QString &name : strip->names())
        QVERIFY2(text.contains(name.toUtf8()), qPrintable(name));
    QVERIFY(!chart.chart()->legend()->isVisible());
}

void TestTimelineChart::zombieIntervalsInTheModel()
{
    const Run run = zombieRun();
    TimelineModel model;
    model.setRun(&run);
    model.refresh();
    QVERIFY(!model.isLive());
    QVERIFY(model.hasZombie());
    // The reap extends what there is to see.
    QVERIFY(model.dataEndNs() >= run.processes[0].reapedNs);
    for (int lane = 0; lane < model.laneCount(); ++lane) {
        const ProcessRecord &p = run.processes[std::size_t(lane)];
        const auto zombie = model.zombie(lane);
        QCOMPARE(zombie.has_value(), lane <= 1);
        if (zombie) {
            QCOMPARE(zombie->beginNs, p.exitedNs);
            QCOMPARE(zombie->endNs, p.reapedNs);
            QVERIFY(zombie->reaped);
        }
        // The exit marker stays at the exit, whenever the reap came.
        int exits = 0;
        for (const auto &m : model.markers(lane)) {
            if (m.kind == exitMarker(p.exit)) {
                ++exits;
                QCOMPARE(m.timeNs, p.exitedNs);
            }
        }
        QCOMPARE(exits, 1);
    }
}

void TestTimelineChart::zombieBandsMatchTheirTimes()
{
    const Run run = zombieRun();
    TimelineChart chart;
    chart.resize(1200, 700);
    chart.setRun(&run);
    chart.grab();
    const auto &mapping = chart.mapping();
    const auto bands = chart.spanItem()->zombieBands();
    QCOMPARE(int(bands.size()), 2); // lanes 2, 3 and 4 have none
    for (int i = 0; i < 2; ++i) {
        const TimelineZombieBand &band = bands[std::size_t(i)];
        const ProcessRecord &p = run.processes[std::size_t(i)];
        QCOMPARE(band.lane, i);
        QVERIFY2(qAbs(band.rect.left() - mapping.xForTime(p.exitedNs)) <= 1.0,
                 qPrintable(QString::number(band.rect.left())));
        QVERIFY2(qAbs(band.rect.right() - mapping.xForTime(p.reapedNs)) <= 1.0,
                 qPrintable(QString::number(band.rect.right())));
        // Thin and inside its lane, centred on it.
        const QRectF lane = chart.laneRect(i);
        QVERIFY(band.rect.height() > 0 && band.rect.height() < lane.height() / 2);
        QVERIFY(band.rect.top() > lane.top() && band.rect.bottom() < lane.bottom());
        QVERIFY(qAbs(band.rect.center().y() - lane.center().y()) <= 0.5);
    }
    // 1.25 ms of a ~4.9 ms axis on a plot ~900 px wide.
    QVERIFY(bands[0].rect.width() > 100);

    // Zoomed into lane 0's zombie: only its band is visible, clipped to the plot.
    const qint64 e0 = run.processes[0].exitedNs;
    chart.zoomToTime(e0 + 300'000, e0 + 600'000);
    const auto zoomed = chart.spanItem()->zombieBands();
    QCOMPARE(int(zoomed.size()), 1);
    QCOMPARE(zoomed.front().lane, 0);
    const QRectF plot = chart.chart()->plotArea();
    QVERIFY(zoomed.front().rect.left() <= plot.left() &&
            zoomed.front().rect.right() >= plot.right());
    // Zoomed onto the spans, before any exit: none.
    chart.zoomToTime(SyntheticRun::spanBegin(2), SyntheticRun::spanBegin(8));
    QVERIFY(chart.spanItem()->zombieBands().empty());
}

void TestTimelineChart::zombieBandIsPainted()
{
    const Run run = zombieRun();
    TimelineChart chart;
    chart.resize(1200, 700);
    chart.setRun(&run);
    chart.grab();
    const auto bands = chart.spanItem()->zombieBands();
    QCOMPARE(int(bands.size()), 2);
    const QImage image = chart.grab().toImage();
    const auto toImage = [&](const QPointF &chartPos) {
        const QPoint inView = chart.view()->mapFromScene(chart.chart()->mapToScene(chartPos));
        return chart.view()->viewport()->mapTo(&chart, inView);
    };
    // Along the middle of lane `lane` across lane 0's band: how many pixels have the band's
    // colours.
    const QRectF band = bands.front().rect;
    const auto count = [&](int lane, int *fill, int *hatch) {
        *fill = *hatch = 0;
        int samples = 0;
        const double y = chart.laneRect(lane).center().y();
        for (double x = band.left() + 3; x < band.right() - 3; x += 1, ++samples) {
            const QRgb pixel = image.pixel(toImage(QPointF(x, y))) | 0xff000000u;
            *fill += pixel == ChartPalette::zombieFill().rgb();
            *hatch += pixel == ChartPalette::zombieHatch().rgb();
        }
        return samples;
    };
    int fill = 0;
    int hatch = 0;
    const int samples = count(0, &fill, &hatch);
    QVERIFY(samples > 100);
    QVERIFY2(
        fill > 0 && hatch > 0 && fill + hatch >= samples * 9 / 10,
        qPrintable(QStringLiteral("%1 fill, %2 hatch of %3").arg(fill).arg(hatch).arg(samples)));
    // Lane 2 exited at about the same time and was reaped at once: no band after its exit.
    count(2, &fill, &hatch);
    QCOMPARE(fill + hatch, 0);
    // No span is painted in the zombie's colours.
    for (int k = 0; k < SpanKindCount; ++k)
        QVERIFY(ChartPalette::spanColor(SpanKind(k)) != ChartPalette::zombieFill());
}

void TestTimelineChart::zombieToolTip()
{
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const auto restore = qScopeGuard([&] { QLocale::setDefault(previous); });
    const Run run = zombieRun();
    TimelineChart chart;
    chart.resize(1200, 700);
    chart.setRun(&run);
    chart.grab();
    const auto at = [&](int lane, qint64 t) {
        return QPointF(chart.mapping().xForTime(t), chart.laneRect(lane).center().y());
    };
    // Lane 0 exited at 3.4 ms and was reaped at 4.65 ms.
    const qint64 inside = run.processes[0].exitedNs + 625'000;
    const TimelineHit hit = chart.hitTest(at(0, inside));
    QCOMPARE(hit.what, TimelineHit::What::Zombie);
    QCOMPARE(hit.lane, 0);
    QCOMPARE(hit.zombie.beginNs, run.processes[0].exitedNs);
    QCOMPARE(hit.zombie.endNs, run.processes[0].reapedNs);
    const QString tip = chart.toolTipAt(at(0, inside));
    QVERIFY2(tip.contains(QStringLiteral("worker-0 (10000)")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("zombie: exited at 3,400 ms, reaped at 4,650 ms "
                                         "(1.250,0 µs)")),
             qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("pidfd")), qPrintable(tip));
    // The other lanes at that time: lane 2 reaped at once, lane 3 never (finished run).
    for (const int lane : {2, 3, 4})
        QVERIFY2(!chart.toolTipAt(at(lane, inside)).contains(QStringLiteral("zombie")),
                 qPrintable(chart.toolTipAt(at(lane, inside))));
    // The exit marker still says when the process exited, not when it was reaped.
    const QString exitTip = chart.toolTipAt(at(0, run.processes[0].exitedNs));
    QVERIFY2(exitTip.contains(QStringLiteral("exited with code 0 at 3,400 ms")),
             qPrintable(exitTip));

    // Lane 1's 80 µs zombie hides under its exit marker until zoomed in.
    const ProcessRecord &killed = run.processes[1];
    chart.zoomToTime(killed.exitedNs - 50'000, killed.reapedNs + 50'000);
    const QString killedTip = chart.toolTipAt(at(1, killed.exitedNs + 40'000));
    QVERIFY2(killedTip.contains(QStringLiteral("zombie: exited at 3,390 ms, reaped at 3,470 ms "
                                               "(80,0 µs)")),
             qPrintable(killedTip));
    QVERIFY2(killedTip.contains(QStringLiteral("noticed")), qPrintable(killedTip));
    // Past the reap there is nothing.
    QVERIFY(chart.toolTipAt(at(1, killed.reapedNs + 40'000)).isEmpty());
}

void TestTimelineChart::zombieWhileLive()
{
    Run run = SyntheticRun::make(2, 10); // exits at 2.4 ms
    run.wallNs = 0;
    run.originNs = monotonicNowNs() - 20'000'000; // started 20 ms ago, still going
    run.processes[0].reapedNs = -1;               // exited, nobody joined it yet
    ProcessRecord &running = run.processes[1];
    running.exit = {};
    running.exitedNs = -1;
    // Exited according to its pidfd; the lab has not collected its status, a span is still open.
    ProcessRecord exiting;
    exiting.id = 2;
    exiting.name = QStringLiteral("exiting");
    exiting.pid = 10002;
    exiting.launchedNs = 100'000;
    exiting.exitedNs = 2'000'000;
    exiting.exitStamp = ExitStamp::Pidfd;
    exiting.open[int(SpanKind::Work)].open = true;
    exiting.open[int(SpanKind::Work)].span.beginNs = 1'900'000;
    run.processes.push_back(exiting);

    TimelineModel model;
    model.setRun(&run);
    model.refresh();
    QVERIFY(model.isLive());
    QVERIFY(model.liveEndNs() >= 20'000'000);
    const auto z0 = model.zombie(0);
    QVERIFY(z0);
    QCOMPARE(z0->beginNs, run.processes[0].exitedNs);
    QCOMPARE(z0->endNs, model.liveEndNs());
    QVERIFY(!z0->reaped);
    QVERIFY(!model.zombie(1)); // never exited
    const auto z2 = model.zombie(2);
    QVERIFY(z2);
    QCOMPARE(z2->beginNs, 2'000'000);
    // Its open span ends where the process did, not at the live end.
    int open = 0;
    model.forEachOpenSpan(2, [&](const Span &s) {
        ++open;
        QCOMPARE(s.endNs, 2'000'000);
    });
    QCOMPARE(open, 1);

    TimelineChart chart;
    chart.resize(1200, 700);
    chart.setRun(&run);
    chart.grab();
    QVERIFY(visibleLegend(chart).contains(QStringLiteral("zombie")));
    const auto bands = chart.spanItem()->zombieBands();
    QCOMPARE(int(bands.size()), 2);
    QCOMPARE(bands[0].lane, 0);
    QCOMPARE(bands[1].lane, 2);
    // Up to now: at least the 20 ms the run has been going.
    QVERIFY(bands[0].rect.right() >= chart.mapping().xForTime(qint64(20'000'000)) - 1);
    const QPointF middle(chart.mapping().xForTime(qint64(10'000'000)),
                         chart.laneRect(0).center().y());
    const QString tip = chart.toolTipAt(middle);
    QVERIFY2(tip.contains(QStringLiteral("not reaped yet")), qPrintable(tip));

    // The join comes: the band ends at the reap.
    run.processes[0].reapedNs = 5'000'000;
    model.refresh();
    QCOMPARE(model.zombie(0)->endNs, 5'000'000);
    QVERIFY(model.zombie(0)->reaped);
    chart.refresh();
    QVERIFY(qAbs(chart.spanItem()->zombieBand(0)->rect.right() -
                 chart.mapping().xForTime(qint64(5'000'000))) <= 1.0);

    // The run ends with nobody reaped: a finished run claims no zombie without a reap time.
    for (ProcessRecord &p : run.processes) {
        p.exit.kind = ExitStatus::Kind::Normal;
        p.exitedNs = std::max<qint64>(p.exitedNs, 2'400'000);
        p.reapedNs = -1;
        p.open[int(SpanKind::Work)].open = false;
    }
    run.wallNs = 6'000'000;
    model.refresh();
    QVERIFY(!model.isLive());
    QVERIFY(!model.hasZombie());
    for (int lane = 0; lane < model.laneCount(); ++lane)
        QVERIFY(!model.zombie(lane));
    chart.refresh();
    QVERIFY(chart.spanItem()->zombieBands().empty());
    QVERIFY(!visibleLegend(chart).contains(QStringLiteral("zombie")));
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
