// SPDX-License-Identifier: MIT
#pragma once

#include <atomic>
#include <cstdint>

namespace proclab {

// The pool's shared task queue and result slots, laid out in one block of shared memory:
//   header | long long result[n] | atomic<std::int32_t> executions[n] | std::int32_t worker[n]
//          | atomic<std::int32_t> holder[chunks]
// Workers take chunks of consecutive task indices with one fetch_add (what Python's Pool.map does
// with its task queue), write square(i) into slot i, and count each execution so that the lab can
// prove every task ran exactly once. The lab reads the slots back in input order.
//
// Each chunk records who took it (holder), so that when a worker dies, stops or hangs the lab can
// say which tasks it held and which of them it never ran; and the lab can cancel the queue (the
// pool is broken): workers then take no more chunks and stop before their next task.
class PoolQueue
{
public:
    struct alignas(64) Header
    {
        long long tasks;
        long long chunksize;
        // Set once by the lab; read before every task, so it shares the line of the constants
        // (read-only until then) rather than the contended `next`.
        std::atomic<std::int32_t> cancelled;
        alignas(64) std::atomic<long long> next; // first index not yet handed out; own cache line
    };
    static_assert(std::atomic<long long>::is_always_lock_free,
                  "shared atomics must be address-free");
    static_assert(std::atomic<std::int32_t>::is_always_lock_free,
                  "shared atomics must be address-free");

    // Bytes needed for n tasks in chunks of `chunksize` (values below 1 count as 1).
    static long long bytesFor(long long tasks, long long chunksize);
    // Owner side, once, on zeroed memory of bytesFor(tasks, chunksize) bytes.
    static void initialize(void *memory, long long tasks, long long chunksize);

    // Wraps memory laid out by initialize(); valid() is false if `size` cannot hold it.
    PoolQueue(void *memory, long long size);
    bool valid() const { return m_header != nullptr; }

    long long tasks() const { return m_header->tasks; }
    long long chunksize() const { return m_header->chunksize; }
    long long chunks() const { return (tasks() + chunksize() - 1) / chunksize(); }

    // Hands out the next chunk [*begin, *end) to worker `workerId` (a process id of the run) and
    // records it as the chunk's holder; false when no tasks are left or the queue was cancelled.
    bool takeChunk(long long *begin, long long *end, int workerId);
    // Stores task i's result, done by worker `workerId` (a process id of the run).
    void complete(long long task, long long result, int workerId);

    // The lab's side: no more chunks are handed out, workers stop before their next task.
    void cancel() { m_header->cancelled.store(1, std::memory_order_release); }
    bool isCancelled() const { return m_header->cancelled.load(std::memory_order_relaxed) != 0; }
    // Tasks handed out so far (0 … tasks).
    long long handedOut() const
    {
        const long long next = m_header->next.load(std::memory_order_acquire);
        return next < tasks() ? next : tasks();
    }
    // The worker that took chunk c (tasks c * chunksize …), or -1 if nobody has recorded it yet.
    int holder(long long chunk) const
    {
        return m_holders[chunk].load(std::memory_order_acquire) - 1;
    }

    long long result(long long task) const { return m_results[task]; }
    int executions(long long task) const
    {
        return m_executions[task].load(std::memory_order_acquire);
    }
    int worker(long long task) const { return m_workers[task]; }

private:
    Header *m_header = nullptr;
    long long *m_results = nullptr;
    std::atomic<std::int32_t> *m_executions = nullptr;
    std::int32_t *m_workers = nullptr;
    std::atomic<std::int32_t> *m_holders = nullptr;
};

} // namespace proclab
