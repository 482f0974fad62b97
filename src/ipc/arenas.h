// SPDX-License-Identifier: MIT
#pragma once

#include "arenalayout.h"
#include "poolqueue.h"
#include "sharedbarrier.h"
#include "sharedlock.h"
#include "sharedsegment.h"

#include <atomic>
#include <memory>

namespace proclab {

// What the Barrier & Lock scenario shares: one barrier, one lock, and a counter that the lock
// protects (the tests' proof of mutual exclusion).
class CoordinationArena
{
public:
    static std::unique_ptr<CoordinationArena> create(const QString &key, int parties,
                                                     QString *error);
    static std::unique_ptr<CoordinationArena> attach(const QString &key, QString *error);
    ~CoordinationArena();

    // The key workers attach with (may differ from the one asked for; see SharedSegment::create).
    QString key() const { return m_segment->key(); }
    SharedBarrier barrier() const { return SharedBarrier(&m_block->barrier); }
    SharedLock lock() const { return SharedLock(&m_block->lock); }
    // Incremented with a plain load + store under the lock: lost updates would show a broken lock.
    std::atomic<qint64> &counter() const { return m_block->counter; }
    SharedSegment &segment() const { return *m_segment; }

private:
    using Block = ipc::CoordinationBlock;

    explicit CoordinationArena(std::unique_ptr<SharedSegment> segment);
    std::unique_ptr<SharedSegment> m_segment;
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

private:
    explicit PoolArena(std::unique_ptr<SharedSegment> segment);
    std::unique_ptr<SharedSegment> m_segment;
    PoolQueue m_queue;
};

} // namespace proclab
