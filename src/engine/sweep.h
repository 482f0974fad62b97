// SPDX-License-Identifier: MIT
#pragma once

#include "parameters.h"
#include "statistics.h"

#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <memory>
#include <vector>

namespace proclab {

class RunController;

// Runs one scenario once per worker count from..to on the engine thread (a RunController), one
// run after another (runs in parallel would
// compete for the same cores and spoil the measurement), and derives speedup, efficiency and the
// Karp–Flatt serial fraction from the measured wall times.
class Sweep : public QObject
{
    Q_OBJECT
public:
    Sweep(const ScenarioParameters &base, int from, int to, QObject *parent = nullptr);
    ~Sweep() override;

    void setWorkerProgram(const QString &program) { m_workerProgram = program; }
    void start();
    void stop();
    bool isRunning() const { return m_current != nullptr; }

    const std::vector<SweepPoint> &points() const { return m_points; }
    double serialFraction() const { return m_serialFraction; }
    const QStringList &errors() const { return m_errors; }
    QJsonObject toJson() const;

signals:
    void pointAdded(int workers);
    void finished();

private:
    void runNext();

    ScenarioParameters m_base;
    int m_from;
    int m_to;
    int m_next;
    QString m_workerProgram;
    std::unique_ptr<RunController> m_current; // the run of the point being measured
    std::vector<SweepPoint> m_points;
    double m_serialFraction = 0;
    QStringList m_errors;
    bool m_stopped = false;
};

} // namespace proclab
