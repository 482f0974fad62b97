// SPDX-License-Identifier: MIT
#include "chartexport.h"

#include "parameters.h"
#include "speedupchart.h"
#include "timelinechart.h"

#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QGraphicsLayout>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <algorithm>
#include <cmath>
#include <optional>

namespace proclab {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(proclab::ChartExport)
};

constexpr double kReferenceDpi = 96.0;
constexpr int kMinimumDpi = 24;
constexpr int kMaximumDpi = 1200;
constexpr int kMaximumPixels = 16384; // per side: beyond this QImage allocation becomes silly

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

// Lays the chart out at `size`, with its own legend (a window may show a LegendStrip instead), for
// as long as it lives, then puts it back as it was, so that exporting from the window never
// changes what the user sees.
class ChartGeometryOverride
{
public:
    ChartGeometryOverride(QChart *chart, const QSizeF &size)
        : m_chart(chart)
        , m_old(chart->geometry())
        , m_legendShown(chart->legend()->isVisible())
    {
        m_chart->legend()->setVisible(true);
        apply(QRectF(QPointF(0, 0), size));
    }
    ~ChartGeometryOverride()
    {
        m_chart->legend()->setVisible(m_legendShown);
        apply(m_old);
    }
    ChartGeometryOverride(const ChartGeometryOverride &) = delete;
    ChartGeometryOverride &operator=(const ChartGeometryOverride &) = delete;

private:
    void apply(const QRectF &geometry)
    {
        m_chart->setGeometry(geometry);
        // The chart lays itself out on a posted LayoutRequest, and a new plot area can change the
        // lane labels' font, which asks for one more: settle before rendering.
        for (int pass = 0; pass < 3; ++pass) {
            if (m_chart->layout())
                m_chart->layout()->activate();
            QCoreApplication::sendPostedEvents(m_chart, QEvent::LayoutRequest);
        }
    }
    QChart *m_chart;
    QRectF m_old;
    bool m_legendShown;
};

void renderChart(QChart *chart, QPainter *painter, const QSizeF &size)
{
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setRenderHint(QPainter::TextAntialiasing, true);
    const QRectF target(QPointF(0, 0), size);
    painter->fillRect(target, chart->backgroundBrush().color().isValid()
                                  ? chart->backgroundBrush().color()
                                  : QColor(Qt::white));
    chart->scene()->render(painter, target, chart->mapRectToScene(QRectF(QPointF(0, 0), size)),
                           Qt::IgnoreAspectRatio);
}

std::optional<QString> formatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png") || suffix == QLatin1String("svg") ||
        suffix == QLatin1String("pdf"))
        return suffix;
    return std::nullopt;
}

bool writePng(QChart *chart, QSaveFile &file, const QSize &size, int dpi, QString *error)
{
    const double scale = dpi / kReferenceDpi;
    const QSize pixels(qRound(size.width() * scale), qRound(size.height() * scale));
    if (pixels.width() > kMaximumPixels || pixels.height() > kMaximumPixels) {
        setError(error, Tr::tr("%1 x %2 pixels is too large for a PNG (at most %3 per side)")
                            .arg(pixels.width())
                            .arg(pixels.height())
                            .arg(kMaximumPixels));
        return false;
    }
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull()) {
        setError(error, Tr::tr("not enough memory for a %1 x %2 image")
                            .arg(pixels.width())
                            .arg(pixels.height()));
        return false;
    }
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.scale(scale, scale);
        renderChart(chart, &painter, size);
    }
    // Only metadata: viewers and word processors then show the image at its intended size.
    const int dotsPerMeter = qRound(dpi / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    if (!image.save(&file, "PNG")) {
        setError(error,
                 Tr::tr("cannot encode PNG for %1").arg(QDir::toNativeSeparators(file.fileName())));
        return false;
    }
    return true;
}

bool writeSvg(QChart *chart, QSaveFile &file, const QSize &size, const QString &title)
{
    QSvgGenerator generator;
    generator.setOutputDevice(&file);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    // Device-independent pixels: the chart's fonts are in pixels, so this keeps them as laid out.
    generator.setResolution(int(kReferenceDpi));
    // QSvgGenerator writes these verbatim: a title like "Barrier & Lock" would be invalid XML.
    generator.setTitle(title.toHtmlEscaped());
    generator.setDescription(Tr::tr("Chart exported by ProcLab").toHtmlEscaped());
    QPainter painter;
    if (!painter.begin(&generator))
        return false;
    renderChart(chart, &painter, size);
    return painter.end();
}

bool writePdf(QChart *chart, QSaveFile &file, const QSize &size, int dpi, const QString &title)
{
    QPdfWriter writer(&file);
    writer.setCreator(QStringLiteral("ProcLab"));
    writer.setTitle(title);
    writer.setResolution(dpi);
    const QSizeF points(size.width() * 72.0 / kReferenceDpi, size.height() * 72.0 / kReferenceDpi);
    writer.setPageLayout(
        QPageLayout(QPageSize(points, QPageSize::Point, QString(), QPageSize::ExactMatch),
                    QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    QPainter painter;
    if (!painter.begin(&writer))
        return false;
    // The device counts in dpi units; the chart was laid out in 96-dpi pixels.
    const double scale = double(painter.device()->width()) / size.width();
    painter.scale(scale, scale);
    renderChart(chart, &painter, size);
    return painter.end();
}

template<typename Chart>
bool writeCharts(Chart &chart, const QString &basePath, const QString &kind, const QSize &size,
                 const QStringList &formats, QStringList *written, QString *error)
{
    for (const QString &format : formats) {
        const QString path =
            basePath + QLatin1Char('-') + kind + QLatin1Char('.') + format.toLower();
        if (!exportChart(chart.view(), path, size, int(kReferenceDpi), error))
            return false;
        if (written)
            written->append(QDir::toNativeSeparators(path));
    }
    return true;
}

} // namespace

bool exportChart(QChartView *view, const QString &path, const QSize &size, int dpi, QString *error)
{
    if (!view || !view->chart()) {
        setError(error, Tr::tr("there is no chart to export"));
        return false;
    }
    const std::optional<QString> format = formatOf(path);
    if (!format) {
        setError(error,
                 Tr::tr("cannot export %1: unknown image format '%2'; use .png, .svg or .pdf")
                     .arg(QDir::toNativeSeparators(path), QFileInfo(path).suffix()));
        return false;
    }
    if (size.width() < 16 || size.height() < 16 || size.width() > kMaximumPixels ||
        size.height() > kMaximumPixels) {
        setError(error, Tr::tr("cannot export %1: size %2 x %3 is out of range (16 to %4)")
                            .arg(QDir::toNativeSeparators(path))
                            .arg(size.width())
                            .arg(size.height())
                            .arg(kMaximumPixels));
        return false;
    }
    if (dpi < kMinimumDpi || dpi > kMaximumDpi) {
        setError(error, Tr::tr("cannot export %1: resolution %2 dpi is out of range (%3 to %4)")
                            .arg(QDir::toNativeSeparators(path))
                            .arg(dpi)
                            .arg(kMinimumDpi)
                            .arg(kMaximumDpi));
        return false;
    }

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        setError(
            error,
            Tr::tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    QChart *chart = view->chart();
    bool ok = false;
    QString message;
    {
        ChartGeometryOverride layout(chart, QSizeF(size));
        if (*format == QLatin1String("png"))
            ok = writePng(chart, file, size, dpi, &message);
        else if (*format == QLatin1String("svg"))
            ok = writeSvg(chart, file, size, chart->title());
        else
            ok = writePdf(chart, file, size, dpi, chart->title());
    }
    if (!ok) {
        file.cancelWriting();
        setError(error, message.isEmpty()
                            ? Tr::tr("cannot render the chart into %1: %2")
                                  .arg(QDir::toNativeSeparators(path), file.errorString())
                            : message);
        return false;
    }
    if (!file.commit()) {
        setError(
            error,
            Tr::tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    return true;
}

QSize timelineExportSize(int lanes)
{
    // About 14 px a lane plus room for title, axis and a two-row legend.
    const int height = std::clamp(200 + 14 * lanes, kDefaultChartHeight, 2400);
    return QSize(kDefaultChartWidth, height);
}

bool writeRunCharts(const Run &run, const ScenarioParameters &parameters, const QString &basePath,
                    const QStringList &formats, QStringList *written, QString *error)
{
    TimelineChart chart;
    chart.setRun(&run);
    if (parameters.scenario() == ScenarioId::Pool)
        chart.setColorByChunk(parameters.effectiveChunksize());
    const QSize size = timelineExportSize(chart.laneCount());
    chart.resize(size);
    return writeCharts(chart, basePath, QStringLiteral("timeline"), size, formats, written, error);
}

bool writeSweepCharts(const QJsonObject &sweep, const QString &basePath, const QStringList &formats,
                      QStringList *written, QString *error)
{
    SpeedupChart chart;
    chart.setSweep(sweep);
    const QSize size(kDefaultChartWidth, kDefaultChartHeight);
    chart.resize(size);
    return writeCharts(chart, basePath, QStringLiteral("speedup"), size, formats, written, error);
}

} // namespace proclab
