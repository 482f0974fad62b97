// SPDX-License-Identifier: MIT
#include "batchrunner.h"

#include "exporters.h"
#include "interrupthandler.h"
#include "runcontroller.h"
#include "sweep.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonDocument>

namespace proclab {

namespace {
// The messages' translation context, declared so that lupdate files them under it too.
class BatchText
{
    Q_DECLARE_TR_FUNCTIONS(proclab::Batch)
};

QString ms(qint64 ns)
{
    return QString::number(double(ns) / 1e6, 'f', 1);
}
} // namespace

BatchRunner::BatchRunner(BatchOptions options)
    : m_options(std::move(options))
{
}

int BatchRunner::exec(QTextStream &out, QTextStream &err)
{
    QDir dir(m_options.outDir);
    if (!dir.mkpath(QStringLiteral("."))) {
        err << BatchText::tr("error: cannot create the output directory %1")
                   .arg(QDir::toNativeSeparators(m_options.outDir))
            << Qt::endl;
        return 1;
    }
    const QFileInfo info(dir.absolutePath());
    if (!info.isWritable()) {
        err << BatchText::tr("error: the output directory %1 is not writable")
                   .arg(QDir::toNativeSeparators(info.absoluteFilePath()))
            << Qt::endl;
        return 1;
    }
    bool ok = true;
    for (size_t i = 0; i < m_options.runs.size(); ++i) {
        const ScenarioParameters &parameters = m_options.runs[i];
        // --runtime both-together: this C++ run and the next, its Python twin, at the same time.
        if (i + 1 < m_options.runs.size() && i < m_options.together.size() &&
            m_options.together[i]) {
            ok = runTogether({parameters, m_options.runs[i + 1]}, out, err) && ok;
            ++i;
        } else {
            ok = runOne(parameters, out, err) && ok;
        }
        if (parameters.scenario() == ScenarioId::Pool && m_options.sweepFrom > 0 &&
            !m_interruptedBy)
            ok = runSweep(parameters, out, err) && ok;
        if (m_interruptedBy)
            break; // what was collected is written; nothing more starts
    }
    if (m_interruptedBy)
        return InterruptHandler::exitCode(m_interruptedBy);
    return ok ? 0 : 1;
}

void BatchRunner::interrupt(int signal)
{
    if (m_interruptedBy)
        return;
    m_interruptedBy = signal;
    // The engine kills every process of the run; the run then finishes as a stopped one does.
    for (RunController *running : m_running)
        running->stop();
    if (m_sweeping)
        m_sweeping->stop();
}

bool BatchRunner::runOne(const ScenarioParameters &parameters, QTextStream &out, QTextStream &err)
{
    return runTogether({parameters}, out, err);
}

// The runs of `group` start together and compete for the machine (--runtime both-together: the
// C++ workers and the Python program at the same time); each is then reported and written.
bool BatchRunner::runTogether(const std::vector<ScenarioParameters> &group, QTextStream &out,
                              QTextStream &err)
{
    RunOptions options;
    options.killParent = m_options.killParent;
    options.workerProgram = m_workerProgram;
    // Nobody watches a batch run live: no updates while it runs, and the finished run is handed
    // over (moved, not copied) at the end, so that only one copy of it ever exists.
    options.live = false;
    std::vector<std::unique_ptr<RunController>> controllers;
    QEventLoop loop;
    int pending = int(group.size());
    for (const ScenarioParameters &parameters : group) {
        controllers.push_back(std::make_unique<RunController>());
        QObject::connect(controllers.back().get(), &RunController::finished, &loop,
                         [&loop, &pending] {
                             if (--pending == 0)
                                 loop.quit();
                         });
        controllers.back()->start(parameters, options);
        m_running.push_back(controllers.back().get());
    }
    if (m_interruptedBy) // interrupted between two runs of the group
        for (RunController *c : m_running)
            c->stop();
    loop.exec();
    m_running.clear();
    bool ok = true;
    for (size_t i = 0; i < group.size(); ++i)
        ok = report(*controllers[i], group[i], out, err) && ok;
    return ok;
}

bool BatchRunner::report(RunController &controller, const ScenarioParameters &parameters,
                         QTextStream &out, QTextStream &err)
{

    if (m_interruptedBy) {
        // The run is finished and ours alone (a non-const member of the local controller, which
        // nothing touches any more): the error is set in place rather than the run copied. It
        // stands where the engine's "stopped by the user" stood (nobody pressed Stop), else first.
        QStringList &errors = const_cast<Run &>(controller.run()).errors;
        const QString interrupted =
            BatchText::tr("interrupted by %1").arg(InterruptHandler::signalName(m_interruptedBy));
        const qsizetype stopped =
            errors.indexOf(QCoreApplication::translate("proclab::Scenario", "stopped by the user"));
        if (stopped >= 0)
            errors[stopped] = interrupted;
        else
            errors.prepend(interrupted);
    }
    const Run &run = controller.run();
    const QString runtime = run.parameters.value(QStringLiteral("runtime")).toString();
    QString label = run.scenario;
    if (runtime == QLatin1String("python"))
        label =
            QStringLiteral("%1 (python, %2)")
                .arg(run.scenario, run.parameters.value(QStringLiteral("start-method")).toString());
    else if (runtime == QLatin1String("mpi"))
        label = QStringLiteral("%1 (mpi)").arg(run.scenario);
    out << BatchText::tr("%1: %2 processes, wall %3 ms")
               .arg(label)
               .arg(run.processes.size())
               .arg(ms(run.wallNs))
        << Qt::endl;
    for (const QString &e : run.errors)
        err << BatchText::tr("%1: error: %2").arg(run.scenario, e) << Qt::endl;
    if (m_options.inspect && (run.ipc.atNs >= 0 || run.ipc.checkedAfter)) {
        if (run.ipc.atNs >= 0) {
            out << BatchText::tr("  kernel objects at %1 ms:").arg(ms(run.ipc.atNs)) << Qt::endl;
            for (const IpcObjectState &o : run.ipc.objects)
                out << QStringLiteral("    ") << ipcObjectLine(o) << Qt::endl;
        }
        if (run.ipc.checkedAfter) {
            const bool clean = std::none_of(run.ipc.leftover.begin(), run.ipc.leftover.end(),
                                            [](const IpcObjectState &o) { return o.exists; });
            out << (clean ? BatchText::tr("  after the run: all %n object(s) gone", nullptr,
                                          int(run.ipc.leftover.size()))
                          : BatchText::tr("  after the run: objects left behind:"))
                << Qt::endl;
            for (const IpcObjectState &o : run.ipc.leftover) {
                if (o.exists)
                    out << QStringLiteral("    ") << ipcObjectLine(o) << Qt::endl;
            }
        }
    }
    // The data collected so far is written even when the run failed.
    const bool written = writeRunFiles(run, parameters, out, err);
    return written && run.errors.isEmpty();
}

bool BatchRunner::writeRunFiles(const Run &run, const ScenarioParameters &parameters,
                                QTextStream &out, QTextStream &err)
{
    // A Python run's files are S-python.*, an MPI run's S-mpi.*, so that runs of one scenario on
    // several runtimes (--runtime both) sit side by side.
    const RuntimeChoice runtime = parameters.applies(Param::Runtime)
                                      ? RuntimeChoice(parameters.value(Param::Runtime))
                                      : RuntimeChoice::Cpp;
    QString suffix;
    if (runtime == RuntimeChoice::Python)
        suffix = QStringLiteral("-python");
    else if (runtime == RuntimeChoice::Mpi)
        suffix = QStringLiteral("-mpi");
    const QString base = QDir(m_options.outDir).filePath(run.scenario + suffix);
    // Streamed straight into the files: a run may hold millions of spans, and no file is ever
    // held whole in memory.
    const std::pair<QString, RunFileFormat> files[] = {
        {base + QStringLiteral(".json"), RunFileFormat::Json},
        {base + QStringLiteral(".csv"), RunFileFormat::Csv},
        {base + QStringLiteral(".trace.json"), RunFileFormat::Trace},
    };
    bool ok = true;
    QStringList written;
    for (const auto &[path, format] : files) {
        QString error;
        if (writeRunFile(path, run, format, &error))
            written << QDir::toNativeSeparators(path);
        else {
            err << BatchText::tr("error: %1").arg(error) << Qt::endl;
            ok = false;
        }
    }
    if (!m_options.chartFormats.isEmpty() && m_chartWriter) {
        QString error;
        if (!m_chartWriter(run, parameters, base, m_options.chartFormats, &written, &error)) {
            err << BatchText::tr("error: %1").arg(error) << Qt::endl;
            ok = false;
        }
    }
    out << BatchText::tr("  wrote %1").arg(written.join(QLatin1String(", "))) << Qt::endl;
    return ok;
}

bool BatchRunner::runSweep(const ScenarioParameters &parameters, QTextStream &out, QTextStream &err)
{
    // The sweep follows --runtime. "both" split the scenario into a C++ and a Python run (see
    // BatchOptions::runs); the pair gets one sweep, each worker count run on C++ and then on
    // Python (two curves in one pool-sweep.json), when the C++ run's turn comes.
    ScenarioParameters sweepParameters = parameters;
    if (parameters.applies(Param::Runtime)) {
        const auto twin = [&](RuntimeChoice runtime) {
            return std::any_of(m_options.runs.begin(), m_options.runs.end(),
                               [&](const ScenarioParameters &run) {
                                   return run.scenario() == parameters.scenario() &&
                                          RuntimeChoice(run.value(Param::Runtime)) == runtime;
                               });
        };
        const auto runtime = RuntimeChoice(parameters.value(Param::Runtime));
        if (runtime == RuntimeChoice::Python && twin(RuntimeChoice::Cpp))
            return true; // swept with the C++ run
        if (runtime == RuntimeChoice::Cpp && twin(RuntimeChoice::Python))
            sweepParameters.set(Param::Runtime, int(RuntimeChoice::Both));
    }
    Sweep sweep(sweepParameters, m_options.sweepFrom, m_options.sweepTo);
    if (!m_workerProgram.isEmpty())
        sweep.setWorkerProgram(m_workerProgram);
    QEventLoop loop;
    QObject::connect(&sweep, &Sweep::finished, &loop, &QEventLoop::quit);
    sweep.start();
    m_sweeping = &sweep;
    loop.exec();
    m_sweeping = nullptr;
    for (const QString &e : sweep.errors())
        err << BatchText::tr("sweep: error: %1").arg(e) << Qt::endl;
    if (m_interruptedBy)
        err << BatchText::tr("sweep: error: %1")
                   .arg(BatchText::tr("interrupted by %1")
                            .arg(InterruptHandler::signalName(m_interruptedBy)))
            << Qt::endl;
    const QString scenarioKey = QLatin1String(scenarioInfo(parameters.scenario()).key);
    const QString base = QDir(m_options.outDir).filePath(scenarioKey + QStringLiteral("-sweep"));
    const QJsonObject json = sweep.toJson();
    QString error;
    bool ok =
        writeFileAtomically(base + QStringLiteral(".json"), QJsonDocument(json).toJson(), &error);
    QStringList written;
    if (ok)
        written << QDir::toNativeSeparators(base + QStringLiteral(".json"));
    else
        err << BatchText::tr("error: %1").arg(error) << Qt::endl;
    if (ok && !m_options.chartFormats.isEmpty() && m_sweepChartWriter) {
        const QString chartBase = QDir(m_options.outDir).filePath(scenarioKey);
        if (!m_sweepChartWriter(json, chartBase, m_options.chartFormats, &written, &error)) {
            err << BatchText::tr("error: %1").arg(error) << Qt::endl;
            ok = false;
        }
    }
    if (sweep.runtime() == RuntimeChoice::Both)
        out << BatchText::tr("%1 sweep: %2 C++ and %3 Python points")
                   .arg(scenarioKey)
                   .arg(sweep.points(RuntimeChoice::Cpp).size())
                   .arg(sweep.points(RuntimeChoice::Python).size())
            << Qt::endl;
    else
        out << BatchText::tr("%1 sweep: %2 points").arg(scenarioKey).arg(sweep.points().size())
            << Qt::endl;
    out << BatchText::tr("  wrote %1").arg(written.join(QLatin1String(", "))) << Qt::endl;
    return ok && sweep.errors().isEmpty() && !m_interruptedBy;
}

} // namespace proclab
