// SPDX-License-Identifier: MIT
// The timeline's per-pixel-column painting (lanes' tracks with prefix sums, TimelineModel::tracks)
// against the full walk over every span in view (TimelineSpanItem::setFullWalk): the same pixels
// at every zoom, for runs of many sub-pixel spans, nested kinds, instants, chunk colours, spans
// revised after they were drawn, lanes whose spans overlap, and a run that grows between frames.
#include "syntheticrun.h"
#include "timelinechart.h"

#include <QChart>
#include <QChartView>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QTest>
#include <cmath>

using namespace proclab;

namespace {

constexpr qint64 kMs = 1'000'000;

// A pool-like run: per lane back-to-back tasks of 0-40 µs (some instants, some touching their
// neighbour, a few of several ms), and on some lanes a work span around every ~50 tasks (another
// slot, appended after the tasks inside it, as spans are appended when they end).
Run poolLikeRun(int lanes, int tasksPerLane, quint32 seed, bool nested)
{
    QRandomGenerator random(seed);
    Run run;
    run.scenario = QStringLiteral("pool");
    int task = 0;
    for (int lane = 0; lane < lanes; ++lane) {
        ProcessRecord p;
        p.id = lane;
        p.name = QStringLiteral("ForkPoolWorker-%1").arg(lane + 1);
        p.pid = 5000 + lane;
        p.launchedNs = 100'000 + lane * 10'000;
        p.readyNs = p.launchedNs + 200'000;
        p.exit.kind = ExitStatus::Kind::Normal;
        qint64 t = 1 * kMs + lane * 3'000;
        qint64 groupBegin = t;
        for (int k = 0; k < tasksPerLane; ++k) {
            const int roll = int(random.bounded(1000));
            qint64 length = qint64(random.bounded(40'000));
            if (roll < 20)
                length = 0; // an instant
            else if (roll < 23)
                length = 1 * kMs + qint64(random.bounded(4 * kMs)); // a long one
            Span s;
            s.kind = SpanKind::Task;
            s.task = task++;
            s.beginNs = t;
            s.endNs = t + length;
            p.spans.push_back(s);
            // Touching (the next task begins where this one ended) or a gap.
            t = s.endNs + (random.bounded(4) == 0 ? 0 : qint64(random.bounded(15'000)));
            if (nested && (k + 1) % 50 == 0) {
                Span work;
                work.kind = SpanKind::Work;
                work.beginNs = groupBegin;
                work.endNs = t;
                work.round = k / 50;
                p.spans.push_back(work);
                t += 2'000;
                groupBegin = t;
            }
        }
        p.exitedNs = t + 50'000;
        run.wallNs = std::max(run.wallNs, p.exitedNs + 10'000);
        run.processes.push_back(std::move(p));
    }
    return run;
}

QImage render(TimelineChart &chart, bool fullWalk)
{
    chart.spanItem()->setFullWalk(fullWalk);
    QImage image(chart.size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    chart.view()->render(&painter);
    return image;
}

// Differing pixels, and where the first one is.
QString difference(const QImage &a, const QImage &b)
{
    if (a.size() != b.size())
        return QStringLiteral("sizes differ");
    int count = 0;
    QPoint first(-1, -1);
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            if (a.pixel(x, y) != b.pixel(x, y)) {
                if (count++ == 0)
                    first = QPoint(x, y);
            }
        }
    }
    return count == 0 ? QString()
                      : QStringLiteral("%1 pixels differ, the first at %2,%3")
                            .arg(count)
                            .arg(first.x())
                            .arg(first.y());
}

// Views to compare: the whole run, then narrower ones at odd offsets down to a few µs.
std::vector<std::pair<qint64, qint64>> views(const Run &run)
{
    const qint64 end = run.wallNs;
    std::vector<std::pair<qint64, qint64>> v{{-1, -1}};
    for (const qint64 width : {end / 3, end / 17, end / 150, end / 1000, qint64(400'000),
                               qint64(90'000), qint64(9'000), qint64(1'500)}) {
        for (const double at : {0.013, 0.37, 0.8}) {
            const qint64 begin = qint64(double(end) * at) + 7;
            v.emplace_back(begin, begin + width);
        }
    }
    return v;
}

bool sameSpan(const Span &a, const Span &b)
{
    return a.beginNs == b.beginNs && a.endNs == b.endNs && a.kind == b.kind && a.task == b.task &&
           a.round == b.round;
}

// The finer check: every lane's column scores (covered ns per colour) and wide spans are equal,
// not just the colours they come out as.
QString coverageDifference(TimelineChart &chart)
{
    TimelineSpanItem *item = chart.spanItem();
    for (int lane = 0; lane < chart.laneCount(); ++lane) {
        item->setFullWalk(false);
        const TimelineLaneCoverage perColumn = item->laneCoverage(lane);
        item->setFullWalk(true);
        const TimelineLaneCoverage full = item->laneCoverage(lane);
        item->setFullWalk(false);
        if (perColumn.scores.size() != full.scores.size())
            return QStringLiteral("lane %1: column counts differ").arg(lane);
        for (std::size_t i = 0; i < full.scores.size(); ++i) {
            if (perColumn.scores[i] != full.scores[i])
                return QStringLiteral("lane %1, column %2, slot %3: %4 ns per column, %5 walking")
                    .arg(lane)
                    .arg(i / std::size_t(full.slotCount))
                    .arg(i % std::size_t(full.slotCount))
                    .arg(perColumn.scores[i])
                    .arg(full.scores[i]);
        }
        if (perColumn.wide.size() != full.wide.size() ||
            !std::equal(full.wide.begin(), full.wide.end(), perColumn.wide.begin(), sameSpan))
            return QStringLiteral("lane %1: wide spans differ (%2 per column, %3 walking)")
                .arg(lane)
                .arg(perColumn.wide.size())
                .arg(full.wide.size());
    }
    return QString();
}

void compareAtEveryZoom(TimelineChart &chart, const Run &run)
{
    for (const auto &[begin, end] : views(run)) {
        if (begin < 0)
            chart.resetZoom();
        else
            chart.zoomToTime(begin, end);
        const QString coverage = coverageDifference(chart);
        QVERIFY2(coverage.isEmpty(), qPrintable(QStringLiteral("view %1-%2 ns (%3 ns a pixel): %4")
                                                    .arg(begin)
                                                    .arg(end)
                                                    .arg(chart.mapping().nsPerPixel())
                                                    .arg(coverage)));
        const QImage perColumn = render(chart, false);
        const QImage full = render(chart, true);
        const QString diff = difference(perColumn, full);
        QVERIFY2(diff.isEmpty(), qPrintable(QStringLiteral("view %1-%2 ns (%3 ns a pixel): %4")
                                                .arg(begin)
                                                .arg(end)
                                                .arg(chart.mapping().nsPerPixel())
                                                .arg(diff)));
    }
    chart.spanItem()->setFullWalk(false);
}

} // namespace

class TestTimelinePaint : public QObject
{
    Q_OBJECT
private slots:
    void perColumnMatchesFullWalk_data();
    void perColumnMatchesFullWalk();
    void syntheticRunMatches();
    void overlappingSpansAreWalked();
    void revisedSpanIsRedrawn();
    void instantsAtTheViewsEdge();
    void growingRunMatches();
    void hitTestAtEveryZoom();
    void frameCostDoesNotGrowWithSpans();
};

void TestTimelinePaint::perColumnMatchesFullWalk_data()
{
    QTest::addColumn<bool>("nested");
    QTest::addColumn<int>("chunksize");
    QTest::addColumn<int>("width");
    QTest::newRow("tasks by kind") << false << 0 << 1200;
    QTest::newRow("tasks and work by kind") << true << 0 << 1000;
    QTest::newRow("by chunk of 1") << false << 1 << 1200;
    QTest::newRow("nested by chunk of 7") << true << 7 << 1333;
}

void TestTimelinePaint::perColumnMatchesFullWalk()
{
    QFETCH(bool, nested);
    QFETCH(int, chunksize);
    QFETCH(int, width);
    const Run run = poolLikeRun(8, 20'000, 42, nested);
    TimelineChart chart;
    chart.resize(width, 700);
    chart.setRun(&run);
    chart.setColorByChunk(chunksize);
    render(chart, false); // lays the chart out
    for (int lane = 0; lane < chart.laneCount(); ++lane)
        QVERIFY(chart.spanItem() && chart.spanItem()->chunksize() == chunksize);
    compareAtEveryZoom(chart, run);
}

void TestTimelinePaint::syntheticRunMatches()
{
    // Every kind, rounds and task labels, a killed lane: the chart the other tests look at.
    const Run run = test::SyntheticRun::make(16, 3000);
    TimelineChart chart;
    chart.resize(1100, 650);
    chart.setRun(&run);
    render(chart, false);
    compareAtEveryZoom(chart, run);
}

void TestTimelinePaint::overlappingSpansAreWalked()
{
    Run run = poolLikeRun(3, 2000, 7, false);
    // Lane 1: a task that overlaps the one before it (a misbehaving worker can report that).
    auto &spans = run.processes[1].spans;
    spans[1000].beginNs = spans[999].beginNs + 1;
    TimelineChart chart;
    chart.resize(1000, 500);
    chart.setRun(&run);
    render(chart, false);
    // The model's tracks for this lane are refused; the others have theirs.
    TimelineModel model;
    model.setRun(&run);
    model.refresh();
    QVERIFY(model.tracks(0, 0));
    QVERIFY(!model.tracks(1, 0));
    QVERIFY(model.tracks(2, 0));
    compareAtEveryZoom(chart, run);
}

void TestTimelinePaint::revisedSpanIsRedrawn()
{
    // Lock holds cut short by their holder's death, drawn, then ended earlier (a taker reported
    // the lock owner died): the tracks' sums from them on follow. The recorder only ever revises
    // the last hold of a lane; the model does not rely on that: here the 6th of 20 holds and the
    // 16th (the last of a full block of sums) are revised.
    Run run = poolLikeRun(2, 3000, 11, false);
    ProcessRecord &p = run.processes[0];
    qint64 t = p.spans.back().endNs + 1000;
    std::vector<std::size_t> revised;
    for (int k = 0; k < 20; ++k) {
        Span hold;
        hold.kind = SpanKind::LockHold;
        hold.round = k;
        hold.beginNs = t;
        hold.endNs = t + (k == 5 || k == 15 ? 30 * kMs : 1000);
        hold.cutShort = k == 5 || k == 15;
        if (hold.cutShort)
            revised.push_back(p.spans.size());
        p.spans.push_back(hold);
        t = hold.endNs + 1000;
    }
    run.wallNs = t + kMs;

    TimelineModel model;
    model.setRun(&run);
    model.refresh();
    const auto total = [&] {
        const auto *tracks = model.tracks(0, 0);
        const auto &track = (*tracks)[std::size_t(SpanKind::LockHold)];
        return track.lengthBefore(p.spans, track.size());
    };
    QCOMPARE(total(), qint64(18 * 1000 + 2 * 30 * kMs));

    TimelineChart chart;
    chart.resize(1000, 500);
    chart.setRun(&run);
    render(chart, false);
    for (const std::size_t i : revised)
        p.spans[i].endNs = p.spans[i].beginNs + 3000;
    chart.refresh();
    model.refresh();
    QCOMPARE(total(), qint64(18 * 1000 + 2 * 3000));
    compareAtEveryZoom(chart, run);
}

void TestTimelinePaint::instantsAtTheViewsEdge()
{
    // Instants exactly where the first pixel column begins: in view, whichever way it is read.
    Run run = poolLikeRun(2, 4000, 13, false);
    TimelineChart chart;
    chart.resize(1000, 500);
    chart.setRun(&run);
    render(chart, false);
    const qint64 middle = run.processes[0].spans[2000].beginNs;
    chart.zoomToTime(middle - 700'000, middle + 700'000);
    const double columnLeft = std::floor(chart.chart()->plotArea().left());
    const qint64 firstNs = qint64(std::floor(chart.mapping().timeForX(columnLeft)));
    for (auto &p : run.processes) {
        Span instant;
        instant.kind = SpanKind::BarrierWait; // a slot of its own
        instant.beginNs = firstNs;
        instant.endNs = firstNs;
        p.spans.push_back(instant);
        instant.beginNs = instant.endNs = firstNs + 1;
        p.spans.push_back(instant);
    }
    chart.refresh();
    QCOMPARE(qint64(std::floor(chart.mapping().timeForX(columnLeft))), firstNs); // still zoomed
    const QString coverage = coverageDifference(chart);
    QVERIFY2(coverage.isEmpty(), qPrintable(coverage));
    QCOMPARE(difference(render(chart, false), render(chart, true)), QString());
}

void TestTimelinePaint::growingRunMatches()
{
    // The run grows between refreshes as the engine's deltas arrive; every frame matches.
    const Run whole = poolLikeRun(4, 6000, 3, true);
    Run run = whole;
    for (auto &p : run.processes) {
        p.spans.clear();
        p.exitedNs = -1;
        p.exit.kind = ExitStatus::Kind::Running;
    }
    run.wallNs = 0;
    TimelineChart chart;
    chart.resize(900, 500);
    chart.setRun(&run);
    render(chart, false);
    for (int step = 1; step <= 5; ++step) {
        for (std::size_t i = 0; i < run.processes.size(); ++i) {
            const auto &from = whole.processes[i].spans;
            auto &to = run.processes[i].spans;
            to.assign(from.begin(), from.begin() + std::ptrdiff_t(from.size() * step / 5));
        }
        if (step == 5)
            run = whole;
        chart.refresh();
        const QImage perColumn = render(chart, false);
        const QString diff = difference(perColumn, render(chart, true));
        QVERIFY2(diff.isEmpty(), qPrintable(QStringLiteral("step %1: %2").arg(step).arg(diff)));
        const QString coverage = coverageDifference(chart);
        QVERIFY2(coverage.isEmpty(),
                 qPrintable(QStringLiteral("step %1: %2").arg(step).arg(coverage)));
    }
    chart.spanItem()->setFullWalk(false);
    compareAtEveryZoom(chart, run);
}

void TestTimelinePaint::hitTestAtEveryZoom()
{
    const Run run = poolLikeRun(4, 20'000, 5, true);
    TimelineChart chart;
    chart.resize(1200, 600);
    chart.setRun(&run);
    render(chart, false);
    const ProcessRecord &p = run.processes[2];
    // A task of ordinary length in the middle of the lane.
    std::size_t k = p.spans.size() / 2;
    while (p.spans[k].kind != SpanKind::Task || p.spans[k].endNs - p.spans[k].beginNs < 20'000)
        ++k;
    const Span &s = p.spans[k];
    const qint64 middle = (s.beginNs + s.endNs) / 2;
    for (const qint64 width : {run.wallNs, run.wallNs / 100, qint64(2'000'000), qint64(200'000),
                               qint64(30'000), qint64(2'000)}) {
        chart.zoomToTime(middle - width / 2, middle + width / 2);
        const QPointF at(chart.mapping().xForTime(middle), chart.laneRect(2).center().y());
        const TimelineHit hit = chart.hitTest(at);
        QCOMPARE(hit.lane, 2);
        QCOMPARE(int(hit.what), int(TimelineHit::What::Span));
        if (chart.mapping().nsPerPixel() * 2 < double(s.endNs - s.beginNs)) {
            // Wider than the hit tolerance: the task itself, whatever the zoom.
            QCOMPARE(hit.span.task, s.task);
        } else {
            // Narrower: a span within the tolerance of the pointer (innermost first).
            const double t = chart.mapping().timeForX(at.x());
            QVERIFY(double(hit.span.beginNs) <= t + 2 * chart.mapping().nsPerPixel() + 1);
            QVERIFY(double(hit.span.endNs) >= t - 2 * chart.mapping().nsPerPixel() - 1);
        }
    }
}

// Not a timing assertion on a shared machine beyond a generous bound: a frame of 8 lanes x 125,000
// sub-pixel spans per column costs about what one of 8 x 12,500 costs, and far less than walking.
void TestTimelinePaint::frameCostDoesNotGrowWithSpans()
{
    const auto frameMs = [](const Run &run, bool fullWalk) {
        TimelineChart chart;
        chart.resize(1200, 700);
        chart.setRun(&run);
        render(chart, fullWalk);
        QElapsedTimer timer;
        timer.start();
        constexpr int kFrames = 5;
        for (int i = 0; i < kFrames; ++i)
            render(chart, fullWalk);
        return double(timer.nsecsElapsed()) / 1e6 / kFrames;
    };
    const Run small = poolLikeRun(8, 12'500, 1, false);
    const Run large = poolLikeRun(8, 125'000, 1, false);
    const double smallMs = frameMs(small, false);
    const double largeMs = frameMs(large, false);
    const double largeWalkMs = frameMs(large, true);
    qInfo("frame, 8 x 12,500 spans: %.1f ms; 8 x 125,000: %.1f ms per column, %.1f ms walking",
          smallMs, largeMs, largeWalkMs);
    QVERIFY2(largeMs < largeWalkMs, "the per-column frame is not cheaper than the walk");
}

QTEST_MAIN(TestTimelinePaint)
#include "tst_timelinepaint.moc"
