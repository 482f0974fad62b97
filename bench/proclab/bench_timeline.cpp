// SPDX-License-Identifier: MIT
// proclab-bench-timeline: full redraws of the timeline chart (src/charts TimelineChart) for a run
// of LANES processes x SPANS spans each, offscreen. Each frame changes the visible time range
// (so no cached picture can be reused) and renders the whole widget into an image, which is what
// a zoom or pan costs on screen. A separate program because it needs QApplication (widgets).
//   proclab-bench-timeline LANES SPANS FRAMES [PNG] [--arrows]
// (PNG: save the last frame, to look at it; --arrows: every barrier wait has a cause (the next
// lane's arrival), the critical path is highlighted, and the frames are drawn twice: with the
// arrows of one selected process, and with every arrow shown, the lane limit lifted: the worst
// case, ops timeline_arrows_focus and timeline_arrows_all.)
#include "clock.h"
#include "run.h"
#include "timelinechart.h"
#include "waitanalysis.h"

#include <QApplication>
#include <QImage>
#include <cstdio>
#include <vector>

using namespace proclab;

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int lanes = args.size() > 1 ? args.at(1).toInt() : 64;
    const int spans = args.size() > 2 ? args.at(2).toInt() : 1000;
    const int frames = args.size() > 3 ? args.at(3).toInt() : 20;
    const bool arrows = args.contains(QStringLiteral("--arrows"));
    const QString png =
        args.size() > 4 && args.at(4) != QLatin1String("--arrows") ? args.at(4) : QString();

    // Each lane alternates work / barrier wait / lock hold spans of uneven length, like a long
    // Barrier & Lock run.
    Run run;
    run.scenario = QStringLiteral("barrier");
    const qint64 spanNs = 1'000'000;
    for (int lane = 0; lane < lanes; ++lane) {
        ProcessRecord p;
        p.id = lane;
        p.name = QStringLiteral("Process-%1").arg(lane + 1);
        p.pid = 10'000 + lane;
        p.launchedNs = 0;
        p.readyNs = 100'000;
        p.spans.reserve(size_t(spans));
        for (int s = 0; s < spans; ++s) {
            const qint64 begin = qint64(s) * spanNs + (lane * 7919 + s * 104'729) % (spanNs / 2);
            const SpanKind kind = s % 3 == 0   ? SpanKind::Work
                                  : s % 3 == 1 ? SpanKind::BarrierWait
                                               : SpanKind::LockHold;
            p.spans.push_back(Span{begin, begin + spanNs / 3, s / 3, -1, kind});
            if (arrows && kind == SpanKind::BarrierWait) {
                // Released by the next lane's arrival, a little before this wait ends.
                p.spans.back().cause = qint32(p.causes.size());
                p.causes.push_back(
                    {(lane + 1) % lanes, CauseEvent::BarrierLastArrival, 0, begin + spanNs / 4});
            }
        }
        p.exitedNs = qint64(spans) * spanNs + spanNs;
        p.exit = {ExitStatus::Kind::Normal, 0, 0};
        run.processes.push_back(std::move(p));
    }
    run.wallNs = qint64(spans) * spanNs + 2 * spanNs;

    TimelineChart chart;
    chart.resize(1600, 1000);
    chart.setRun(&run);
    chart.show();
    QImage image(chart.size(), QImage::Format_ARGB32_Premultiplied);
    chart.render(&image); // first paint: layout, fonts, glyph caches

    auto measure = [&](const char *op) {
        std::vector<double> frameMs;
        for (int f = 0; f < frames; ++f) {
            // Alternate between the whole run and a slightly different range so every frame
            // redraws.
            const qint64 end = run.wallNs - (f % 2) * (run.wallNs / 50);
            const qint64 t0 = monotonicNowNs();
            chart.zoomToTime(0, end);
            chart.refresh();
            image.fill(Qt::white);
            chart.render(&image);
            frameMs.push_back(double(monotonicNowNs() - t0) / 1e6);
        }
        std::printf(R"({"op": "%s", "impl": "proclab", "unit": "ms", "samples": [)", op);
        for (size_t i = 0; i < frameMs.size(); ++i)
            std::printf("%s%.4f", i ? ", " : "", frameMs[i]);
        std::printf("]}\n");
    };
    if (!arrows) {
        measure("timeline");
    } else {
        chart.setCriticalPath(criticalPath(run));
        chart.selectProcess(lanes / 2);
        measure("timeline_arrows_focus");
        chart.selectProcess(-1);
        chart.arrowItem()->setAllLaneLimit(lanes);
        chart.setShowAllArrows(true);
        std::fprintf(stderr, "%zu arrows\n", chart.arrowItem()->visibleLinks().size());
        measure("timeline_arrows_all");
    }
    if (!png.isEmpty())
        image.save(png);
    return 0;
}
