// SPDX-License-Identifier: MIT
#pragma once

// Work handed from one thread to another through Qt's event queue (a queued
// QMetaObject::invokeMethod): everything the sending thread wrote before it posted the call is
// visible to the call on the receiving thread, because QCoreApplication::postEvent and the
// receiver's event loop synchronise on the thread's post-event list. That lock is inside QtCore,
// which Debian does not build for ThreadSanitizer, so TSan cannot see the order and reports the
// receiver's first reads as races. These two calls tell it exactly that order, at each hand-over;
// in every other build they are nothing.

#include <QObject>
#include <memory>
#include <utility>

#if defined(__SANITIZE_THREAD__)
extern "C" void __tsan_acquire(void *address);
extern "C" void __tsan_release(void *address);
#endif

namespace proclab {

// On the sending thread, after its last write for the receiver and before posting the call.
inline void handOver(const void *token)
{
#if defined(__SANITIZE_THREAD__)
    __tsan_release(const_cast<void *>(token));
#else
    (void)token;
#endif
}

// On the receiving thread, first thing in the posted call (with the same token).
inline void takeOver(const void *token)
{
#if defined(__SANITIZE_THREAD__)
    __tsan_acquire(const_cast<void *>(token));
#else
    (void)token;
#endif
}

// What a posted call carries: the call itself is built before the hand-over (handOver orders it);
// only these two pointers are written afterwards, by QMetaObject::invokeMethod as it copies the
// functor, and read once, by takeQueuedCall().
template<class Call> struct QueuedCall
{
    QObject *receiver = nullptr;
    std::unique_ptr<Call> call;
};

// The one read of what invokeMethod wrote after the hand-over (the functor's storage, ordered by
// QtCore's post-event lock, which TSan cannot see); tests/sanitizers/tsan.supp names this function.
// Out of line so that nothing else runs inside it.
template<class Call> [[gnu::noinline]] QueuedCall<Call> takeQueuedCall(QueuedCall<Call> &stored)
{
    return std::move(stored);
}

// Calls `call` on `receiver`'s thread through its event queue, the hand-over made visible to TSan.
template<class Call>
void postCall(QObject *receiver, Call call, Qt::ConnectionType type = Qt::QueuedConnection)
{
    QueuedCall<Call> queued{receiver, std::make_unique<Call>(std::move(call))};
    handOver(receiver);
    QMetaObject::invokeMethod(
        receiver,
        [queued = std::move(queued)]() mutable {
            const QueuedCall<Call> taken = takeQueuedCall(queued);
            takeOver(taken.receiver);
            (*taken.call)();
        },
        type);
}

} // namespace proclab
