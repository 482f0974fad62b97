// SPDX-License-Identifier: MIT
#include "sweep.h"

#include "exporters.h"
#include "runcontroller.h"

#include <QJsonArray>
#include <QThread>
#include <algorithm>
#include <cmath>

namespace proclab {

namespace {

QJsonValue fractionJson(double fraction)
{
    return std::isnan(fraction) ? QJsonValue() : QJsonValue(fraction);
}

} // namespace

Sweep::Sweep(const ScenarioParameters &base, int from, int to, QObject *parent)
    : QObject(parent)
    , m_base(base)
    , m_from(from)
    , m_to(to)
    , m_cores(QThread::idealThreadCount())
    , m_next(from)
    , m_runtimeIndex(0)
{
    if (m_base.applies(Param::Runtime))
        m_runtime = RuntimeChoice(m_base.value(Param::Runtime));
    // A speedup is measured alone: "at the same time" sweeps one after the other, as "both".
    if (m_runtime == RuntimeChoice::BothTogether)
        m_runtime = RuntimeChoice::Both;
    switch (m_runtime) {
    case RuntimeChoice::Cpp:
    case RuntimeChoice::Python:
    case RuntimeChoice::Mpi:
        m_runtimes = {m_runtime};
        break;
    case RuntimeChoice::Both:
    case RuntimeChoice::BothTogether: // a speedup is measured alone: one after the other
        m_runtimes = {RuntimeChoice::Cpp, RuntimeChoice::Python};
        break;
    }
    for (RuntimeChoice r : m_runtimes)
        m_series.push_back({r, {}, 0});
}

Sweep::~Sweep() = default;

QString Sweep::runtimeKey(RuntimeChoice runtime)
{
    switch (runtime) {
    case RuntimeChoice::Cpp:
        return QStringLiteral("cpp");
    case RuntimeChoice::Python:
        return QStringLiteral("python");
    case RuntimeChoice::Mpi:
        return QStringLiteral("mpi");
    case RuntimeChoice::Both:
    case RuntimeChoice::BothTogether:
        return QStringLiteral("both");
    }
    return {};
}

QString Sweep::runtimeTitle(RuntimeChoice runtime)
{
    switch (runtime) {
    case RuntimeChoice::Cpp:
        return tr("C++");
    case RuntimeChoice::Python:
        return tr("Python");
    case RuntimeChoice::Mpi:
        return tr("MPI");
    case RuntimeChoice::Both:
    case RuntimeChoice::BothTogether:
        return tr("C++ and Python");
    }
    return {};
}

Sweep::Series *Sweep::seriesOf(RuntimeChoice runtime)
{
    for (Series &s : m_series) {
        if (s.runtime == runtime)
            return &s;
    }
    return nullptr;
}

const Sweep::Series *Sweep::seriesOf(RuntimeChoice runtime) const
{
    return const_cast<Sweep *>(this)->seriesOf(runtime);
}

const std::vector<SweepPoint> &Sweep::points(RuntimeChoice runtime) const
{
    static const std::vector<SweepPoint> none;
    const Series *s = seriesOf(runtime);
    return s ? s->points : none;
}

double Sweep::serialFraction(RuntimeChoice runtime) const
{
    const Series *s = seriesOf(runtime);
    return s ? s->fit.serialFraction : std::nan("");
}

void Sweep::start()
{
    for (Series &s : m_series) {
        s.points.clear();
        s.fit = {};
    }
    m_measured.clear();
    m_errors.clear();
    m_startMethod.clear();
    m_next = m_from;
    m_runtimeIndex = 0;
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
        for (Series &s : m_series)
            s.fit = completeSweep(s.points, m_cores);
        emit finished();
        return;
    }
    const RuntimeChoice runtime = m_runtimes[m_runtimeIndex];
    ScenarioParameters parameters = m_base;
    QString error;
    if (!parameters.set(Param::Workers, m_next, &error) ||
        (parameters.applies(Param::Runtime) &&
         !parameters.set(Param::Runtime, int(runtime), &error))) {
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
    connect(m_current.get(), &RunController::finished, this, [this, runtime] {
        m_current->disconnect(this);
        const Run &run = m_current->run();
        Measured m;
        m.workers = m_next;
        m.runtime = runtime;
        // A Python run says so in its facts; the C++ scenarios' facts do not name a runtime.
        m.reportedRuntime =
            run.facts.value(QStringLiteral("runtime")).toString(QStringLiteral("cpp"));
        m.wallNs = run.wallNs;
        for (const ProcessRecord &p : run.processes) {
            m.processNames << p.name;
            m.tasksDone += std::count_if(p.spans.begin(), p.spans.end(),
                                         [](const Span &s) { return s.kind == SpanKind::Task; });
        }
        m.everyTaskOnce = run.facts.value(QStringLiteral("every_task_once")).toBool();
        m.errors = run.errors;
        if (runtime == RuntimeChoice::Python && m_startMethod.isEmpty())
            m_startMethod = run.facts.value(QStringLiteral("start_method")).toString();
        m_measured.push_back(m);
        if (run.errors.isEmpty()) {
            Series *series = seriesOf(runtime);
            series->points.push_back({m_next, run.wallNs, 0, 0});
            series->fit = completeSweep(series->points, m_cores);
            emit pointAdded(m_next, runtime);
        } else {
            const QString who = m_runtimes.size() > 1
                                    ? tr("%1 workers (%2)").arg(m_next).arg(runtimeTitle(runtime))
                                    : tr("%1 workers").arg(m_next);
            for (const QString &e : run.errors)
                m_errors << tr("%1: %2").arg(who, e);
        }
        // Every runtime of this worker count, then the next count.
        if (++m_runtimeIndex >= m_runtimes.size()) {
            m_runtimeIndex = 0;
            ++m_next;
        }
        // Let the finished scenario unwind before it is destroyed.
        QMetaObject::invokeMethod(this, &Sweep::runNext, Qt::QueuedConnection);
    });
    m_current->start(parameters, options);
}

QJsonObject Sweep::toJson() const
{
    const auto pointsJson = [this](const Series &series) {
        QJsonArray array = sweepToJson(QString(), series.points, AmdahlFit())
                               .value(QStringLiteral("points"))
                               .toArray();
        // The per-point additions, from the run each point was measured by.
        for (qsizetype i = 0; i < array.size(); ++i) {
            QJsonObject point = array.at(i).toObject();
            const int workers = point.value(QStringLiteral("workers")).toInt();
            for (const Measured &m : m_measured) {
                if (m.runtime == series.runtime && m.workers == workers && m.errors.isEmpty()) {
                    point.insert(QStringLiteral("runtime"), m.reportedRuntime);
                    point.insert(QStringLiteral("every_task_once"), m.everyTaskOnce);
                }
            }
            array.replace(i, point);
        }
        return array;
    };
    const Series &first = m_series.front();
    QJsonObject json =
        sweepToJson(QLatin1String(scenarioInfo(m_base.scenario()).key), first.points, first.fit);
    json.insert(QStringLiteral("points"), pointsJson(first));
    json.insert(QStringLiteral("runtime"), runtimeKey(m_runtime));
    if (!m_startMethod.isEmpty())
        json.insert(QStringLiteral("start_method"), m_startMethod);
    if (m_series.size() > 1) {
        const Series &python = m_series.back();
        json.insert(QStringLiteral("python"),
                    QJsonObject{{QStringLiteral("points"), pointsJson(python)},
                                {QStringLiteral("serial_fraction"),
                                 fractionJson(python.fit.serialFraction)},
                                {QStringLiteral("fit"), amdahlFitJson(python.fit)}});
    }
    return json;
}

} // namespace proclab
