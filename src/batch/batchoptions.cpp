// SPDX-License-Identifier: MIT
#include "batchoptions.h"

#include <QFileInfo>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <csignal>

namespace proclab {

namespace {

// The messages' translation context, declared so that lupdate files them under it too.
class BatchText
{
    Q_DECLARE_TR_FUNCTIONS(proclab::Batch)
};

// Options that take a number and map onto a scenario parameter.
struct NumericOption
{
    Param param;
    const char *name;
    const char *help;
};

const NumericOption kNumericOptions[] = {
    {Param::Workers, "workers",
     QT_TRANSLATE_NOOP("proclab::Batch", "Number of processes, participants or pool workers.")},
    {Param::Workload, "workload",
     QT_TRANSLATE_NOOP("proclab::Batch", "Items per do_something call.")},
    {Param::Rounds, "rounds", QT_TRANSLATE_NOOP("proclab::Batch", "Barrier rounds.")},
    {Param::Tasks, "tasks",
     QT_TRANSLATE_NOOP("proclab::Batch", "Pool input size n (squares of range(n)).")},
    {Param::Chunksize, "chunksize",
     QT_TRANSLATE_NOOP("proclab::Batch", "Pool chunk size (0: Python's default).")},
    {Param::KillAfter, "kill-after",
     QT_TRANSLATE_NOOP("proclab::Batch", "Milliseconds before the signal is sent.")},
    {Param::Duration, "duration",
     QT_TRANSLATE_NOOP("proclab::Batch", "Milliseconds a long-running worker works.")},
    {Param::Seed, "seed", QT_TRANSLATE_NOOP("proclab::Batch", "Random seed for uneven work.")},
    {Param::TimeoutMs, "timeout",
     QT_TRANSLATE_NOOP("proclab::Batch", "Time limit of each run in milliseconds.")},
};

// Options whose value is one of a parameter's choices (ParamSpec::choices).
struct ChoiceOption
{
    Param param;
    const char *name;
    const char *help;
};

const ChoiceOption kChoiceOptions[] = {
    {Param::Primitives, "primitives",
     QT_TRANSLATE_NOOP("proclab::Batch",
                       "Barrier & Lock: what the lock and barrier are built from: qt "
                       "(QSystemSemaphore), posix (sem_open, as Python), futex.")},
    {Param::Runtime, "runtime",
     QT_TRANSLATE_NOOP("proclab::Batch",
                       "Who runs the scenario: cpp (the lab's C++ workers), python (the "
                       "tutorial's own program in CPython multiprocessing, traced), both (one "
                       "after the other) or both-together (at the same time); Python's files are "
                       "S-python.*. barrier and pool also take mpi (MPI ranks under mpirun, "
                       "files S-mpi.*; --workers is the number of ranks).")},
    {Param::StartMethod, "start-method",
     QT_TRANSLATE_NOOP("proclab::Batch", "Python runtime: multiprocessing's start method.")},
    {Param::BreakIt, "break",
     QT_TRANSLATE_NOOP("proclab::Batch",
                       "Barrier & Lock: break it: kill-holder (kill the lock holder inside its "
                       "critical section) or exit-after-last-barrier.")},
};

// The choices of a parameter, from the first scenario that takes it.
// Every name any scenario takes, in value order (the MPI runtime is the Barrier & Lock's and the
// Pool's only, so its name is on their longer list).
QStringList choicesOf(Param p)
{
    QStringList names;
    for (const auto &info : scenarioInfos()) {
        for (const auto &spec : info.params) {
            if (spec.param != p || qsizetype(spec.choices.size()) <= names.size())
                continue;
            names.clear();
            for (const char *choice : spec.choices)
                names << QLatin1String(choice);
        }
    }
    return names;
}

// The keys of the scenarios whose `p` takes the choice `name`.
QStringList scenariosTaking(Param p, const QString &name)
{
    QStringList keys;
    for (const auto &info : scenarioInfos()) {
        for (const auto &spec : info.params) {
            if (spec.param == p && choiceValue(spec, name))
                keys << QLatin1String(info.key);
        }
    }
    return keys;
}

// The widest range any scenario allows, for messages about values no scenario takes.
std::pair<qint64, qint64> overallRange(Param p)
{
    qint64 lo = std::numeric_limits<qint64>::max(), hi = std::numeric_limits<qint64>::min();
    for (const auto &info : scenarioInfos()) {
        for (const auto &spec : info.params) {
            if (spec.param == p) {
                lo = std::min(lo, spec.min);
                hi = std::max(hi, spec.max);
            }
        }
    }
    return {lo, hi};
}

} // namespace

void addBatchOptions(QCommandLineParser &parser)
{
    QStringList keys;
    for (const auto &info : scenarioInfos())
        keys << QLatin1String(info.key);
    parser.addOption({QStringLiteral("batch"),
                      BatchText::tr("Run SCENARIO headless and exit. One of: %1, all.")
                          .arg(keys.join(QLatin1String(", "))),
                      QStringLiteral("SCENARIO")});
    parser.addOption({QStringLiteral("out"),
                      BatchText::tr("Directory for the data files and charts."),
                      QStringLiteral("DIR")});
    for (const auto &option : kNumericOptions) {
        const auto [lo, hi] = overallRange(option.param);
        parser.addOption({QLatin1String(option.name),
                          QStringLiteral("%1 [%2-%3]")
                              .arg(QCoreApplication::translate("proclab::Batch", option.help))
                              .arg(lo)
                              .arg(hi),
                          QStringLiteral("N")});
    }
    for (const auto &option : kChoiceOptions) {
        parser.addOption({QLatin1String(option.name),
                          QCoreApplication::translate("proclab::Batch", option.help),
                          choicesOf(option.param).join(QLatin1Char('|'))});
    }
    parser.addOption(
        {QStringLiteral("hostfile"),
         BatchText::tr("MPI runtime: run the ranks on the hosts of this Open MPI hostfile (its "
                       "host and slots=N lines are mpirun's); default: this machine."),
         QStringLiteral("FILE")});
    parser.addOption(
        {QStringLiteral("inspect"),
         BatchText::tr("Barrier & Lock and Pool: write the run's kernel objects (as last seen "
                       "while it ran, and whether each is gone after it) into the run file.")});
    parser.addOption({QStringLiteral("signal"),
                      BatchText::tr("Signal for the killing scenario: term or kill."),
                      QStringLiteral("term|kill")});
    parser.addOption(
        {QStringLiteral("join-in-loop"),
         BatchText::tr("Spawning: join() inside the loop, as the tutorial's mistake does.")});
    parser.addOption(
        {QStringLiteral("kill-parent"),
         BatchText::tr("Daemons: kill the parent abruptly to show orphaned children.")});
    parser.addOption(
        {QStringLiteral("sweep"),
         BatchText::tr("Pool: one run per worker count A to B, for the speedup chart."),
         QStringLiteral("A-B")});
    parser.addOption({QStringLiteral("format"),
                      BatchText::tr("Chart image formats, comma separated: png, svg, pdf."),
                      QStringLiteral("LIST")});
}

ScenarioParameters parametersFrom(const QCommandLineParser &parser, ScenarioId scenario)
{
    ScenarioParameters parameters(scenario);
    for (const auto &option : kNumericOptions) {
        const QString name = QLatin1String(option.name);
        bool ok = false;
        const qint64 value = parser.value(name).toLongLong(&ok);
        if (parser.isSet(name) && ok && parameters.applies(option.param))
            parameters.set(option.param, value);
    }
    for (const auto &option : kChoiceOptions) {
        const QString name = QLatin1String(option.name);
        const qsizetype index = choicesOf(option.param).indexOf(parser.value(name).toLower());
        if (parser.isSet(name) && index >= 0 && parameters.applies(option.param))
            parameters.set(option.param, index);
    }
    return parameters;
}

std::optional<BatchOptions> batchOptionsFrom(const QCommandLineParser &parser, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<BatchOptions> {
        *error = message;
        return std::nullopt;
    };
    BatchOptions options;
    const QString which = parser.value(QStringLiteral("batch"));
    std::vector<ScenarioId> ids;
    if (which == QLatin1String("all")) {
        for (const auto &info : scenarioInfos())
            ids.push_back(info.id);
    } else if (const auto id = scenarioFromKey(which)) {
        ids.push_back(*id);
    } else {
        QStringList keys;
        for (const auto &info : scenarioInfos())
            keys << QLatin1String(info.key);
        return fail(BatchText::tr("--batch: unknown scenario '%1'; allowed: %2, all")
                        .arg(which, keys.join(QLatin1String(", "))));
    }
    const bool single = ids.size() == 1;

    if (!parser.isSet(QStringLiteral("out")) || parser.value(QStringLiteral("out")).isEmpty())
        return fail(BatchText::tr("--out: a directory for the results is required"));
    options.outDir = parser.value(QStringLiteral("out"));

    for (const ScenarioId id : ids)
        options.runs.emplace_back(id);

    auto applyValue = [&](Param param, const QString &name, qint64 value) -> bool {
        bool appliedSomewhere = false;
        for (auto &run : options.runs) {
            if (!run.applies(param))
                continue;
            if (!run.set(param, value, error))
                return false;
            appliedSomewhere = true;
        }
        if (!appliedSomewhere) {
            *error = single
                         ? BatchText::tr("--%1 does not apply to the %2 scenario").arg(name, which)
                         : BatchText::tr("--%1 applies to no scenario").arg(name);
            return false;
        }
        return true;
    };

    for (const auto &option : kNumericOptions) {
        const QString name = QLatin1String(option.name);
        if (!parser.isSet(name))
            continue;
        bool ok = false;
        const QString text = parser.value(name);
        const qint64 value = text.toLongLong(&ok);
        if (!ok) {
            const auto [lo, hi] = overallRange(option.param);
            return fail(BatchText::tr("--%1 must be an integer between %2 and %3, not '%4'")
                            .arg(name)
                            .arg(lo)
                            .arg(hi)
                            .arg(text));
        }
        if (!applyValue(option.param, name, value))
            return std::nullopt;
    }
    for (const auto &option : kChoiceOptions) {
        const QString name = QLatin1String(option.name);
        if (!parser.isSet(name))
            continue;
        const QString text = parser.value(name).toLower();
        // --runtime both: every scenario twice, on the C++ workers and then in Python.
        // --runtime both-together: the pair runs at the same time (BatchOptions::together).
        if (option.param == Param::Runtime &&
            (text == QLatin1String("both") || text == QLatin1String("both-together"))) {
            const bool together = text == QLatin1String("both-together");
            std::vector<ScenarioParameters> twice;
            options.together.clear();
            for (const ScenarioParameters &run : options.runs) {
                twice.push_back(run);
                twice.back().set(Param::Runtime, int(RuntimeChoice::Cpp));
                twice.push_back(run);
                twice.back().set(Param::Runtime, int(RuntimeChoice::Python));
                options.together.push_back(together);
                options.together.push_back(false);
            }
            options.runs = std::move(twice);
            continue;
        }
        const QStringList choices = choicesOf(option.param);
        const qsizetype index = choices.indexOf(text);
        if (index < 0)
            return fail(BatchText::tr("--%1 must be one of %2, not '%3'")
                            .arg(name, choices.join(QLatin1String(", ")), parser.value(name)));
        for (const ScenarioParameters &run : options.runs) {
            const ParamSpec *spec = run.spec(option.param);
            if (spec && !choiceValue(*spec, text))
                return fail(
                    BatchText::tr("--%1 %2 applies to %3 only")
                        .arg(name, text,
                             scenariosTaking(option.param, text).join(QLatin1String(", "))));
        }
        if (!applyValue(option.param, name, index))
            return std::nullopt;
    }
    options.inspect = parser.isSet(QStringLiteral("inspect"));
    if (parser.isSet(QStringLiteral("hostfile"))) {
        const QString hostfile = parser.value(QStringLiteral("hostfile"));
        if (parser.value(QStringLiteral("runtime")).toLower() != QLatin1String("mpi"))
            return fail(BatchText::tr("--hostfile applies to the MPI runtime only (add --runtime "
                                      "mpi)"));
        if (!QFileInfo(hostfile).isFile() || !QFileInfo(hostfile).isReadable())
            return fail(BatchText::tr("--hostfile: cannot read '%1'").arg(hostfile));
        for (ScenarioParameters &run : options.runs)
            run.setHostfile(QFileInfo(hostfile).absoluteFilePath());
    }
    // The primitive families and the faults are the C++ workers'; the start method is Python's.
    const QString runtime = parser.value(QStringLiteral("runtime")).toLower();
    for (const ScenarioParameters &run : options.runs) {
        const bool python = run.applies(Param::Runtime) &&
                            RuntimeChoice(run.value(Param::Runtime)) == RuntimeChoice::Python;
        for (const char *name : {"primitives", "break"}) {
            if (runtime == QLatin1String("python") && parser.isSet(QLatin1String(name)))
                return fail(BatchText::tr("--%1 applies to the C++ runtime only (Python's "
                                          "multiprocessing brings its own POSIX semaphores)")
                                .arg(QLatin1String(name)));
        }
        if (runtime == QLatin1String("mpi") && parser.isSet(QStringLiteral("primitives")))
            return fail(BatchText::tr("--primitives applies to the C++ runtime only (MPI ranks "
                                      "meet at MPI_Barrier and lock with MPI-3 RMA atomics)"));
        if (runtime == QLatin1String("mpi") && parser.isSet(QStringLiteral("break")) &&
            parser.value(QStringLiteral("break")).toLower() != QLatin1String("kill-holder") &&
            parser.value(QStringLiteral("break")).toLower() != QLatin1String("none"))
            return fail(BatchText::tr("--break: the MPI runtime takes none or kill-holder"));
        if (!python && !runtime.startsWith(QLatin1String("both")) &&
            parser.isSet(QStringLiteral("start-method")))
            return fail(BatchText::tr("--start-method applies to the Python runtime only "
                                      "(add --runtime python)"));
    }
    if (parser.isSet(QStringLiteral("signal"))) {
        const QString text = parser.value(QStringLiteral("signal")).toLower();
        qint64 sig = 0;
        if (text == QLatin1String("term") || text == QLatin1String("sigterm") ||
            text == QLatin1String("15"))
            sig = SIGTERM;
        else if (text == QLatin1String("kill") || text == QLatin1String("sigkill") ||
                 text == QLatin1String("9"))
            sig = SIGKILL;
        else
            return fail(BatchText::tr("--signal must be term or kill, not '%1'")
                            .arg(parser.value(QStringLiteral("signal"))));
        if (!applyValue(Param::Signal, QStringLiteral("signal"), sig))
            return std::nullopt;
    }
    if (parser.isSet(QStringLiteral("join-in-loop")) &&
        !applyValue(Param::JoinInLoop, QStringLiteral("join-in-loop"), 1))
        return std::nullopt;
    if (parser.isSet(QStringLiteral("kill-parent"))) {
        if (single && ids.front() != ScenarioId::Daemons)
            return fail(BatchText::tr("--kill-parent applies to the daemons scenario only"));
        options.killParent = true;
    }
    if (parser.isSet(QStringLiteral("sweep"))) {
        const auto pool =
            std::find_if(options.runs.begin(), options.runs.end(), [](const ScenarioParameters &p) {
                return p.scenario() == ScenarioId::Pool;
            });
        if (pool == options.runs.end())
            return fail(BatchText::tr("--sweep applies to the pool scenario only"));
        const ParamSpec *workers = pool->spec(Param::Workers);
        const QStringList parts = parser.value(QStringLiteral("sweep")).split(QLatin1Char('-'));
        bool okA = false, okB = false;
        const int a = parts.size() == 2 ? parts[0].toInt(&okA) : 0;
        const int b = parts.size() == 2 ? parts[1].toInt(&okB) : 0;
        if (!okA || !okB || a < workers->min || b > workers->max || a > b)
            return fail(BatchText::tr("--sweep must be A-B with %1 <= A <= B <= %2, not '%3'")
                            .arg(workers->min)
                            .arg(workers->max)
                            .arg(parser.value(QStringLiteral("sweep"))));
        options.sweepFrom = a;
        options.sweepTo = b;
    }
    if (parser.isSet(QStringLiteral("format"))) {
        const QStringList formats = parser.value(QStringLiteral("format"))
                                        .toLower()
                                        .split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &f : formats) {
            const QString format = f.trimmed();
            if (format != QLatin1String("png") && format != QLatin1String("svg") &&
                format != QLatin1String("pdf"))
                return fail(
                    BatchText::tr("--format: unknown image format '%1'; allowed: png, svg, pdf")
                        .arg(format));
            if (!options.chartFormats.contains(format))
                options.chartFormats << format;
        }
        if (options.chartFormats.isEmpty())
            return fail(BatchText::tr("--format: give at least one of png, svg, pdf"));
    }
    return options;
}

} // namespace proclab
