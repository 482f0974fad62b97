// SPDX-License-Identifier: MIT
#pragma once

namespace proclab {

// The worker's end of the lab's lifeline: every process of a run dies when the lab dies, whatever
// killed the lab (SIGKILL included) and whoever its parent is by then.
//
// PR_SET_PDEATHSIG alone cannot promise that: it fires when the *parent* dies, so a daemon
// parent's children that deliberately lack it (the orphan variant, which must outlive their
// parent while the lab lives) and children whose parent is a worker, not the lab, would survive
// the lab. The lifeline is tied to the lab itself:
//
// - The lab (src/engine/lifeline.cpp) creates a pipe at start. Only the lab holds the write end
//   (O_CLOEXEC, and the lab never writes to it); the read end is inheritable, so every process the
//   lab starts holds it, and so does every child a worker forks and execs. Its coordinates are in
//   the environment, which children inherit too: PROCLAB_LIFELINE=LABPID:FD:INODE.
// - When the lab ends, however it ends, the kernel closes its write end; the pipe then has no
//   writer, and the kernel sends the "I/O possible" signal to the owner of every read end that
//   asked for it (O_ASYNC, fs/pipe.c pipe_release → kill_fasync). Each process asks for SIGKILL
//   (F_SETSIG) to itself (F_SETOWN_EX): the kernel kills it at the instant the lab's files are
//   closed, with no thread, no handler and no polling in the worker, and whatever the worker is
//   blocked in (a futex of the barrier, a robust mutex, waitpid).
// - The owner belongs to an open file description, which a fork shares, so each process opens a
//   description of its own on the same pipe: /proc/LABPID/fd/FD (the lab's pid directory is
//   already in the kernel's cache: ~8 µs) or, if that is refused, /proc/self/fd/FD (~15 µs, a new
//   process's own /proc directory is built on first use). A thread blocked in poll() would work
//   too but costs ~45 µs to create; it is only the fallback when neither can be opened.
// - The race with a lab that died before the process was armed is closed by checking the inherited
//   read end for POLLHUP after arming: either the lab died after arming (the kernel kills us) or
//   before the check (we see the hang-up and kill ourselves).
//
// Returns false when the lab is already gone: the caller must not start its role. Without
// PROCLAB_LIFELINE (a worker started by a test or by hand), or when the descriptor it names is
// not that pipe, nothing is done and the worker relies on PR_SET_PDEATHSIG alone.
bool holdLifeline();

// The environment variable; the lab's side (src/engine/lifeline.cpp) spells it the same.
inline constexpr const char *kLifelineVariable = "PROCLAB_LIFELINE";

} // namespace proclab
