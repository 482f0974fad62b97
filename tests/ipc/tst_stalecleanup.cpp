// SPDX-License-Identifier: MIT
// The stale-object clean-up that every run starts with judges only ProcLab's own objects: other
// applications' System V segments of the same user are never attached (not even read-only: their
// shm_atime and shm_lpid stay untouched), never removed, even when their bytes look like a
// ProcLab header naming a dead owner; and a segment whose creator the lab cannot see (another
// pid namespace: /proc/sysvipc shows its cpid as 0) is never judged dead.
//
// Before: the clean-up shmat()ed every segment of the user of at least a header's size to read a
// header from it, and removed any whose bytes named a dead owner.
//
// The objects judged by the pid in their name (key files, POSIX semaphores, Qt's semaphore key
// files) are judged only when their run key was made in this pid namespace: a pid from another
// one (a lab in another container sharing /tmp and /dev/shm) says nothing here. Before: any of
// them whose pid was not alive here was removed.
#include "ipckeys.h"
#include "ipctestutils.h"
#include "objectnames.h"
#include "segmentattach.h"
#include "segmentheader.h"
#include "sharedsegment.h"

#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QTest>
#include <cstring>
#include <fcntl.h>
#include <semaphore.h>
#include <sys/ipc.h>
#include <sys/shm.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

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
    void otherPidNamespacesAreNeverJudged_data();
    void otherPidNamespacesAreNeverJudged();
    void keyClashIsGotRound();
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

void TestStaleCleanup::otherPidNamespacesAreNeverJudged_data()
{
    QTest::addColumn<bool>("madeHere");
    QTest::newRow("made in another pid namespace: kept") << false;
    QTest::newRow("made in this one: removed") << true;
}

void TestStaleCleanup::otherPidNamespacesAreNeverJudged()
{
    QFETCH(bool, madeHere);
    const std::uint32_t here = ipc::pidNamespaceTag();
    if (here == 0)
        QSKIP("/proc/self/ns/pid cannot be read here");
    // A pid that is not alive here.
    const pid_t child = ::fork();
    if (child == 0)
        ::_exit(0);
    ::waitpid(child, nullptr, 0);
    QCOMPARE(ipc::processStartTicks(child), 0ull);
    std::string key = ipc::makeRunKey(child, 0x5ca1ab1e);
    if (!madeHere) { // the same key as a lab in another pid namespace makes it
        char tag[9];
        std::snprintf(tag, sizeof tag, "%08x", unsigned(here ^ 0x00010001u));
        key.replace(key.size() - 16, 8, tag);
    }
    QVERIFY(ipc::originOfRunKey(key).has_value());
    QCOMPARE(ipc::originOfRunKey(key)->pidNamespace == here, madeHere);

    // A key file without its segment, a POSIX semaphore, a Qt semaphore's key file.
    const QString keyFile = QDir::temp().filePath(QStringLiteral("proclab-ipc-") +
                                                  QString::fromStdString(key));
    const QString qtKeyFile = QDir::temp().filePath(
        QStringLiteral("qipc_systemsem_") +
        QString::fromStdString(ipc::qtSemaphoreKey(key, "lock")) +
        QStringLiteral("0123456789abcdef0123456789abcdef01234567"));
    const std::string semaphore = ipc::posixSemaphoreName(key, "lock");
    const QString semaphoreFile =
        QStringLiteral("/dev/shm/sem.") + QString::fromStdString(semaphore.substr(1));
    for (const QString &path : {keyFile, qtKeyFile}) {
        QFile file(path);
        QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(path));
    }
    sem_t *sem = ::sem_open(semaphore.c_str(), O_CREAT | O_EXCL, 0600, 1);
    QVERIFY2(sem != SEM_FAILED, std::strerror(errno));
    ::sem_close(sem);
    const auto cleanUp = qScopeGuard([&] {
        QFile::remove(keyFile);
        QFile::remove(qtKeyFile);
        ::sem_unlink(semaphore.c_str());
    });

    QStringList removed;
    removeStaleIpcObjects(&removed);
    const QString said = removed.join(QLatin1String(", "));
    QCOMPARE(QFile::exists(keyFile), !madeHere);
    QCOMPARE(QFile::exists(qtKeyFile), !madeHere);
    QCOMPARE(QFile::exists(semaphoreFile), !madeHere);
    if (!madeHere)
        QVERIFY2(!said.contains(QString::number(child)), qPrintable(said));
}

// ftok() keeps 16 bits of a key file's inode, so a new segment's key can be another live
// segment's (EEXIST). Here the clash is made on purpose: a file's inode is freed and a foreign
// segment takes the key it gave; ext4 hands that inode to the next new file, the segment's key
// file. Creation tries other key files and must not get the same inode again. Before: each try
// removed its key file first, the next one got the same inode, and all four clashed.
void TestStaleCleanup::keyClashIsGotRound()
{
    const QString probe = QDir::temp().filePath(QStringLiteral("proclab-clash-probe-%1")
                                                    .arg(QCoreApplication::applicationPid()));
    {
        QFile file(probe);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    const QByteArray probePath = QFile::encodeName(probe);
    const key_t taken = ipc::sysvKeyOf(probePath.constData());
    struct stat info{};
    QVERIFY(::stat(probePath.constData(), &info) == 0);
    const ino_t freedInode = info.st_ino;
    QVERIFY(QFile::remove(probe));
    const int foreign = ::shmget(taken, 4096, IPC_CREAT | IPC_EXCL | 0600);
    if (foreign < 0)
        QSKIP("the probe's System V key is in use already");
    const auto removeForeign = qScopeGuard([foreign] { ::shmctl(foreign, IPC_RMID, nullptr); });

    QString error;
    const QString key = newRunKey();
    // Whether the first key file would get the freed inode (and so clash): seen from a file of
    // the same kind made and removed right before.
    {
        QFile file(SharedSegment::keyFilePath(key + QStringLiteral("-probe")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        const bool reused = ::stat(QFile::encodeName(file.fileName()).constData(), &info) == 0 &&
                            info.st_ino == freedInode;
        file.remove();
        if (!reused)
            QSKIP("this filesystem does not hand a freed inode to the next file: no clash to make");
    }
    auto segment = SharedSegment::create(key, 64, &error);
    QVERIFY2(segment, qPrintable(error));
    QVERIFY(segment->shmId() != foreign);
    QVERIFY(test::segmentExists(foreign)); // never touched
    segment.reset();
    // The key files of the tries that clashed are gone too.
    QCOMPARE(QDir::temp()
                 .entryList({QStringLiteral("proclab-ipc-") + key + QLatin1Char('*')},
                            QDir::Files | QDir::System)
                 .size(),
             0);
}

QTEST_GUILESS_MAIN(TestStaleCleanup)
#include "tst_stalecleanup.moc"
