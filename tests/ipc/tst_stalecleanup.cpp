// SPDX-License-Identifier: MIT
// The stale-object clean-up that every run starts with judges only ProcLab's own objects: other
// applications' System V segments of the same user are never attached (not even read-only: their
// shm_atime and shm_lpid stay untouched), never removed, even when their bytes look like a
// ProcLab header naming a dead owner; and a segment whose creator the lab cannot see (another
// pid namespace: /proc/sysvipc shows its cpid as 0) is never judged dead.
//
// Before: the clean-up shmat()ed every segment of the user of at least a header's size to read a
// header from it, and removed any whose bytes named a dead owner.
#include "ipctestutils.h"
#include "segmentheader.h"

#include <QTest>
#include <cstring>
#include <sys/ipc.h>
#include <sys/shm.h>

using namespace proclab;

namespace {

// A segment of "another application": a key no ProcLab key file maps to, 0600, a header's size.
// With `lookAlike` its first bytes are a valid ProcLab header naming a dead owner.
int createForeignSegment(bool lookAlike)
{
    for (key_t key = 0x5eed0000 + (::getpid() & 0xfff) * 16;; ++key) {
        const int id = ::shmget(key, 4096, IPC_CREAT | IPC_EXCL | 0600);
        if (id < 0 && errno == EEXIST)
            continue;
        if (id < 0 || !lookAlike)
            return id;
        void *base = ::shmat(id, nullptr, 0);
        if (base == reinterpret_cast<void *>(-1))
            return -1;
        ipc::SegmentHeader header{};
        std::memcpy(header.magic, ipc::SegmentHeader::kMagic, sizeof header.magic);
        header.version = ipc::SegmentHeader::kVersion;
        header.headerSize = sizeof header;
        header.ownerPid = 999'999'999; // no such process
        header.ownerStartTicks = 1;
        std::strcpy(header.keyFile, "/nonexistent/other-application");
        std::memcpy(base, &header, sizeof header);
        ::shmdt(base);
        // Attached and detached by this test: what the clean-up must not do again.
        return id;
    }
}

shmid_ds statOf(int id)
{
    shmid_ds info{};
    if (::shmctl(id, IPC_STAT, &info) != 0)
        info.shm_perm.mode = 0;
    return info;
}

} // namespace

class TestStaleCleanup : public QObject
{
    Q_OBJECT
private slots:
    void othersSegmentsAreNeverAttached_data();
    void othersSegmentsAreNeverAttached();
};

void TestStaleCleanup::othersSegmentsAreNeverAttached_data()
{
    QTest::addColumn<bool>("lookAlike");
    QTest::newRow("plain") << false;
    QTest::newRow("with a ProcLab header naming a dead owner") << true;
}

void TestStaleCleanup::othersSegmentsAreNeverAttached()
{
    QFETCH(bool, lookAlike);
    const int id = createForeignSegment(lookAlike);
    QVERIFY2(id >= 0, std::strerror(errno));
    const shmid_ds before = statOf(id);
    QTest::qSleep(1100); // shm_atime has a resolution of one second
    QStringList removed;
    removeStaleIpcObjects(&removed);
    const bool exists = test::segmentExists(id);
    const shmid_ds after = statOf(id);
    ::shmctl(id, IPC_RMID, nullptr);
    QVERIFY2(exists, qPrintable(removed.join(QLatin1String(", "))));
    QCOMPARE(after.shm_atime, before.shm_atime);
    QCOMPARE(after.shm_lpid, before.shm_lpid);
}

QTEST_GUILESS_MAIN(TestStaleCleanup)
#include "tst_stalecleanup.moc"
