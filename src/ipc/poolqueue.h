// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>
#include <atomic>

namespace proclab {

// The pool's shared task queue and result slots, laid out in one block of shared memory:
//   header | qint64 result[n] | atomic<qint32> executions[n] | qint32 worker[n]
// Workers take chunks of consecutive task indices with one fetch_add (what Python's Pool.map does
// with its task queue), write square(i) into slot i, and count each execution so that the lab can
// prove every task ran exactly once. The lab reads the slots back in input order.
class PoolQueue
{
public:
    struct alignas(64) Header
    {
        qint64 tasks;
        qint64 chunksize;
        alignas(64) std::atomic<qint64> next; // first index not yet handed out; own cache line
    };
    static_assert(std::atomic<qint64>::is_always_lock_free, "shared atomics must be address-free");
    static_assert(std::atomic<qint32>::is_always_lock_free, "shared atomics must be address-free");

    // Bytes needed for n tasks.
    static qsizetype bytesFor(qint64 tasks);
    // Owner side, once, on zeroed memory of bytesFor(tasks) bytes.
    static void initialize(void *memory, qint64 tasks, qint64 chunksize);

    // Wraps memory laid out by initialize(); valid() is false if `size` cannot hold it.
    PoolQueue(void *memory, qsizetype size);
    bool valid() const { return m_header != nullptr; }

    qint64 tasks() const { return m_header->tasks; }
    qint64 chunksize() const { return m_header->chunksize; }

    // Hands out the next chunk [*begin, *end); false when no tasks are left.
    bool takeChunk(qint64 *begin, qint64 *end);
    // Stores task i's result, done by worker `workerId` (a process id of the run).
    void complete(qint64 task, qint64 result, int workerId);

    qint64 result(qint64 task) const { return m_results[task]; }
    int executions(qint64 task) const { return m_executions[task].load(std::memory_order_acquire); }
    int worker(qint64 task) const { return m_workers[task]; }

private:
    Header *m_header = nullptr;
    qint64 *m_results = nullptr;
    std::atomic<qint32> *m_executions = nullptr;
    qint32 *m_workers = nullptr;
};

} // namespace proclab
