// SPDX-License-Identifier: MIT
// The timeline's cause arrows: which show (focus, hover, all, the lane limit), where they start
// and end, and the critical path's legend entry.
#include "timelinechart.h"

#include <QLegendMarker>
#include <QScatterSeries>
#include <QChart>
#include <QTest>

using namespace proclab;

namespace {

// `lanes` processes, each with one barrier wait per round ended by the next lane's arrival.
Run chainedRun(int lanes, int rounds)
{
    Run run;
    run.scenario = QStringLiteral("barrier");
    run.wallNs = 10'000'000 * qint64(rounds + 1);
    for (int i = 0; i < lanes; ++i) {
        ProcessRecord p;
        p.id = i;
        p.name = QStringLiteral("p%1").arg(i + 1);
        p.pid = 100 + i;
        p.launchedNs = 0;
        p.readyNs = 1000;
        p.exitedNs = run.wallNs;
        p.exit.kind = ExitStatus::Kind::Normal;
        for (int r = 0; r < rounds; ++r) {
            const qint64 begin = 10'000'000 * qint64(r) + 1'000'000 + i * 1000;
            Span wait{begin, begin + 5'000'000, r, -1, SpanKind::BarrierWait};
            wait.cause = qint32(p.causes.size());
            p.causes.push_back(
                {(i + 1) % lanes, CauseEvent::BarrierLastArrival, 0, begin + 4'000'000});
            p.spans.push_back(wait);
        }
        run.processes.push_back(p);
    }
    return run;
}

} // namespace

class TestCauseArrows : public QObject
{
    Q_OBJECT
private slots:
    void focusHoverAndAll();
    void arrowsGoFromTheDeedToTheWake();
    void allIsRefusedAboveTheLaneLimit();
    void arrowsFollowScrollingAndFiltering();
};

void TestCauseArrows::focusHoverAndAll()
{
    const Run run = chainedRun(4, 3);
    TimelineChart chart;
    chart.resize(900, 500);
    chart.setRun(&run);
    chart.show();
    CauseArrowItem *arrows = chart.arrowItem();
    QCOMPARE(arrows->links().size(), size_t(12));
    QVERIFY(arrows->visibleLinks().empty()); // nothing selected, "all" off
    // A process: what it waited for (3) and whom it kept waiting (lane 0 waited for lane 1: 3).
    chart.selectProcess(1);
    const auto forLane = arrows->visibleLinks();
    QCOMPARE(forLane.size(), size_t(6));
    for (const CauseLink &l : forLane)
        QVERIFY(l.effectProcess == 1 || l.causeProcess == 1);
    // A span: only the arrow into it (and none out of it: lane 1 did nothing during its wait
    // that another lane's cause names).
    const Span &wait = run.processes[2].spans[1];
    chart.selectProcess(-1);
    arrows->setHovered({2, wait.beginNs, wait.endNs});
    const auto forSpan = arrows->visibleLinks();
    QCOMPARE(forSpan.size(), size_t(2)); // into it (from lane 3), out of it (lane 1's wait)
    chart.setShowAllArrows(true);
    QCOMPARE(arrows->visibleLinks().size(), size_t(12));
}

void TestCauseArrows::arrowsGoFromTheDeedToTheWake()
{
    const Run run = chainedRun(3, 1);
    TimelineChart chart;
    chart.resize(900, 500);
    chart.setRun(&run);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    for (const CauseLink &l : chart.arrowItem()->links()) {
        const QLineF line = chart.arrowItem()->arrowLine(l);
        QCOMPARE(line.p1().y(), chart.laneRect(l.causeProcess).center().y());
        QCOMPARE(line.p2().y(), chart.laneRect(l.effectProcess).center().y());
        QCOMPARE(line.p1().x(), chart.mapping().xForTime(l.causeNs));
        QCOMPARE(line.p2().x(), chart.mapping().xForTime(l.effectNs));
        QVERIFY(line.p1().x() < line.p2().x()); // the deed came first
    }
}

void TestCauseArrows::arrowsFollowScrollingAndFiltering()
{
    // Lane i waited for lane i + 1 (mod 12), twice: p1 (pid 100) for p2, …, p12 for p1.
    const Run run = chainedRun(12, 2);
    TimelineChart chart;
    chart.resize(900, 500);
    chart.show();
    chart.setRun(&run);
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    chart.setShowAllArrows(true);
    chart.setLaneHeight(60);
    chart.scrollLanesTo(150);
    // Scrolled: every arrow still runs between its lanes' rows where they are now.
    QCOMPARE(chart.laneRect(0).top(), chart.chart()->plotArea().top() - 150);
    QCOMPARE(chart.arrowItem()->visibleLinks().size(), size_t(24));
    for (const CauseLink &l : chart.arrowItem()->visibleLinks()) {
        const QLineF line = chart.arrowItem()->arrowLine(l);
        QCOMPARE(line.p1().y(), chart.laneRect(l.causeProcess).center().y());
        QCOMPARE(line.p2().y(), chart.laneRect(l.effectProcess).center().y());
    }
    // Filtered to p1, p10, p11, p12 (lanes 0, 9, 10, 11): only the arrows between shown lanes
    // (p10 waited for p11, p11 for p12, p12 for p1), at their new rows.
    chart.setLaneFilter(QStringLiteral("p1"));
    QCOMPARE(chart.laneLayout().rowCount(), 4);
    const auto links = chart.arrowItem()->visibleLinks();
    QCOMPARE(links.size(), size_t(6));
    for (const CauseLink &l : links) {
        QVERIFY(l.effectProcess >= 9);
        QCOMPARE(l.causeProcess, (l.effectProcess + 1) % 12);
        const QLineF line = chart.arrowItem()->arrowLine(l);
        QCOMPARE(line.p2().y(), chart.laneRect(l.effectProcess).center().y());
        QCOMPARE(line.p1().y(), chart.laneRect(l.causeProcess).center().y());
    }
    QCOMPARE(chart.laneLayout().rowOfLane(9), 1); // p10 right under p1
}

void TestCauseArrows::allIsRefusedAboveTheLaneLimit()
{
    const Run run = chainedRun(64, 2);
    TimelineChart chart;
    chart.resize(900, 700);
    chart.setRun(&run);
    chart.setShowAllArrows(true);
    QVERIFY(chart.arrowItem()->visibleLinks().empty()); // 64 lanes: only what is in focus
    chart.selectProcess(10);
    QCOMPARE(chart.arrowItem()->visibleLinks().size(), size_t(4));
    chart.arrowItem()->setAllLaneLimit(64);
    QCOMPARE(chart.arrowItem()->visibleLinks().size(), size_t(128));
}

QTEST_MAIN(TestCauseArrows)
#include "tst_causearrows.moc"
