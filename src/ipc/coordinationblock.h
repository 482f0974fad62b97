// SPDX-License-Identifier: MIT
#pragma once

#include "causeboard.h"
#include "sharedbarrier.h"
#include "sharedlock.h"

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace proclab::ipc {

// The three families of primitives the Barrier & Lock scenario can run on. Each builds the run's
// lock and barrier from a different kind of kernel object, and each behaves differently when a
// process dies at the wrong moment; that difference is what the lab shows.
enum class PrimitiveFamily : std::uint32_t
{
    // QSystemSemaphore (System V semaphores, every operation SEM_UNDO) through Qt's API, with the
    // segment a QSharedMemory: what the lab's design asks for. A dead holder's lock is given back
    // by the kernel.
    Qt = 0,
    // POSIX named semaphores (sem_open), as CPython's multiprocessing.Lock and Barrier are built.
    // No undo: a dead holder's lock stays taken for ever.
    Posix = 1,
    // A robust pthread mutex and a futex barrier in the segment. A dead holder's lock passes to
    // the next waiter, who is told the owner died.
    Futex = 2,
};

inline constexpr PrimitiveFamily kFamilies[] = {PrimitiveFamily::Qt, PrimitiveFamily::Posix,
                                                PrimitiveFamily::Futex};

// "qt", "posix", "futex": the command line's and the run JSON's names.
const char *familyName(PrimitiveFamily family);
std::optional<PrimitiveFamily> familyFromName(std::string_view name);

// CPython's threading.Barrier states, kept in shared memory by the posix family (as
// multiprocessing.Barrier keeps them in a shared array): 0 filling, 1 draining, -1 resetting,
// -2 broken.
struct PosixBarrierShared
{
    int state;
    int count;
};

// The payload of the Barrier & Lock scenario's segment, for every family: Qt-free so that the lab
// (CoordinationArena) and the workers (Participant) share one definition of the layout. Each
// family uses its own part; the kernel objects of the qt and posix families are named after the
// run key (objectnames.h), so this block needs no names.
struct CoordinationBlock
{
    static constexpr std::uint32_t kMagic = 0x50424c4b; // "PBLK"

    std::uint32_t magic;
    PrimitiveFamily family;
    std::uint32_t parties;
    char runKey[64]; // the key the family's objects are named after (NUL-terminated)

    // The counter the lock protects: incremented with a plain load + store under the lock, so lost
    // updates would show a broken lock.
    alignas(64) std::atomic<long long> counter;
    // Bookkeeping for the inspector, written by the holder right after it acquired the lock and
    // cleared right before it releases it (a holder that dies leaves its pid). The futex and qt
    // families also show what the kernel itself knows about the owner.
    alignas(64) std::atomic<long long> lockHolderPid;
    // Who holds and released the qt and posix locks (causeboard.h): in the line their holder
    // writes anyway (lockHolderPid, right after acquiring and right before releasing), so that
    // recording causes moves no cache line of its own between the CPUs at a hand-off.
    LockRecord lockRecord;
    // qt and posix: set by the lab (or a participant) to break the barrier; every waiter that
    // wakes checks it.
    alignas(64) std::atomic<std::uint32_t> broken;
    // qt and posix: barrier slots handed out (the qt barrier gives each participant its own
    // semaphores) and arrivals ever: round r's arrivals draw tickets r*parties … r*parties+n-1, so
    // arrivals / parties is the generation and arrivals % parties the number waiting. The qt
    // barrier stamps its tickets when causes are recorded (arriveAtBarrier): its cause board.
    std::atomic<std::uint32_t> slotsTaken;
    alignas(64) std::atomic<unsigned long long> arrivals;

    // futex family.
    SharedBarrierState futexBarrier; // its last arriver is recorded in its own line
    alignas(64) SharedLockState futexLock;
    // Who holds and released the futex mutex, in the mutex's cache line (causeboard.h).
    LockRecord futexLockRecord;
    // posix family: threading.Barrier's state and count, guarded by the condition's lock.
    alignas(64) PosixBarrierShared posixBarrier;
    // The posix barrier's arrivals as the cause board counts them (causeboard.h): its own count
    // is taken under the condition's lock, after the wait for it began.
    CauseBoard causes;

    bool valid() const { return magic == kMagic && parties > 0 && runKey[sizeof runKey - 1] == 0; }
    std::string key() const { return runKey; }
};
static_assert(sizeof(SharedLockState) + sizeof(LockRecord) <= 64,
              "the futex mutex and its record share one cache line");
static_assert(offsetof(CoordinationBlock, lockRecord) + sizeof(LockRecord) -
                      offsetof(CoordinationBlock, lockHolderPid) <=
                  64,
              "the qt and posix locks' record shares the holder pid's cache line");
static_assert(std::atomic<long long>::is_always_lock_free, "shared atomics must be address-free");
static_assert(std::atomic<unsigned long long>::is_always_lock_free);

} // namespace proclab::ipc
