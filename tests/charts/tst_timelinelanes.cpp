// SPDX-License-Identifier: MIT
// Reading many lanes: lane height and vertical scroll, the lane filter, time-range statistics.
#include "chartpalette.h"
#include "syntheticrun.h"
#include "timelinechart.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QImage>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableWidget>
#include <QTest>

using namespace proclab;
using proclab::test::SyntheticRun;

class TestTimelineLanes : public QObject
{
    Q_OBJECT
private slots:
    void fixedHeightDrawsEveryLabelAndScrollsToTheLast();
    void filterKeepsExactlyTheMatchingLanes();
    void hitTestAfterScrolling();
    void rangeStatisticsAreTheSpansInsideTheRange();
    void collapsedGroupIsOneSummaryLane();

private:
    // Whether the label column at the lane's row has text pixels (the chart drawn into an image).
    static bool labelDrawn(TimelineChart &chart, const QImage &image, int lane);
    static QImage render(TimelineChart &chart);
};

QImage TestTimelineLanes::render(TimelineChart &chart)
{
    QImage image(chart.chart()->size().toSize(), QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    chart.chart()->scene()->render(&painter, QRectF(QPointF(0, 0), image.size()),
                                   chart.chart()->mapRectToScene(chart.chart()->rect()));
    return image;
}

bool TestTimelineLanes::labelDrawn(TimelineChart &chart, const QImage &image, int lane)
{
    const QRectF row = chart.laneRect(lane);
    const int right = int(row.left()) - 4;
    const int left = std::max(0, right - 80);
    for (int y = int(row.top()) + 1; y < int(row.bottom()) - 1; ++y) {
        for (int x = left; x < right; ++x) {
            if (qGray(image.pixel(x, y)) < 128)
                return true;
        }
    }
    return false;
}

void TestTimelineLanes::fixedHeightDrawsEveryLabelAndScrollsToTheLast()
{
    const Run run = SyntheticRun::make(64, 50);
    TimelineChart chart;
    chart.resize(1024, 600);
    chart.show();
    chart.setRun(&run);
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    // Fit: 64 lanes share the plot, too thin for a label each.
    const double plotHeight = chart.chart()->plotArea().height();
    QCOMPARE(chart.laneLayout().laneHeight(), plotHeight / 64);
    QVERIFY(!chart.laneScrollBar()->isVisible());

    chart.setLaneHeight(20);
    QCOMPARE(chart.laneRect(5).height(), 20.0);
    QVERIFY(chart.laneScrollBar()->isVisible());
    QCOMPARE(chart.laneScrollBar()->maximum(), int(std::ceil(64 * 20 - plotHeight)));
    const QRectF plot = chart.chart()->plotArea();
    QImage image = render(chart);
    int onScreen = 0;
    for (int lane = 0; lane < 64; ++lane) {
        const QRectF r = chart.laneRect(lane);
        if (r.top() < plot.top() || r.bottom() > plot.bottom())
            continue;
        ++onScreen;
        QVERIFY2(labelDrawn(chart, image, lane), qPrintable(QString::number(lane)));
    }
    QVERIFY(onScreen >= int(plotHeight / 20) - 1);
    QVERIFY(chart.laneRect(63).top() > plot.bottom()); // below, to scroll to

    // The scroll bar reaches the last lane, whole, at the plot's bottom, with its label.
    chart.laneScrollBar()->setValue(chart.laneScrollBar()->maximum());
    const QRectF last = chart.laneRect(63);
    QVERIFY(last.top() >= plot.top());
    QVERIFY(std::abs(last.bottom() - plot.bottom()) < 1.0);
    image = render(chart);
    QVERIFY(labelDrawn(chart, image, 63));
    QVERIFY(labelDrawn(chart, image, 62));
    QVERIFY(chart.laneRect(0).bottom() < plot.top()); // scrolled away
    QCOMPARE(chart.hitTest(QPointF(plot.center().x(), last.center().y())).lane, 63);
}

void TestTimelineLanes::filterKeepsExactlyTheMatchingLanes()
{
    const Run run = SyntheticRun::make(64, 50);
    TimelineChart chart;
    chart.resize(1024, 600);
    chart.show();
    chart.setRun(&run);
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    // Pids are 10000 + i and names worker-i: "1002" matches pids 10020..10029, "KER-3" the names
    // worker-3 and worker-30..39 (any case).
    for (const QString &needle : {QStringLiteral("1002"), QStringLiteral("KER-3")}) {
        std::vector<int> expected;
        for (int i = 0; i < 64; ++i) {
            const QString name = run.processes[std::size_t(i)].name;
            const QString pid = QString::number(run.processes[std::size_t(i)].pid);
            if (name.contains(needle, Qt::CaseInsensitive) || pid.contains(needle))
                expected.push_back(i);
        }
        QVERIFY(!expected.empty());
        chart.laneFilterEdit()->setText(needle); // as typed
        QCOMPARE(chart.laneLayout().rowCount(), int(expected.size()));
        const QRectF plot = chart.chart()->plotArea();
        for (int lane = 0; lane < 64; ++lane) {
            const bool shown = std::find(expected.begin(), expected.end(), lane) != expected.end();
            QCOMPARE(chart.laneRect(lane).isEmpty(), !shown);
        }
        for (std::size_t row = 0; row < expected.size(); ++row) {
            const int lane = expected[row];
            const QRectF r = chart.laneRect(lane);
            QVERIFY(r.top() >= plot.top() - 1e-6 && r.bottom() <= plot.bottom() + 1e-6);
            const QPointF centre(chart.mapping().xForTime(
                                     (SyntheticRun::spanBegin(3) + SyntheticRun::spanEnd(3)) / 2),
                                 r.center().y());
            QCOMPARE(chart.hitTest(centre).lane, lane);
            const QString tip = chart.toolTipAt(centre);
            QVERIFY2(tip.startsWith(QStringLiteral("worker-%1 (%2)")
                                        .arg(lane)
                                        .arg(run.processes[std::size_t(lane)].pid)),
                     qPrintable(tip));
        }
    }
    chart.laneFilterEdit()->clear();
    QCOMPARE(chart.laneLayout().rowCount(), 64);
}

void TestTimelineLanes::hitTestAfterScrolling()
{
    const Run run = SyntheticRun::make(64, 50);
    TimelineChart chart;
    chart.resize(1024, 600);
    chart.show();
    chart.setRun(&run);
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    chart.setLaneHeight(30);
    chart.scrollLanesTo(30 * 40 + 5); // lane 40 at the top, 5 px of it cut
    const QRectF plot = chart.chart()->plotArea();
    const double x = chart.mapping().xForTime(SyntheticRun::spanBegin(7) + 1000);
    QCOMPARE(chart.hitTest(QPointF(x, plot.top() + 1)).lane, 40);
    QCOMPARE(chart.hitTest(QPointF(x, plot.top() + 26)).lane, 41);
    QVERIFY(chart.toolTipAt(QPointF(x, plot.top() + 26)).startsWith(QStringLiteral("worker-41 ")));
    // Scrolling with the keyboard moves down, never past the end.
    QTest::keyClick(chart.view()->viewport(), Qt::Key_PageDown);
    QVERIFY(chart.laneLayout().scroll() > 30 * 40 + 5);
    for (int i = 0; i < 20; ++i)
        QTest::keyClick(chart.view()->viewport(), Qt::Key_PageDown);
    QCOMPARE(chart.laneLayout().scroll(), chart.laneLayout().maxScroll());
}

void TestTimelineLanes::rangeStatisticsAreTheSpansInsideTheRange()
{
    Run run = SyntheticRun::make(8, 40);
    // Lane 3 differs from the others: its spans reach half-way into the gaps.
    for (Span &s : run.processes[3].spans)
        s.endNs += SyntheticRun::kGapNs / 2;
    TimelineChart chart;
    chart.resize(1024, 600);
    chart.show();
    chart.setRun(&run);
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    chart.laneFilterEdit()->setText(QStringLiteral("worker-")); // all
    const qint64 from = SyntheticRun::spanBegin(5) + 33'333;
    const qint64 to = SyntheticRun::spanBegin(17) + 71'111;
    chart.selectTimeRange(to, from); // either order
    QVERIFY(chart.hasTimeRange());
    QTableWidget *table = chart.rangeTable();
    QCOMPARE(table->rowCount(), 8);
    // Columns: process, then each kind the run has, in kind order (the synthetic run has all).
    QCOMPARE(table->columnCount(), 1 + SpanKindCount);
    for (int row = 0; row < table->rowCount(); ++row) {
        const QString label = table->item(row, 0)->text();
        const int lane = label.section(QLatin1Char(' '), 0, 0).mid(7).toInt();
        QCOMPARE(label, QStringLiteral("worker-%1 (%2)").arg(lane).arg(10000 + lane));
        std::array<double, SpanKindCount> expected{};
        for (const Span &s : run.processes[std::size_t(lane)].spans) {
            const qint64 a = std::max(s.beginNs, from);
            const qint64 b = std::min(s.endNs, to);
            if (b > a)
                expected[std::size_t(s.kind)] += double(b - a) / 1e6;
        }
        for (int k = 0; k < SpanKindCount; ++k) {
            const double shown = table->item(row, k + 1)->data(Qt::DisplayRole).toDouble();
            QVERIFY2(std::abs(shown - expected[std::size_t(k)]) < 1e-9,
                     qPrintable(QStringLiteral("lane %1 kind %2: %3 vs %4")
                                    .arg(lane)
                                    .arg(k)
                                    .arg(shown)
                                    .arg(expected[std::size_t(k)])));
        }
    }
    // The range is shaded on the plot: beside the bars, inside it differs from outside it.
    const double y = chart.laneRect(0).top() + 2;
    const QPoint inside(int(chart.mapping().xForTime((from + to) / 2)), int(y));
    const QPoint outside(int(chart.mapping().xForTime(to + 3 * SyntheticRun::kSpanNs)), int(y));
    QVERIFY(render(chart).pixel(inside) != render(chart).pixel(outside));
    // The filter narrows the table to the shown lanes.
    chart.laneFilterEdit()->setText(QStringLiteral("worker-3"));
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("worker-3 (10003)"));
    chart.clearTimeRange();
    QVERIFY(!chart.hasTimeRange());
    QCOMPARE(render(chart).pixel(inside), render(chart).pixel(outside));
    QVERIFY(table->isHidden());
}

void TestTimelineLanes::collapsedGroupIsOneSummaryLane()
{
    // Runtime "both": C++ and Python processes, interleaved.
    Run run = SyntheticRun::make(12, 40);
    for (std::size_t i = 0; i < run.processes.size(); ++i)
        run.processes[i].runtime = i % 2 ? QStringLiteral("python") : QStringLiteral("cpp");
    TimelineChart chart;
    chart.resize(1024, 600);
    chart.show();
    chart.setRun(&run);
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    chart.laneGroupingBox()->setCurrentIndex(int(TimelineChart::LaneGrouping::Runtime));
    QCOMPARE(chart.laneLayout().rowCount(), 12);
    // Grouped: the C++ lanes first (their group's first lane comes first), then the Python ones.
    for (int row = 0; row < 12; ++row)
        QCOMPARE(chart.laneLayout().laneOfRow(row), row < 6 ? row * 2 : (row - 6) * 2 + 1);

    // A click on a Python lane's label collapses the Python group into one row.
    const QRectF plot = chart.chart()->plotArea();
    const auto click = [&](const QPointF &chartPos) {
        QChartView *view = chart.view();
        const QPoint at = view->mapFromScene(chart.chart()->mapToScene(chartPos));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    };
    click(QPointF(plot.left() - 20, chart.laneRect(3).center().y()));
    QCOMPARE(chart.laneLayout().rowCount(), 7);
    const QRectF summary = chart.laneRect(1);
    for (int lane = 1; lane < 12; lane += 2)
        QCOMPARE(chart.laneRect(lane), summary);
    QCOMPARE(chart.laneLayout().rowOfLane(1), 6);
    QVERIFY(chart.laneRect(0) != summary);

    // The summary row shows what the group's lanes do (all alike here), and the pointer finds one
    // of its processes.
    const QImage image = render(chart);
    for (int j : {10, 11, 12, 13}) {
        const qint64 middle = (SyntheticRun::spanBegin(j) + SyntheticRun::spanEnd(j)) / 2;
        const QPointF at(chart.mapping().xForTime(middle), summary.center().y());
        QCOMPARE(QColor(image.pixel(at.toPoint())).rgb(),
                 ChartPalette::spanColor(SpanKind(j % SpanKindCount)).rgb());
        const TimelineHit hit = chart.hitTest(at);
        QCOMPARE(hit.what, TimelineHit::What::Span);
        QVERIFY(hit.lane % 2 == 1);
        QCOMPARE(hit.span.beginNs, SyntheticRun::spanBegin(j));
    }
    // Clicked again: expanded.
    click(QPointF(plot.left() - 20, summary.center().y()));
    QCOMPARE(chart.laneLayout().rowCount(), 12);
    QVERIFY(chart.laneRect(3) != chart.laneRect(1));
}

QTEST_MAIN(TestTimelineLanes)
#include "tst_timelinelanes.moc"
