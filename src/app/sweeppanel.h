// SPDX-License-Identifier: MIT
#pragma once

#include "parameters.h"

#include <QWidget>
#include <memory>

class QPushButton;
class QSettings;
class QHBoxLayout;
class QLabel;
class QSpinBox;

namespace proclab {

class SpeedupChart;
class Sweep;

// The Pool tab's speedup study: a worker range (sliders with spin boxes), Run / Stop sweep, and the
// speedup chart that fills in as each worker count is measured. Owns the Sweep; the tab supplies
// the pool parameters each sweep starts from.
class SweepPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SweepPanel(QWidget *parent = nullptr);
    ~SweepPanel() override;

    // One run per worker count of the chosen range, one after another, from `base`.
    void start(const ScenarioParameters &base);
    void stop();
    bool isSweeping() const { return m_sweeping; }
    // Whether the Run sweep button may be pressed (the tab knows whether anything else runs).
    void setStartEnabled(bool enabled);
    // Empty until a sweep was started.
    QString statusText() const { return m_status; }

    SpeedupChart *chart() const { return m_chart; }
    Sweep *sweep() const { return m_sweep.get(); }
    QSpinBox *fromSpin() const { return m_fromSpin; }
    QSpinBox *toSpin() const { return m_toSpin; }
    // The work of each run of the sweep: its own, not the tab's (the tutorial's ten squares take
    // microseconds, far less than starting a process, and make no curve).
    QSpinBox *tasksSpin() const { return m_tasksSpin; }
    QSpinBox *workloadSpin() const { return m_workloadSpin; }
    QPushButton *startButton() const { return m_startButton; }

    void saveSettings(QSettings &settings, const QString &prefix) const;
    void loadSettings(const QSettings &settings, const QString &prefix);

signals:
    void startRequested();
    void exportRequested();
    void runningChanged(bool sweeping);
    void finished();
    void statusChanged(const QString &status);

protected:
    void changeEvent(QEvent *event) override;

private:
    void addRangeEnd(QHBoxLayout *row, QLabel *&label, QSpinBox *&spin, int value);
    void setStatus(const QString &status);
    QString summary() const;
    void updateButtons();
    void retranslate();

    QLabel *m_fromLabel = nullptr;
    QLabel *m_toLabel = nullptr;
    QSpinBox *m_fromSpin = nullptr;
    QSpinBox *m_toSpin = nullptr;
    QLabel *m_workLabel = nullptr;
    QLabel *m_timesLabel = nullptr;
    QSpinBox *m_tasksSpin = nullptr;
    QSpinBox *m_workloadSpin = nullptr;
    QPushButton *m_startButton = nullptr;
    QPushButton *m_stopButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    SpeedupChart *m_chart = nullptr;
    std::unique_ptr<Sweep> m_sweep;
    bool m_sweeping = false;
    bool m_startEnabled = true;
    QString m_status;
};

} // namespace proclab
