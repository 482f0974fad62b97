// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QStringList>

namespace proclab {

// One System V object as /proc/sysvipc lists it.
struct SysVObject
{
    qint64 key = 0;
    int id = -1;
    int perms = 0;
    qint64 size = 0;       // shm: bytes; sem: number of semaphores
    qint64 creatorPid = 0; // shm only
    qint64 attached = 0;   // shm only
    qint64 uid = -1;
};

QList<SysVObject> sysvSharedMemory();
QList<SysVObject> sysvSemaphores();

// Removes what crashed runs of this user left behind: ProcLab segments whose owner process is
// gone (checked by pid and start time, so a recycled pid is not mistaken for the owner) and key
// files of such runs. Never touches objects of live runs or of other programs. Cheap (reads
// /proc/sysvipc/shm); call it before a run creates its objects. Returns how many it removed.
int removeStaleIpcObjects(QStringList *removed = nullptr);

// Removes the ProcLab segments and key files that the (live) process `ownerPid` created: for a lab
// that exits at once, without unwinding its runs (a second SIGTERM). Processes still attached keep
// their mapping until they detach or die; the kernel frees the segment then. Returns how many.
int removeIpcObjectsOwnedBy(qint64 ownerPid, QStringList *removed = nullptr);

} // namespace proclab
