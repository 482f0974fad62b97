// SPDX-License-Identifier: MIT
#include "chartstyle.h"
#include "speedupchart.h"
#include "syntheticsweep.h"

#include <QChart>
#include <QJsonArray>
#include <QLegend>
#include <QLineSeries>
#include <QTest>
#include <QValueAxis>

using namespace proclab;

class TestSpeedupChart : public QObject
{
    Q_OBJECT
private slots:
    void expectedSeries();
    void amdahlFollowsSerialFraction();
    void coresLine();
    void growsAsPointsArrive();
    void renders();
    void legendNeverElides();
};

void TestSpeedupChart::expectedSeries()
{
    SpeedupChart chart;
    chart.setCores(2);
    chart.setSweep(test::syntheticSweep(0.15));
    QStringList roles;
    for (QAbstractSeries *series : chart.chart()->series())
        roles << series->objectName();
    roles.sort();
    QCOMPARE(roles, (QStringList{QStringLiteral("amdahl"), QStringLiteral("cores"),
                                 QStringLiteral("efficiency"), QStringLiteral("ideal"),
                                 QStringLiteral("measured")}));
    QCOMPARE(chart.measuredSeries()->count(), 4);
    QCOMPARE(chart.measuredSeries()->at(1), QPointF(2, 1.8));
    QCOMPARE(chart.efficiencySeries()->count(), 4);
    QCOMPARE(chart.efficiencySeries()->at(3), QPointF(4, 2.7 / 4 * 100));
    QVERIFY(chart.idealSeries()->count() >= 2);
    QVERIFY(chart.chart()->axes(Qt::Vertical).size() == 2); // speedup left, efficiency right
    QVERIFY(!chart.chart()->title().isEmpty());
    for (QAbstractAxis *axis : chart.chart()->axes())
        QVERIFY(!axis->titleText().isEmpty());
}

void TestSpeedupChart::amdahlFollowsSerialFraction()
{
    SpeedupChart chart;
    chart.setSweep(test::syntheticSweep(0.2));
    QVERIFY(chart.amdahlSeries()->count() > 4);
    // S(4) = 1 / (0.2 + 0.8 / 4) = 2.5
    bool found = false;
    for (const QPointF &p : chart.amdahlSeries()->points()) {
        if (qFuzzyCompare(p.x(), 4.0)) {
            QVERIFY(qAbs(p.y() - 2.5) < 1e-9);
            found = true;
        }
    }
    QVERIFY(found);
    QVERIFY(chart.amdahlSeries()->name().contains(QStringLiteral("0.200")));

    chart.setSweep(
        test::syntheticSweep(std::nan(""))); // one-point sweeps have no Karp–Flatt estimate
    QCOMPARE(chart.amdahlSeries()->count(), 0);
}

void TestSpeedupChart::coresLine()
{
    SpeedupChart chart;
    chart.setSweep(test::syntheticSweep(0.1));
    chart.setCores(3);
    QCOMPARE(chart.coresSeries()->count(), 2);
    QCOMPARE(chart.coresSeries()->at(0).x(), 3.0);
    QCOMPARE(chart.coresSeries()->at(1).x(), 3.0);
    QVERIFY(chart.coresSeries()->name().contains(QStringLiteral("3")));
}

void TestSpeedupChart::growsAsPointsArrive()
{
    SpeedupChart chart;
    QJsonObject partial = test::syntheticSweep(0.1);
    QJsonArray points = partial.value(QStringLiteral("points")).toArray();
    while (points.size() > 1)
        points.removeLast();
    partial.insert(QStringLiteral("points"), points);
    partial.insert(QStringLiteral("serial_fraction"), QJsonValue());
    chart.setSweep(partial);
    QCOMPARE(chart.measuredSeries()->count(), 1);
    chart.setSweep(test::syntheticSweep(0.1));
    QCOMPARE(chart.measuredSeries()->count(), 4);
    chart.setSweep(QJsonObject());
    QCOMPARE(chart.measuredSeries()->count(), 0);
}

void TestSpeedupChart::renders()
{
    SpeedupChart chart;
    chart.resize(1200, 700);
    chart.setSweep(test::syntheticSweep(0.1));
    QVERIFY(!chart.grab().isNull());
}

// The legend goes below the plot when its entries fit one row, else beside it in a column, so no
// entry is cut to "idéal (accél…" (French at 1024 px).
void TestSpeedupChart::legendNeverElides()
{
    SpeedupChart chart;
    chart.setCores(2);
    chart.setSweep(test::syntheticSweep(0.15));
    chart.resize(1600, 500);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QTRY_COMPARE(chart.chart()->legend()->alignment(), Qt::AlignBottom);
    QVERIFY(ChartStyle::legendFitsInARow(chart.chart(), chart.chart()->size().width()));
    chart.resize(420, 300);
    QTRY_COMPARE(chart.chart()->legend()->alignment(), Qt::AlignRight);
    QVERIFY(!ChartStyle::legendFitsInARow(chart.chart(), chart.chart()->size().width()));
}

QTEST_MAIN(TestSpeedupChart)
#include "tst_speedupchart.moc"
