// SPDX-License-Identifier: MIT
// The charts repaint on the GUI thread alone. Qt's raster engine hands a fill that is not a plain
// opaque colour (a gradient, a translucent or transformed source) and is taller than ~96 lines to
// QThreadPool::globalInstance() in segments and waits for them; on a busy machine those pool
// threads wait for a CPU, and the GUI thread with them (a Pool run of 1,000,000 tasks: 4-10 ms
// sleeps inside the timeline's repaint, perf, bench/RESULTS.md). Here every thread of the global
// pool is held while a chart repaints: a fill that needs the pool could only finish once the
// holders give up (their timeout), and the test sees that they did.
#include "speedupchart.h"
#include "syntheticrun.h"
#include "syntheticsweep.h"
#include "timelinechart.h"

#include <QChartView>
#include <QImage>
#include <QPainter>
#include <QSemaphore>
#include <QTest>
#include <QThreadPool>
#include <atomic>

using namespace proclab;

namespace {

// Holds every thread of the global pool until release() or, should the pool be needed
// meanwhile, until the timeout; says how many holders gave up waiting.
class PoolHolder
{
public:
    PoolHolder()
        : m_pool(QThreadPool::globalInstance())
        , m_count(m_pool->maxThreadCount())
    {
        for (int i = 0; i < m_count; ++i) {
            m_pool->start([this] {
                m_started.release();
                if (!m_gate.tryAcquire(1, kTimeoutMs))
                    m_gaveUp.fetch_add(1);
            });
        }
        m_started.acquire(m_count); // every holder runs: nothing else can
    }

    int release()
    {
        m_gate.release(m_count);
        m_pool->waitForDone();
        return m_gaveUp.load();
    }

private:
    static constexpr int kTimeoutMs = 2000;
    QThreadPool *m_pool;
    int m_count;
    QSemaphore m_started;
    QSemaphore m_gate;
    std::atomic<int> m_gaveUp{0};
};

// Paints `widget` (and its children) into an image, the way the window's backing store is painted.
void paint(QWidget *widget)
{
    QImage image(widget->size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    widget->render(&painter);
}

} // namespace

class TestChartPaintAlone : public QObject
{
    Q_OBJECT

private slots:
    void timelineRepaintsAlone();
    void speedupChartRepaintsAlone();
    void holderNoticesAFillThatNeedsThePool();
};

void TestChartPaintAlone::timelineRepaintsAlone()
{
    const Run run = test::SyntheticRun::make(8, 200);
    TimelineChart chart;
    chart.resize(1000, 600);
    chart.setRun(&run);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    paint(&chart); // first paint: fonts and caches, outside the held pool

    PoolHolder holder;
    paint(chart.view());
    QCOMPARE(holder.release(), 0);
}

void TestChartPaintAlone::speedupChartRepaintsAlone()
{
    SpeedupChart chart;
    chart.resize(1000, 600);
    chart.setSweep(test::syntheticSweep(0.15));
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    paint(&chart);

    PoolHolder holder;
    paint(chart.view());
    QCOMPARE(holder.release(), 0);
}

// The check above can fail: a chart as Qt Charts draws it by default (its theme's background
// is a gradient) waits for the held pool.
void TestChartPaintAlone::holderNoticesAFillThatNeedsThePool()
{
    QChartView view(new QChart);
    view.resize(1000, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    paint(&view);

    PoolHolder holder;
    paint(&view);
    QVERIFY(holder.release() > 0);
}

QTEST_MAIN(TestChartPaintAlone)
#include "tst_chartpaintalone.moc"
