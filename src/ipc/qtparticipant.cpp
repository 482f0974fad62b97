// SPDX-License-Identifier: MIT
// The qt family, worker side: the run's lock and barrier built from QSystemSemaphore (System V
// semaphores), used through Qt's API for every wait and wake-up. The lab created every semaphore
// before any worker started (qtobjects.cpp); a worker only opens them.
//
// What Qt gives us, and what the protocol must live with: every semop Qt makes is SEM_UNDO
// (acquire() is -1, release(n) is +n), so the kernel keeps a per-process adjustment (semadj) for
// every semaphore the process touched and applies it when the process exits, however it exits.
// That is what frees the lock of a holder that was killed; it is also what would lose barrier
// wake-ups (a participant that released and exits takes its release back) and stop a long run
// with ERANGE (semadj is capped at ±32767). The barrier below is built so that neither can happen.
//
// THE LOCK: one semaphore, initial value 1. The holder notes its pid in the block right after
// acquiring and clears it right before releasing; only the kernel's undo of a killed holder
// releases the semaphore without clearing it, so a taker that finds a pid there took the lock over
// from a dead holder and says so (PreviousOwnerDied: the engine ends the dead hold at the
// takeover).
//
// THE BARRIER: every participant claims a slot i (block.slotsTaken) at its first wait, and owns
// three semaphores arrive[i][0..2] (initial 0). Round r uses phase p = r % 3:
//   (a) r >= 2: acquire arrive[i][(r+1) % 3], i.e. take back the token i released in round r-2.
//       Everyone has passed that turnstile: i is in round r, so everyone arrived in round r-1,
//       which they only do once they are through round r-2.
//   (b) draw a ticket (block.arrivals, the arrival index; stamped when causes are recorded, so the
//       ticket that completes a round names the last arriver), release arrive[i][p]: "i arrived".
//   (c) for every other slot j: acquire arrive[j][p], release it at once (a turnstile, net zero):
//       blocks until j arrived in round r, and leaves j's token for the next one.
// Why three phases: with two, (a) would take back the token of the semaphore i is about to release
// again, so that token stays up through round r-1 and a fast participant in round r passes i's
// turnstile before i arrived in round r (an early pass). Taking it back one round earlier instead
// (in round r-1) is unsafe: a slow participant may still need that token to pass round r-2, and
// would then wait for ever (i cannot get past round r-1 without it). With three, the semaphore
// released in round r is neither the one being taken back nor one anyone can still need.
// Each process's semadj stays within [-1, 0] on its own semaphores (one release, later one
// acquire) and within [0, +1] on the others' (acquire then release), on the lock within [0, +1]
// and on the gate at +1: whatever the number of rounds, no ERANGE.
//
// THE EXIT GATE: after its last round a participant still has semadj -1 on two of its arrive
// semaphores (the last two rounds' tokens, not taken back). Exiting then would have the kernel take
// the last round's token back while a slow participant may not have passed that turnstile yet: a
// lost wake-up. So leave() waits at the gate (initial 0) until the lab, having seen every
// participant wait there (GETNCNT), opens it: by then every turnstile has been passed and the undo
// at exit takes nothing anyone needs. Participants that never waited at the barrier hold no
// token and leave at once.
//
// BREAKING: the lab sets block.broken and releases every arrive semaphore and the gate by
// `parties` (it never blocks). A participant checks broken after every acquire; once set, it gives
// back what it just acquired (so the tokens do not run out for the others) and returns Broken.
#include "clock.h"
#include "objectnames.h"
#include "participant.h"
#include "qtkeyfile.h"
#include "segmentattach.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSystemSemaphore>
#include <array>
#include <memory>
#include <sys/ipc.h>
#include <sys/sem.h>
#include <vector>

namespace proclab::ipc {

namespace {

class QtParticipant final : public Participant
{
public:
    explicit QtParticipant(CoordinationBlock &block)
        : Participant(block)
    {
    }

    bool open(std::string *error)
    {
        const std::string runKey = block().key();
        m_lock = openOne(runKey, "lock", error);
        if (!m_lock)
            return false;
        m_gate = openOne(runKey, "gate", error);
        if (!m_gate)
            return false;
        const int n = parties();
        m_arrive.resize(size_t(n));
        for (int slot = 0; slot < n; ++slot) {
            for (int phase = 0; phase < 3; ++phase) {
                m_arrive[size_t(slot)][size_t(phase)] =
                    openOne(runKey, qtArriveRole(slot, phase), error);
                if (!m_arrive[size_t(slot)][size_t(phase)])
                    return false;
            }
        }
        return true;
    }

    int barrierWait() override
    {
        if (!enterRound() || !announce(block().arrivals.fetch_add(1)))
            return Broken;
        return passRound();
    }

    // With causes: the ticket the barrier draws anyway is the stamped arrival (arriveAtBarrier
    // on block.arrivals), so recording who arrived last costs no second counter (a second
    // compare-and-swap per arrival on a line of its own), and the token goes up before the
    // caller formats its begin line, so that line delays no one's wake-up. Both made the qt
    // round 5-13% slower.
    BarrierArrival arrive() override
    {
        if (!enterRound()) {
            m_arrived = false;
            return {monotonicNowNs(), 0, 0, false};
        }
        const BarrierArrival arrival = arriveAtBarrier(block().arrivals, unsigned(parties()));
        m_arrived = announce(arrival.ticket);
        return arrival;
    }
    int awaitRound(const BarrierArrival &) override { return m_arrived ? passRound() : Broken; }

    bool barrierBroken() const override { return isBroken(); }

    LockResult lock() override
    {
        if (!m_lock->acquire())
            return LockResult::Failed;
        // Non-zero: the previous holder never cleared it, so it never released the lock itself;
        // the kernel's undo did, when it died.
        const long long previous = block().lockHolderPid.load(std::memory_order_acquire);
        noteHolder();
        return previous != 0 ? LockResult::PreviousOwnerDied : LockResult::Acquired;
    }

    void unlock() override
    {
        clearHolder();
        m_lock->release();
    }

    bool usesExitGate() const override { return m_slot >= 0; }
    bool leave() override
    {
        // Never waited at the barrier: no token to protect.
        if (m_slot < 0)
            return true;
        if (isBroken())
            return false;
        if (!m_gate->acquire())
            return false;
        return !isBroken();
    }

private:
    bool isBroken() const { return block().broken.load(std::memory_order_acquire) != 0; }

    // Up to (a): claims a slot at the first wait and takes back the token of two rounds ago.
    bool enterRound()
    {
        if (isBroken())
            return false;
        if (m_slot < 0) {
            const std::uint32_t slot = block().slotsTaken.fetch_add(1);
            // More participants than parties: this one has no semaphores of its own.
            if (slot >= std::uint32_t(parties()))
                return false;
            m_slot = int(slot);
        }
        const long long round = m_round;
        return round < 2 || acquireUnlessBroken(*m_arrive[size_t(m_slot)][size_t((round + 1) % 3)]);
    }

    // (b), once the ticket was drawn (so that round r's tickets all precede round r+1's: nobody
    // enters round r+1 before everyone has released, hence drawn, in round r): "i arrived".
    bool announce(unsigned long long ticket)
    {
        m_ticket = ticket;
        return m_arrive[size_t(m_slot)][size_t(m_round % 3)]->release();
    }

    // (c) waits for everyone else's arrival in this round, leaving each token in place; the
    // arrival index.
    int passRound()
    {
        const int n = parties();
        const long long round = m_round;
        const size_t phase = size_t(round % 3);
        for (int j = 0; j < n; ++j) {
            if (j == m_slot)
                continue;
            QSystemSemaphore &theirs = *m_arrive[size_t(j)][phase];
            if (!acquireUnlessBroken(theirs) || !theirs.release())
                return Broken;
        }
        ++m_round;
        return int(m_ticket - (unsigned long long)(round) * (unsigned long long)(n));
    }

    // Acquires; if the barrier broke meanwhile (the lab's release is what woke us, perhaps),
    // gives the token back for the next waiter and says false.
    bool acquireUnlessBroken(QSystemSemaphore &semaphore)
    {
        if (!semaphore.acquire())
            return false;
        if (isBroken()) {
            semaphore.release();
            return false;
        }
        return true;
    }

    static std::unique_ptr<QSystemSemaphore> openOne(const std::string &runKey,
                                                     const std::string &role, std::string *error)
    {
        const QString key = QString::fromStdString(qtSemaphoreKey(runKey, role));
        // Qt's Open mode creates a semaphore (value 0) that does not exist, and then removes it
        // when this object goes: a lab that did not create it (or removed it already) would leave
        // us waiting on a private semaphore for ever. So it must exist before we open it.
        const QByteArray path = QFile::encodeName(qtKeyFilePath(key));
        const key_t sysvKey = sysvKeyOf(path.constData());
        if (sysvKey == -1 || ::semget(sysvKey, 1, 0) == -1) {
            *error = "the " + role + " semaphore of run " + runKey + " does not exist";
            return nullptr;
        }
        auto semaphore = std::make_unique<QSystemSemaphore>(key, 0, QSystemSemaphore::Open);
        if (semaphore->error() != QSystemSemaphore::NoError) {
            *error = "cannot open the " + role + " semaphore of run " + runKey + ": " +
                     semaphore->errorString().toStdString();
            return nullptr;
        }
        return semaphore;
    }

    std::unique_ptr<QSystemSemaphore> m_lock;
    std::unique_ptr<QSystemSemaphore> m_gate;
    std::vector<std::array<std::unique_ptr<QSystemSemaphore>, 3>> m_arrive;
    int m_slot = -1;
    long long m_round = 0;
    unsigned long long m_ticket = 0; // this round's, drawn at the arrival
    bool m_arrived = false;          // arrive() got through (b): awaitRound() may go on
};

} // namespace

std::unique_ptr<Participant> makeQtParticipant(CoordinationBlock &block, std::string *error)
{
    auto participant = std::make_unique<QtParticipant>(block);
    if (!participant->open(error))
        return nullptr;
    return participant;
}

} // namespace proclab::ipc
