// SPDX-License-Identifier: MIT
// The futex family's lab side: its lock and barrier live in the segment, so there is nothing to
// create or remove beyond it; the inspector reads the mutex's owner and the barrier's word.
#include "familyobjects.h"

#include <linux/futex.h>

namespace proclab {

namespace {

class FutexObjects final : public FamilyObjects
{
public:
    bool create(ipc::CoordinationBlock &, QString *) override { return true; }
    void breakBarrier(ipc::CoordinationBlock &block) override
    {
        SharedBarrier(&block.futexBarrier).abort();
    }
    bool lockTaken(const ipc::CoordinationBlock &block) const override
    {
        return ownerTid(block) != 0;
    }
    void inspect(const ipc::CoordinationBlock &block,
                 std::vector<IpcObjectState> *out) const override
    {
        IpcObjectState lock;
        lock.kind = QStringLiteral("robust_mutex");
        lock.role = QStringLiteral("lock");
        // The owner's thread id is what the kernel itself uses (the robust list, FUTEX_OWNER_DIED):
        // glibc keeps it in the mutex word, which is the futex.
        lock.values = {{QStringLiteral("owner_tid"), ownerTid(block)},
                       {QStringLiteral("owner_died"), ownerDied(block) ? 1 : 0}};
        out->push_back(std::move(lock));
        SharedBarrier barrier(const_cast<SharedBarrierState *>(&block.futexBarrier));
        IpcObjectState b;
        b.kind = QStringLiteral("futex_barrier");
        b.role = QStringLiteral("barrier");
        b.values = {{QStringLiteral("parties"), barrier.parties()},
                    {QStringLiteral("arrived"), barrier.nWaiting()},
                    {QStringLiteral("generation"), qint64(barrier.generation())},
                    {QStringLiteral("sleepers"),
                     qint64(block.futexBarrier.sleepers.load(std::memory_order_relaxed))},
                    {QStringLiteral("broken"), barrier.isBroken() ? 1 : 0}};
        out->push_back(std::move(b));
    }
    void remove() override {}
    void checkRemoved(std::vector<IpcObjectState> *) const override {}

private:
    static unsigned mutexWord(const ipc::CoordinationBlock &block)
    {
        // glibc's pthread_mutex_t starts with the lock word (__data.__lock), the futex the kernel
        // knows: TID of the owner | FUTEX_WAITERS | FUTEX_OWNER_DIED for a robust mutex.
        return reinterpret_cast<const std::atomic<unsigned> *>(&block.futexLock.mutex)
            ->load(std::memory_order_relaxed);
    }
    static qint64 ownerTid(const ipc::CoordinationBlock &block)
    {
        return qint64(mutexWord(block) & FUTEX_TID_MASK);
    }
    static bool ownerDied(const ipc::CoordinationBlock &block)
    {
        return (mutexWord(block) & FUTEX_OWNER_DIED) != 0;
    }
};

} // namespace

std::unique_ptr<FamilyObjects> makeFutexObjects()
{
    return std::make_unique<FutexObjects>();
}

} // namespace proclab
