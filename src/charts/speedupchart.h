// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QWidget>

class QChart;
class QChartView;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace proclab {

// Measured speedup and efficiency against the worker count, with the ideal (linear) speedup, the
// Amdahl curve for the sweep's Karp–Flatt serial fraction and the machine's core count, so a
// learner sees where adding workers stops paying.
//
// A sweep of both runtimes (see Sweep: "runtime": "both", the Python curve in "python") is drawn
// as two curves, C++ and Python, each with its efficiency and its own Amdahl curve, beside one
// ideal line and one cores line.
class SpeedupChart : public QWidget
{
    Q_OBJECT
public:
    explicit SpeedupChart(QWidget *parent = nullptr);
    ~SpeedupChart() override;

    // A "proclab-sweep/1" object; may be called again as points arrive.
    void setSweep(const QJsonObject &sweep);
    // How many measured curves the sweep has: 1, or 2 for a sweep of both runtimes.
    int curveCount() const { return m_curveCount; }
    // Who ran curve `curve`: "cpp", "python", or empty (a file that does not say: C++).
    QString curveRuntime(int curve) const;
    // What hovering the measured point of `workers` workers on `curve` shows; empty: no point.
    QString pointToolTip(int curve, int workers) const;
    // Marked as a vertical line; QThread::idealThreadCount() unless set.
    void setCores(int cores);
    int cores() const { return m_cores; }

    QChart *chart() const { return m_chart; }
    QChartView *view() const { return m_view; }

    // Series, by role; objectName() says the role too ("measured", "efficiency", "ideal",
    // "amdahl", "cores"; the second curve's "measured-python", "efficiency-python",
    // "amdahl-python") so tests and the window can find them. Curve 0 is the sweep's "points"
    // (C++, or Python in a Python-only sweep), curve 1 the Python curve of a sweep of both; its
    // series are in the chart only while it has one.
    QLineSeries *measuredSeries(int curve = 0) const { return m_curves[curve].measured; }
    QLineSeries *efficiencySeries(int curve = 0) const { return m_curves[curve].efficiency; }
    QLineSeries *amdahlSeries(int curve = 0) const { return m_curves[curve].amdahl; }
    QLineSeries *idealSeries() const { return m_ideal; }
    QLineSeries *coresSeries() const { return m_coresLine; }

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Curve
    {
        QLineSeries *measured = nullptr;
        QLineSeries *efficiency = nullptr;
        QLineSeries *amdahl = nullptr;
        QString runtime;   // "cpp", "python", empty: not said
        QJsonArray points; // as in the sweep: workers, wall_ns, speedup, efficiency
    };
    void retranslate();
    void rebuild();
    // Puts the series of `curves` curves into the chart (and takes the others out), in legend
    // order.
    void arrangeSeries(int curves);

    QJsonObject m_sweep;
    int m_cores;
    QChart *m_chart;
    QChartView *m_view;
    QValueAxis *m_workersAxis;
    QValueAxis *m_speedupAxis;
    QValueAxis *m_efficiencyAxis;
    Curve m_curves[2];
    int m_curveCount = 0; // curves whose series are in the chart
    QLineSeries *m_ideal;
    QLineSeries *m_coresLine;
};

} // namespace proclab
