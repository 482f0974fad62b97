// SPDX-License-Identifier: MIT
// chartsnapshot RUN.json|SWEEP.json|synthetic:LANESxSPANS|zombie:LANESxSPANS[xMS] OUT.png
// [WIDTHxHEIGHT]: renders a saved run's timeline (or a sweep's speedup chart) to an image, for
// looking at what the charts draw.
#include "chartexport.h"
#include "exporters.h"
#include "speedupchart.h"
#include "syntheticrun.h"
#include "timelinechart.h"

#include <QApplication>
#include <QChartView>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QPainter>
#include <QTextStream>

using namespace proclab;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList args = QApplication::arguments();
    if (args.size() < 3) {
        err << "usage: chartsnapshot RUN.json|SWEEP.json|synthetic:LANESxSPANS|"
               "zombie:LANESxSPANS[xMS]|pool:WORKERSxTASKS OUT [WxH] [chunksize]\n";
        return 2;
    }
    QSize size(kDefaultChartWidth, kDefaultChartHeight);
    if (args.size() > 3) {
        const QStringList wh = args.at(3).split(QLatin1Char('x'));
        size = QSize(wh.value(0).toInt(), wh.value(1).toInt());
    }
    QString error;
    Run run;
    QJsonObject sweep;
    if (args.at(1).startsWith(QLatin1String("pool:"))) {
        // pool:WORKERSxTASKS: tasks handed out round-robin, 2 ms each, as a pool tab would show.
        const QStringList wt = args.at(1).mid(5).split(QLatin1Char('x'));
        const int workers = wt.value(0).toInt();
        const int tasks = wt.value(1).toInt();
        run.scenario = QStringLiteral("pool");
        for (int w = 0; w < workers; ++w) {
            ProcessRecord p;
            p.id = w;
            p.name = QStringLiteral("ForkPoolWorker-%1").arg(w + 1);
            p.pid = 4000 + w;
            p.launchedNs = w * 300'000;
            p.readyNs = p.launchedNs + 1'500'000;
            p.exit.kind = ExitStatus::Kind::Normal;
            run.processes.push_back(p);
        }
        for (int t = 0; t < tasks; ++t) {
            ProcessRecord &p = run.processes[std::size_t(t % workers)];
            Span s;
            s.kind = SpanKind::Task;
            s.task = t;
            s.beginNs = 2'000'000 + qint64(t / workers) * 2'100'000 + (t % workers) * 50'000;
            s.endNs = s.beginNs + 2'000'000;
            p.spans.push_back(s);
            p.exitedNs = s.endNs + 300'000;
            run.wallNs = std::max(run.wallNs, p.exitedNs);
        }
    } else if (args.at(1).startsWith(QLatin1String("synthetic:"))) {
        const QStringList ls = args.at(1).mid(10).split(QLatin1Char('x'));
        run = test::SyntheticRun::make(ls.value(0).toInt(), ls.value(1).toInt());
    } else if (args.at(1).startsWith(QLatin1String("zombie:"))) {
        // zombie:LANESxSPANS[xMS]: the synthetic run, most lanes reaped MS (default 5) after exit.
        const QStringList ls = args.at(1).mid(7).split(QLatin1Char('x'));
        run = test::SyntheticRun::make(ls.value(0).toInt(), ls.value(1).toInt());
        const double ms = ls.size() > 2 ? ls.at(2).toDouble() : 5.0;
        test::SyntheticRun::addZombies(run, qint64(ms * 1e6));
    } else {
        QFile file(args.at(1));
        if (!file.open(QIODevice::ReadOnly)) {
            err << file.errorString() << '\n';
            return 1;
        }
        const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        if (json.value(QStringLiteral("format")).toString() == QLatin1String(kSweepFormat)) {
            sweep = json;
        } else {
            auto loaded = runFromJson(json, &error);
            if (!loaded) {
                err << error << '\n';
                return 1;
            }
            run = *loaded;
        }
    }
    if (!sweep.isEmpty()) {
        SpeedupChart chart;
        chart.setSweep(sweep);
        chart.resize(size);
        if (!exportChart(chart.view(), args.at(2), size, 96, &error)) {
            err << error << '\n';
            return 1;
        }
        return 0;
    }
    TimelineChart chart;
    chart.setRun(&run);
    if (args.size() > 4)
        chart.setColorByChunk(args.at(4).toInt());
    chart.resize(size);
    if (!exportChart(chart.view(), args.at(2), size, 96, &error)) {
        err << error << '\n';
        return 1;
    }
    // Ad-hoc redraw timing, for the README's performance notes (never asserted anywhere): a
    // shown widget, a synchronous repaint of the whole view per frame, as a live refresh does.
    chart.show();
    QApplication::processEvents();
    chart.refresh();
    chart.view()->viewport()->repaint();
    QElapsedTimer timer;
    timer.start();
    constexpr int frames = 30;
    for (int i = 0; i < frames; ++i) {
        chart.refresh();
        chart.view()->viewport()->repaint();
    }
    const double repaintMs = double(timer.nsecsElapsed()) / frames / 1e6;
    QImage image(chart.view()->size(), QImage::Format_ARGB32_Premultiplied);
    timer.restart();
    for (int i = 0; i < frames; ++i) {
        QPainter painter(&image);
        chart.view()->render(&painter);
    }
    const double renderMs = double(timer.nsecsElapsed()) / frames / 1e6;
    err << "view " << chart.view()->width() << "x" << chart.view()->height() << ", "
        << run.spanCount() << " spans: refresh+repaint " << repaintMs
        << " ms a frame, render to image " << renderMs << " ms\n";
    return 0;
}
