// SPDX-License-Identifier: MIT
// proclab-bench-gui: how long the window's event loop is blocked while a run goes, in a real
// ScenarioTab (1200x800, shown, live timeline and process table, offscreen platform).
//
// The stall probe is a Qt::PreciseTimer QTimer at 1 ms on the GUI thread: every timeout records
// the gap since the previous one. A gap is how long an input event arriving just after a tick
// would have waited, so the gap is the stall (an idle loop gives ~1 ms). The probe runs from
// before the Run click (tab.start() is called from the event loop, as a click would) until
// 150 ms after runFinished, so the start, every live refresh and the final refresh are in it.
//
// For where the time goes, each gap is split with the GUI thread's own accounting
// (/proc/thread-self/schedstat: CPU time, and time runnable but waiting for a CPU), and
// QApplication::notify is timed at the top level: the longest single event dispatch since the
// previous tick, by receiver class (its parent's class) and event type. The longest dispatch is
// the finer figure (no 1 ms timer quantum, no wait between events; it still includes time the
// thread was preempted inside the dispatch); the gap is what a user feels. The probe costs a
// clock read and a pread() of schedstat per tick (a few µs).
//   proclab-bench-gui [--no-window] spawn WORKERS REPS | pool WORKERS TASKS CHUNKSIZE REPS
//   --no-window: the control, the same runs and probe with no widget (see measure()).
//   PROCLAB_BENCH_VERBOSE=1: every gap over 8 ms and the dispatch table on stderr.
#include "benchutil.h"
#include "clock.h"
#include "mainwindow.h"
#include "parameterpanel.h"
#include "parameters.h"
#include "run.h"
#include "runcontroller.h"
#include "scenariotab.h"
#include "timelinechart.h"

#include <QApplication>
#include <QChartView>
#include <QElapsedTimer>
#include <QEvent>
#include <QEventLoop>
#include <QMetaEnum>
#include <QThread>
#include <QTimer>
#include <algorithm>
#include <fcntl.h>
#include <map>
#include <memory>
#include <sys/resource.h>
#include <tuple>
#include <unistd.h>

using namespace proclab;
using namespace proclab::bench;

namespace {

constexpr double kFrameMs = 16.0; // one frame at 60 Hz: the target and the count threshold

// What ran in one top-level dispatch: receiver class, its parent's class, event type.
using DispatchKey = std::tuple<const QMetaObject *, const QMetaObject *, int>;
struct DispatchStats
{
    qint64 count = 0;
    qint64 totalNs = 0;
    qint64 maxNs = 0;
};

QByteArray describe(const DispatchKey &key)
{
    const auto &[receiver, parent, type] = key;
    const char *typeName = QMetaEnum::fromType<QEvent::Type>().valueToKey(type);
    QByteArray text = receiver ? receiver->className() : "?";
    if (parent)
        text += QByteArray(" (in ") + parent->className() + ")";
    text += QByteArray(" ") + (typeName ? typeName : QByteArray::number(type).constData());
    return text;
}

// Times every top-level event dispatch of the GUI thread while recording.
class ProbeApplication final : public QApplication
{
public:
    using QApplication::QApplication;

    bool notify(QObject *receiver, QEvent *event) override
    {
        // notify() runs on every thread (the engine thread's events too): only the GUI thread's
        // outermost dispatches are timed.
        if (!recording || m_depth > 0 || !receiver || !event ||
            QThread::currentThread() != thread()) {
            ++m_depth;
            const bool result = QApplication::notify(receiver, event);
            --m_depth;
            return result;
        }
        // Taken before the dispatch: the receiver may delete itself (DeferredDelete).
        const DispatchKey key{receiver->metaObject(),
                              receiver->parent() ? receiver->parent()->metaObject() : nullptr,
                              int(event->type())};
        ++m_depth;
        const qint64 t0 = monotonicNowNs();
        const bool result = QApplication::notify(receiver, event);
        const qint64 ns = monotonicNowNs() - t0;
        --m_depth;
        DispatchStats &s = stats[key];
        ++s.count;
        s.totalNs += ns;
        s.maxNs = std::max(s.maxNs, ns);
        if (ns > longestSinceTick.first)
            longestSinceTick = {ns, key};
        return result;
    }

    bool recording = false;
    std::map<DispatchKey, DispatchStats> stats;
    std::pair<qint64, DispatchKey> longestSinceTick{0, {}};

private:
    static thread_local int m_depth;
};

thread_local int ProbeApplication::m_depth = 0;

ProbeApplication *probeApp()
{
    return static_cast<ProbeApplication *>(QCoreApplication::instance());
}

// This thread's CPU time and run-queue wait (ns), from /proc/thread-self/schedstat.
struct ThreadTimes
{
    qint64 cpuNs = 0;
    qint64 waitNs = 0;
};

class SchedStat
{
public:
    SchedStat()
        : m_fd(::open("/proc/thread-self/schedstat", O_RDONLY | O_CLOEXEC))
    {
    }
    ~SchedStat()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    ThreadTimes read() const
    {
        char buffer[128];
        const ssize_t n = m_fd >= 0 ? ::pread(m_fd, buffer, sizeof buffer - 1, 0) : -1;
        ThreadTimes t;
        long long cpu = 0;
        long long wait = 0;
        if (n > 0) {
            buffer[n] = 0;
            if (std::sscanf(buffer, "%lld %lld", &cpu, &wait) == 2)
                t = {cpu, wait};
        }
        return t;
    }

private:
    int m_fd;
};

struct Gap
{
    double ms = 0;
    double cpuMs = 0;  // the GUI thread on a CPU during the gap
    double waitMs = 0; // runnable, waiting for a CPU
    double longestDispatchMs = 0;
    DispatchKey longest{};
    double atMs = 0; // end of the gap, ms since the Run click
};

} // namespace

namespace proclab::bench {

// A class of its own (Q_OBJECT) so that its timer's dispatches are told apart from the tab's
// refresh timer in the dispatch table: "QTimer (in proclab::bench::StallProbe)".
class StallProbe : public QObject
{
    Q_OBJECT
public:
    StallProbe()
    {
        m_timer.setParent(this); // a member: it leaves the children before this is destroyed
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, &StallProbe::tick);
    }

    void start(qint64 originNs)
    {
        m_originNs = originNs;
        gaps.clear();
        m_lastNs = monotonicNowNs();
        m_lastTimes = m_sched.read();
        probeApp()->longestSinceTick = {0, {}};
        m_timer.start();
    }
    void stop()
    {
        tick(); // the gap up to now counts too
        m_timer.stop();
    }

    std::vector<Gap> gaps;

private:
    void tick()
    {
        const qint64 now = monotonicNowNs();
        const ThreadTimes times = m_sched.read();
        auto &longest = probeApp()->longestSinceTick;
        gaps.push_back(
            Gap{double(now - m_lastNs) / 1e6, double(times.cpuNs - m_lastTimes.cpuNs) / 1e6,
                double(times.waitNs - m_lastTimes.waitNs) / 1e6, double(longest.first) / 1e6,
                longest.second, double(now - m_originNs) / 1e6});
        longest = {0, {}};
        m_lastNs = now;
        m_lastTimes = times;
    }

    QTimer m_timer;
    SchedStat m_sched;
    qint64 m_lastNs = 0;
    qint64 m_originNs = 0;
    ThreadTimes m_lastTimes;
};

} // namespace proclab::bench

namespace {

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

// One case: REPS runs of the tab's scenario, each from the Run click to 150 ms after the end.
// noWindow: the control. The same runs through a bare RunController (what the tab drives, same
// refresh interval) and no widget at all: the stalls left are the machine's (the GUI thread
// waiting for a CPU among the run's processes), not the window's.
void measure(const char *op, ScenarioId scenario,
             const std::vector<std::pair<Param, qint64>> &values, int reps, bool noWindow)
{
    const bool verbose = qEnvironmentVariableIsSet("PROCLAB_BENCH_VERBOSE");
    ScenarioParameters parameters(scenario);
    std::unique_ptr<ScenarioTab> tab;
    std::unique_ptr<RunController> bare;
    if (noWindow) {
        bare = std::make_unique<RunController>();
    } else {
        tab = std::make_unique<ScenarioTab>(scenario);
        if (!tab->isAvailable())
            die(QStringLiteral("%1: the scenario is not available in this build").arg(tab->key()));
    }
    for (const auto &[param, value] : values) {
        QString error;
        if (!parameters.set(param, value, &error))
            die(error);
        if (!tab)
            continue;
        tab->parameterPanel()->setValue(param, value);
        if (tab->parameterPanel()->value(param) != value)
            die(QStringLiteral("%1: the panel did not take %2 = %3")
                    .arg(tab->key(), paramKey(param))
                    .arg(value));
    }
    RunController *controller = tab ? tab->controller() : bare.get();
    if (tab) {
        tab->resize(1200, 800);
        tab->show();
    }
    {
        // The window's first paint and layout happen before the user can press Run.
        QEventLoop settle;
        QTimer::singleShot(300, &settle, &QEventLoop::quit);
        settle.exec();
    }

    StallProbe probe;
    std::vector<double> allGaps, perRunMax, perRunLongestDispatch, runMs, over;
    std::vector<double> maxGapCpu, maxGapWait, guiCpuMs;
    probeApp()->stats.clear();
    for (int rep = 0; rep < reps; ++rep) {
        QEventLoop loop;
        QTimer drain;
        drain.setSingleShot(true);
        drain.setInterval(150);
        QObject::connect(&drain, &QTimer::timeout, &loop, &QEventLoop::quit);
        // The tab's own finished handling (connected first, in its constructor) runs before this.
        const auto finished = QObject::connect(controller, &RunController::finished, &drain,
                                               qOverload<>(&QTimer::start));
        int deltas = 0; // RunDeltas applied on this thread (each emits changed())
        const auto changed =
            QObject::connect(controller, &RunController::changed, &drain, [&deltas] { ++deltas; });
        QTimer::singleShot(180'000, &loop, [] { die(QStringLiteral("gui: run timed out")); });
        // Pressed from inside the event loop, as a click would be: start() itself is measured.
        QTimer::singleShot(20, &loop, [&] {
            if (tab) {
                tab->start();
            } else {
                RunOptions options;
                options.refreshMs = 33; // ScenarioTab's
                controller->start(parameters, options);
            }
            // Experiment only (not used by bench.sh): the GUI thread at another nice value than
            // the engine thread (created by the first start()) and the workers it forks, to see
            // how much of a stall is the wait for a CPU among the run's processes.
            static const bool niceSet = [] {
                bool ok = false;
                const int nice = qEnvironmentVariableIntValue("PROCLAB_BENCH_GUI_THREAD_NICE", &ok);
                if (ok && ::setpriority(PRIO_PROCESS, pid_t(::gettid()), nice) != 0)
                    std::perror("proclab-bench-gui: setpriority");
                return ok;
            }();
            (void)niceSet;
        });
        probeApp()->recording = true;
        const qint64 windowBeginNs = monotonicNowNs();
        probe.start(windowBeginNs + 20'000'000);
        loop.exec();
        probe.stop();
        if (verbose) // CLOCK_MONOTONIC, to line up with `perf record -k CLOCK_MONOTONIC`
            std::fprintf(stderr, "gui %s%s run %d: window %.6f %.6f s\n", op,
                         noWindow ? " (no window)" : "", rep, double(windowBeginNs) / 1e9,
                         double(monotonicNowNs()) / 1e9);
        probeApp()->recording = false;
        QObject::disconnect(finished);
        QObject::disconnect(changed);
        const Run &run = controller->run();
        if (!controller->succeeded())
            die(QStringLiteral("gui: %1 run failed: %2")
                    .arg(QString::fromLatin1(op), run.errors.join(u'\n')));

        const Gap *worst = nullptr;
        double longestDispatch = 0;
        int overFrame = 0;
        std::vector<double> gaps;
        double cpuMs = 0;
        for (const Gap &g : probe.gaps) {
            gaps.push_back(g.ms);
            cpuMs += g.cpuMs;
            if (!worst || g.ms > worst->ms)
                worst = &g;
            longestDispatch = std::max(longestDispatch, g.longestDispatchMs);
            if (g.ms > kFrameMs)
                ++overFrame;
            if (verbose && g.ms > 8)
                std::fprintf(stderr,
                             "gui %s run %d: gap %.2f ms at %.1f ms (GUI thread on CPU %.2f, "
                             "waiting for a CPU %.2f); longest dispatch %.2f ms: %s\n",
                             op, rep, g.ms, g.atMs, g.cpuMs, g.waitMs, g.longestDispatchMs,
                             describe(g.longest).constData());
        }
        allGaps.insert(allGaps.end(), gaps.begin(), gaps.end());
        perRunMax.push_back(worst ? worst->ms : 0);
        maxGapCpu.push_back(worst ? worst->cpuMs : 0);
        maxGapWait.push_back(worst ? worst->waitMs : 0);
        perRunLongestDispatch.push_back(longestDispatch);
        over.push_back(overFrame);
        runMs.push_back(double(run.wallNs) / 1e6);
        guiCpuMs.push_back(cpuMs);
        if (verbose)
            std::fprintf(stderr,
                         "gui %s%s run %d: %zu gaps over %.0f ms (run %.0f ms, %lld spans, %d "
                         "updates), median "
                         "%.3f, max %.2f ms at %.1f ms (GUI thread on CPU %.2f, waiting for a CPU "
                         "%.2f; longest dispatch in it %.2f ms: %s), %d over %.0f ms\n",
                         op, noWindow ? " (no window)" : "", rep, gaps.size(),
                         probe.gaps.empty() ? 0.0 : probe.gaps.back().atMs,
                         double(run.wallNs) / 1e6, static_cast<long long>(run.spanCount()), deltas,
                         median(gaps), worst ? worst->ms : 0, worst ? worst->atMs : 0,
                         worst ? worst->cpuMs : 0, worst ? worst->waitMs : 0,
                         worst ? worst->longestDispatchMs : 0,
                         worst ? describe(worst->longest).constData() : "", overFrame, kFrameMs);
    }

    std::fprintf(
        stderr,
        "gui %s%s: %d runs, max gap %.1f ms, %d gaps over %.0f ms; max "
        "gaps per run (ms):",
        op, noWindow ? " (no window)" : "", reps,
        *std::max_element(perRunMax.begin(), perRunMax.end()),
        int(std::count_if(allGaps.begin(), allGaps.end(), [](double g) { return g > kFrameMs; })),
        kFrameMs);
    for (size_t i = 0; i < perRunMax.size(); ++i)
        std::fprintf(stderr, " %.1f (on CPU %.1f, waiting for a CPU %.1f)", perRunMax[i],
                     maxGapCpu[i], maxGapWait[i]);
    std::fprintf(stderr, "\n");

    if (noWindow) {
        const QByteArray ctx = QByteArray("ctx_") + op + "_no_window";
        printSamples((ctx + "_max_gap_ms_per_run").constData(), "proclab", "ms", perRunMax);
        printSamples((ctx + "_gaps_over_16ms_per_run").constData(), "proclab", "gaps", over);
        printSamples((ctx + "_max_gap_cpu_wait_ms").constData(), "proclab", "ms", maxGapWait);
        return;
    }

    // Where the GUI thread's time went over all runs: the dispatches with the longest maxima.
    // (A QGraphicsScene MetaCall is the scene's queued update, which flushes the window's
    // pending paint: the whole repaint, timeline and table, is in it.)
    std::vector<std::pair<DispatchKey, DispatchStats>> table(probeApp()->stats.begin(),
                                                             probeApp()->stats.end());
    std::sort(table.begin(), table.end(),
              [](const auto &a, const auto &b) { return a.second.maxNs > b.second.maxNs; });
    std::fprintf(stderr, "gui %s: longest event dispatches (all %d runs):\n", op, reps);
    for (size_t i = 0; i < table.size() && i < (verbose ? 25u : 5u); ++i)
        std::fprintf(stderr, "  max %8.2f ms  total %9.1f ms  n=%-6lld %s\n",
                     double(table[i].second.maxNs) / 1e6, double(table[i].second.totalNs) / 1e6,
                     static_cast<long long>(table[i].second.count),
                     describe(table[i].first).constData());

    printSamples(op, "proclab", "ms", allGaps);
    const QByteArray ctx = QByteArray("ctx_") + op;
    printSamples((ctx + "_max_gap_ms_per_run").constData(), "proclab", "ms", perRunMax);
    printSamples((ctx + "_gaps_over_16ms_per_run").constData(), "proclab", "gaps", over);
    printSamples((ctx + "_longest_dispatch_ms_per_run").constData(), "proclab", "ms",
                 perRunLongestDispatch);
    printSamples((ctx + "_max_gap_gui_cpu_ms").constData(), "proclab", "ms", maxGapCpu);
    printSamples((ctx + "_max_gap_cpu_wait_ms").constData(), "proclab", "ms", maxGapWait);
    printSamples((ctx + "_run_wall_ms").constData(), "proclab", "ms", runMs);
    // The GUI thread's CPU time from the click to 150 ms after the end: the window's whole cost.
    printSamples((ctx + "_gui_thread_cpu_ms_per_run").constData(), "proclab", "ms", guiCpuMs);
}

void wait(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// The window on a saturated machine: a Pool run of `workers` CPU-bound workers (64 on 2 cores)
// keeps every core busy while the user switches tabs. Each sample is one switch, from the
// selection to the end of the synchronous repaint of the whole window, and one repaint of the
// running tab's timeline. The workers run at nice 19 (ProcessSupervisor) and the engine thread
// off the GUI thread: this measures whether that is enough.
void measureBusy(int workers, int switches)
{
    MainWindow window;
    window.resize(1200, 800);
    window.show();
    wait(300);
    ScenarioTab *pool = window.tab(ScenarioId::Pool);
    ParameterPanel *panel = pool->parameterPanel();
    panel->setValue(Param::Workers, workers);
    panel->setValue(Param::Tasks, 100'000);
    panel->setValue(Param::Chunksize, 1);
    panel->setValue(Param::Workload, 200'000);
    window.selectTab(pool->key());
    pool->start();
    // Busy: every worker launched and at work.
    QElapsedTimer clock;
    clock.start();
    for (;;) {
        wait(50);
        const Run *run = pool->run();
        if (run && int(run->processes.size()) == workers && run->spanCount() >= workers)
            break;
        if (clock.elapsed() > 60'000)
            die(QStringLiteral("the busy pool did not get going in 60 s"));
    }
    const QString keys[] = {QStringLiteral("naming"),  QStringLiteral("spawning"),
                            QStringLiteral("killing"), QStringLiteral("daemons"),
                            QStringLiteral("barrier"), QStringLiteral("pool")};
    std::vector<double> switchMs, repaintMs;
    for (int i = 0; i < switches && pool->isRunning(); ++i) {
        const qint64 t0 = monotonicNowNs();
        window.selectTab(keys[i % 6]);
        QCoreApplication::sendPostedEvents();
        window.repaint();
        switchMs.push_back(double(monotonicNowNs() - t0) / 1e6);
        if (keys[i % 6] == QLatin1String("pool")) {
            const qint64 r0 = monotonicNowNs();
            pool->timeline()->view()->viewport()->repaint();
            repaintMs.push_back(double(monotonicNowNs() - r0) / 1e6);
        }
        wait(120); // the live view keeps refreshing between switches
    }
    const bool stillBusy = pool->isRunning();
    pool->stop();
    while (pool->isRunning())
        wait(50);
    if (!stillBusy)
        die(QStringLiteral("the pool ended before the switches did: make it longer"));
    const QByteArray op = "gui_busy" + QByteArray::number(workers);
    printSamples((op + "_tab_switch").constData(), "proclab", "ms", switchMs);
    printSamples((op + "_timeline_repaint").constData(), "proclab", "ms", repaintMs);
}

} // namespace

int main(int argc, char **argv)
{
    // The offscreen platform's notes on every window (and the runtime directory) are no finding.
    qInstallMessageHandler(
        [](QtMsgType type, const QMessageLogContext &context, const QString &msg) {
            if (msg.contains(QLatin1String("propagateSizeHints")) ||
                msg.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR")))
                return;
            std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, msg)));
        });
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    ProbeApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    const bool noWindow = args.removeAll(QStringLiteral("--no-window")) > 0;
    auto number = [&args](int index, qint64 fallback) {
        return args.size() > index ? args.at(index).toLongLong() : fallback;
    };
    const QString command = args.value(0);
    if (command == QLatin1String("spawn")) {
        qint64 workers = number(1, 64);
        const ParamSpec *spec = ScenarioParameters(ScenarioId::Spawning).spec(Param::Workers);
        if (spec && workers > spec->max) {
            std::fprintf(stderr,
                         "proclab-bench-gui: %lld workers is above the Spawning maximum, "
                         "using %lld\n",
                         static_cast<long long>(workers), static_cast<long long>(spec->max));
            workers = spec->max;
        }
        const QByteArray op = "gui_stall_spawn" + QByteArray::number(workers);
        measure(op.constData(), ScenarioId::Spawning, {{Param::Workers, workers}},
                int(number(2, 5)), noWindow);
    } else if (command == QLatin1String("pool")) {
        const qint64 tasks = number(2, 1'000'000);
        const QByteArray op = tasks == 1'000'000 ? QByteArray("gui_stall_pool1m")
                                                 : "gui_stall_pool" + QByteArray::number(tasks);
        measure(op.constData(), ScenarioId::Pool,
                {{Param::Workers, number(1, 8)},
                 {Param::Tasks, tasks},
                 {Param::Chunksize, number(3, 1)}},
                int(number(4, 3)), noWindow);
    } else if (command == QLatin1String("busy")) {
        measureBusy(int(number(1, 64)), int(number(2, 30)));
    } else {
        std::fprintf(stderr, "usage: proclab-bench-gui [--no-window] spawn WORKERS REPS | "
                             "pool WORKERS TASKS CHUNKSIZE REPS | busy WORKERS SWITCHES\n");
        return 2;
    }
    return 0;
}

#include "bench_gui.moc"
