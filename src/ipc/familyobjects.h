// SPDX-License-Identifier: MIT
#pragma once

#include "objectnames.h"

#include "coordinationblock.h"
#include "ipcinspection.h"

#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
#include <vector>

namespace proclab {

// The lab's side of one primitive family in one Barrier & Lock run: it creates the family's kernel
// objects (named after the run key, objectnames.h) before any worker starts, reads them for the
// inspector, breaks the barrier, and removes them. Nothing here ever blocks: the lab only reads
// values, posts and releases (a release never waits), so the engine thread stays responsive
// whatever the workers do.
class FamilyObjects
{
public:
    virtual ~FamilyObjects() = default; // implementations remove() their objects

    // Creates the objects for `block`, which already holds family, parties and runKey.
    virtual bool create(ipc::CoordinationBlock &block, QString *error) = 0;
    // Every present and future waiter of the barrier wakes up and gets Broken.
    virtual void breakBarrier(ipc::CoordinationBlock &block) = 0;
    // Whether the lock is taken right now, as its kernel object says.
    virtual bool lockTaken(const ipc::CoordinationBlock &block) const = 0;
    // The qt family's exit gate (see Participant::leave()): how many participants wait at it
    // (-1: the family has none), and opening it for `count` of them.
    virtual int exitGateWaiters() const { return -1; }
    virtual void openExitGate(int count) { Q_UNUSED(count); }
    // The family's objects now, appended to *out.
    virtual void inspect(const ipc::CoordinationBlock &block,
                         std::vector<IpcObjectState> *out) const = 0;
    // Removes every object (idempotent).
    virtual void remove() = 0;
    // After remove(): every object the family created, each with exists = whether the kernel still
    // has it (all false on success), appended to *out.
    virtual void checkRemoved(std::vector<IpcObjectState> *out) const = 0;
};

std::unique_ptr<FamilyObjects> makeFutexObjects();
std::unique_ptr<FamilyObjects> makePosixObjects();
std::unique_ptr<FamilyObjects> makeQtObjects();

// Stale-object cleaning for the families' named objects (called by removeStaleIpcObjects() and
// removeIpcObjectsOwnedBy()): removes this user's objects whose run key's maker (its lab's pid and
// pid namespace) `removeOf` accepts. Return how many objects they removed, each described in
// *removed.
using RunKeyTest = std::function<bool(const ipc::RunKeyOrigin &maker)>;
int removePosixSemaphoresOf(const RunKeyTest &removeOf, QStringList *removed);
int removeQtSemaphoresOf(const RunKeyTest &removeOf, QStringList *removed);

} // namespace proclab
