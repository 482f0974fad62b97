// SPDX-License-Identifier: MIT
#include "chartexport.h"
#include "speedupchart.h"
#include "syntheticrun.h"
#include "timelinechart.h"

#include <QChartView>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace proclab;
using proclab::test::SyntheticRun;

class TestChartExport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void png_data();
    void png();
    void svg();
    void pdf();
    void unwritablePath();
    void unknownSuffix();
    void exportLeavesWidgetAlone();
    void speedupFormats();

private:
    QByteArray head(const QString &path, int bytes);
    QTemporaryDir m_dir;
    Run m_run = SyntheticRun::make(16, 200);
};

void TestChartExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QByteArray TestChartExport::head(const QString &path, int bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return file.read(bytes);
}

void TestChartExport::png_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("dpi");
    QTest::addColumn<QSize>("pixels");
    QTest::newRow("screen") << QSize(1200, 700) << 96 << QSize(1200, 700);
    QTest::newRow("print 2x") << QSize(800, 500) << 192 << QSize(1600, 1000);
    QTest::newRow("small") << QSize(400, 300) << 96 << QSize(400, 300);
}

void TestChartExport::png()
{
    QFETCH(QSize, size);
    QFETCH(int, dpi);
    QFETCH(QSize, pixels);
    TimelineChart chart;
    chart.setRun(&m_run);
    const QString path =
        m_dir.filePath(QStringLiteral("t-%1.png").arg(QLatin1String(QTest::currentDataTag())));
    QString error;
    QVERIFY2(exportChart(chart.view(), path, size, dpi, &error), qPrintable(error));
    QImage image;
    QVERIFY(image.load(path));
    QCOMPARE(image.size(), pixels);
    QVERIFY(qAbs(image.dotsPerMeterX() - dpi / 0.0254) < 2);
    // Something was drawn: not a blank white page.
    int nonWhite = 0;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            nonWhite += image.pixel(x, y) != qRgb(255, 255, 255);
    QVERIFY(nonWhite > 100);
}

void TestChartExport::svg()
{
    Run run = m_run;
    run.scenario = QStringLiteral("barrier"); // its title, "Barrier & Lock", needs escaping
    TimelineChart chart;
    chart.setRun(&run);
    const QString path = m_dir.filePath(QStringLiteral("t.svg"));
    QString error;
    QVERIFY2(exportChart(chart.view(), path, QSize(1200, 700), 96, &error), qPrintable(error));
    const QByteArray svg = head(path, 1 << 24);
    QVERIFY(svg.startsWith("<?xml"));
    QVERIFY(svg.contains("<svg"));
    QVERIFY(svg.contains("worker-3 (10003)"));
    QXmlStreamReader xml(svg);
    while (!xml.atEnd())
        xml.readNext();
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
}

void TestChartExport::pdf()
{
    TimelineChart chart;
    chart.setRun(&m_run);
    const QString path = m_dir.filePath(QStringLiteral("t.pdf"));
    QString error;
    QVERIFY2(exportChart(chart.view(), path, QSize(1200, 700), 300, &error), qPrintable(error));
    QVERIFY(head(path, 5).startsWith("%PDF"));
    QVERIFY(QFile(path).size() > 1000);
}

void TestChartExport::unwritablePath()
{
    TimelineChart chart;
    chart.setRun(&m_run);
    const QString path = QStringLiteral("/nonexistent-dir-proclab/sub/t.png");
    QString error;
    QVERIFY(!exportChart(chart.view(), path, QSize(800, 600), 96, &error));
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY(!QFile::exists(path));

    // The batch writer passes the message on.
    QStringList written;
    QVERIFY(!writeSweepCharts(QJsonObject(), QStringLiteral("/nonexistent-dir-proclab/pool"),
                              {QStringLiteral("svg")}, &written, &error));
    QVERIFY(error.contains(QStringLiteral("pool-speedup.svg")));
    QVERIFY(written.isEmpty());
}

void TestChartExport::unknownSuffix()
{
    TimelineChart chart;
    QString error;
    QVERIFY(!exportChart(chart.view(), m_dir.filePath(QStringLiteral("t.bmp")), QSize(800, 600), 96,
                         &error));
    QVERIFY2(error.contains(QStringLiteral("bmp")), qPrintable(error));
    QVERIFY(!exportChart(chart.view(), m_dir.filePath(QStringLiteral("t.png")), QSize(800, 600), 0,
                         &error));
    QVERIFY(!error.isEmpty());
}

void TestChartExport::exportLeavesWidgetAlone()
{
    TimelineChart chart;
    chart.resize(900, 500);
    chart.setRun(&m_run);
    chart.grab();
    QCoreApplication::processEvents(); // the lane labels' font follows the first layout
    chart.grab();
    const QRectF plotBefore = chart.chart()->plotArea();
    QString error;
    QVERIFY2(exportChart(chart.view(), m_dir.filePath(QStringLiteral("big.png")), QSize(1600, 1000),
                         96, &error),
             qPrintable(error));
    chart.grab();
    QCOMPARE(chart.chart()->plotArea(), plotBefore);
}

void TestChartExport::speedupFormats()
{
    QJsonArray points;
    points.append(QJsonObject{{QStringLiteral("workers"), 1},
                              {QStringLiteral("speedup"), 1.0},
                              {QStringLiteral("efficiency"), 1.0}});
    points.append(QJsonObject{{QStringLiteral("workers"), 2},
                              {QStringLiteral("speedup"), 1.7},
                              {QStringLiteral("efficiency"), 0.85}});
    const QJsonObject sweep{{QStringLiteral("scenario"), QStringLiteral("pool")},
                            {QStringLiteral("points"), points},
                            {QStringLiteral("serial_fraction"), 0.18}};
    QStringList written;
    QString error;
    const QString base = m_dir.filePath(QStringLiteral("pool"));
    QVERIFY2(writeSweepCharts(sweep, base,
                              {QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf")},
                              &written, &error),
             qPrintable(error));
    QCOMPARE(written.size(), 3);
    QImage image;
    QVERIFY(image.load(base + QStringLiteral("-speedup.png")));
    QCOMPARE(image.size(), QSize(kDefaultChartWidth, kDefaultChartHeight));
    QVERIFY(head(base + QStringLiteral("-speedup.svg"), 64).startsWith("<?xml"));
    QVERIFY(head(base + QStringLiteral("-speedup.pdf"), 8).startsWith("%PDF"));
}

QTEST_MAIN(TestChartExport)
#include "tst_chartexport.moc"
