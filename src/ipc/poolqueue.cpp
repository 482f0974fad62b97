// SPDX-License-Identifier: MIT
#include "poolqueue.h"

#include <new>

namespace proclab {

qsizetype PoolQueue::bytesFor(qint64 tasks)
{
    return qsizetype(sizeof(Header)) +
           qsizetype(tasks) * qsizetype(sizeof(qint64) + sizeof(qint32) * 2);
}

void PoolQueue::initialize(void *memory, qint64 tasks, qint64 chunksize)
{
    auto *header = new (memory) Header;
    header->tasks = tasks;
    header->chunksize = qMax<qint64>(1, chunksize);
    header->next.store(0, std::memory_order_release);
    // The slot arrays are zeroed memory, which is a valid initial state for each of them.
}

PoolQueue::PoolQueue(void *memory, qsizetype size)
{
    auto *header = static_cast<Header *>(memory);
    if (!memory || size < qsizetype(sizeof(Header)) || header->tasks < 0 ||
        bytesFor(header->tasks) > size)
        return;
    m_header = header;
    char *slots = static_cast<char *>(memory) + sizeof(Header);
    m_results = reinterpret_cast<qint64 *>(slots);
    m_executions = reinterpret_cast<std::atomic<qint32> *>(m_results + header->tasks);
    m_workers = reinterpret_cast<qint32 *>(m_executions + header->tasks);
}

bool PoolQueue::takeChunk(qint64 *begin, qint64 *end)
{
    const qint64 tasks = m_header->tasks;
    const qint64 chunk = m_header->chunksize;
    // Checking first keeps `next` from running far past the end when idle workers keep asking.
    if (m_header->next.load(std::memory_order_relaxed) >= tasks)
        return false;
    const qint64 first = m_header->next.fetch_add(chunk, std::memory_order_relaxed);
    if (first >= tasks)
        return false;
    *begin = first;
    *end = qMin(tasks, first + chunk);
    return true;
}

void PoolQueue::complete(qint64 task, qint64 result, int workerId)
{
    m_results[task] = result;
    m_workers[task] = workerId;
    // Release: the lab reads result and worker after it sees the count (and after the process
    // exited).
    m_executions[task].fetch_add(1, std::memory_order_release);
}

} // namespace proclab
