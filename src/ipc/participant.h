// SPDX-License-Identifier: MIT
#pragma once

#include "coordinationblock.h"
#include "segmentattach.h"

#include <memory>
#include <string>

namespace proclab::ipc {

// One worker process's handle on a Barrier & Lock run: the run's lock and barrier, whatever family
// of primitives they are built on. Qt-free except for the qt family's implementation, which lives
// in proclab-qtworker only (proclab-worker does not load QtCore).
//
// Every call may block for as long as the protocol needs (that is what a barrier is for); the lab
// never calls any of them: it has CoordinationArena, whose controls never block.
class Participant
{
public:
    static constexpr int Broken = -1;

    enum class LockResult
    {
        Acquired,          // a normal acquisition
        PreviousOwnerDied, // acquired; the previous holder died holding it (futex family only:
                           // the other families cannot tell)
        Failed             // the lock is unusable
    };

    virtual ~Participant();
    Participant(const Participant &) = delete;
    Participant &operator=(const Participant &) = delete;

    // Blocks until every party has arrived; returns this caller's arrival index (0 … parties-1),
    // or Broken if the barrier is or becomes broken.
    virtual int barrierWait() = 0;
    virtual bool barrierBroken() const = 0;
    virtual LockResult lock() = 0;
    virtual void unlock() = 0;
    // Called once before a normal exit. The qt family waits here at the exit gate until the lab
    // opens it (its semaphores' SEM_UNDO would otherwise take back releases other participants
    // still need); false if the barrier broke meanwhile. The other families return at once.
    virtual bool leave() { return true; }
    // Whether leave() waits at an exit gate for this participant (qt family, once it used the
    // barrier), so the worker can say how long it was held there.
    virtual bool usesExitGate() const { return false; }

    PrimitiveFamily family() const { return m_block.family; }
    int parties() const { return int(m_block.parties); }
    std::atomic<long long> &counter() const { return m_block.counter; }
    // barrierWait() in two steps, for a worker that reports what ended its wait: arrive() counts
    // this process in and stamps its arrival where it is counted (so the stamps are in counting
    // order and the last arriver's is the round's latest) and says whether it completed the round
    // (BarrierArrival::last: the cause of the other parties' waits), letting the wait's span begin
    // there before it blocks; awaitRound() then blocks like barrierWait(). By default counted on
    // the cause board around barrierWait(); a family whose barrier counts arrivals itself
    // overrides both and stamps its own count (futex, qt).
    virtual BarrierArrival arrive();
    virtual int awaitRound(const BarrierArrival &arrival);
    // Where the lock's holder and last release are recorded (causeboard.h): beside the holder pid
    // by default, beside the lock's own state where the family has it in the segment (futex).
    virtual LockRecord &lockRecord() const { return m_block.lockRecord; }

protected:
    explicit Participant(CoordinationBlock &block);
    CoordinationBlock &block() const { return m_block; }
    // For the inspector: who holds the lock (call right after acquiring / before releasing).
    void noteHolder();
    void clearHolder();

private:
    friend std::unique_ptr<Participant> attachParticipant(const std::string &, std::string *);
    CoordinationBlock &m_block;
    // Read once: getpid() is a system call (glibc no longer caches it), and noteHolder() runs
    // inside every critical section.
    const long long m_pid;
    std::unique_ptr<SegmentAttachment> m_segment;
};

// Makes the family's participant on an attached, valid block. Null with *error on failure.
using ParticipantMaker = std::unique_ptr<Participant> (*)(CoordinationBlock &block,
                                                          std::string *error);

// What a worker executable can run: each main() registers the families it links
// (proclab-worker: posix and futex; proclab-qtworker: all three).
void registerParticipantFamily(PrimitiveFamily family, ParticipantMaker maker);

// Attaches to the run's segment and makes a participant of the family the lab chose for it.
std::unique_ptr<Participant> attachParticipant(const std::string &key, std::string *error);

// The families every worker executable has (defined in their own files).
std::unique_ptr<Participant> makeFutexParticipant(CoordinationBlock &block, std::string *error);
std::unique_ptr<Participant> makePosixParticipant(CoordinationBlock &block, std::string *error);
// Only in proclab-qtworker (links QtCore).
std::unique_ptr<Participant> makeQtParticipant(CoordinationBlock &block, std::string *error);

} // namespace proclab::ipc
