// SPDX-License-Identifier: MIT
#include "mpiscenario.h"

#include "clock.h"
#include "eventstream.h"
#include "ipcscenarios.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <algorithm>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <thread>
#include <unistd.h>

namespace proclab {

namespace {
constexpr int kPollMs = 20; // how often the ranks' output files are read (times are the ranks')
constexpr auto kWorkerExecutable = "proclab-mpi-worker";
constexpr QLatin1StringView kRunDirectoryName("mpi"); // proclab-mpi-<lab pid>-XXXXXX

// "key=value" fields of a worker's machine-readable note ("mpi-clock offset_start_ns=…").
std::optional<QHash<QString, qint64>> noteFields(const ProcessRecord &p, const QString &tag)
{
    for (const Marker &m : p.markers) {
        if (m.kind != Marker::Kind::Note || !m.text.startsWith(tag + QLatin1Char(' ')))
            continue;
        QHash<QString, qint64> fields;
        for (const QString &part : m.text.mid(tag.size() + 1).split(QLatin1Char(' '))) {
            const qsizetype eq = part.indexOf(QLatin1Char('='));
            if (eq > 0)
                fields.insert(part.left(eq), part.mid(eq + 1).toLongLong());
        }
        return fields;
    }
    return std::nullopt;
}
} // namespace

// One rank's stdout as mpirun writes it (DIR/<job>/rank.R/stdout), read as it grows.
struct MpiScenario::RankOutput
{
    int rank = 0;
    QString path; // empty until mpirun has created it
    qint64 read = 0;
    bool announced = false; // its first line (the spawn on mpirun's behalf) has been handled
    QByteArray pending;     // read, not yet applied
    std::unique_ptr<EventStream> events;
};

MpiScenario::MpiScenario(const ScenarioParameters &parameters, QObject *parent)
    : Scenario(parameters, parent)
{
    m_poll.setInterval(kPollMs);
    connect(&m_poll, &QTimer::timeout, this, [this] {
        readRankOutput();
        killParkedHolder();
    });
}

MpiScenario::~MpiScenario()
{
    // Ended mid-run (the lab quits): mpirun and the ranks go before their directory does.
    supervisor().killAndCollectAll();
    stopGuard();
}

void MpiScenario::startGuard()
{
    const qint64 mpirun = run().process(m_launcher)->pid;
    if (mpirun <= 0)
        return; // it did not start: nothing to guard
    WorkerSpec rank;
    rank.executable = QLatin1String(kWorkerExecutable);
    m_guard = std::make_unique<QProcess>();
    m_guard->setProgram(supervisor().programFor(rank));
    m_guard->setArguments({QStringLiteral("guard"), QStringLiteral("--run-dir"), m_runDir->path(),
                           QStringLiteral("--mpirun-pid"), QString::number(mpirun),
                           QStringLiteral("--lab-pid"),
                           QString::number(QCoreApplication::applicationPid())});
    m_guard->setStandardInputFile(QProcess::nullDevice());
    m_guard->setStandardOutputFile(QProcess::nullDevice());
    m_guard->start();
}

void MpiScenario::stopGuard()
{
    // The lab lives and cleans up itself: the guard is not needed any more. SIGKILL ends it at
    // once; this only collects it.
    if (!m_guard)
        return;
    m_guard->kill();
    m_guard->waitForFinished(1000);
    m_guard.reset();
}

QString MpiScenario::mpirunProgram()
{
    return QStandardPaths::findExecutable(QStringLiteral("mpirun"));
}

QString MpiScenario::mpiWorkerProgram()
{
    return QFileInfo(ProcessSupervisor::defaultWorkerProgram())
        .dir()
        .filePath(QLatin1String(kWorkerExecutable));
}

QString MpiScenario::unavailableReason()
{
    if (mpirunProgram().isEmpty())
        return tr("mpirun was not found: the MPI runtime needs Open MPI (the Debian packages "
                  "openmpi-bin and libopenmpi-dev, installed by scripts/setup.sh)");
    if (!QFileInfo(mpiWorkerProgram()).isExecutable())
        return tr("proclab-mpi-worker was not built (it needs libopenmpi-dev at build time)");
    return {};
}

QStringList MpiScenario::mpirunArguments(const QString &outputDir)
{
    QStringList args{QStringLiteral("-n"), QString::number(m_ranks)};
    const QString hostfile = parameters().hostfile();
    if (hostfile.isEmpty()) {
        // This machine only: as many ranks as asked, whatever the core count (--oversubscribe
        // also makes idle ranks yield instead of spinning), over shared memory.
        args << QStringLiteral("--oversubscribe") << QStringLiteral("--mca")
             << QStringLiteral("btl")
             << QStringLiteral("self,vader")
             // vader's shared-memory segments in the run's directory, not /dev/shm: ranks that
             // are killed (Stop, a fault, fail-stop) never unlink theirs, and the directory goes
             // with the run whatever happened.
             << QStringLiteral("--mca") << QStringLiteral("btl_vader_backing_directory")
             << m_runDir->path();
    } else {
        // The hosts and slots of the file, as Open MPI reads it; TCP between hosts.
        args << QStringLiteral("--hostfile") << hostfile << QStringLiteral("--mca")
             << QStringLiteral("btl") << QStringLiteral("self,vader,tcp");
    }
    // vader's single-copy mechanism (CMA: process_vm_readv, or xpmem/knem) is refused or broken
    // in containers (ptrace restrictions): with it ranks crashed in MPI_Barrier here. Plain copies
    // through the shared segment work everywhere.
    args << QStringLiteral("--mca") << QStringLiteral("btl_vader_single_copy_mechanism")
         << QStringLiteral("none")
         // Ranks float like the other runtimes' processes (Open MPI binds to cores by default).
         << QStringLiteral("--bind-to")
         << QStringLiteral("none")
         // Each rank's stdout into a file of its own, not mixed on mpirun's: whole lines per rank.
         << QStringLiteral("--output-filename") << outputDir + QStringLiteral(":nocopy");
    if (m_skewRank >= 0)
        args << QStringLiteral("-x") << QStringLiteral("PROCLAB_MPI_TEST_SKEW_NS");
    // Beside the run's worker program (setWorkerProgram() moves both, for tests).
    WorkerSpec rank;
    rank.executable = QLatin1String(kWorkerExecutable);
    args << supervisor().programFor(rank) << workerArguments();
    return args;
}

QStringList MpiScenario::workerArguments() const
{
    const ScenarioParameters &p = parameters();
    QStringList args;
    const bool barrier = p.scenario() == ScenarioId::Barrier;
    args << (barrier ? QStringLiteral("barrier") : QStringLiteral("pool"))
         << QStringLiteral("--launcher-id") << QString::number(m_launcher)
         << QStringLiteral("--first-id") << QString::number(m_launcher + 1)
         << QStringLiteral("--workload") << QString::number(p.value(Param::Workload));
    if (barrier) {
        args << QStringLiteral("--rounds") << QString::number(p.value(Param::Rounds))
             << QStringLiteral("--seed") << QString::number(p.value(Param::Seed));
        if (m_parkRank >= 0)
            args << QStringLiteral("--park-holder") << QString::number(m_parkRank)
                 << QStringLiteral("--park-round")
                 << QString::number(std::min<qint64>(1, p.value(Param::Rounds) - 1));
    } else {
        args << QStringLiteral("--tasks") << QString::number(p.value(Param::Tasks))
             << QStringLiteral("--chunksize") << QString::number(p.effectiveChunksize())
             << QStringLiteral("--results") << m_runDir->filePath(QStringLiteral("results"));
    }
    return args;
}

void MpiScenario::begin()
{
    if (const QString reason = unavailableReason(); !reason.isEmpty()) {
        abort(reason);
        return;
    }
    const ScenarioId scenario = parameters().scenario();
    if (scenario != ScenarioId::Barrier && scenario != ScenarioId::Pool) {
        abort(tr("the MPI runtime runs the Barrier & Lock and Pool scenarios only"));
        return;
    }
    if (scenario == ScenarioId::Barrier &&
        BreakItChoice(parameters().value(Param::BreakIt)) == BreakItChoice::ExitAfterLastBarrier) {
        abort(tr("on MPI ranks the lab can break a run by killing the lock holder only"));
        return;
    }
    const QString hostfile = parameters().hostfile();
    if (!hostfile.isEmpty() && !QFileInfo(hostfile).isReadable()) {
        abort(tr("the hostfile %1 cannot be read").arg(hostfile));
        return;
    }
    // A lab that was killed left its run directory (mpirun, sent SIGTERM by the kernel, removed
    // its own session inside it): removed here once its lab is gone.
    RunDirectory::removeStale(kRunDirectoryName);
    m_runDir = std::make_unique<RunDirectory>(kRunDirectoryName);
    if (!m_runDir->isValid()) {
        abort(tr("cannot create the run's directory: %1").arg(m_runDir->errorString()));
        return;
    }
    m_ranks = parameters().intValue(Param::Workers);
    if (scenario == ScenarioId::Barrier &&
        BreakItChoice(parameters().value(Param::BreakIt)) == BreakItChoice::KillHolder)
        m_parkRank = m_ranks - 1;
    m_launcher = supervisor().nextId();
    const QString outputDir = m_runDir->filePath(QStringLiteral("out"));

    WorkerSpec spec;
    spec.name = QStringLiteral("mpirun");
    spec.command = QStringList{mpirunProgram()} + mpirunArguments(outputDir);
    // mpirun's session directory goes into the run's own directory (Open MPI's
    // orte_tmpdir_base follows TMPDIR), so nothing of it can outlive the run.
    spec.environment = {QStringLiteral("TMPDIR=%1").arg(m_runDir->path())};
    if (::geteuid() == 0) {
        // Open MPI refuses to run as root unless told twice, through its documented variables.
        spec.environment << QStringLiteral("OMPI_ALLOW_RUN_AS_ROOT=1")
                         << QStringLiteral("OMPI_ALLOW_RUN_AS_ROOT_CONFIRM=1");
    }
#if defined(__SANITIZE_ADDRESS__)
    // A sanitizer build's ranks: Open MPI's components are dlopen'ed and unloaded at MPI_Finalize
    // with memory they never free; LeakSanitizer reports it at every rank's exit, from frames it
    // can no longer name (no module to suppress by), and the rank aborts. Leak checking stays on
    // for the lab and its other workers, and the ranks' other checks stay on.
    spec.environment << QStringLiteral("ASAN_OPTIONS=%1:detect_leaks=0")
                            .arg(qEnvironmentVariable("ASAN_OPTIONS"));
#endif
    if (m_skewRank >= 0)
        spec.environment
            << QStringLiteral("PROCLAB_MPI_TEST_SKEW_NS=%1:%2").arg(m_skewRank).arg(m_skewNs);
    // mpirun's messages, quoted when they explain an end, go to a file: after the lab's death
    // mpirun still writes while it ends its ranks and removes its session, and a write to a dead
    // lab's pipe made it give up half-way (its session directory stayed).
    spec.outputFile = m_runDir->filePath(QStringLiteral("mpirun.log"));
    spec.parentDeathSignal = SIGTERM;
    spec.silent = true;

    supervisor().setChildStatusResolver(m_launcher, [this](int id) { return rankStatus(id); });
    connect(&supervisor(), &ProcessSupervisor::aboutToSettleChildren, this, [this](int parent) {
        if (parent == m_launcher)
            finishRankOutput();
    });
    m_launcher = supervisor().launch(spec);
    startGuard();
    for (int r = 0; r < m_ranks; ++r) {
        supervisor().reserveChild(m_launcher);
        auto output = std::make_unique<RankOutput>();
        output->rank = r;
        output->events = supervisor().createEventStream(m_launcher, tr("rank %1").arg(r));
        m_outputs.push_back(std::move(output));
    }
    m_poll.start();
    finishWhenAllEnded();
}

void MpiScenario::readRankOutput(bool all)
{
    if (!m_runDir)
        return;
    bool fed = false;
    for (auto &out : m_outputs) {
        if (out->path.isEmpty()) {
            // DIR/out/<job>/rank.R/stdout; the job directory's name is Open MPI's.
            QDirIterator it(m_runDir->filePath(QStringLiteral("out")), {QStringLiteral("stdout")},
                            QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                if (QFileInfo(path).dir().dirName() == QStringLiteral("rank.%1").arg(out->rank))
                    out->path = path;
            }
            if (out->path.isEmpty())
                continue;
        }
        QFile file(out->path);
        if (file.open(QIODevice::ReadOnly) && file.seek(out->read)) {
            const QByteArray bytes = file.readAll();
            out->read += bytes.size();
            out->pending += bytes;
        }
        fed = feedRankLines(*out, all) || fed;
    }
    if (fed)
        emit changed();
}

// How far ahead of the lab's clock a rank's line may be and still be waited for at the end.
constexpr qint64 kMaxLeadNs = 500'000'000;

bool MpiScenario::feedRankLines(RankOutput &out, bool all)
{
    // Whole lines only, in the rank's order. A line stamped later than the lab's clock now (a
    // rank's clock is aligned to rank 0's within its uncertainty, and may run that much ahead)
    // waits until the lab's clock has passed it; once mpirun has ended, everything goes.
    qint64 now = monotonicNowNs();
    qsizetype ready = 0;
    while (ready < out.pending.size()) {
        const qsizetype newline = out.pending.indexOf('\n', ready);
        if (newline < 0)
            break;
        const QByteArrayView line(out.pending.constData() + ready, newline - ready);
        const qsizetype space = line.indexOf(' ');
        bool ok = false;
        const qint64 stamp = space > 0 ? line.first(space).toLongLong(&ok) : 0;
        if (!all && ok && stamp > now)
            break;
        if (all && ok && stamp > now && stamp - now < kMaxLeadNs) {
            // The job has ended, yet this line is still ahead of the lab's clock by no more than
            // the alignment's error (microseconds to milliseconds): let the clock pass it rather
            // than have the recorder reject a line from "the future". On the engine thread.
            std::this_thread::sleep_for(std::chrono::nanoseconds(stamp - now));
            now = monotonicNowNs();
        }
        if (!out.announced) {
            // The first line announces the rank on mpirun's behalf, with the pid of the rank's
            // parent (mpirun here, an orted on another host): it is mpirun's, whose pid the lab
            // knows.
            out.announced = true;
            QString error;
            if (std::optional<Event> spawn = parseEventLine(line, &error);
                spawn && spawn->type == EventType::Spawn && spawn->processId == m_launcher) {
                spawn->pid = run().process(m_launcher)->pid;
                out.events->feed(formatEvent(*spawn));
                out.pending.remove(0, newline + 1);
                // "rank R on HOST": the lanes and the run file say which rank and where.
                if (ProcessRecord *rank = mutableRun().process(spawn->childId);
                    rank && rank->pid == spawn->value) {
                    rank->rank = out.rank;
                    const QString on = QStringLiteral(" on ");
                    const qsizetype at = spawn->text.indexOf(on);
                    rank->host = at >= 0 ? spawn->text.mid(at + on.size()) : QString();
                }
                continue;
            }
        }
        ready = newline + 1;
    }
    if (all)
        ready = out.pending.size();
    if (ready == 0)
        return false;
    out.events->feed(QByteArrayView(out.pending.constData(), ready));
    out.pending.remove(0, ready);
    return true;
}

void MpiScenario::finishRankOutput()
{
    // mpirun has exited: its files are complete.
    readRankOutput(true);
    m_poll.stop();
    for (auto &out : m_outputs)
        out->events->finish();
}

void MpiScenario::killParkedHolder()
{
    if (m_parkRank < 0 || m_killedRank >= 0)
        return;
    const int id = m_launcher + 1 + m_parkRank;
    const ProcessRecord *p = run().process(id);
    if (!p)
        return;
    const bool parked = std::any_of(p->markers.begin(), p->markers.end(), [](const Marker &m) {
        return m.kind == Marker::Kind::Note &&
               m.text.startsWith(QLatin1String("parked holding the lock"));
    });
    if (!parked)
        return;
    m_killedRank = id;
    if (!supervisor().sendSignal(id, SIGKILL)) {
        // On another host the lab has no pidfd for it: end the job from here instead.
        addError(tr("rank %1 runs where the lab cannot signal it; the lab ended the job")
                     .arg(m_parkRank));
        supervisor().killAll();
    }
    emit changed();
}

void MpiScenario::processStopped(int id)
{
    const ProcessRecord *p = run().process(id);
    if (!isRunning() || !p || p->exit.finished())
        return;
    addError(tr("process %1 (%2) was stopped (SIGSTOP or a debugger): every other rank waits for "
                "it; the lab killed it, and MPI ends the job")
                 .arg(id)
                 .arg(p->name));
    if (m_killedRank < 0)
        m_killedRank = id;
    supervisor().sendSignal(id, SIGKILL);
}

bool MpiScenario::jobCompleted() const
{
    const ProcessRecord *launcher = run().process(m_launcher);
    return m_killedRank < 0 && launcher && launcher->exit.kind == ExitStatus::Kind::Normal &&
           launcher->exit.code == 0;
}

std::optional<ExitStatus> MpiScenario::rankStatus(int id)
{
    // mpirun reaps its ranks and says nothing of each; it exits 0 only when every rank exited 0.
    // A rank that said it exits 0 in a job that ended 0 exited 0; anything else is unknown here
    // (mpirun's message says which rank failed and how).
    const ProcessRecord *launcher = run().process(m_launcher);
    int announced = -1;
    if (!launcher || launcher->exit.kind != ExitStatus::Kind::Normal || launcher->exit.code != 0)
        return std::nullopt;
    if (supervisor().recorder().exitEventNs(id, &announced) < 0 || announced != 0)
        return std::nullopt;
    return ExitStatus{ExitStatus::Kind::Normal, 0, 0};
}

QJsonArray MpiScenario::correctClocks()
{
    // Each rank stamped rank 0's clock with its offset at the start; the offset measured at the
    // end shows how far the clocks drifted apart meanwhile. A drift larger than the two estimates'
    // uncertainties together is real and spread linearly over the rank's times (the ranks' own
    // times only: exits are the lab's); a smaller one cannot be told from the estimates' error,
    // and correcting by it would only add that error.
    QJsonArray ranks;
    m_clockToleranceNs = 0;
    for (ProcessRecord &p : mutableRun().processes) {
        if (!isRank(p.id))
            continue;
        QJsonObject entry{{QStringLiteral("id"), p.id},
                          {QStringLiteral("rank"), p.rank},
                          {QStringLiteral("host"), p.host},
                          {QStringLiteral("pid"), p.pid > 0 ? QJsonValue(p.pid) : QJsonValue()}};
        const auto clock = noteFields(p, QStringLiteral("mpi-clock"));
        if (clock) {
            const qint64 startOffset = clock->value(QStringLiteral("offset_start_ns"));
            const qint64 endOffset = clock->value(QStringLiteral("offset_end_ns"));
            const qint64 atStart = clock->value(QStringLiteral("at_start_ns")) - run().originNs;
            const qint64 atEnd = clock->value(QStringLiteral("at_end_ns")) - run().originNs;
            const qint64 drift = endOffset - startOffset;
            const qint64 startUncertainty = clock->value(QStringLiteral("uncertainty_start_ns"));
            const qint64 endUncertainty = clock->value(QStringLiteral("uncertainty_end_ns"));
            const bool correct =
                std::abs(drift) > startUncertainty + endUncertainty && atEnd > atStart;
            entry.insert(QStringLiteral("offset_start_ns"), startOffset);
            entry.insert(QStringLiteral("uncertainty_start_ns"), startUncertainty);
            entry.insert(QStringLiteral("offset_end_ns"), endOffset);
            entry.insert(QStringLiteral("uncertainty_end_ns"), endUncertainty);
            entry.insert(QStringLiteral("drift_ns"), drift);
            entry.insert(QStringLiteral("drift_corrected"), correct);
            // Each of this rank's times is off by at most this much on rank 0's clock.
            const qint64 uncertainty =
                correct ? std::max(startUncertainty, endUncertainty) : startUncertainty;
            m_clockToleranceNs = std::max(m_clockToleranceNs, uncertainty);
            if (correct) {
                const auto fix = [&](qint64 &t) {
                    if (t >= 0)
                        t += qint64(double(drift) * double(t - atStart) / double(atEnd - atStart));
                };
                fix(p.readyNs);
                for (Span &span : p.spans) {
                    fix(span.beginNs);
                    fix(span.endNs);
                }
                for (Marker &m : p.markers) {
                    if (m.kind == Marker::Kind::Note)
                        fix(m.timeNs);
                }
            }
        }
        ranks.append(entry);
    }
    return ranks;
}

void MpiScenario::collectBarrier(QJsonObject &facts, QJsonObject &results)
{
    std::vector<int> participants;
    qint64 atomics = 0;
    qint64 uncontendedPairs = 0;
    qint64 uncontendedMax = 0;
    qint64 counter = -1;
    for (const ProcessRecord &p : run().processes) {
        if (!isRank(p.id))
            continue;
        participants.push_back(p.id);
        if (const auto lock = noteFields(p, QStringLiteral("mpi-lock"))) {
            atomics += lock->value(QStringLiteral("rma_atomics"));
            uncontendedPairs += lock->value(QStringLiteral("uncontended_pairs"));
            uncontendedMax = std::max(uncontendedMax,
                                      lock->value(QStringLiteral("uncontended_max_rma_atomics")));
        }
        if (const auto value = noteFields(p, QStringLiteral("mpi-counter")))
            counter = value->value(QStringLiteral("value"));
    }
    const qint64 rounds = parameters().value(Param::Rounds);
    // Two ranks' times may be apart by both their uncertainties.
    const BarrierRunProperties props =
        barrierRunProperties(run(), participants, rounds, false, 2 * m_clockToleranceNs);
    facts.insert(QStringLiteral("clock_tolerance_ns"), 2 * m_clockToleranceNs);
    const qint64 expected = rounds * qint64(participants.size());
    facts.insert(QStringLiteral("participants"), int(participants.size()));
    facts.insert(QStringLiteral("barrier_order_ok"), props.orderOk);
    facts.insert(QStringLiteral("lock_exclusive_ok"), props.exclusive);
    facts.insert(QStringLiteral("barrier_wait_ns"), props.barrierWaitNs);
    facts.insert(QStringLiteral("lock_wait_ns"), props.lockWaitNs);
    facts.insert(QStringLiteral("lock"),
                 QJsonObject{{QStringLiteral("kind"), QStringLiteral("mcs-rma-atomics")},
                             {QStringLiteral("rma_atomics"), atomics},
                             {QStringLiteral("uncontended_pairs"), uncontendedPairs},
                             {QStringLiteral("uncontended_max_rma_atomics"), uncontendedMax}});
    results.insert(QStringLiteral("rounds"), rounds);
    results.insert(QStringLiteral("rounds_passed"), props.roundsPassed);
    results.insert(QStringLiteral("critical_sections"),
                   counter >= 0 ? QJsonValue(counter) : QJsonValue());
    results.insert(QStringLiteral("lock_holds"), props.holds);
    results.insert(QStringLiteral("expected_critical_sections"), expected);
    results.insert(QStringLiteral("lock_order"), props.lockOrder);
    if (!jobCompleted())
        return; // a broken job: nothing of it is expected to be complete (mpirun's end says why)
    if (!props.orderOk)
        addError(tr("a rank left an MPI_Barrier before the last rank had arrived"));
    if (!props.exclusive)
        addError(tr("two ranks held the MPI lock at the same time"));
    if (counter >= 0 && counter != expected)
        addError(tr("the counter incremented under the MPI lock is %1, not %2: increments were "
                    "lost")
                     .arg(counter)
                     .arg(expected));
}

void MpiScenario::collectPool(QJsonObject &facts, QJsonArray &results)
{
    // Rank 0's gathered results (n, n results, n execution counts), and the task spans the lab
    // recorded: two independent accounts of who did what.
    const qint64 n = parameters().value(Param::Tasks);
    QFile file(m_runDir->filePath(QStringLiteral("results")));
    std::vector<qint64> values;
    std::vector<qint32> executions;
    if (file.open(QIODevice::ReadOnly)) {
        qint64 count = -1;
        const QByteArray head = file.read(sizeof count);
        if (head.size() == sizeof count)
            std::memcpy(&count, head.constData(), sizeof count);
        if (count == n) {
            values.resize(size_t(n));
            executions.resize(size_t(n));
            const qint64 valueBytes = n * qint64(sizeof(qint64));
            const qint64 countBytes = n * qint64(sizeof(qint32));
            if (file.read(reinterpret_cast<char *>(values.data()), valueBytes) != valueBytes ||
                file.read(reinterpret_cast<char *>(executions.data()), countBytes) != countBytes) {
                values.clear();
                executions.clear();
            }
        }
    }
    std::vector<int> spanned(size_t(n), 0);
    QJsonObject perRank;
    qint64 spans = 0;
    for (const ProcessRecord &p : run().processes) {
        if (!isRank(p.id))
            continue;
        qint64 mine = 0;
        for (const Span &s : p.spans) {
            if (s.kind == SpanKind::Task && s.task >= 0 && s.task < n) {
                ++spanned[size_t(s.task)];
                ++mine;
            }
        }
        spans += mine;
        perRank.insert(p.name, mine);
    }
    const bool gathered = !values.empty() || n == 0;
    qint64 once = 0;
    qint64 missing = 0;
    qint64 repeated = 0;
    qint64 wrong = 0;
    qint64 noResult = 0;
    for (qint64 i = 0; i < n; ++i) {
        const int ran = gathered ? executions[size_t(i)] : 0;
        const int seen = spanned[size_t(i)];
        once += ran == 1 && seen == 1;
        missing += ran == 0 || seen == 0;
        repeated += ran > 1 || seen > 1;
        if (ran > 0) {
            results.append(values[size_t(i)]);
            wrong += values[size_t(i)] != i * i;
        } else {
            results.append(QJsonValue());
            ++noResult;
        }
    }
    const qint64 chunksize = parameters().effectiveChunksize();
    facts.insert(QStringLiteral("dispatch"), QStringLiteral("rma-fetch-and-add"));
    facts.insert(QStringLiteral("chunksize"), chunksize);
    facts.insert(QStringLiteral("chunks"), (n + chunksize - 1) / chunksize);
    facts.insert(QStringLiteral("tasks_per_worker"), perRank);
    facts.insert(QStringLiteral("results_gathered"), gathered);
    facts.insert(QStringLiteral("results_in_order"), gathered && wrong == 0);
    facts.insert(QStringLiteral("results_are_squares"), gathered && wrong == 0 && noResult == 0);
    facts.insert(QStringLiteral("every_task_once"), gathered && once == n);
    facts.insert(QStringLiteral("tasks_done"), n - missing);
    facts.insert(QStringLiteral("task_spans"), spans);
    facts.insert(QStringLiteral("tasks_missing"), missing);
    facts.insert(QStringLiteral("tasks_repeated"), repeated);
    if (!jobCompleted())
        return;
    if (!gathered)
        addError(tr("rank 0 did not gather the results"));
    else if (once != n)
        addError(tr("%1 of %2 tasks did not run exactly once (%3 missing, %4 more than once)")
                     .arg(n - once)
                     .arg(n)
                     .arg(missing)
                     .arg(repeated));
    if (wrong > 0)
        addError(tr("%1 gathered results are not the square of their index").arg(wrong));
}

void MpiScenario::explainEnd(QJsonObject &facts)
{
    const ProcessRecord &launcher = *run().process(m_launcher);
    QStringList said; // mpirun's own words, without its frames of dashes
    QFile log(m_runDir->filePath(QStringLiteral("mpirun.log")));
    const QByteArray printed = log.open(QIODevice::ReadOnly) ? log.read(64 * 1024) : QByteArray();
    for (const QString &line : QString::fromLocal8Bit(printed).split(QLatin1Char('\n'))) {
        const QString text = line.trimmed();
        if (!text.isEmpty() && !text.startsWith(QLatin1String("----")))
            said << text;
    }
    facts.insert(QStringLiteral("mpirun_exit"),
                 QJsonObject{
                     {QStringLiteral("kind"), ExitStatus::kindName(launcher.exit.kind)},
                     {QStringLiteral("code"), launcher.exit.code},
                     {QStringLiteral("signal"), launcher.exit.signal},
                 });
    facts.insert(QStringLiteral("mpirun_said"), QJsonArray::fromStringList(said));
    const bool clean = launcher.exit.kind == ExitStatus::Kind::Normal && launcher.exit.code == 0;
    if (m_killedRank < 0) {
        if (!clean && !launcher.exit.finished())
            return;
        if (!clean)
            addError(
                tr("mpirun ended with %1: %2")
                    .arg(launcher.exit.kind == ExitStatus::Kind::Normal
                             ? tr("exit code %1").arg(launcher.exit.code)
                             : tr("signal %1").arg(launcher.exit.signal))
                    .arg(said.isEmpty() ? tr("it said nothing") : said.join(QLatin1Char(' '))));
        return;
    }
    // Fail-stop, measured: when the killed rank died, how the others ended and when.
    const ProcessRecord &killed = *run().process(m_killedRank);
    int others = 0;
    int endedWithoutFinishing = 0;
    qint64 lastEnd = -1;
    for (const ProcessRecord &p : run().processes) {
        if (!isRank(p.id) || p.id == m_killedRank || p.pid <= 0)
            continue;
        ++others;
        if (supervisor().recorder().exitEventNs(p.id) < 0)
            ++endedWithoutFinishing;
        lastEnd = std::max(lastEnd, p.exitedNs);
    }
    const qint64 within = lastEnd >= 0 && killed.exitedNs >= 0 ? lastEnd - killed.exitedNs : -1;
    facts.insert(
        QStringLiteral("fail_stop"),
        QJsonObject{{QStringLiteral("killed"), m_killedRank},
                    {QStringLiteral("killed_exited_ns"), killed.exitedNs},
                    {QStringLiteral("other_ranks"), others},
                    {QStringLiteral("others_ended_without_finishing"), endedWithoutFinishing},
                    {QStringLiteral("last_other_exited_ns"), lastEnd},
                    {QStringLiteral("job_ended_within_ns"), within},
                    {QStringLiteral("mpirun_failed"), !clean}});
    const QString text =
        tr("MPI is fail-stop: %1 was killed, and mpirun ended the job: %2 of the other %3 ranks "
           "ended without finishing, the last %4 ms after it; mpirun exited with %5")
            .arg(killed.name)
            .arg(endedWithoutFinishing)
            .arg(others)
            .arg(within >= 0 ? QString::number(double(within) / 1e6, 'f', 1) : tr("?"))
            .arg(launcher.exit.kind == ExitStatus::Kind::Normal
                     ? tr("exit code %1").arg(launcher.exit.code)
                     : tr("signal %1").arg(launcher.exit.signal));
    const qint64 at = launcher.exitedNs >= 0 ? launcher.exitedNs : 0;
    mutableRun().processes[size_t(m_launcher)].markers.push_back({at, Marker::Kind::Note, 0, text});
    facts.insert(QStringLiteral("explanation"), text);
}

void MpiScenario::collectResults()
{
    m_poll.stop();
    supervisor().dropUnusedReservations();
    if (!m_runDir)
        return;
    QJsonObject facts{{QStringLiteral("runtime"), QStringLiteral("mpi")},
                      {QStringLiteral("ranks_asked"), m_ranks},
                      {QStringLiteral("hostfile"), parameters().hostfile().isEmpty()
                                                       ? QJsonValue()
                                                       : QJsonValue(parameters().hostfile())}};
    facts.insert(QStringLiteral("ranks"), correctClocks());
    if (parameters().scenario() == ScenarioId::Barrier) {
        QJsonObject results;
        collectBarrier(facts, results);
        mutableRun().results = results;
    } else {
        QJsonArray results;
        collectPool(facts, results);
        mutableRun().results = results;
    }
    explainEnd(facts);
    // What a rank wrote on stderr (Open MPI's crash reports, a worker's complaint) is an error.
    for (const auto &out : m_outputs) {
        if (out->path.isEmpty())
            continue;
        QFile err(QFileInfo(out->path).dir().filePath(QStringLiteral("stderr")));
        if (err.open(QIODevice::ReadOnly)) {
            const QString text = QString::fromLocal8Bit(err.read(4096)).trimmed();
            if (!text.isEmpty())
                addError(tr("rank %1 wrote to stderr: %2").arg(out->rank).arg(text));
        }
    }
    // Every process has ended: mpirun's session directory and the ranks' output go with the run.
    stopGuard();
    const QString dir = m_runDir->path();
    const bool removed = m_runDir->remove();
    m_runDir.reset();
    facts.insert(QStringLiteral("run_directory_removed"), removed);
    if (!removed)
        addError(tr("the run's directory %1 could not be removed").arg(dir));
    mutableRun().facts = facts;
}

} // namespace proclab
