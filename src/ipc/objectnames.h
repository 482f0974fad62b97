// SPDX-License-Identifier: MIT
#pragma once

#include <string>

namespace proclab::ipc {

// Names of the kernel objects a run's primitive family creates, derived from the run key
// ("proclab-<lab pid>-<nonce>", newRunKey()) so that the lab, its workers and the stale-object
// cleaner of a later run all find the same objects, and a dead lab's objects can be told by pid.

// A POSIX named semaphore of the posix family: "/proclab-<pid>-<nonce>-<role>", which glibc keeps
// as /dev/shm/sem.proclab-<pid>-<nonce>-<role>.
std::string posixSemaphoreName(const std::string &runKey, const std::string &role);

// The QSystemSemaphore key of one semaphore of the qt family. Qt names a System V semaphore after a
// key file whose name keeps only the key's letters (plus a SHA-1 of the whole key), so the key is
// written in letters only: "proclab" + 'q' + the lab's pid in letters (digit d as 'a'+d) + 'x' +
// the rest of the run key in letters + 'y' + role. The pid can then be read back from the key file.
std::string qtSemaphoreKey(const std::string &runKey, const std::string &role);
// The lab pid a qtSemaphoreKey() (or a Qt key file name made from one) starts with; 0 if none.
long long pidOfQtSemaphoreKey(const std::string &keyOrFileName);
// Roles, in letters only (they are part of a Qt key): "lock", "gate", "arrive" + slot + phase.
std::string qtArriveRole(int slot, int phase);

} // namespace proclab::ipc
