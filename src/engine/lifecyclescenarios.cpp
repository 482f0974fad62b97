// SPDX-License-Identifier: MIT
#include "lifecyclescenarios.h"

#include <QJsonArray>
#include <QTimer>
#include <algorithm>
#include <csignal>

namespace proclab {

namespace {

// How long a join() waits for a process that was just signalled before the lab kills it.
constexpr int kJoinAfterSignalMs = 5000;

QJsonObject exitJson(const ExitStatus &exit)
{
    QJsonObject json{{QStringLiteral("kind"), ExitStatus::kindName(exit.kind)}};
    if (exit.kind == ExitStatus::Kind::Normal)
        json.insert(QStringLiteral("code"), exit.code);
    if (exit.kind == ExitStatus::Kind::Signal || exit.kind == ExitStatus::Kind::Timeout)
        json.insert(QStringLiteral("signal"), exit.signal);
    json.insert(QStringLiteral("python_exitcode"), exit.pythonExitCode());
    return json;
}

qint64 workNs(const ProcessRecord &p)
{
    return p.timeIn(SpanKind::Work);
}

} // namespace

// ---- Naming ---------------------------------------------------------------------------------

void NamingScenario::begin()
{
    const QString count = QString::number(parameters().value(Param::Workload));
    const QStringList args{QStringLiteral("--count"), count};
    supervisor().launch({QStringLiteral("worker_one"), QStringLiteral("work"), args});
    supervisor().launch({QString(), QStringLiteral("work"), args}); // Python names it Process-2
    finishWhenAllEnded();
}

void NamingScenario::collectResults()
{
    const Run &r = run();
    QJsonObject sizes;
    qint64 sequential = 0;
    for (const auto &p : r.processes) {
        sizes.insert(p.name, p.outputSize);
        sequential += workNs(p);
    }
    // How long the two work spans ran at the same time: > 0 means they really were parallel.
    qint64 overlap = 0;
    if (r.processes.size() == 2) {
        const auto &a = r.processes[0].spans;
        const auto &b = r.processes[1].spans;
        if (!a.empty() && !b.empty())
            overlap = std::max<qint64>(0, std::min(a[0].endNs, b[0].endNs) -
                                              std::max(a[0].beginNs, b[0].beginNs));
    }
    mutableRun().results = QJsonObject{{QStringLiteral("output_sizes"), sizes}};
    mutableRun().facts = QJsonObject{{QStringLiteral("sequential_work_ns"), sequential},
                                     {QStringLiteral("work_overlap_ns"), overlap}};
}

// ---- Spawning -------------------------------------------------------------------------------

void SpawningScenario::begin()
{
    const int n = parameters().intValue(Param::Workers);
    if (parameters().value(Param::JoinInLoop)) {
        launchIndex(0); // the next one starts only when this one has been joined
        return;
    }
    for (int i = 0; i < n; ++i)
        launchIndex(i);
    finishWhenAllEnded();
}

int SpawningScenario::launchIndex(int i)
{
    const qint64 items = qint64(i) * parameters().value(Param::Workload);
    const int id = supervisor().launch(
        {QString(), QStringLiteral("work"), {QStringLiteral("--count"), QString::number(items)}});
    if (!parameters().value(Param::JoinInLoop))
        return id;
    supervisor().join(id, 0, [this, i, id](bool) {
        if (!isRunning())
            return;
        if (i + 1 < parameters().intValue(Param::Workers)) {
            // The join in the loop: this launch waited for that exit.
            const int next = launchIndex(i + 1);
            if (ProcessRecord *p = mutableRun().process(next); p && run().process(id))
                p->launchCause = {id, CauseEvent::Exit, 0, run().process(id)->exitedNs};
        } else {
            finishWhenAllEnded();
        }
    });
    return id;
}

void SpawningScenario::collectResults()
{
    QJsonArray sizes;
    std::vector<const ProcessRecord *> byFinish;
    for (const auto &p : run().processes) {
        sizes.append(p.outputSize);
        byFinish.push_back(&p);
    }
    std::stable_sort(
        byFinish.begin(), byFinish.end(),
        [](const ProcessRecord *a, const ProcessRecord *b) { return a->exitedNs < b->exitedNs; });
    QJsonArray order;
    for (const auto *p : byFinish)
        order.append(p->id);
    mutableRun().results = QJsonObject{{QStringLiteral("output_sizes"), sizes}};
    mutableRun().facts =
        QJsonObject{{QStringLiteral("finish_order"), order},
                    {QStringLiteral("join_in_loop"), bool(parameters().value(Param::JoinInLoop))}};
}

// ---- Killing --------------------------------------------------------------------------------

void KillingScenario::begin()
{
    const QString ms = QString::number(parameters().value(Param::Duration));
    const int victim = supervisor().launch(
        {QStringLiteral("victim"), QStringLiteral("timed"), {QStringLiteral("--ms"), ms}});
    const int early = supervisor().launch({QStringLiteral("finished_first"),
                                           QStringLiteral("work"),
                                           {QStringLiteral("--count"), QStringLiteral("0")}});
    m_pending = 2;
    // Python: p.start(); print(p.is_alive())
    m_observations.insert(
        QStringLiteral("victim"),
        QJsonObject{{QStringLiteral("alive_after_start"), supervisor().isAlive(victim)}});
    m_observations.insert(
        QStringLiteral("finished_first"),
        QJsonObject{{QStringLiteral("alive_after_start"), supervisor().isAlive(early)}});

    // The tutorial's case: terminate() reaches a process that has already finished, so the exit
    // status is its own 0. Join it first, so that this is certain rather than a race.
    supervisor().join(
        early, 0, [this, early](bool) { signalAndJoin(early, QStringLiteral("finished_first")); });
    QTimer::singleShot(int(parameters().value(Param::KillAfter)), this,
                       [this, victim] { signalAndJoin(victim, QStringLiteral("victim")); });
}

void KillingScenario::signalAndJoin(int id, const QString &key)
{
    if (!isRunning())
        return;
    const int signal = parameters().intValue(Param::Signal);
    QJsonObject o = m_observations.value(key).toObject();
    o.insert(QStringLiteral("alive_before_signal"), supervisor().isAlive(id));
    o.insert(QStringLiteral("signal"), signal);
    o.insert(QStringLiteral("signal_delivered"), supervisor().sendSignal(id, signal));
    // Right after kill(2) the process may not have died yet: is_alive() can still say True.
    o.insert(QStringLiteral("alive_right_after_signal"), supervisor().isAlive(id));
    m_observations.insert(key, o);
    supervisor().join(id, kJoinAfterSignalMs, [this, id, key](bool) {
        QJsonObject after = m_observations.value(key).toObject();
        after.insert(QStringLiteral("alive_after_join"), supervisor().isAlive(id));
        m_observations.insert(key, after);
        if (--m_pending == 0)
            finishWhenAllEnded();
    });
}

void KillingScenario::collectResults()
{
    QJsonObject results;
    for (const auto &p : run().processes) {
        QJsonObject o = m_observations.value(p.name).toObject();
        o.insert(QStringLiteral("exit"), exitJson(p.exit));
        results.insert(p.name, o);
    }
    mutableRun().results = results;
}

// ---- Daemons --------------------------------------------------------------------------------

void DaemonsScenario::begin()
{
    const qint64 ms = parameters().value(Param::Duration);
    const int parentId = supervisor().nextId();
    const int daemonId = parentId + 1;
    const int childId = parentId + 2;
    supervisor().launch(
        {QStringLiteral("main"),
         QStringLiteral("daemon-parent"),
         {QStringLiteral("--ms"), QString::number(ms), QStringLiteral("--daemon-id"),
          QString::number(daemonId), QStringLiteral("--child-id"), QString::number(childId),
          QStringLiteral("--tie-children"),
          m_killParent ? QStringLiteral("0") : QStringLiteral("1")}});
    const int reservedDaemon = supervisor().reserveChild(parentId);
    const int reservedChild = supervisor().reserveChild(parentId);
    Q_ASSERT(reservedDaemon == daemonId && reservedChild == childId);
    if (m_killParent) {
        // As in Python: children of a killed parent are not terminated by anyone; they run on.
        supervisor().setOrphansLiveOn(true);
        QTimer::singleShot(int(ms / 2), this,
                           [this, parentId] { supervisor().sendSignal(parentId, SIGKILL); });
    }
    finishWhenAllEnded();
}

void DaemonsScenario::collectResults()
{
    const Run &r = run();
    if (r.processes.size() < 3)
        return;
    const ProcessRecord &daemon = r.processes[1];
    const ProcessRecord &child = r.processes[2];
    mutableRun().results = QJsonObject{
        {QStringLiteral("daemon_output_size"), daemon.outputSize},
        {QStringLiteral("non_daemon_output_size"), child.outputSize},
    };
    mutableRun().facts = factsOf(r, m_killParent);
}

QJsonObject DaemonsScenario::factsOf(const Run &run, bool parentKilled)
{
    if (run.processes.size() < 3)
        return {};
    const ProcessRecord &parent = run.processes[0];
    const ProcessRecord &daemon = run.processes[1];
    const ProcessRecord &child = run.processes[2];
    // Python's rule, checked on the measured exit times (each the kernel's, through a pidfd): the
    // daemon is terminated at the end of the parent's work, before the non-daemon child (which
    // works twice as long) ends; the parent exits only after it has joined the non-daemon child.
    auto known = [](const ProcessRecord &p) { return p.exit.finished() && p.exitedNs >= 0; };
    auto before = [&](const ProcessRecord &a, const ProcessRecord &b) -> QJsonValue {
        if (!known(a) || !known(b))
            return QJsonValue(); // not measured: no claim either way
        return a.exitedNs <= b.exitedNs;
    };
    return QJsonObject{
        {QStringLiteral("parent_killed"), parentKilled},
        {QStringLiteral("daemon_exit"), exitJson(daemon.exit)},
        {QStringLiteral("non_daemon_exit"), exitJson(child.exit)},
        {QStringLiteral("parent_exit"), exitJson(parent.exit)},
        {QStringLiteral("daemon_ended_before_non_daemon"), before(daemon, child)},
        {QStringLiteral("parent_ended_after_non_daemon"), before(child, parent)},
    };
}

} // namespace proclab
