// SPDX-License-Identifier: MIT
// The qt family's lab side: creates every QSystemSemaphore of the run before any worker starts
// (Create mode, so these objects own the semaphores and their key files, and remove both when they
// go), reads them for the inspector with semctl, opens the exit gate and breaks the barrier. The
// protocol the workers run on these semaphores is described in qtparticipant.cpp. Nothing here
// blocks: the lab reads, and releases (a release never waits); it never acquires.
#include "familyobjects.h"
#include "objectnames.h"
#include "qtkeyfile.h"
#include "segmentattach.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSystemSemaphore>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/ipc.h>
#include <sys/sem.h>
#include <unistd.h>
#include <vector>

namespace proclab {

namespace {

constexpr int kPhases = 3;

const QString kKeyFilePrefix = QStringLiteral("qipc_systemsem_proclabq");

qint64 semValue(int semid, int command)
{
    if (semid < 0)
        return -1;
    const int value = ::semctl(semid, 0, command);
    return value == -1 ? -1 : qint64(value);
}

class QtObjects final : public FamilyObjects
{
public:
    ~QtObjects() override { remove(); }

    bool create(ipc::CoordinationBlock &block, QString *error) override
    {
        const std::string runKey = block.key();
        m_parties = int(block.parties);
        if (!add(runKey, "lock", QStringLiteral("lock"), 1, error) ||
            !add(runKey, "gate", QStringLiteral("exit gate"), 0, error))
            return false;
        for (int slot = 0; slot < m_parties; ++slot) {
            for (int phase = 0; phase < kPhases; ++phase) {
                if (!add(runKey, ipc::qtArriveRole(slot, phase),
                         QStringLiteral("arrive %1/%2").arg(slot).arg(phase), 0, error))
                    return false;
            }
        }
        return true;
    }

    void breakBarrier(ipc::CoordinationBlock &block) override
    {
        // Once: the first break gives every semaphore enough tokens for every waiter, and every
        // participant that wakes to a broken barrier gives its token back, so they never run out.
        // (Breaking again would only grow this process's semadj towards its limit.)
        if (block.broken.exchange(1, std::memory_order_acq_rel) != 0)
            return;
        for (Semaphore &s : m_semaphores) {
            if (s.role != QLatin1String("lock") && s.semaphore)
                s.semaphore->release(m_parties);
        }
    }

    bool lockTaken(const ipc::CoordinationBlock &) const override
    {
        return !m_semaphores.empty() && semValue(m_semaphores[0].semid, GETVAL) == 0;
    }

    int exitGateWaiters() const override
    {
        return m_semaphores.size() > 1 ? int(semValue(m_semaphores[1].semid, GETNCNT)) : -1;
    }

    void openExitGate(int count) override
    {
        if (count > 0 && m_semaphores.size() > 1 && m_semaphores[1].semaphore)
            m_semaphores[1].semaphore->release(count);
    }

    void inspect(const ipc::CoordinationBlock &block,
                 std::vector<IpcObjectState> *out) const override
    {
        for (const Semaphore &s : m_semaphores) {
            IpcObjectState state;
            state.kind = QStringLiteral("sysv_sem");
            state.role = s.role;
            state.name = nameOf(s);
            state.values = {{QStringLiteral("value"), semValue(s.semid, GETVAL)},
                            {QStringLiteral("waiters"), semValue(s.semid, GETNCNT)},
                            {QStringLiteral("zero_waiters"), semValue(s.semid, GETZCNT)},
                            {QStringLiteral("last_pid"), semValue(s.semid, GETPID)}};
            state.exists = s.semaphore != nullptr;
            out->push_back(std::move(state));
        }
        const unsigned long long arrivals = block.arrivals.load(std::memory_order_relaxed);
        IpcObjectState barrier;
        barrier.kind = QStringLiteral("qt_barrier");
        barrier.role = QStringLiteral("barrier");
        barrier.values = {
            {QStringLiteral("parties"), qint64(block.parties)},
            {QStringLiteral("slots"), qint64(block.slotsTaken.load(std::memory_order_relaxed))},
            {QStringLiteral("arrived"), qint64(arrivals % block.parties)},
            {QStringLiteral("generation"), qint64(arrivals / block.parties)},
            {QStringLiteral("broken"), block.broken.load(std::memory_order_relaxed) ? 1 : 0}};
        out->push_back(std::move(barrier));
    }

    void remove() override
    {
        // The lab created them all, so Qt's destructor removes each semaphore (IPC_RMID) and its
        // key file. Only once no worker is left: a QSystemSemaphore whose semaphore is removed
        // under it (EIDRM) silently creates a fresh one under the same key and waits on that, for
        // ever, and its key file and semaphore would outlive the run (checkRemoved shows them).
        for (Semaphore &s : m_semaphores)
            s.semaphore.reset();
    }

    void checkRemoved(std::vector<IpcObjectState> *out) const override
    {
        for (const Semaphore &s : m_semaphores) {
            IpcObjectState state;
            state.kind = QStringLiteral("sysv_sem");
            state.role = s.role;
            state.name = nameOf(s);
            // Gone means: the id is invalid, nothing answers to the key, and no key file is left
            // (a key file would let the next Open recreate the semaphore under the same key).
            state.exists = ::semctl(s.semid, 0, GETVAL) != -1 || ::semget(s.sysvKey, 1, 0) != -1 ||
                           QFileInfo::exists(s.keyFile);
            out->push_back(std::move(state));
        }
    }

private:
    struct Semaphore
    {
        QString role;
        QString keyFile;
        key_t sysvKey = -1;
        int semid = -1;
        std::unique_ptr<QSystemSemaphore> semaphore;
    };

    static QString nameOf(const Semaphore &s)
    {
        return QStringLiteral("semid %1 key 0x%2")
            .arg(s.semid)
            .arg(quint32(s.sysvKey), 8, 16, QLatin1Char('0'));
    }

    bool add(const std::string &runKey, const std::string &role, const QString &label,
             int initialValue, QString *error)
    {
        const QString key = QString::fromStdString(ipc::qtSemaphoreKey(runKey, role));
        Semaphore s;
        s.role = label;
        s.keyFile = ipc::qtKeyFilePath(key);
        const QByteArray path = QFile::encodeName(s.keyFile);
        // ftok() maps a file's inode to a key, so two key files can map to the same key. Qt's
        // Create mode would then silently take over the semaphore already there (resetting its
        // value, and removing it later): another of this run's semaphores, another run's, another
        // program's. So make the key file first and refuse a key that is already taken. (Qt then
        // owns the file: in Create mode it removes the key file whoever made it.)
        // A clash is not rare: ftok keeps 16 bits of the inode, and a run has up to 194
        // semaphores among all the machine's. The name is fixed (the workers derive it), the
        // inode is not: the clashing file is set aside (so its inode stays in use) and the key
        // file made again, until its key is free; the set-aside files go afterwards.
        constexpr int kAttempts = 16;
        std::vector<QByteArray> setAside;
        const auto dropSetAside = [&setAside] {
            for (const QByteArray &file : setAside)
                ::unlink(file.constData());
        };
        int clash = -1;
        for (int attempt = 0; attempt < kAttempts; ++attempt) {
            const int fd = ::open(path.constData(), O_CREAT | O_EXCL | O_RDWR | O_CLOEXEC, 0640);
            if (fd == -1) {
                *error = QStringLiteral("cannot create the key file %1: %2")
                             .arg(s.keyFile, QString::fromLocal8Bit(std::strerror(errno)));
                dropSetAside();
                return false;
            }
            ::close(fd);
            s.sysvKey = ipc::sysvKeyOf(path.constData());
            clash = s.sysvKey == -1 ? -1 : ::semget(s.sysvKey, 1, 0);
            if (s.sysvKey == -1 || clash == -1)
                break;
            const QByteArray aside = path + ".clash" + QByteArray::number(attempt);
            if (::rename(path.constData(), aside.constData()) != 0) {
                ::unlink(path.constData());
                break;
            }
            setAside.push_back(aside);
        }
        dropSetAside();
        if (s.sysvKey == -1 || clash != -1) {
            ::unlink(path.constData());
            *error = s.sysvKey == -1
                         ? QStringLiteral("ftok failed on %1").arg(s.keyFile)
                         : QStringLiteral("the System V key of %1 is taken already (semaphore %2)")
                               .arg(s.keyFile)
                               .arg(clash);
            return false;
        }
        s.semaphore =
            std::make_unique<QSystemSemaphore>(key, initialValue, QSystemSemaphore::Create);
        if (s.semaphore->error() != QSystemSemaphore::NoError) {
            *error = QStringLiteral("cannot create the %1 semaphore: %2")
                         .arg(label, s.semaphore->errorString());
            s.semaphore.reset();
            ::unlink(path.constData());
            return false;
        }
        s.semid = ::semget(s.sysvKey, 1, 0);
        if (s.semid == -1) {
            *error = QStringLiteral("the %1 semaphore is not under the key Qt should use (%2)")
                         .arg(label, s.keyFile);
            m_semaphores.push_back(std::move(s)); // removed with the others
            return false;
        }
        m_semaphores.push_back(std::move(s));
        return true;
    }

    // [0] lock, [1] gate, then arrive i/p in slot-major order.
    std::vector<Semaphore> m_semaphores;
    int m_parties = 0;
};

} // namespace

std::unique_ptr<FamilyObjects> makeQtObjects()
{
    return std::make_unique<QtObjects>();
}

int removeQtSemaphoresOf(const RunKeyTest &removeOf, QStringList *removed)
{
    int count = 0;
    const uint uid = ::getuid();
    const QDir temp = QDir::temp();
    const QStringList files = temp.entryList({kKeyFilePrefix + QLatin1Char('*')},
                                             QDir::Files | QDir::System | QDir::Hidden);
    for (const QString &name : files) {
        const auto maker = ipc::originOfRunKey(name.toStdString());
        if (!maker || !removeOf(*maker))
            continue;
        const qint64 pid = maker->pid;
        const QString path = temp.filePath(name);
        if (QFileInfo(path).ownerId() != uid)
            continue;
        const QByteArray encoded = QFile::encodeName(path);
        const key_t key = ipc::sysvKeyOf(encoded.constData());
        const int semid = key == -1 ? -1 : ::semget(key, 1, 0);
        if (semid != -1) {
            // Only a semaphore of this user: a key clash must not remove someone else's.
            semid_ds ds{};
            if (::semctl(semid, 0, IPC_STAT, &ds) == 0 && ds.sem_perm.uid == uid &&
                ::semctl(semid, 0, IPC_RMID) == 0) {
                ++count;
                if (removed)
                    removed->append(QStringLiteral("sem %1 of pid %2").arg(semid).arg(pid));
            }
        }
        if (::unlink(encoded.constData()) == 0) {
            ++count;
            if (removed)
                removed->append(path);
        }
    }
    return count;
}

} // namespace proclab
