// SPDX-License-Identifier: MIT
#include "arenas.h"

#include <QCoreApplication>
#include <new>

namespace proclab {

namespace {
// The messages' translation context, declared so that lupdate files them under it too.
class ArenaText
{
    Q_DECLARE_TR_FUNCTIONS(proclab::Arena)
};
} // namespace

CoordinationArena::CoordinationArena(std::unique_ptr<SharedSegment> segment)
    : m_segment(std::move(segment))
    , m_block(static_cast<Block *>(m_segment->payload()))
{
}

// The mutex is deliberately not pthread_mutex_destroy()ed: glibc marks a destroyed robust mutex
// invalid even while a dying worker might still touch it, and it owns no resources beyond the
// segment's bytes, which go with the segment.
CoordinationArena::~CoordinationArena() = default;

std::unique_ptr<CoordinationArena> CoordinationArena::create(const QString &key, int parties,
                                                             QString *error)
{
    auto segment = SharedSegment::create(key, sizeof(Block), error);
    if (!segment)
        return nullptr;
    auto *block = new (segment->payload()) Block;
    SharedBarrier::initialize(&block->barrier, parties);
    block->counter.store(0, std::memory_order_relaxed);
    if (!SharedLock::initialize(&block->lock)) {
        *error = ArenaText::tr("cannot initialise the shared lock");
        return nullptr;
    }
    return std::unique_ptr<CoordinationArena>(new CoordinationArena(std::move(segment)));
}

std::unique_ptr<CoordinationArena> CoordinationArena::attach(const QString &key, QString *error)
{
    auto segment = SharedSegment::attach(key, error);
    if (!segment)
        return nullptr;
    if (segment->payloadSize() < qsizetype(sizeof(Block))) {
        *error = ArenaText::tr("the shared memory %1 is too small for a barrier").arg(key);
        return nullptr;
    }
    return std::unique_ptr<CoordinationArena>(new CoordinationArena(std::move(segment)));
}

PoolArena::PoolArena(std::unique_ptr<SharedSegment> segment)
    : m_segment(std::move(segment))
    , m_queue(m_segment->payload(), m_segment->payloadSize())
{
}

std::unique_ptr<PoolArena> PoolArena::create(const QString &key, qint64 tasks, qint64 chunksize,
                                             QString *error)
{
    auto segment = SharedSegment::create(key, PoolQueue::bytesFor(tasks, chunksize), error);
    if (!segment)
        return nullptr;
    PoolQueue::initialize(segment->payload(), tasks, chunksize);
    return std::unique_ptr<PoolArena>(new PoolArena(std::move(segment)));
}

std::unique_ptr<PoolArena> PoolArena::attach(const QString &key, QString *error)
{
    auto segment = SharedSegment::attach(key, error);
    if (!segment)
        return nullptr;
    std::unique_ptr<PoolArena> arena(new PoolArena(std::move(segment)));
    if (!arena->m_queue.valid()) {
        *error = ArenaText::tr("the shared memory %1 does not hold a task queue").arg(key);
        return nullptr;
    }
    return arena;
}

} // namespace proclab
