// SPDX-License-Identifier: MIT
#pragma once

#include <atomic>
#include <cstdint>

namespace proclab::futex {

// A futex word lives in shared memory and is used by several processes, so the atomic must be a
// plain 32-bit word with no hidden lock (an address-free atomic, usable through any mapping).
using Word = std::atomic<std::uint32_t>;
static_assert(Word::is_always_lock_free, "futex words must be lock-free to work across processes");
static_assert(sizeof(Word) == sizeof(std::uint32_t), "a futex word is exactly 32 bits");

// Sleeps while *word == expected, at most timeoutNs. Returns at once if the value already differs;
// may return spuriously. Shared (not FUTEX_PRIVATE_FLAG): waiter and waker are different processes.
// Returns false if the kernel refused the call itself (ENOSYS under a seccomp filter or an
// emulator, EFAULT, EINVAL): then it never sleeps, and a caller looping on it would spin.
bool wait(Word *word, std::uint32_t expected, long long timeoutNs);
// Whether this process may use futex() at all (a FUTEX_WAKE nobody waits for).
bool available();
// Wakes up to `count` sleepers on word (INT_MAX: all of them).
void wake(Word *word, int count);

// A polite busy-wait step: tells the CPU we are spinning (frees the sibling hyper-thread).
inline void cpuRelax()
{
#if defined(__x86_64__) || defined(__i386__)
    __builtin_ia32_pause();
#elif defined(__aarch64__)
    asm volatile("yield" ::: "memory");
#endif
}

} // namespace proclab::futex
