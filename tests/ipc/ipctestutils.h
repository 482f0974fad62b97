// SPDX-License-Identifier: MIT
#pragma once

#include "objectnames.h"
#include "processsupervisor.h"
#include "run.h"
#include "stalecleanup.h"
#include "testutils.h"
#include "workers.h"

#include <QCoreApplication>
#include <QDir>
#include <QStringList>
#include <QTest>
#include <algorithm>
#include <limits>

namespace proclab::test {

// ProcLab IPC objects created by process `pid` that still exist: System V segments it created
// (listed even when only marked for removal but still attached) and key files named after it.
inline QStringList ipcLeftoversOf(qint64 pid)
{
    QStringList found;
    for (const SysVObject &shm : sysvSharedMemory()) {
        if (shm.creatorPid == pid)
            found << QStringLiteral("shm id %1 key %2 nattch %3")
                         .arg(shm.id)
                         .arg(shm.key)
                         .arg(shm.attached);
    }
    const QStringList files = QDir::temp().entryList(
        {QStringLiteral("proclab-ipc-proclab-%1-*").arg(pid)}, QDir::Files | QDir::System);
    for (const QString &file : files)
        found << QDir::temp().filePath(file);
    // The posix family's named semaphores, and the qt family's key files (each names a System V
    // semaphore; Qt removes both together).
    const QDir shm(QStringLiteral("/dev/shm"));
    for (const QString &file :
         shm.entryList({QStringLiteral("sem.proclab-%1-*").arg(pid)}, QDir::Files | QDir::System))
        found << shm.filePath(file);
    const QString qtPrefix =
        QString::fromStdString(ipc::qtSemaphoreKey("proclab-" + std::to_string(pid) + "-0", ""));
    const QString qtStem = qtPrefix.left(qtPrefix.indexOf(QLatin1Char('x')) + 1);
    for (const QString &file : QDir::temp().entryList(
             {QStringLiteral("qipc_systemsem_%1*").arg(qtStem)}, QDir::Files | QDir::System))
        found << QDir::temp().filePath(file);
    return found;
}

// Every IPC test's cleanup(): this test program must have left no segment and no key file behind.
inline void verifyNoIpcLeftovers()
{
    const QStringList left = ipcLeftoversOf(QCoreApplication::applicationPid());
    QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1String(", "))));
}

inline bool semaphoreExists(int semid)
{
    const QList<SysVObject> sems = sysvSemaphores();
    return std::any_of(sems.begin(), sems.end(),
                       [semid](const SysVObject &s) { return s.id == semid; });
}

inline bool segmentExists(int shmid)
{
    const QList<SysVObject> segments = sysvSharedMemory();
    return std::any_of(segments.begin(), segments.end(),
                       [shmid](const SysVObject &s) { return s.id == shmid; });
}

// Spans of one kind from every process, sorted by begin.
inline std::vector<Span> allSpans(const Run &run, SpanKind kind)
{
    std::vector<Span> spans;
    for (const ProcessRecord &p : run.processes) {
        for (const Span &s : p.spans) {
            if (s.kind == kind)
                spans.push_back(s);
        }
    }
    std::sort(spans.begin(), spans.end(),
              [](const Span &a, const Span &b) { return a.beginNs < b.beginNs; });
    return spans;
}

// Every round of a barrier run, on the recorded spans: each of `parties` waited once, and nobody
// left before the last one arrived.
inline void verifyBarrierOrder(const Run &run, int rounds, int parties)
{
    std::vector<qint64> lastArrival(size_t(rounds), 0);
    std::vector<qint64> firstDeparture(size_t(rounds), std::numeric_limits<qint64>::max());
    std::vector<int> seen(size_t(rounds), 0);
    for (const Span &s : allSpans(run, SpanKind::BarrierWait)) {
        QVERIFY(s.round >= 0 && s.round < rounds);
        lastArrival[size_t(s.round)] = std::max(lastArrival[size_t(s.round)], s.beginNs);
        firstDeparture[size_t(s.round)] = std::min(firstDeparture[size_t(s.round)], s.endNs);
        ++seen[size_t(s.round)];
    }
    for (int r = 0; r < rounds; ++r) {
        QCOMPARE(seen[size_t(r)], parties);
        if (firstDeparture[size_t(r)] < lastArrival[size_t(r)])
            QFAIL(qPrintable(
                QStringLiteral("round %1: a party left %2 ns before the last one arrived")
                    .arg(r)
                    .arg(lastArrival[size_t(r)] - firstDeparture[size_t(r)])));
    }
}

// A lock holder killed holding the lock, and the process that took the lock next: the dead
// holder's last hold was ended by its death (cut short), and the taker's lane has a note (the
// recorder's, at lock_owner_died) no later than its first hold (the text is translated; its time
// and kind are not).
inline void verifyTakeover(const ProcessRecord &dead, const ProcessRecord &taker)
{
    QVERIFY(!dead.spans.empty());
    QCOMPARE(dead.spans.back().kind, SpanKind::LockHold);
    QVERIFY(dead.spans.back().cutShort);
    const auto firstHold = std::find_if(taker.spans.begin(), taker.spans.end(),
                                        [](const Span &s) { return s.kind == SpanKind::LockHold; });
    QVERIFY(firstHold != taker.spans.end());
    QVERIFY2(std::any_of(taker.markers.begin(), taker.markers.end(),
                         [&](const Marker &m) {
                             return m.kind == Marker::Kind::Note && m.timeNs <= firstHold->beginNs;
                         }),
             "no takeover note on the taker's lane");
}

} // namespace proclab::test

#include "scenario.h"

#include <QSignalSpy>
#include <functional>
#include <memory>

namespace proclab::test {

// Runs a scenario from createScenario() to its end in the test's event loop. `during` is called on
// every change while it runs (to kill or stop a process at the right moment).
inline std::unique_ptr<Scenario> runScenario(const ScenarioParameters &parameters,
                                             const std::function<void(Scenario &)> &prepare = {},
                                             const std::function<void(Scenario &)> &during = {},
                                             int timeoutMs = 100'000)
{
    std::unique_ptr<Scenario> scenario = createScenario(parameters);
    if (!scenario)
        return nullptr;
    if (prepare)
        prepare(*scenario);
    if (during) {
        Scenario *s = scenario.get();
        QObject::connect(s, &Scenario::changed, s, [s, during] {
            if (s->isRunning())
                during(*s);
        });
    }
    QSignalSpy finished(scenario.get(), &Scenario::finished);
    scenario->start();
    if (!finished.wait(timeoutMs))
        qWarning("scenario did not finish in %d ms", timeoutMs);
    return scenario;
}

inline ScenarioParameters parametersOf(ScenarioId id,
                                       std::initializer_list<std::pair<Param, qint64>> values)
{
    ScenarioParameters parameters(id);
    for (const auto &[param, value] : values) {
        QString error;
        if (!parameters.set(param, value, &error))
            qFatal("bad test parameter: %s", qPrintable(error));
    }
    return parameters;
}

} // namespace proclab::test
