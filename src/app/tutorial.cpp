// SPDX-License-Identifier: MIT
#include "tutorial.h"

#include "waitanalysis.h"

#include "processtablemodel.h"
#include "run.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <algorithm>
#include <limits>
#include <map>

namespace proclab {

namespace {

QString ms(qint64 ns)
{
    return QLocale().toString(double(ns) / 1e6, 'f', 1);
}

Verdict verdictOf(bool holds)
{
    return holds ? Verdict::Holds : Verdict::DoesNotHold;
}

qint64 parameter(const Run &run, const char *key)
{
    return run.parameters.value(QLatin1String(key)).toInteger(-1);
}

// Whether work spans of two different processes overlapped in time: they ran in parallel.
bool workOverlapped(const Run &run)
{
    struct Interval
    {
        qint64 begin, end;
        int process;
    };
    std::vector<Interval> work;
    for (const auto &p : run.processes) {
        for (const Span &span : p.spans) {
            if (span.kind == SpanKind::Work)
                work.push_back({span.beginNs, span.endNs, p.id});
        }
    }
    std::sort(work.begin(), work.end(),
              [](const Interval &a, const Interval &b) { return a.begin < b.begin; });
    // The latest-ending interval so far and the latest of another process than that one: a new
    // interval overlaps some earlier one of another process iff it begins before one of them ends.
    Interval latest{0, -1, -1};
    qint64 latestOther = -1;
    for (const Interval &w : work) {
        if ((w.process != latest.process && w.begin < latest.end) || w.begin < latestOther)
            return true;
        if (w.end > latest.end) {
            if (w.process != latest.process)
                latestOther = std::max(latestOther, latest.end);
            latest = w;
        } else if (w.process != latest.process) {
            latestOther = std::max(latestOther, w.end);
        }
    }
    return false;
}

QString yesNo(bool value)
{
    return value ? Tutorial::tr("yes") : Tutorial::tr("no");
}

QString pyBool(const QJsonValue &value)
{
    if (value.isUndefined())
        return QStringLiteral("?");
    return value.toBool() ? QStringLiteral("True") : QStringLiteral("False");
}

const ProcessRecord *byName(const Run &run, const QString &name)
{
    for (const auto &p : run.processes) {
        if (p.name == name)
            return &p;
    }
    return nullptr;
}

QString exitSummary(const ProcessRecord &p)
{
    return Tutorial::tr("%1, exitcode %2")
        .arg(ProcessTableModel::osExitText(p), ProcessTableModel::pythonExitText(p));
}

QString compactJson(const QJsonValue &value, int maxItems)
{
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        QStringList items;
        for (int i = 0; i < array.size() && i < maxItems; ++i)
            items << QString::fromUtf8(
                         QJsonDocument(QJsonArray{array.at(i)}).toJson(QJsonDocument::Compact))
                         .mid(1)
                         .chopped(1);
        if (array.size() > maxItems)
            items << QStringLiteral("…");
        return QLatin1Char('[') + items.join(QStringLiteral(", ")) + QLatin1Char(']');
    }
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    return value.toVariant().toString();
}

void naming(TutorialSection &s, const Run *run)
{
    s.script = QStringLiteral("naming_processes.py");
    s.objective =
        Tutorial::tr("Assign custom identifiers to processes and measure execution time.");
    s.code = QStringLiteral(
        "multiprocessing.Process(name='worker_one', target=do_something, args=(1000, out_list1))\n"
        "multiprocessing.Process(target=do_something, args=(1000, out_list2))");
    s.takeaway =
        Tutorial::tr("Named and unnamed processes executed in parallel, improving performance "
                     "over sequential runs.");
    TutorialClaim one{Tutorial::tr("worker_one output size: 1000"), {}};
    TutorialClaim two{Tutorial::tr("unnamed process output size: 1000"), {}};
    TutorialClaim duration{Tutorial::tr("Duration: 0.43 seconds"), {}};
    TutorialClaim parallel{Tutorial::tr("Executed in parallel, faster than sequential runs"), {}};
    if (run && run->processes.size() >= 2) {
        const auto &a = run->processes[0];
        const auto &b = run->processes[1];
        // The tutorial asked for 1000 items; the claim is that each process produced what it
        // was asked for, whatever the workload of this run.
        const qint64 workload = parameter(*run, "workload");
        if (a.outputSize >= 0) {
            one.measured =
                Tutorial::tr("%1 output size: %2 (asked for %3)")
                    .arg(a.name, QLocale().toString(a.outputSize), QLocale().toString(workload));
            one.verdict = verdictOf(a.outputSize == workload);
        }
        if (b.outputSize >= 0) {
            two.measured =
                Tutorial::tr("%1 (Python's default name) output size: %2 (asked for %3)")
                    .arg(b.name, QLocale().toString(b.outputSize), QLocale().toString(workload));
            two.verdict = verdictOf(b.outputSize == workload);
        }
        // A duration measured on the tutorial author's machine: this run cannot confirm or refute
        // it, so its verdict stays "not tested".
        if (run->wallNs > 0)
            duration.measured = Tutorial::tr("Duration: %1 seconds")
                                    .arg(QLocale().toString(double(run->wallNs) / 1e9, 'f', 2));
        if (run->facts.contains(QStringLiteral("work_overlap_ns"))) {
            const qint64 overlap = run->facts.value(QStringLiteral("work_overlap_ns")).toInteger();
            const qint64 sequential =
                run->facts.value(QStringLiteral("sequential_work_ns")).toInteger();
            parallel.measured =
                Tutorial::tr("The two work spans overlapped for %1 ms. One after the other "
                             "they would take %2 ms; the whole run took %3 ms.")
                    .arg(ms(overlap), ms(sequential), ms(run->wallNs));
            parallel.verdict = verdictOf(overlap > 0 && run->wallNs < sequential);
        }
    }
    s.claims = {one, two, duration, parallel};
}

void spawning(TutorialSection &s, const Run *run)
{
    s.script = QStringLiteral("spawning_processes.py");
    s.objective = Tutorial::tr("Dynamically create multiple processes using a loop.");
    s.code = QStringLiteral("for i in range(6):\n"
                            "    multiprocessing.Process(target=myFunc, args=(i,)).start()");
    s.takeaway =
        Tutorial::tr("Demonstrated scalable parallelism with predictable output per worker.");
    TutorialClaim sizes{Tutorial::tr("Each process handled a workload of i * 1000 independently."),
                        {}};
    TutorialClaim parallel{Tutorial::tr("Scalable parallelism"), {}};
    if (run && !run->processes.empty()) {
        QStringList list;
        const qint64 workload = parameter(*run, "workload");
        bool asked = true; // process i produced i * workload items
        for (size_t i = 0; i < run->processes.size(); ++i) {
            const qint64 size = run->processes[i].outputSize;
            list << (size >= 0 ? QLocale().toString(size) : QStringLiteral("…"));
            asked = asked && size == qint64(i) * workload;
        }
        sizes.measured = Tutorial::tr("Output sizes by i: %1 (asked for i × %2)")
                             .arg(list.join(QStringLiteral(", ")), QLocale().toString(workload));
        sizes.verdict = verdictOf(asked);
        if (run->facts.contains(QStringLiteral("finish_order"))) {
            // The order of the exit times themselves (not of when the lab collected each
            // status, which join() in launch order would make the launch order).
            std::vector<const ProcessRecord *> byExit;
            for (const auto &p : run->processes) {
                if (p.exitedNs >= 0 && p.exit.kind != ExitStatus::Kind::FailedToStart)
                    byExit.push_back(&p);
            }
            std::stable_sort(byExit.begin(), byExit.end(),
                             [](const ProcessRecord *a, const ProcessRecord *b) {
                                 return a->exitedNs < b->exitedNs;
                             });
            QStringList order;
            for (const ProcessRecord *p : byExit)
                order << p->name;
            qint64 work = 0;
            for (const auto &p : run->processes)
                work += p.timeIn(SpanKind::Work);
            const bool joined = run->facts.value(QStringLiteral("join_in_loop")).toBool();
            parallel.measured =
                Tutorial::tr("Finish order: %1. Work of all processes: %2 ms; the run took %3 ms.")
                    .arg(order.join(QStringLiteral(", ")), ms(work), ms(run->wallNs));
            const bool overlapped = workOverlapped(*run);
            parallel.verdict = verdictOf(overlapped);
            if (!overlapped)
                parallel.measured +=
                    QLatin1Char(' ') + Tutorial::tr("No two processes worked at the same time.");
            if (joined)
                parallel.measured +=
                    QLatin1Char(' ') +
                    Tutorial::tr(
                        "With join() inside the loop they ran one after another: no parallelism.");
        }
    }
    s.claims = {sizes, parallel};
}

void killing(TutorialSection &s, const Run *run)
{
    s.script = QStringLiteral("killing_processes.py");
    s.objective = Tutorial::tr("Showcase process lifecycle — starting, terminating, and joining.");
    s.code = QStringLiteral("p.start(); p.terminate(); p.join()");
    s.takeaway = Tutorial::tr(
        "Validated safe lifecycle handling using .start(), .terminate(), and .join().");
    TutorialClaim launched{Tutorial::tr("Process launched and terminated successfully"), {}};
    TutorialClaim status{Tutorial::tr("Exit status: 0"), {}};
    if (run) {
        const QJsonObject results = run->results.toObject();
        const ProcessRecord *victim = byName(*run, QStringLiteral("victim"));
        const ProcessRecord *early = byName(*run, QStringLiteral("finished_first"));
        const QJsonObject v = results.value(QStringLiteral("victim")).toObject();
        // kill(2) reports whether a signal went out: a victim that had already ended when
        // kill-after came was never terminated, and nothing may say it was.
        const bool signalled = v.value(QStringLiteral("signal_delivered")).toBool();
        if (victim && victim->exit.finished() && !signalled) {
            launched.measured = Tutorial::tr("No signal was sent: the victim had already ended "
                                             "when the kill was due (%1).")
                                    .arg(exitSummary(*victim));
            status.measured = Tutorial::tr("terminate() never reached a running process in this "
                                           "run: set kill-after below the duration to see it.");
        } else if (victim && victim->exit.finished()) {
            launched.measured =
                Tutorial::tr("victim: is_alive() after start() %1, right after the signal %2, "
                             "after join() %3; %4.")
                    .arg(pyBool(v.value(QStringLiteral("alive_after_start"))),
                         pyBool(v.value(QStringLiteral("alive_right_after_signal"))),
                         pyBool(v.value(QStringLiteral("alive_after_join"))), exitSummary(*victim));
            launched.verdict = verdictOf(victim->exit.kind == ExitStatus::Kind::Signal &&
                                         v.value(QStringLiteral("alive_after_join")) == false);
            if (early && early->exit.finished()) {
                status.measured =
                    Tutorial::tr("0 only for a process that had already finished when "
                                 "terminate() came (finished_first: %1). The terminated victim: "
                                 "%2.")
                        .arg(exitSummary(*early), exitSummary(*victim));
                status.verdict = verdictOf(victim->exit.pythonExitCode() == 0);
            }
        }
    }
    s.claims = {launched, status};
}

void daemons(TutorialSection &s, const Run *run)
{
    s.script = QStringLiteral("run_background_processes_no_daemons.py");
    s.objective = Tutorial::tr("Contrast daemon and non-daemon process behavior.");
    s.code = QStringLiteral("background_process.daemon = True\n"
                            "NO_background_process.daemon = False");
    s.takeaway = Tutorial::tr(
        "Daemons are tied to the main thread’s lifespan; regular processes run independently.");
    TutorialClaim daemon{Tutorial::tr("Daemon exited with main program"), {}};
    TutorialClaim regular{Tutorial::tr("Regular process completed and returned data"), {}};
    if (run && run->processes.size() >= 3) {
        const ProcessRecord &parent = run->processes[0];
        const ProcessRecord &d = run->processes[1];
        const ProcessRecord &c = run->processes[2];
        const bool killed = run->facts.value(QStringLiteral("parent_killed")).toBool();
        if (d.exit.finished() && parent.exit.finished() && d.exitedNs >= 0 &&
            parent.exitedNs >= 0) {
            daemon.measured =
                Tutorial::tr("%1 ended at %2 ms (%3); its parent %4 ended at %5 ms (%6).")
                    .arg(d.name, ms(d.exitedNs), exitSummary(d), parent.name, ms(parent.exitedNs),
                         exitSummary(parent));
            if (d.exitedNs > parent.exitedNs)
                daemon.measured +=
                    QLatin1Char(' ') +
                    (killed ? Tutorial::tr("The parent was killed abruptly, so nobody terminated "
                                           "the daemon: an orphan adopted by the lab, it outlived "
                                           "its parent by %1 ms.")
                            : Tutorial::tr("It outlived its parent by %1 ms."))
                        .arg(ms(d.exitedNs - parent.exitedNs));
            // The parent's exit terminates its daemons: ended by a signal, no later than it.
            daemon.verdict =
                verdictOf(d.exit.kind == ExitStatus::Kind::Signal && d.exitedNs <= parent.exitedNs);
        }
        if (c.exit.finished() && c.exitedNs >= 0) {
            // A parent that has not exited yet will end after it.
            const bool parentAfter =
                parent.exitedNs < 0 ? !parent.exit.finished() : parent.exitedNs >= c.exitedNs;
            regular.measured =
                Tutorial::tr("%1: output size %2, %3; the parent ended after it: %4.")
                    .arg(c.name,
                         c.outputSize >= 0 ? QLocale().toString(c.outputSize) : QStringLiteral("–"),
                         exitSummary(c), yesNo(parentAfter));
            regular.verdict = verdictOf(c.exit.kind == ExitStatus::Kind::Normal &&
                                        c.exit.code == 0 && c.outputSize > 0 && parentAfter);
        }
    }
    s.claims = {daemon, regular};
}

// What happened to the lock after its holder died, from the run's measurements: who held it next
// and when, or that it stayed taken (read from the semaphore after the death and at the end).
QString holderDeathText(const QJsonValue &death, const QString &family)
{
    if (!death.isObject())
        return {};
    const QJsonObject d = death.toObject();
    const int holder = d.value(QStringLiteral("holder")).toInt();
    QString text = QLatin1Char(' ') + Tutorial::tr("Participant %1 died holding the lock at %2 ms.")
                                          .arg(holder)
                                          .arg(ms(d.value(QStringLiteral("died_ns")).toInteger()));
    if (d.value(QStringLiteral("lock_stayed_taken")).toBool()) {
        const int killed = d.value(QStringLiteral("waiters_killed")).toInt();
        text += QLatin1Char(' ') +
                Tutorial::tr("The lock stayed taken: a POSIX semaphore has no owner for the "
                             "kernel to release it for.");
        if (killed > 0)
            text += QLatin1Char(' ') + Tutorial::tr("%n participant(s) waiting for it were "
                                                    "deadlocked; the lab ended them.",
                                                    nullptr, killed);
        return text;
    }
    if (d.value(QStringLiteral("next_holder")).isDouble()) {
        const int next = d.value(QStringLiteral("next_holder")).toInt();
        const QString at = ms(d.value(QStringLiteral("next_hold_ns")).toInteger());
        if (family == QLatin1String("qt"))
            text += QLatin1Char(' ') +
                    Tutorial::tr("Participant %1 took the lock at %2 ms: the kernel undid the "
                                 "dead holder's acquire (SEM_UNDO).")
                        .arg(next)
                        .arg(at);
        else if (family == QLatin1String("futex"))
            text += QLatin1Char(' ') +
                    Tutorial::tr("Participant %1 took the lock at %2 ms and was told its owner "
                                 "had died (robust mutex, EOWNERDEAD).")
                        .arg(next)
                        .arg(at);
        else
            text += QLatin1Char(' ') +
                    Tutorial::tr("Participant %1 took the lock at %2 ms.").arg(next).arg(at);
        return text;
    }
    text += QLatin1Char(' ') + (d.value(QStringLiteral("lock_taken_at_end")).toBool()
                                    ? Tutorial::tr("Nobody took the lock after it; at the end "
                                                   "it was still taken.")
                                    : Tutorial::tr("Nobody took the lock after it; at the end "
                                                   "it was free."));
    return text;
}

void barrier(TutorialSection &s, const Run *run)
{
    s.script = QStringLiteral("processes_barrier.py");
    s.objective = Tutorial::tr("Coordinate process execution using Barrier and Lock.");
    s.code = QStringLiteral("Barrier(2), Lock()");
    s.takeaway = Tutorial::tr("Barrier ensured alignment; Lock protected shared data access.");
    TutorialClaim paused{
        Tutorial::tr("Processes paused at the barrier and printed results in synchronized order."),
        {}};
    TutorialClaim lock{Tutorial::tr("Lock protected shared data access."), {}};
    if (run && !run->processes.empty()) {
        // Checked on the spans themselves, so the claim holds or fails on what really happened.
        std::map<int, std::pair<qint64, qint64>>
            rounds; // round → (latest arrival, earliest release)
        qint64 totalWait = 0;
        std::vector<std::pair<qint64, qint64>> holds;
        for (const auto &p : run->processes) {
            for (const Span &span : p.spans) {
                if (span.kind == SpanKind::BarrierWait) {
                    totalWait += span.endNs - span.beginNs;
                    auto it = rounds.find(span.round);
                    if (it == rounds.end())
                        rounds[span.round] = {span.beginNs, span.endNs};
                    else
                        it->second = {std::max(it->second.first, span.beginNs),
                                      std::min(it->second.second, span.endNs)};
                } else if (span.kind == SpanKind::LockHold) {
                    holds.emplace_back(span.beginNs, span.endNs);
                }
            }
        }
        int early = 0;
        for (const auto &[round, times] : rounds) {
            if (times.second < times.first)
                ++early;
        }
        const bool broken = run->facts.value(QStringLiteral("barrier_broken")).toBool();
        if (!rounds.empty()) {
            paused.measured =
                Tutorial::tr("%n barrier round(s); time waiting at the barrier, summed over all "
                             "participants: %1 ms (the run took %2 ms); rounds someone left "
                             "before the last arrived: %3.",
                             nullptr, int(rounds.size()))
                    .arg(ms(totalWait), ms(run->wallNs))
                    .arg(early);
            paused.verdict = verdictOf(early == 0 && !broken);
        }
        // Who the longest wait was for, from the causes the processes recorded.
        if (const auto w = longestBarrierWait(*run); w && w->waiterWorkNs > 0) {
            paused.measured +=
                QLatin1Char(' ') +
                Tutorial::tr("In round %1, %2 waited %3 ms for %4, which had %5x its work.")
                    .arg(w->round)
                    .arg(run->processes[size_t(w->waiter)].name, ms(w->waitNs),
                         run->processes[size_t(w->culprit)].name,
                         QLocale().toString(double(w->culpritWorkNs) / double(w->waiterWorkNs), 'f',
                                            1));
        }
        if (broken)
            paused.measured +=
                QLatin1Char(' ') +
                Tutorial::tr("A participant died or stopped making progress, so the lab broke "
                             "the barrier: the others were released instead of waiting for ever.");
        std::sort(holds.begin(), holds.end());
        int overlaps = 0;
        for (size_t i = 1; i < holds.size(); ++i) {
            if (holds[i].first < holds[i - 1].second)
                ++overlaps;
        }
        if (!holds.empty()) {
            lock.measured =
                Tutorial::tr("%n lock hold(s); overlapping holds: %1.", nullptr, int(holds.size()))
                    .arg(overlaps);
            lock.verdict = verdictOf(overlaps == 0);
        }
        const QString family = run->facts.value(QStringLiteral("primitives")).toString();
        if (!family.isEmpty())
            lock.measured =
                Tutorial::tr("Primitives: %1.").arg(family) + QLatin1Char(' ') + lock.measured;
        lock.measured += holderDeathText(run->facts.value(QStringLiteral("holder_death")), family);
    }
    s.claims = {paused, lock};
}

// map(square, range(tasks)): each result is its index squared, all of them there.
bool areSquares(const QJsonArray &values, qint64 tasks)
{
    if (values.size() != tasks)
        return false;
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (values.at(i).toInteger(-1) != qint64(i) * i)
            return false;
    }
    return true;
}

// The list Python prints for map(square, range(tasks)): "[0, 1, 4, 9]".
QString squaresText(qint64 tasks)
{
    QStringList items;
    for (qint64 i = 0; i < tasks; ++i)
        items << QString::number(i * i);
    return QLatin1Char('[') + items.join(QStringLiteral(", ")) + QLatin1Char(']');
}

void pool(TutorialSection &s, const Run *run)
{
    s.script = QStringLiteral("process_pool.py");
    s.objective = Tutorial::tr("Use a process pool for efficient parallel computation.");
    s.code = QStringLiteral("pool.map(do_something, range(10))");
    s.takeaway =
        Tutorial::tr("Tasks were evenly distributed across 4 workers, maximizing CPU usage.");
    TutorialClaim squares{Tutorial::tr("Computed squares: [0, 1, 4, ..., 81]"), {}};
    TutorialClaim spread{Tutorial::tr("Tasks were evenly distributed across 4 workers."), {}};
    if (run) {
        QJsonValue values = run->results;
        const QJsonObject object = values.toObject();
        const qint64 tasks = parameter(*run, "tasks");
        if (object.contains(QStringLiteral("printed"))) {
            // The tutorial's Python program: what it printed, as the tutorial shows it.
            for (const QJsonValue &line : object.value(QStringLiteral("printed")).toArray()) {
                const QString text = line.toString();
                if (text.contains(QLatin1Char('['))) {
                    squares.measured = Tutorial::tr("The program printed: %1")
                                           .arg(text.size() > 160 ? text.left(160) + u'…' : text);
                    squares.verdict = verdictOf(text.trimmed() == squaresText(tasks));
                }
            }
        } else {
            if (object.contains(QStringLiteral("squares")))
                values = object.value(QStringLiteral("squares"));
            if (!values.isUndefined() && !values.isNull()) {
                squares.measured = Tutorial::tr("Results: %1").arg(compactJson(values, 12));
                // The engine checks the squares where it reads them, off the GUI thread (a
                // million of them take the window 12 ms); runs written without that fact are
                // checked here.
                const QJsonValue checked = run->facts.value(QStringLiteral("results_are_squares"));
                squares.verdict = verdictOf(checked.isBool() ? checked.toBool()
                                                             : areSquares(values.toArray(), tasks));
            }
        }
        QStringList perWorker;
        qint64 fewest = std::numeric_limits<qint64>::max();
        qint64 most = 0;
        for (const auto &p : run->processes) {
            const auto done = std::count_if(p.spans.begin(), p.spans.end(), [](const Span &span) {
                return span.kind == SpanKind::Task;
            });
            fewest = std::min<qint64>(fewest, done);
            most = std::max<qint64>(most, done);
            perWorker << Tutorial::tr("%1: %n task(s)", nullptr, int(done)).arg(p.name);
        }
        if (!perWorker.isEmpty()) {
            spread.measured = perWorker.join(QStringLiteral("; "));
            // Even: no worker did more than one chunk more than another, and every one did some
            // (as far as there were enough chunks to go round).
            const qint64 chunk =
                std::max<qint64>(1, run->facts.value(QStringLiteral("chunksize")).toInteger(1));
            const qint64 chunks = (std::max<qint64>(tasks, 0) + chunk - 1) / chunk;
            const bool everyoneCould = chunks >= qint64(run->processes.size());
            spread.verdict = verdictOf(most - fewest <= chunk && (fewest > 0 || !everyoneCould));
        }
    }
    s.claims = {squares, spread};
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

TutorialSection Tutorial::section(ScenarioId scenario, const Run *run, bool finished)
{
    TutorialSection s;
    switch (scenario) {
    case ScenarioId::Naming:
        naming(s, run);
        break;
    case ScenarioId::Spawning:
        spawning(s, run);
        break;
    case ScenarioId::Killing:
        killing(s, run);
        break;
    case ScenarioId::Daemons:
        daemons(s, run);
        break;
    case ScenarioId::Barrier:
        barrier(s, run);
        break;
    case ScenarioId::Pool:
        pool(s, run);
        break;
    }
    s.judged = run && finished;
    if (!s.judged) {
        for (TutorialClaim &claim : s.claims)
            claim.verdict = Verdict::NotTested;
    }
    if (run && finished) {
        for (auto it = run->facts.begin(); it != run->facts.end(); ++it) {
            // Durations are kept in ns for exactness; people read them in ms.
            if (it.key().endsWith(QLatin1String("_ns")) && it.value().isDouble())
                s.otherFacts
                    << tr("%1 = %2 ms").arg(it.key().chopped(3), ms(it.value().toInteger()));
            else
                s.otherFacts << QStringLiteral("%1 = %2").arg(it.key(),
                                                              compactJson(it.value(), 16));
        }
        for (const QString &error : run->errors)
            s.otherFacts << tr("Error: %1").arg(error);
    }
    return s;
}

QString Tutorial::toHtml(const TutorialSection &s, const TutorialSection *python)
{
    QString html;
    html += QStringLiteral("<h3><tt>%1</tt></h3>").arg(escaped(s.script));
    html +=
        QStringLiteral("<p><b>%1</b> %2</p>").arg(escaped(tr("Objective:")), escaped(s.objective));
    html += QStringLiteral("<pre style=\"background-color:#f4f4f4; color:#202020; "
                           "white-space:pre-wrap;\">%1</pre>")
                .arg(escaped(s.code));
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" border=\"1\" "
                           "style=\"border-color:#c0c0c0; border-style:solid;\">");
    const auto measuredCell = [](const TutorialClaim &claim, bool judged) {
        if (claim.measured.isEmpty() && !judged)
            return QStringLiteral("<i>%1</i>").arg(escaped(tr("not measured yet: press Run")));
        if (!judged)
            return escaped(claim.measured);
        QString verdict;
        switch (claim.verdict) {
        case Verdict::Holds:
            verdict =
                QStringLiteral("<b style=\"color:#1b7a2e\">✔ %1</b>").arg(escaped(tr("holds")));
            break;
        case Verdict::DoesNotHold:
            verdict = QStringLiteral("<b style=\"color:#b3261e\">✘ %1</b>")
                          .arg(escaped(tr("does not hold")));
            break;
        case Verdict::NotTested:
            verdict = QStringLiteral("<b style=\"color:#6b6b6b\">– %1</b>")
                          .arg(escaped(tr("not tested by this run")));
            break;
        }
        return claim.measured.isEmpty()
                   ? verdict
                   : verdict + QStringLiteral("<br>") + escaped(claim.measured);
    };
    if (python) {
        html += QStringLiteral("<tr><th align=\"left\" width=\"30%\">%1</th><th align=\"left\">"
                               "%2</th><th align=\"left\">%3</th></tr>")
                    .arg(escaped(tr("The tutorial says")), escaped(tr("C++ measured")),
                         escaped(tr("Python measured")));
        for (qsizetype i = 0; i < s.claims.size(); ++i) {
            const TutorialClaim none;
            const TutorialClaim &py = i < python->claims.size() ? python->claims[i] : none;
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                        .arg(escaped(s.claims[i].claim), measuredCell(s.claims[i], s.judged),
                             measuredCell(py, python->judged));
        }
    } else {
        html += QStringLiteral("<tr><th align=\"left\" width=\"40%\">%1</th><th align=\"left\">"
                               "%2</th></tr>")
                    .arg(escaped(tr("The tutorial says")), escaped(tr("This run measured")));
        for (const TutorialClaim &claim : s.claims)
            html += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>")
                        .arg(escaped(claim.claim), measuredCell(claim, s.judged));
    }
    html += QStringLiteral("</table>");
    // The tutorial's words, whatever this run measured (a claim above may not have held).
    html += QStringLiteral("<p><b>%1</b> %2</p>")
                .arg(escaped(tr("The tutorial's takeaway:")), escaped(s.takeaway));
    const auto otherFacts = [&html](const QStringList &facts, const QString &title) {
        if (facts.isEmpty())
            return;
        html += QStringLiteral("<p><b>%1</b></p><ul>").arg(escaped(title));
        for (const QString &fact : facts)
            html += QStringLiteral("<li><tt>%1</tt></li>").arg(escaped(fact));
        html += QStringLiteral("</ul>");
    };
    otherFacts(s.otherFacts, python ? tr("Also measured (C++):") : tr("Also measured:"));
    if (python)
        otherFacts(python->otherFacts, tr("Also measured (Python):"));
    return html;
}

} // namespace proclab
