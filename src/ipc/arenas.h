// SPDX-License-Identifier: MIT
#pragma once

#include "coordinationblock.h"
#include "familyobjects.h"
#include "ipcinspection.h"
#include "poolqueue.h"
#include "sharedbarrier.h"
#include "sharedlock.h"
#include "sharedsegment.h"

#include <atomic>
#include <memory>

namespace proclab {

// What the Barrier & Lock scenario shares: one barrier, one lock and a counter that the lock
// protects (the tests' proof of mutual exclusion), built from the chosen family of primitives.
// The segment (a QSharedMemory) holds the CoordinationBlock for every family; the qt and posix
// families add kernel objects of their own (FamilyObjects). This is the lab's side: every call
// returns at once.
class CoordinationArena
{
public:
    static std::unique_ptr<CoordinationArena> create(const QString &key, int parties,
                                                     ipc::PrimitiveFamily family, QString *error);
    static std::unique_ptr<CoordinationArena> create(const QString &key, int parties,
                                                     QString *error)
    {
        return create(key, parties, ipc::PrimitiveFamily::Futex, error);
    }
    ~CoordinationArena();

    // The key workers attach with (may differ from the one asked for; see SharedSegment::create).
    QString key() const { return m_segment->key(); }
    ipc::PrimitiveFamily family() const { return m_block->family; }
    int parties() const { return int(m_block->parties); }
    // The worker executable that can use this family: proclab-worker, or proclab-qtworker (which
    // links QtCore) for the qt family.
    QString workerExecutableName() const;

    // The futex family's objects, for tests and benchmarks that drive them directly.
    SharedBarrier barrier() const { return SharedBarrier(&m_block->futexBarrier); }
    SharedLock lock() const { return SharedLock(&m_block->futexLock); }
    std::atomic<qint64> &counter() const { return m_block->counter; }
    SharedSegment &segment() const { return *m_segment; }

    // Every waiter of the barrier wakes up with Broken, whatever the family. Never blocks.
    void breakBarrier();
    bool barrierBroken() const;
    // Rounds the barrier has completed.
    quint64 generation() const;
    // Whether the lock is taken right now, as the family's kernel object says.
    bool lockTaken() const;
    // The pid the holder recorded when it took the lock (0: none); a holder that died leaves it.
    qint64 recordedHolder() const { return m_block->lockHolderPid.load(); }
    // The qt family's exit gate: participants waiting at it (-1: none in this family); opening it.
    int exitGateWaiters() const { return m_objects->exitGateWaiters(); }
    void openExitGate(int count) { m_objects->openExitGate(count); }

    // The run's objects now: the segment, the family's kernel objects, the shared structures.
    std::vector<IpcObjectState> inspect() const;
    // Removes the segment and the family's objects; afterwards, which of them the kernel still
    // has (all exist = false when nothing is left behind).
    std::vector<IpcObjectState> removeAndCheck();

private:
    using Block = ipc::CoordinationBlock;

    CoordinationArena(std::unique_ptr<SharedSegment> segment,
                      std::unique_ptr<FamilyObjects> objects);
    std::unique_ptr<SharedSegment> m_segment;
    std::unique_ptr<FamilyObjects> m_objects;
    Block *m_block;
};

// What the Pool scenario shares: the task queue and result slots.
class PoolArena
{
public:
    static std::unique_ptr<PoolArena> create(const QString &key, qint64 tasks, qint64 chunksize,
                                             QString *error);
    static std::unique_ptr<PoolArena> attach(const QString &key, QString *error);

    QString key() const { return m_segment->key(); }
    PoolQueue &queue() { return m_queue; }
    const PoolQueue &queue() const { return m_queue; }
    SharedSegment &segment() const { return *m_segment; }
    // The segment and the queue now (the inspector).
    std::vector<IpcObjectState> inspect() const;
    // Removes the segment; afterwards, whether the kernel still has it.
    std::vector<IpcObjectState> removeAndCheck();

private:
    explicit PoolArena(std::unique_ptr<SharedSegment> segment);
    std::unique_ptr<SharedSegment> m_segment;
    PoolQueue m_queue;
};

} // namespace proclab
