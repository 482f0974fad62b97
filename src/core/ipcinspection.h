// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonArray>
#include <QString>
#include <utility>
#include <vector>

namespace proclab {

// One kernel object of a run (or a shared structure inside its segment) as the lab read it, for
// the IPC inspector: what it is, what it is for in the run, and the values the kernel (or the
// structure) reports right now. Read without blocking, from the engine thread.
struct IpcObjectState
{
    QString kind; // "sysv_shm", "sysv_sem", "posix_sem", "robust_mutex", "futex_barrier",
                  // "posix_barrier", "pool_queue", "counter"
    QString role; // "segment", "lock", "barrier", "exit gate", "arrive 0/1", "condition lock", …
    QString name; // key, path or id by which the kernel knows it (empty for a structure)
    std::vector<std::pair<QString, qint64>> values; // "value", "waiters", "attached", "owner_pid"…
    bool exists = true;                             // false: gone (after the run: as it must be)

    qint64 value(const QString &key, qint64 missing = -1) const
    {
        for (const auto &[k, v] : values) {
            if (k == key)
                return v;
        }
        return missing;
    }
};

// The run's objects at one instant (atNs: run time), and after the run whether each still exists.
struct IpcInspection
{
    qint64 atNs = -1; // -1: never inspected
    std::vector<IpcObjectState> objects;
    bool checkedAfter = false;            // the after-run check was made
    std::vector<IpcObjectState> leftover; // objects that still existed after the run (none)
};

// One line for a terminal: "sysv_sem lock (semid 5): value=1 waiters=0 last_pid=123".
QString ipcObjectLine(const IpcObjectState &object);

QJsonArray ipcObjectsToJson(const std::vector<IpcObjectState> &objects);
std::vector<IpcObjectState> ipcObjectsFromJson(const QJsonArray &array);

} // namespace proclab
