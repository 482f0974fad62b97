// SPDX-License-Identifier: MIT
#include "poolqueue.h"

#include <algorithm>
#include <new>

namespace proclab {

namespace {
long long chunksFor(long long tasks, long long chunksize)
{
    chunksize = std::max<long long>(1, chunksize);
    return (tasks + chunksize - 1) / chunksize;
}
} // namespace

long long PoolQueue::bytesFor(long long tasks, long long chunksize)
{
    return static_cast<long long>(sizeof(Header)) +
           static_cast<long long>(tasks) *
               static_cast<long long>(sizeof(long long) + sizeof(std::int32_t) * 2) +
           chunksFor(tasks, chunksize) * static_cast<long long>(sizeof(std::int32_t));
}

void PoolQueue::initialize(void *memory, long long tasks, long long chunksize)
{
    auto *header = new (memory) Header;
    header->tasks = tasks;
    header->chunksize = std::max<long long>(1, chunksize);
    header->cancelled.store(0, std::memory_order_relaxed);
    header->next.store(0, std::memory_order_release);
    // The slot arrays are zeroed memory, which is a valid initial state for each of them (a holder
    // of 0 is "nobody").
}

PoolQueue::PoolQueue(void *memory, long long size)
{
    auto *header = static_cast<Header *>(memory);
    if (!memory || size < static_cast<long long>(sizeof(Header)) || header->tasks < 0 ||
        header->chunksize < 1 || bytesFor(header->tasks, header->chunksize) > size)
        return;
    m_header = header;
    char *slots = static_cast<char *>(memory) + sizeof(Header);
    m_results = reinterpret_cast<long long *>(slots);
    m_executions = reinterpret_cast<std::atomic<std::int32_t> *>(m_results + header->tasks);
    m_workers = reinterpret_cast<std::int32_t *>(m_executions + header->tasks);
    m_holders = reinterpret_cast<std::atomic<std::int32_t> *>(m_workers + header->tasks);
}

bool PoolQueue::takeChunk(long long *begin, long long *end, int workerId)
{
    const long long tasks = m_header->tasks;
    const long long chunk = m_header->chunksize;
    // Checking first keeps `next` from running far past the end when idle workers keep asking.
    if (isCancelled() || m_header->next.load(std::memory_order_relaxed) >= tasks)
        return false;
    const long long first = m_header->next.fetch_add(chunk, std::memory_order_relaxed);
    if (first >= tasks)
        return false;
    // Right after the fetch_add: a worker killed in between leaves a chunk handed out to nobody,
    // which the lab reports as such.
    m_holders[first / chunk].store(workerId + 1, std::memory_order_release);
    *begin = first;
    *end = std::min(tasks, first + chunk);
    return true;
}

void PoolQueue::complete(long long task, long long result, int workerId)
{
    m_results[task] = result;
    m_workers[task] = workerId;
    // Release: the lab reads result and worker after it sees the count (and after the process
    // exited).
    m_executions[task].fetch_add(1, std::memory_order_release);
}

} // namespace proclab
