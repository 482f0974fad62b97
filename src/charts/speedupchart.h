// SPDX-License-Identifier: MIT
#pragma once

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
class SpeedupChart : public QWidget
{
    Q_OBJECT
public:
    explicit SpeedupChart(QWidget *parent = nullptr);

    // A "proclab-sweep/1" object; may be called again as points arrive.
    void setSweep(const QJsonObject &sweep);
    // Marked as a vertical line; QThread::idealThreadCount() unless set.
    void setCores(int cores);
    int cores() const { return m_cores; }

    QChart *chart() const { return m_chart; }
    QChartView *view() const { return m_view; }

    // Series, by role; objectName() says the role too ("measured", "efficiency", "ideal",
    // "amdahl", "cores") so tests and the window can find them.
    QLineSeries *measuredSeries() const { return m_measured; }
    QLineSeries *efficiencySeries() const { return m_efficiency; }
    QLineSeries *idealSeries() const { return m_ideal; }
    QLineSeries *amdahlSeries() const { return m_amdahl; }
    QLineSeries *coresSeries() const { return m_coresLine; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void rebuild();

    QJsonObject m_sweep;
    int m_cores;
    QChart *m_chart;
    QChartView *m_view;
    QValueAxis *m_workersAxis;
    QValueAxis *m_speedupAxis;
    QValueAxis *m_efficiencyAxis;
    QLineSeries *m_measured;
    QLineSeries *m_efficiency;
    QLineSeries *m_ideal;
    QLineSeries *m_amdahl;
    QLineSeries *m_coresLine;
};

} // namespace proclab
