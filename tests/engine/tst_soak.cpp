// SPDX-License-Identifier: MIT
// The window runs run after run in one process: 200 small runs of every scenario (and every
// primitive family) through one RunController, as a tab drives it, must leave the lab's open
// descriptors, threads and heap where they were, and no process behind. scripts/soak.sh does the
// same from outside, one batch process per run.
#include "runcontroller.h"
#include "testutils.h"

#include <QDir>
#include <QSignalSpy>
#include <QTest>
#include <atomic>
#include <cerrno>
#include <malloc.h>

using namespace proclab;

// The heap, counted exactly: this test replaces malloc and its family (glibc supports that by
// symbol interposition, and its own functions then allocate through these too) with glibc's own
// allocator plus a count of the bytes in use. (mallinfo2() counts the allocator's caches and
// arenas as used: it crept by ~400 bytes a run with no allocation alive.) Under a sanitizer malloc
// is the sanitizer's; AddressSanitizer's LeakSanitizer checks the heap there instead.
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
constexpr bool kHeapMeasurable = false;
qint64 heapInUse()
{
    return 0;
}
#else
constexpr bool kHeapMeasurable = true;
namespace {
std::atomic<qint64> g_heapInUse{0};
void *counted(void *p)
{
    if (p)
        g_heapInUse.fetch_add(qint64(malloc_usable_size(p)), std::memory_order_relaxed);
    return p;
}
} // namespace
extern "C" {
void *__libc_malloc(size_t);
void *__libc_calloc(size_t, size_t);
void *__libc_realloc(void *, size_t);
void *__libc_memalign(size_t, size_t);
void *__libc_valloc(size_t);
void *__libc_pvalloc(size_t);
void __libc_free(void *);
void *malloc(size_t size) noexcept
{
    return counted(__libc_malloc(size));
}
void *calloc(size_t count, size_t size) noexcept
{
    return counted(__libc_calloc(count, size));
}
void *memalign(size_t alignment, size_t size) noexcept
{
    return counted(__libc_memalign(alignment, size));
}
void *aligned_alloc(size_t alignment, size_t size) noexcept
{
    return counted(__libc_memalign(alignment, size));
}
int posix_memalign(void **out, size_t alignment, size_t size) noexcept
{
    if (alignment % sizeof(void *) != 0 || (alignment & (alignment - 1)) != 0)
        return EINVAL;
    void *p = counted(__libc_memalign(alignment, size));
    if (!p)
        return ENOMEM;
    *out = p;
    return 0;
}
void *valloc(size_t size) noexcept
{
    return counted(__libc_valloc(size));
}
void *pvalloc(size_t size) noexcept
{
    return counted(__libc_pvalloc(size));
}
void free(void *p) noexcept
{
    if (p)
        g_heapInUse.fetch_sub(qint64(malloc_usable_size(p)), std::memory_order_relaxed);
    __libc_free(p);
}
void *realloc(void *p, size_t size) noexcept
{
    const qint64 before = p ? qint64(malloc_usable_size(p)) : 0;
    void *q = __libc_realloc(p, size);
    if (q)
        g_heapInUse.fetch_add(qint64(malloc_usable_size(q)) - before, std::memory_order_relaxed);
    else if (p && size == 0)
        g_heapInUse.fetch_sub(before, std::memory_order_relaxed); // realloc(p, 0) freed p
    return q;
}
} // extern "C"
qint64 heapInUse()
{
    return g_heapInUse.load(std::memory_order_relaxed);
}
#endif

namespace {

// Small runs of each scenario: a few processes, little work, no waiting.
std::vector<ScenarioParameters> smallRuns()
{
    auto make = [](ScenarioId id, std::initializer_list<std::pair<Param, qint64>> values) {
        ScenarioParameters p(id);
        for (const auto &[param, value] : values) {
            QString error;
            if (!p.set(param, value, &error))
                qFatal("soak parameters: %s", qPrintable(error));
        }
        return p;
    };
    std::vector<ScenarioParameters> runs = {
        make(ScenarioId::Naming, {{Param::Workload, 1000}}),
        make(ScenarioId::Spawning, {{Param::Workers, 2}, {Param::Workload, 100}}),
        make(ScenarioId::Killing, {{Param::KillAfter, 0}, {Param::Duration, 10}}),
        make(ScenarioId::Daemons, {{Param::Duration, 10}}),
        make(ScenarioId::Pool, {{Param::Workers, 2}, {Param::Tasks, 10}}),
    };
    for (const auto family :
         {PrimitivesChoice::Qt, PrimitivesChoice::Posix, PrimitivesChoice::Futex})
        runs.push_back(make(ScenarioId::Barrier, {{Param::Workers, 2},
                                                  {Param::Rounds, 2},
                                                  {Param::Workload, 1000},
                                                  {Param::Primitives, qint64(family)}}));
    return runs;
}

struct Usage
{
    int descriptors = 0;
    int threads = 0;
    qint64 heapBytes = 0; // allocated and not freed
};

Usage usageNow()
{
    Usage u;
    u.descriptors = int(QDir(QStringLiteral("/proc/self/fd"))
                            .entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot)
                            .size());
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("Threads:"))
                u.threads = line.mid(8).trimmed().toInt();
        }
    }
    u.heapBytes = heapInUse();
    return u;
}

QByteArray describe(const Usage &u)
{
    return QByteArray::number(u.descriptors) + " descriptors, " + QByteArray::number(u.threads) +
           " threads, " + QByteArray::number(u.heapBytes) + " heap bytes";
}

} // namespace

class TestSoak : public QObject
{
    Q_OBJECT
private slots:
    void manyRunsInOneLabLeaveNothingBehind();
};

void TestSoak::manyRunsInOneLabLeaveNothingBehind()
{
    constexpr int kRuns = 200;
    const std::vector<ScenarioParameters> kinds = smallRuns();
    RunController controller;
    RunOptions options;
    options.live = true; // as the window runs them: updates while they run
    auto runOnce = [&](int i) {
        const ScenarioParameters &parameters = kinds[size_t(i) % kinds.size()];
        QSignalSpy finished(&controller, &RunController::finished);
        QVERIFY(controller.start(parameters, options));
        QVERIFY2(finished.wait(60000), qPrintable(QStringLiteral("run %1 did not end").arg(i)));
        QVERIFY2(controller.succeeded(),
                 qPrintable(QStringLiteral("run %1 (%2): %3")
                                .arg(i)
                                .arg(controller.run().scenario,
                                     controller.run().errors.join(QLatin1String("; ")))));
    };
    // The first run of each kind loads what stays loaded (plug-ins, caches, the engine thread's
    // pools): the baseline is taken after them.
    const int warmUp = int(kinds.size()) * 6;
    for (int i = 0; i < warmUp; ++i) {
        runOnce(i);
        if (QTest::currentTestFailed())
            return;
    }
    const Usage before = usageNow();
    Usage peak = before;
    for (int i = warmUp; i < kRuns; ++i) {
        runOnce(i);
        if (QTest::currentTestFailed())
            return;
        const Usage now = usageNow();
        peak.descriptors = std::max(peak.descriptors, now.descriptors);
        peak.threads = std::max(peak.threads, now.threads);
    }
    const Usage after = usageNow();
    qInfo("%d runs; after the warm-up: %s; after all: %s; highest: %d descriptors, %d threads",
          kRuns, describe(before).constData(), describe(after).constData(), peak.descriptors,
          peak.threads);
    QVERIFY(test::liveWorkersOf(QCoreApplication::applicationPid()).isEmpty());
    QCOMPARE(after.descriptors, before.descriptors);
    QVERIFY2(after.threads <= before.threads, describe(after).constData());
    if (kHeapMeasurable) {
        // Counted exactly, the heap after the warm-up moves by some tens of bytes either way; a
        // leak of 100 bytes a run would be 15 KiB by now.
        QVERIFY2(after.heapBytes - before.heapBytes < 16 * 1024,
                 qPrintable(QStringLiteral("the heap grew by %1 bytes in %2 runs")
                                .arg(after.heapBytes - before.heapBytes)
                                .arg(kRuns - warmUp)));
    }
}

QTEST_GUILESS_MAIN(TestSoak)
#include "tst_soak.moc"
