// SPDX-License-Identifier: MIT
#include "timeaxismapping.h"

#include <QTest>

using namespace proclab;

namespace {
TimeAxisMapping mapping(double left, double width, qint64 fullBegin, qint64 fullEnd,
                        qint64 viewBegin, qint64 viewEnd)
{
    TimeAxisMapping m;
    m.setPlotArea(left, width);
    m.fullBeginNs = fullBegin;
    m.fullEndNs = fullEnd;
    m.viewBeginNs = viewBegin;
    m.viewEndNs = viewEnd;
    return m;
}
constexpr double kTolerancePx = 1e-6;
constexpr double kToleranceNs = 1.0;
} // namespace

class TestTimeAxisMapping : public QObject
{
    Q_OBJECT
private slots:
    void xForTime_data();
    void xForTime();
    void roundTrip_data();
    void roundTrip();
    void zoomAt_data();
    void zoomAt();
    void zoomToPixels_data();
    void zoomToPixels();
    void pan_data();
    void pan();
    void fullRangeFollowsUnlessZoomed();
    void zoomLimits();
};

void TestTimeAxisMapping::xForTime_data()
{
    QTest::addColumn<double>("left");
    QTest::addColumn<double>("width");
    QTest::addColumn<qint64>("viewBegin");
    QTest::addColumn<qint64>("viewEnd");
    QTest::addColumn<qint64>("time");
    QTest::addColumn<double>("x");
    QTest::newRow("left edge") << 50.0 << 1000.0 << qint64(0) << qint64(1'000'000) << qint64(0)
                               << 50.0;
    QTest::newRow("right edge") << 50.0 << 1000.0 << qint64(0) << qint64(1'000'000)
                                << qint64(1'000'000) << 1050.0;
    QTest::newRow("middle") << 50.0 << 1000.0 << qint64(0) << qint64(1'000'000) << qint64(500'000)
                            << 550.0;
    QTest::newRow("zoomed view") << 0.0 << 200.0 << qint64(2'000) << qint64(4'000) << qint64(3'000)
                                 << 100.0;
    QTest::newRow("before view") << 10.0 << 100.0 << qint64(1'000) << qint64(2'000) << qint64(0)
                                 << -90.0;
    QTest::newRow("after view") << 10.0 << 100.0 << qint64(1'000) << qint64(2'000) << qint64(3'000)
                                << 210.0;
    QTest::newRow("seconds long run")
        << 80.0 << 1100.0 << qint64(0) << qint64(5'000'000'000) << qint64(2'500'000'000) << 630.0;
}

void TestTimeAxisMapping::xForTime()
{
    QFETCH(double, left);
    QFETCH(double, width);
    QFETCH(qint64, viewBegin);
    QFETCH(qint64, viewEnd);
    QFETCH(qint64, time);
    QFETCH(double, x);
    const TimeAxisMapping m = mapping(left, width, viewBegin, viewEnd, viewBegin, viewEnd);
    QVERIFY2(std::abs(m.xForTime(time) - x) < kTolerancePx,
             qPrintable(QStringLiteral("got %1, expected %2").arg(m.xForTime(time)).arg(x)));
}

void TestTimeAxisMapping::roundTrip_data()
{
    QTest::addColumn<qint64>("time");
    QTest::newRow("start") << qint64(0);
    QTest::newRow("a microsecond") << qint64(1'000);
    QTest::newRow("a third") << qint64(333'333'333);
    QTest::newRow("end") << qint64(1'000'000'000);
}

void TestTimeAxisMapping::roundTrip()
{
    QFETCH(qint64, time);
    const TimeAxisMapping m = mapping(73.5, 917.0, 0, 1'000'000'000, 0, 1'000'000'000);
    QVERIFY(std::abs(m.timeForX(m.xForTime(time)) - double(time)) < kToleranceNs);
}

void TestTimeAxisMapping::zoomAt_data()
{
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("factor");
    QTest::addColumn<qint64>("expectedBegin");
    QTest::addColumn<qint64>("expectedEnd");
    // Plot 0..1000 px showing 0..1,000,000 ns: 1000 ns a pixel.
    QTest::newRow("2x at centre") << 500.0 << 2.0 << qint64(250'000) << qint64(750'000);
    QTest::newRow("2x at left edge") << 0.0 << 2.0 << qint64(0) << qint64(500'000);
    QTest::newRow("4x at 3/4") << 750.0 << 4.0 << qint64(562'500) << qint64(812'500);
    QTest::newRow("zoom out beyond data clamps") << 500.0 << 0.25 << qint64(0) << qint64(1'000'000);
    QTest::newRow("huge factor stops at 1 us")
        << 500.0 << 1e9 << qint64(499'500) << qint64(500'500);
}

void TestTimeAxisMapping::zoomAt()
{
    QFETCH(double, x);
    QFETCH(double, factor);
    QFETCH(qint64, expectedBegin);
    QFETCH(qint64, expectedEnd);
    TimeAxisMapping m = mapping(0, 1000, 0, 1'000'000, 0, 1'000'000);
    const double anchorBefore = m.timeForX(x);
    m.zoomAt(x, factor);
    QVERIFY2(std::abs(double(m.viewBeginNs - expectedBegin)) <= kToleranceNs,
             qPrintable(QString::number(m.viewBeginNs)));
    QVERIFY2(std::abs(double(m.viewEndNs - expectedEnd)) <= kToleranceNs,
             qPrintable(QString::number(m.viewEndNs)));
    if (factor >= 1) // the time under the pointer stays under the pointer
        QVERIFY(std::abs(m.timeForX(x) - anchorBefore) <= kToleranceNs);
}

void TestTimeAxisMapping::zoomToPixels_data()
{
    QTest::addColumn<double>("x1");
    QTest::addColumn<double>("x2");
    QTest::addColumn<qint64>("expectedBegin");
    QTest::addColumn<qint64>("expectedEnd");
    // Plot starts at x = 100, 500 px wide, showing 0..5,000,000 ns: 10,000 ns a pixel.
    QTest::newRow("left to right") << 200.0 << 300.0 << qint64(1'000'000) << qint64(2'000'000);
    QTest::newRow("right to left") << 300.0 << 200.0 << qint64(1'000'000) << qint64(2'000'000);
    QTest::newRow("beyond the plot clamps") << 50.0 << 700.0 << qint64(0) << qint64(5'000'000);
    QTest::newRow("tiny band widens to 1 us")
        << 350.0 << 350.0 << qint64(2'499'500) << qint64(2'500'500);
}

void TestTimeAxisMapping::zoomToPixels()
{
    QFETCH(double, x1);
    QFETCH(double, x2);
    QFETCH(qint64, expectedBegin);
    QFETCH(qint64, expectedEnd);
    TimeAxisMapping m = mapping(100, 500, 0, 5'000'000, 0, 5'000'000);
    m.zoomToPixels(x1, x2);
    QVERIFY2(std::abs(double(m.viewBeginNs - expectedBegin)) <= kToleranceNs,
             qPrintable(QString::number(m.viewBeginNs)));
    QVERIFY2(std::abs(double(m.viewEndNs - expectedEnd)) <= kToleranceNs,
             qPrintable(QString::number(m.viewEndNs)));
}

void TestTimeAxisMapping::pan_data()
{
    QTest::addColumn<double>("dx");
    QTest::addColumn<qint64>("expectedBegin");
    // Plot 0..1000 px showing 400,000..600,000 of 0..1,000,000 ns: 200 ns a pixel.
    QTest::newRow("drag right shows earlier") << 100.0 << qint64(380'000);
    QTest::newRow("drag left shows later") << -250.0 << qint64(450'000);
    QTest::newRow("stops at the start") << 1e6 << qint64(0);
    QTest::newRow("stops at the end") << -1e6 << qint64(800'000);
}

void TestTimeAxisMapping::pan()
{
    QFETCH(double, dx);
    QFETCH(qint64, expectedBegin);
    TimeAxisMapping m = mapping(0, 1000, 0, 1'000'000, 400'000, 600'000);
    m.panByPixels(dx);
    QCOMPARE(m.viewBeginNs, expectedBegin);
    QCOMPARE(m.viewDurationNs(), qint64(200'000)); // panning never changes the zoom
}

void TestTimeAxisMapping::fullRangeFollowsUnlessZoomed()
{
    TimeAxisMapping m = mapping(0, 1000, 0, 1'000'000, 0, 1'000'000);
    m.setFullRange(0, 2'000'000); // a live run grows
    QCOMPARE(m.viewEndNs, qint64(2'000'000));
    QVERIFY(!m.isZoomed());

    m.zoomToTime(100'000, 200'000);
    m.setFullRange(0, 3'000'000);
    QCOMPARE(m.viewBeginNs, qint64(100'000)); // the user's zoom stays put
    QCOMPARE(m.viewEndNs, qint64(200'000));
    QVERIFY(m.isZoomed());

    m.reset();
    QCOMPARE(m.viewBeginNs, qint64(0));
    QCOMPARE(m.viewEndNs, qint64(3'000'000));
}

void TestTimeAxisMapping::zoomLimits()
{
    TimeAxisMapping m = mapping(0, 1000, 0, 1'000'000, 0, 1'000'000);
    m.zoomAt(500, 0.0); // nonsense factors change nothing
    m.zoomAt(500, -3.0);
    m.zoomAt(500, std::numeric_limits<double>::quiet_NaN());
    QCOMPARE(m.viewBeginNs, qint64(0));
    QCOMPARE(m.viewEndNs, qint64(1'000'000));
    m.setPlotArea(10, 0); // a collapsed plot must not divide by zero
    QVERIFY(std::isfinite(m.xForTime(qint64(500'000))));
    QVERIFY(std::isfinite(m.nsPerPixel()));
}

QTEST_APPLESS_MAIN(TestTimeAxisMapping)
#include "tst_timeaxismapping.moc"
