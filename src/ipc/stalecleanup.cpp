// SPDX-License-Identifier: MIT
#include "stalecleanup.h"

#include "familyobjects.h"
#include "objectnames.h"
#include "segmentattach.h"
#include "segmentheader.h"
#include "sharedsegment.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <sys/ipc.h>
#include <sys/shm.h>
#include <unistd.h>

namespace proclab {

namespace {

QList<QList<QByteArray>> procRows(const char *path)
{
    QList<QList<QByteArray>> rows;
    QFile file(QString::fromLatin1(path));
    if (!file.open(QIODevice::ReadOnly))
        return rows;
    file.readLine(); // column titles
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().simplified();
        if (!line.isEmpty())
            rows.append(line.split(' '));
    }
    return rows;
}

bool ownerAlive(qint64 pid, quint64 startTicks)
{
    const quint64 now = ipc::processStartTicks(pid);
    return now != 0 && now == startTicks;
}

// A key file is named after the run key, which starts with the creating lab's pid: the pid and
// the lab's pid namespace, or nothing.
std::optional<ipc::RunKeyOrigin> makerOfKeyFile(const QString &fileName)
{
    if (!fileName.startsWith(QLatin1String("proclab-ipc-proclab-")))
        return std::nullopt;
    return ipc::originOfRunKey(fileName.toStdString());
}

// Whether a run key was made in this lab's pid namespace, where its pid can be judged.
bool madeHere(const ipc::RunKeyOrigin &maker)
{
    static const std::uint32_t here = ipc::pidNamespaceTag();
    return here != 0 && maker.pidNamespace == here;
}

} // namespace

QList<SysVObject> sysvSharedMemory()
{
    // key shmid perms size cpid lpid nattch uid …
    QList<SysVObject> objects;
    for (const auto &f : procRows("/proc/sysvipc/shm")) {
        if (f.size() < 8)
            continue;
        objects.append({f[0].toLongLong(), f[1].toInt(), f[2].toInt(nullptr, 8), f[3].toLongLong(),
                        f[4].toLongLong(), f[6].toLongLong(), f[7].toLongLong()});
    }
    return objects;
}

QList<SysVObject> sysvSemaphores()
{
    // key semid perms nsems uid …
    QList<SysVObject> objects;
    for (const auto &f : procRows("/proc/sysvipc/sem")) {
        if (f.size() < 5)
            continue;
        objects.append({f[0].toLongLong(), f[1].toInt(), f[2].toInt(nullptr, 8), f[3].toLongLong(),
                        0, 0, f[4].toLongLong()});
    }
    return objects;
}

namespace {

// Removes this user's ProcLab segments whose header names an owner for which `remove(pid, start
// ticks)` is true, each with its key file, then the key files left without a segment whose
// maker `removeKeyFileOf(maker)` accepts.
template<typename SegmentOwnerTest, typename KeyFileTest>
int removeIpcObjects(SegmentOwnerTest remove, KeyFileTest removeKeyFileOf, const QString &ofPid,
                     QStringList *removed)
{
    int count = 0;
    const qint64 uid = ::getuid();
    const QDir temp = QDir::temp();
    // Only ProcLab's segments are looked at: those named by a ProcLab key file (Qt's System V
    // key is derived from it) and created by the process the file is named after. Other
    // applications' segments are never attached, not even to read them. A creator the lab cannot
    // see (another pid namespace: /proc/sysvipc shows its pid as 0) is never judged from here.
    QHash<qint64, qint64> creatorOfKey; // System V key -> the pid its key file names
    for (const QString &name :
         temp.entryList({QStringLiteral("proclab-ipc-proclab-*")}, QDir::Files | QDir::System)) {
        const key_t key = ipc::sysvKeyOf(QFile::encodeName(temp.filePath(name)).constData());
        if (key != -1)
            creatorOfKey.insert(qint64(key), makerOfKeyFile(name).value_or(ipc::RunKeyOrigin{}).pid);
    }
    for (const SysVObject &shm : sysvSharedMemory()) {
        // Key 0: already marked for removal (the kernel frees it at the last detach).
        if (shm.uid != uid || shm.key == 0 || shm.size < ipc::kHeaderBytes || shm.creatorPid <= 0 ||
            creatorOfKey.value(shm.key, -1) != shm.creatorPid)
            continue;
        void *address = ::shmat(shm.id, nullptr, SHM_RDONLY);
        if (address == reinterpret_cast<void *>(-1))
            continue;
        ipc::SegmentHeader header;
        std::memcpy(&header, address, sizeof header);
        ::shmdt(address);
        // No owner recorded: not a complete ProcLab header, so not ours to judge.
        if (!header.valid() || header.ownerPid != shm.creatorPid || header.ownerStartTicks == 0 ||
            !remove(header.ownerPid, header.ownerStartTicks))
            continue;
        header.keyFile[sizeof header.keyFile - 1] = '\0';
        ::shmctl(shm.id, IPC_RMID, nullptr);
        // The key file goes too, unless it now names someone else's segment.
        if (ipc::sysvKeyOf(header.keyFile) == key_t(shm.key))
            ::unlink(header.keyFile);
        ++count;
        if (removed)
            removed->append(
                QStringLiteral("shm %1 %2 %3").arg(shm.id).arg(ofPid).arg(header.ownerPid));
    }
    // Key files whose segment is already gone (the owner died between the two steps of removal).
    const QStringList files =
        temp.entryList({QStringLiteral("proclab-ipc-proclab-*")}, QDir::Files | QDir::System);
    for (const QString &name : files) {
        const auto maker = makerOfKeyFile(name);
        if (!maker || !removeKeyFileOf(*maker))
            continue;
        const QString path = temp.filePath(name);
        if (QFileInfo(path).ownerId() != uint(uid))
            continue;
        if (QFile::remove(path)) {
            ++count;
            if (removed)
                removed->append(path);
        }
    }
    return count;
}

} // namespace

int removeStaleIpcObjects(QStringList *removed)
{
    // A segment's header names its owner with the owner's start time, and /proc/sysvipc shows its
    // creator only if that is in this pid namespace: those are judged by the header. Everything
    // else is judged by the pid in its name, so only when it was made in this pid namespace.
    const auto deadHere = [](const ipc::RunKeyOrigin &maker) {
        return madeHere(maker) && ipc::processStartTicks(maker.pid) == 0;
    };
    int count = removeIpcObjects(
        [](qint64 pid, quint64 startTicks) { return !ownerAlive(pid, startTicks); }, deadHere,
        QStringLiteral("of dead pid"), removed);
    count += removeQtSemaphoresOf(deadHere, removed);
    count += removePosixSemaphoresOf(deadHere, removed);
    return count;
}

int removeIpcObjectsOwnedBy(qint64 ownerPid, QStringList *removed)
{
    if (ownerPid <= 0)
        return 0;
    const quint64 startTicks = ipc::processStartTicks(ownerPid);
    const auto ofOwner = [ownerPid](const ipc::RunKeyOrigin &maker) {
        return madeHere(maker) && maker.pid == ownerPid;
    };
    int count = removeIpcObjects(
        [ownerPid, startTicks](qint64 pid, quint64 ticks) {
            return pid == ownerPid && ticks == startTicks;
        },
        ofOwner, QStringLiteral("of pid"), removed);
    count += removeQtSemaphoresOf(ofOwner, removed);
    count += removePosixSemaphoresOf(ofOwner, removed);
    return count;
}

} // namespace proclab
