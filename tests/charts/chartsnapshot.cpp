// SPDX-License-Identifier: MIT
// chartsnapshot RUN.json|SWEEP.json|synthetic:LANESxSPANS OUT.png [WIDTHxHEIGHT]: renders a saved
// run's timeline (or a sweep's speedup chart) to an image, for looking at what the charts draw.
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
        err << "usage: chartsnapshot RUN.json|SWEEP.json|synthetic:LANESxSPANS OUT [WxH] "
               "[chunksize]\n";
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
    if (args.at(1).startsWith(QLatin1String("synthetic:"))) {
        const QStringList ls = args.at(1).mid(10).split(QLatin1Char('x'));
        run = test::SyntheticRun::make(ls.value(0).toInt(), ls.value(1).toInt());
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
    // Ad-hoc redraw timing, for the README's performance notes (never asserted anywhere).
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    {
        QPainter first(&image);
        chart.view()->render(&first);
    }
    QElapsedTimer timer;
    timer.start();
    constexpr int frames = 20;
    for (int i = 0; i < frames; ++i) {
        QPainter painter(&image);
        chart.view()->render(&painter);
    }
    err << "redraw: " << double(timer.nsecsElapsed()) / frames / 1e6 << " ms a frame, "
        << run.spanCount() << " spans\n";
    return 0;
}
