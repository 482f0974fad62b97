// SPDX-License-Identifier: MIT
// The posix family, lab side: creates the run's POSIX named semaphores (the lock, and the
// multiprocessing.Condition under the barrier: see posixparticipant.cpp), keeps them open for the
// whole run so that it can read them for the inspector, breaks the barrier without taking any of
// them, and unlinks them on every path. Named semaphores outlive their processes (glibc keeps
// them as /dev/shm/sem.<name>), so those of dead labs are cleaned like their segments.
#include "familyobjects.h"
#include "objectnames.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <cerrno>
#include <climits>
#include <cstdint>
#include <cstring>
#include <fcntl.h>
#include <iterator>
#include <semaphore.h>
#include <unistd.h>

namespace proclab {

namespace {

class PosixText
{
    Q_DECLARE_TR_FUNCTIONS(proclab::PosixObjects)
};

// Where glibc keeps the named semaphore `name` ("/proclab-…"): /dev/shm/sem.proclab-….
QString semaphorePath(const std::string &name)
{
    return QStringLiteral("/dev/shm/sem.") + QString::fromStdString(name.substr(1));
}

// The roles the worker side opens (posixparticipant.cpp lists the same, in the same order), the
// inspector's name for each, and its initial value.
struct SemaphoreSpec
{
    const char *role;
    const char *inspectorRole;
    unsigned initial;
};
constexpr SemaphoreSpec kSemaphores[] = {
    {"lock", "lock", 1},
    {"cond-lock", "condition lock", 1},
    {"cond-sleeping", "condition sleeping", 0},
    {"cond-woken", "condition woken", 0},
    {"cond-wait", "condition wait", 0},
};
constexpr int kLock = 0;
constexpr int kWoken = 3;
constexpr int kWait = 4;
constexpr int kCount = int(std::size(kSemaphores));

// glibc's count of callers inside sem_wait()'s blocking path, which the kernel does not keep: on
// 64-bit glibc a sem_t starts with a 64-bit word whose low half is the value and whose high half
// is that count (struct new_sem, SEM_NWAITERS_SHIFT 32). A caller killed while blocked is never
// subtracted, so it counts processes that started waiting and did not finish, dead or alive.
// tst_posixfamily checks the layout (value half == sem_getvalue, waiters with blocked takers);
// -1 where the layout is not known.
qint64 glibcWaiters(sem_t *sem)
{
#if defined(__GLIBC__) && (__SIZEOF_POINTER__ == 8)
    static_assert(sizeof(sem_t) >= sizeof(std::uint64_t));
    const std::uint64_t data =
        __atomic_load_n(reinterpret_cast<std::uint64_t *>(sem), __ATOMIC_RELAXED);
    return qint64(data >> 32);
#else
    Q_UNUSED(sem);
    return -1;
#endif
}

class PosixObjects final : public FamilyObjects
{
public:
    ~PosixObjects() override { remove(); }

    bool create(ipc::CoordinationBlock &block, QString *error) override
    {
        // threading.Barrier starts filling with nobody in it.
        __atomic_store_n(&block.posixBarrier.state, 0, __ATOMIC_SEQ_CST);
        __atomic_store_n(&block.posixBarrier.count, 0, __ATOMIC_SEQ_CST);
        for (int i = 0; i < kCount; ++i) {
            const std::string name = ipc::posixSemaphoreName(block.key(), kSemaphores[i].role);
            // O_EXCL: the run key is new, so an existing name is someone else's; never adopt it.
            sem_t *sem = ::sem_open(name.c_str(), O_CREAT | O_EXCL, 0600, kSemaphores[i].initial);
            if (sem == SEM_FAILED) {
                *error = PosixText::tr("cannot create the semaphore %1: %2")
                             .arg(QString::fromStdString(name),
                                  QString::fromLocal8Bit(std::strerror(errno)));
                return false; // the destructor unlinks the ones already made
            }
            m_names[i] = name;
            m_sems[i] = sem;
        }
        return true;
    }

    // Never blocks and never takes the condition lock (a dead process may hold it): sets the flag
    // every participant checks where it wakes, and state -2 for the inspector, then posts enough
    // wake-ups that every sleeper of Condition.wait() and a notifier waiting for sleepers to wake
    // all get one. Sleepers pass extra ones on (posixparticipant.cpp), so `parties` posts suffice
    // even when a notifier re-zeroes some.
    void breakBarrier(ipc::CoordinationBlock &block) override
    {
        block.broken.store(1, std::memory_order_seq_cst);
        __atomic_store_n(&block.posixBarrier.state, -2, __ATOMIC_SEQ_CST);
        if (!m_sems[kWait] || !m_sems[kWoken])
            return;
        for (std::uint32_t i = 0; i < block.parties; ++i) {
            ::sem_post(m_sems[kWait]);
            ::sem_post(m_sems[kWoken]);
        }
    }

    // A binary semaphore has no owner; "taken" is all the kernel can say: its value is 0.
    bool lockTaken(const ipc::CoordinationBlock &) const override
    {
        return m_sems[kLock] && value(m_sems[kLock]) == 0;
    }

    void inspect(const ipc::CoordinationBlock &block,
                 std::vector<IpcObjectState> *out) const override
    {
        for (int i = 0; i < kCount; ++i) {
            if (!m_sems[i])
                continue;
            IpcObjectState state;
            state.kind = QStringLiteral("posix_sem");
            state.role = QString::fromLatin1(kSemaphores[i].inspectorRole);
            state.name = semaphorePath(m_names[i]);
            state.exists = QFileInfo::exists(state.name);
            state.values.emplace_back(QStringLiteral("value"), value(m_sems[i]));
            const qint64 waiters = glibcWaiters(m_sems[i]);
            if (waiters >= 0)
                state.values.emplace_back(QStringLiteral("waiters"), waiters);
            if (i == kLock) {
                // Bookkeeping written by the holder; the kernel does not know who holds it.
                state.values.emplace_back(QStringLiteral("holder_pid"),
                                          block.lockHolderPid.load(std::memory_order_relaxed));
            }
            out->push_back(std::move(state));
        }
        const qint64 parties = qint64(block.parties);
        const qint64 arrivals = qint64(block.arrivals.load(std::memory_order_acquire));
        IpcObjectState barrier;
        barrier.kind = QStringLiteral("posix_barrier");
        barrier.role = QStringLiteral("barrier");
        barrier.values = {
            {QStringLiteral("parties"), parties},
            {QStringLiteral("state"), __atomic_load_n(&block.posixBarrier.state, __ATOMIC_SEQ_CST)},
            {QStringLiteral("count"), __atomic_load_n(&block.posixBarrier.count, __ATOMIC_RELAXED)},
            {QStringLiteral("arrived"), parties > 0 ? arrivals % parties : 0},
            {QStringLiteral("generation"), parties > 0 ? arrivals / parties : 0},
            {QStringLiteral("broken"), block.broken.load(std::memory_order_acquire) ? 1 : 0}};
        out->push_back(std::move(barrier));
    }

    // Unlink first (the names go at once; processes that still have them open keep working on
    // them until they close), then close the lab's own handles. Idempotent.
    void remove() override
    {
        for (int i = 0; i < kCount; ++i) {
            if (!m_names[i].empty() && !m_unlinked[i]) {
                ::sem_unlink(m_names[i].c_str()); // ENOENT: already gone, as wanted
                m_unlinked[i] = true;
            }
            if (m_sems[i]) {
                ::sem_close(m_sems[i]);
                m_sems[i] = nullptr;
            }
        }
    }

    void checkRemoved(std::vector<IpcObjectState> *out) const override
    {
        for (int i = 0; i < kCount; ++i) {
            if (m_names[i].empty())
                continue;
            IpcObjectState state;
            state.kind = QStringLiteral("posix_sem");
            state.role = QString::fromLatin1(kSemaphores[i].inspectorRole);
            state.name = semaphorePath(m_names[i]);
            state.exists = QFileInfo::exists(state.name);
            out->push_back(std::move(state));
        }
    }

private:
    static qint64 value(sem_t *sem)
    {
        int v = 0;
        return ::sem_getvalue(sem, &v) == 0 ? qint64(v) : -1;
    }

    std::string m_names[kCount];
    sem_t *m_sems[kCount] = {};
    bool m_unlinked[kCount] = {};
};

} // namespace

std::unique_ptr<FamilyObjects> makePosixObjects()
{
    return std::make_unique<PosixObjects>();
}

int removePosixSemaphoresOf(const RunKeyTest &removeOf, QStringList *removed)
{
    // glibc keeps a named semaphore "/N" as the file /dev/shm/sem.N; run keys start with the lab's
    // pid (newRunKey()), so a dead lab's semaphores can be told by name.
    static const QRegularExpression pattern(QStringLiteral("^sem\\.proclab-(\\d+)-[0-9A-Za-z-]+$"));
    const QDir shm(QStringLiteral("/dev/shm"));
    const QStringList files =
        shm.entryList({QStringLiteral("sem.proclab-*")}, QDir::Files | QDir::System | QDir::Hidden);
    const uint uid = uint(::getuid());
    int count = 0;
    for (const QString &file : files) {
        if (!pattern.match(file).hasMatch())
            continue;
        const auto maker = ipc::originOfRunKey(file.toStdString());
        const QString path = shm.filePath(file);
        if (!maker || QFileInfo(path).ownerId() != uid || !removeOf(*maker))
            continue;
        const QByteArray name = "/" + QFile::encodeName(file.mid(4)); // without "sem."
        if (::sem_unlink(name.constData()) == 0) {
            ++count;
            if (removed)
                removed->append(QStringLiteral("posix semaphore %1").arg(path));
        }
    }
    return count;
}

} // namespace proclab
