// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace proclab::ipc {

// Names of the kernel objects a run's primitive family creates, derived from the run key
// ("proclab-<lab pid>-<nonce>", newRunKey()) so that the lab, its workers and the stale-object
// cleaner of a later run all find the same objects, and a dead lab's objects can be told by pid.
//
// A pid means something only in the pid namespace it was read in: a lab in another container that
// shares /tmp or /dev/shm has pids this one cannot see, and a pid this lab finds dead may be that
// lab, alive. So the nonce's first 8 hex digits are the creator's pidNamespaceTag(), and only
// objects made in this lab's own pid namespace are ever judged by pid.

// The low 32 bits of the inode of /proc/self/ns/pid: the same for every process of one pid
// namespace, different between namespaces; 0 if it cannot be read.
std::uint32_t pidNamespaceTag();
// "proclab-<pid>-<nonce>": the nonce is pidNamespaceTag() then `random`, 16 hex digits.
std::string makeRunKey(long long pid, std::uint32_t random);
// A run key's maker, read back from a name that holds one: "proclab-<pid>-<16 hex>" anywhere in it
// (key files, POSIX semaphore files) or a qtSemaphoreKey() (Qt's key files keep its letters).
struct RunKeyOrigin
{
    long long pid = 0;
    std::uint32_t pidNamespace = 0;
};
std::optional<RunKeyOrigin> originOfRunKey(const std::string &name);

// A POSIX named semaphore of the posix family: "/proclab-<pid>-<nonce>-<role>", which glibc keeps
// as /dev/shm/sem.proclab-<pid>-<nonce>-<role>.
std::string posixSemaphoreName(const std::string &runKey, const std::string &role);

// The QSystemSemaphore key of one semaphore of the qt family. Qt names a System V semaphore after a
// key file whose name keeps only the key's letters (plus a SHA-1 of the whole key), so the key is
// written in letters only: "proclab" + 'q' + the lab's pid in letters (digit d as 'a'+d) + 'x' +
// the nonce's hex digits in letters (a-f kept, digit d as 'g'+d) + 'y' + role. The pid and the
// nonce can then be read back from the key file (originOfRunKey()).
std::string qtSemaphoreKey(const std::string &runKey, const std::string &role);
// Roles, in letters only (they are part of a Qt key): "lock", "gate", "arrive" + slot + phase.
std::string qtArriveRole(int slot, int phase);

} // namespace proclab::ipc
