// SPDX-License-Identifier: MIT
// The futex family: the robust pthread mutex (SharedLock) and the futex barrier (SharedBarrier)
// that live in the segment itself.
#include "futex.h"
#include "participant.h"

#include <cerrno>
#include <cstring>

namespace proclab::ipc {

namespace {

class FutexParticipant final : public Participant
{
public:
    explicit FutexParticipant(CoordinationBlock &block)
        : Participant(block)
        , m_barrier(&block.futexBarrier)
        , m_lock(&block.futexLock)
    {
    }

    int barrierWait() override
    {
        const int index = m_barrier.wait();
        return index == SharedBarrier::Broken ? Broken : index;
    }
    bool barrierBroken() const override { return m_barrier.isBroken(); }
    // The barrier stamps the arrival as it counts it, and knows whether it completed the round:
    // no second cache line, no second compare-and-swap per arrival.
    BarrierArrival arrive() override
    {
        const SharedBarrier::Arrival a = m_barrier.arrive(true);
        return {a.ns, a.round, a.index, a.last};
    }
    int awaitRound(const BarrierArrival &arrival) override
    {
        const int index =
            m_barrier.await({std::uint32_t(arrival.ticket), arrival.index, arrival.last, arrival.ns});
        return index == SharedBarrier::Broken ? Broken : index;
    }
    LockRecord &lockRecord() const override { return block().futexLockRecord; }
    LockResult lock() override
    {
        switch (m_lock.lock()) {
        case SharedLock::Result::Acquired:
            noteHolder();
            return LockResult::Acquired;
        case SharedLock::Result::PreviousOwnerDied:
            noteHolder();
            return LockResult::PreviousOwnerDied;
        case SharedLock::Result::Failed:
            break;
        }
        return LockResult::Failed;
    }
    void unlock() override
    {
        clearHolder();
        m_lock.unlock();
    }

private:
    SharedBarrier m_barrier;
    SharedLock m_lock;
};

} // namespace

std::unique_ptr<Participant> makeFutexParticipant(CoordinationBlock &block, std::string *error)
{
    // Said at once, not found out at the first wait: the barrier sleeps on a futex and the robust
    // mutex needs one too.
    if (!futex::available()) {
        *error = std::string("this process may not use futex(): ") + std::strerror(errno);
        return nullptr;
    }
    return std::make_unique<FutexParticipant>(block);
}

} // namespace proclab::ipc
