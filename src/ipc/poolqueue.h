// SPDX-License-Identifier: MIT
#pragma once

#include <atomic>
#include <cstdint>

namespace proclab {

// The pool's shared task queue and result slots, laid out in one block of shared memory:
//   header | long long result[n] | atomic<std::int32_t> executions[n] | std::int32_t worker[n]
// Workers take chunks of consecutive task indices with one fetch_add (what Python's Pool.map does
// with its task queue), write square(i) into slot i, and count each execution so that the lab can
// prove every task ran exactly once. The lab reads the slots back in input order.
class PoolQueue
{
public:
    struct alignas(64) Header
    {
        long long tasks;
        long long chunksize;
        alignas(64) std::atomic<long long> next; // first index not yet handed out; own cache line
    };
    static_assert(std::atomic<long long>::is_always_lock_free,
                  "shared atomics must be address-free");
    static_assert(std::atomic<std::int32_t>::is_always_lock_free,
                  "shared atomics must be address-free");

    // Bytes needed for n tasks.
    static long long bytesFor(long long tasks);
    // Owner side, once, on zeroed memory of bytesFor(tasks) bytes.
    static void initialize(void *memory, long long tasks, long long chunksize);

    // Wraps memory laid out by initialize(); valid() is false if `size` cannot hold it.
    PoolQueue(void *memory, long long size);
    bool valid() const { return m_header != nullptr; }

    long long tasks() const { return m_header->tasks; }
    long long chunksize() const { return m_header->chunksize; }

    // Hands out the next chunk [*begin, *end); false when no tasks are left.
    bool takeChunk(long long *begin, long long *end);
    // Stores task i's result, done by worker `workerId` (a process id of the run).
    void complete(long long task, long long result, int workerId);

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
};

} // namespace proclab
