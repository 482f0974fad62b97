// SPDX-License-Identifier: MIT
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>

class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void screenshotSavesTheWholeWindow();
    void screenshotRejectsAnUnknownTab();
    void batchWritesChartImages();

private:
    // Runs proclab with its settings in `home`, so no test reads or writes the user's.
    static int runProclab(const QStringList &arguments, const QString &home,
                          QByteArray *output = nullptr);
};

int TestCli::runProclab(const QStringList &arguments, const QString &home, QByteArray *output)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral(PROCLAB_EXECUTABLE), arguments);
    if (!process.waitForFinished(100'000))
        return -1;
    if (output)
        *output = process.readAll();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

void TestCli::screenshotSavesTheWholeWindow()
{
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("spawning.png"));
    QByteArray output;
    QCOMPARE(runProclab({QStringLiteral("--screenshot"), png, QStringLiteral("--tab"),
                         QStringLiteral("spawning")},
                        dir.path(), &output),
             0);
    const QImage image(png);
    QVERIFY2(!image.isNull(), output.constData());
    QVERIFY(image.width() >= 1000);
    QVERIFY(image.height() >= 700);
}

void TestCli::screenshotRejectsAnUnknownTab()
{
    QTemporaryDir dir;
    QByteArray output;
    QCOMPARE(runProclab({QStringLiteral("--screenshot"), dir.filePath(QStringLiteral("x.png")),
                         QStringLiteral("--tab"), QStringLiteral("nonsense")},
                        dir.path(), &output),
             2);
    QVERIFY(output.contains("nonsense"));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.png"))));
}

void TestCli::batchWritesChartImages()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("out"));
    QByteArray output;
    QCOMPARE(
        runProclab({QStringLiteral("--batch"), QStringLiteral("naming"),
                    QStringLiteral("--workload"), QStringLiteral("1000"), QStringLiteral("--out"),
                    out, QStringLiteral("--format"), QStringLiteral("png,svg,pdf")},
                   dir.path(), &output),
        0);
    QVERIFY2(!QImage(out + QStringLiteral("/naming-timeline.png")).isNull(), output.constData());
    QVERIFY(QSvgRenderer(out + QStringLiteral("/naming-timeline.svg")).isValid());
    QFile pdf(out + QStringLiteral("/naming-timeline.pdf"));
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QCOMPARE(pdf.read(5), QByteArray("%PDF-"));
}

QTEST_MAIN(TestCli)
#include "tst_cli.moc"
