// SPDX-License-Identifier: MIT
#include "sweep.h"

#include "exporters.h"
#include "runcontroller.h"

namespace proclab {

Sweep::Sweep(const ScenarioParameters &base, int from, int to, QObject *parent)
    : QObject(parent)
    , m_base(base)
    , m_from(from)
    , m_to(to)
    , m_next(from)
{
}

Sweep::~Sweep() = default;

void Sweep::start()
{
    m_points.clear();
    m_errors.clear();
    m_next = m_from;
    m_stopped = false;
    QMetaObject::invokeMethod(this, &Sweep::runNext, Qt::QueuedConnection);
}

void Sweep::stop()
{
    m_stopped = true;
    if (m_current)
        m_current->stop();
}

void Sweep::runNext()
{
    if (m_stopped || m_next > m_to) {
        m_current.reset();
        m_serialFraction = completeSweep(m_points);
        emit finished();
        return;
    }
    ScenarioParameters parameters = m_base;
    QString error;
    if (!parameters.set(Param::Workers, m_next, &error)) {
        m_errors << error;
        m_next = m_to + 1;
        runNext();
        return;
    }
    if (!m_current)
        m_current = std::make_unique<RunController>();
    RunOptions options;
    options.workerProgram = m_workerProgram;
    options.live = false; // only the wall time of each point is used
    connect(m_current.get(), &RunController::finished, this, [this] {
        m_current->disconnect(this);
        const Run &run = m_current->run();
        if (run.errors.isEmpty()) {
            m_points.push_back({m_next, run.wallNs, 0, 0});
            completeSweep(m_points);
            emit pointAdded(m_next);
        } else {
            for (const QString &e : run.errors)
                m_errors << tr("%1 workers: %2").arg(m_next).arg(e);
        }
        ++m_next;
        // Let the finished scenario unwind before it is destroyed.
        QMetaObject::invokeMethod(this, &Sweep::runNext, Qt::QueuedConnection);
    });
    m_current->start(parameters, options);
}

QJsonObject Sweep::toJson() const
{
    return sweepToJson(QLatin1String(scenarioInfo(m_base.scenario()).key), m_points,
                       m_serialFraction);
}

} // namespace proclab
