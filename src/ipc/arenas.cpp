// SPDX-License-Identifier: MIT
#include "arenas.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <cstring>
#include <new>
#include <sys/ipc.h>
#include <sys/shm.h>

namespace proclab {

namespace {
// The messages' translation context, declared so that lupdate files them under it too.
class ArenaText
{
    Q_DECLARE_TR_FUNCTIONS(proclab::Arena)
};

// What shmctl(IPC_STAT) says about a run's segment.
IpcObjectState inspectSegment(const SharedSegment &segment)
{
    IpcObjectState state;
    state.kind = QStringLiteral("sysv_shm");
    state.role = QStringLiteral("segment");
    state.name = QStringLiteral("shmid %1").arg(segment.shmId());
    shmid_ds info{};
    if (::shmctl(segment.shmId(), IPC_STAT, &info) != 0) {
        state.exists = false;
        return state;
    }
    state.values = {{QStringLiteral("key"), qint64(info.shm_perm.__key)},
                    {QStringLiteral("size"), qint64(info.shm_segsz)},
                    {QStringLiteral("mode"), qint64(info.shm_perm.mode & 0777)},
                    {QStringLiteral("creator_pid"), qint64(info.shm_cpid)},
                    {QStringLiteral("last_pid"), qint64(info.shm_lpid)},
                    {QStringLiteral("attached"), qint64(info.shm_nattch)}};
    return state;
}

// After removal: whether the kernel still has segment `shmId` (it frees a removed segment at its
// last detach) and whether the key file is still there.
IpcObjectState segmentRemoved(int shmId, const QString &keyFile)
{
    IpcObjectState state;
    state.kind = QStringLiteral("sysv_shm");
    state.role = QStringLiteral("segment");
    state.name = QStringLiteral("shmid %1").arg(shmId);
    shmid_ds info{};
    const bool segment = ::shmctl(shmId, IPC_STAT, &info) == 0;
    const bool file = QFileInfo::exists(keyFile);
    state.exists = segment || file;
    if (segment)
        state.values.emplace_back(QStringLiteral("attached"), qint64(info.shm_nattch));
    if (file)
        state.values.emplace_back(QStringLiteral("key_file_left"), 1);
    return state;
}
} // namespace

CoordinationArena::CoordinationArena(std::unique_ptr<SharedSegment> segment,
                                     std::unique_ptr<FamilyObjects> objects)
    : m_segment(std::move(segment))
    , m_objects(std::move(objects))
    , m_block(static_cast<Block *>(m_segment->payload()))
{
}

// The family's objects go first (the destructor of FamilyObjects removes them), then the segment.
// The futex mutex is deliberately not pthread_mutex_destroy()ed: glibc marks a destroyed robust
// mutex invalid even while a dying worker might still touch it, and it owns no resources beyond
// the segment's bytes, which go with the segment.
CoordinationArena::~CoordinationArena()
{
    m_objects.reset();
}

std::unique_ptr<CoordinationArena> CoordinationArena::create(const QString &key, int parties,
                                                             ipc::PrimitiveFamily family,
                                                             QString *error)
{
    auto segment = SharedSegment::create(key, sizeof(Block), error);
    if (!segment)
        return nullptr;
    const QByteArray runKey = segment->key().toUtf8();
    if (runKey.size() >= qsizetype(sizeof(Block::runKey))) {
        *error = ArenaText::tr("the run key %1 is too long").arg(segment->key());
        return nullptr;
    }
    auto *block = new (segment->payload()) Block{};
    block->magic = Block::kMagic;
    block->family = family;
    block->parties = std::uint32_t(parties);
    std::memcpy(block->runKey, runKey.constData(), size_t(runKey.size()));
    SharedBarrier::initialize(&block->futexBarrier, parties);
    if (!SharedLock::initialize(&block->futexLock)) {
        *error = ArenaText::tr("cannot initialise the shared lock");
        return nullptr;
    }
    std::unique_ptr<FamilyObjects> objects;
    switch (family) {
    case ipc::PrimitiveFamily::Qt:
        objects = makeQtObjects();
        break;
    case ipc::PrimitiveFamily::Posix:
        objects = makePosixObjects();
        break;
    case ipc::PrimitiveFamily::Futex:
        objects = makeFutexObjects();
        break;
    }
    if (!objects || !objects->create(*block, error))
        return nullptr; // a partly created family removes what it made in its destructor
    return std::unique_ptr<CoordinationArena>(
        new CoordinationArena(std::move(segment), std::move(objects)));
}

QString CoordinationArena::workerExecutableName() const
{
    return family() == ipc::PrimitiveFamily::Qt ? QStringLiteral("proclab-qtworker")
                                                : QStringLiteral("proclab-worker");
}

void CoordinationArena::breakBarrier()
{
    m_objects->breakBarrier(*m_block);
}

bool CoordinationArena::barrierBroken() const
{
    if (family() == ipc::PrimitiveFamily::Futex)
        return barrier().isBroken();
    return m_block->broken.load(std::memory_order_acquire) != 0;
}

quint64 CoordinationArena::generation() const
{
    if (family() == ipc::PrimitiveFamily::Futex)
        return barrier().generation();
    return m_block->arrivals.load(std::memory_order_acquire) / m_block->parties;
}

bool CoordinationArena::lockTaken() const
{
    return m_objects->lockTaken(*m_block);
}

std::vector<IpcObjectState> CoordinationArena::inspect() const
{
    std::vector<IpcObjectState> objects{inspectSegment(*m_segment)};
    m_objects->inspect(*m_block, &objects);
    IpcObjectState counter;
    counter.kind = QStringLiteral("counter");
    counter.role = QStringLiteral("counter");
    counter.values = {
        {QStringLiteral("value"), m_block->counter.load(std::memory_order_relaxed)},
        {QStringLiteral("holder_pid"), m_block->lockHolderPid.load(std::memory_order_relaxed)}};
    objects.push_back(std::move(counter));
    return objects;
}

std::vector<IpcObjectState> CoordinationArena::removeAndCheck()
{
    std::vector<IpcObjectState> objects;
    m_objects->remove();
    m_objects->checkRemoved(&objects);
    const int shmId = m_segment->shmId();
    const QString keyFile = SharedSegment::keyFilePath(m_segment->key());
    m_segment->remove();
    objects.push_back(segmentRemoved(shmId, keyFile));
    return objects;
}

std::vector<IpcObjectState> PoolArena::inspect() const
{
    std::vector<IpcObjectState> objects{inspectSegment(*m_segment)};
    IpcObjectState queue;
    queue.kind = QStringLiteral("pool_queue");
    queue.role = QStringLiteral("task queue");
    queue.values = {{QStringLiteral("tasks"), m_queue.tasks()},
                    {QStringLiteral("chunksize"), m_queue.chunksize()},
                    {QStringLiteral("next_index"), m_queue.handedOut()},
                    {QStringLiteral("cancelled"), m_queue.isCancelled() ? 1 : 0}};
    objects.push_back(std::move(queue));
    return objects;
}

std::vector<IpcObjectState> PoolArena::removeAndCheck()
{
    const int shmId = m_segment->shmId();
    const QString keyFile = SharedSegment::keyFilePath(m_segment->key());
    m_segment->remove();
    return {segmentRemoved(shmId, keyFile)};
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
