// SPDX-License-Identifier: MIT
#include "chartexportdialog.h"
#include "codepanel.h"
#include "elidedlabel.h"
#include "exportlocation.h"
#include "languageswitcher.h"
#include "mainwindow.h"
#include "parameterpanel.h"
#include "processtablemodel.h"
#include "run.h"
#include "runcontroller.h"
#include "scenario.h"
#include "scenariotab.h"
#include "speedupchart.h"
#include "timelinechart.h"

#include "apptestsupport.h"

#include <QAbstractAxis>
#include <QAction>
#include <QChart>
#include <QCheckBox>
#include <QFile>
#include <QGroupBox>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QLineSeries>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSlider>
#include <QSpinBox>
#include <QSvgRenderer>
#include <QTabWidget>
#include <QTest>

using namespace proclab;

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void tabsExistAndSwitch();
    void everyControlHasATooltip();
    void languageSwitchChangesVisibleLabels();
    void languageSwitchDuringARun();
    void settingsSurviveARestart();
    void exportWritesValidFiles();
    void unwritablePathShowsAMessage();
    void quittingDuringARunAsksFirst();
    void longStatusDoesNotPushThePanelDown();

private:
    QTemporaryDir m_settingsDir;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    test::isolateSettings(m_settingsDir);
}

void TestMainWindow::init()
{
    QSettings().clear();
}

void TestMainWindow::tabsExistAndSwitch()
{
    MainWindow window;
    window.show();
    QTabWidget *tabs = window.tabs();
    QCOMPARE(tabs->count(), 6);
    const QStringList keys{QStringLiteral("naming"),  QStringLiteral("spawning"),
                           QStringLiteral("killing"), QStringLiteral("daemons"),
                           QStringLiteral("barrier"), QStringLiteral("pool")};
    for (int i = 0; i < keys.size(); ++i) {
        auto *tab = qobject_cast<ScenarioTab *>(tabs->widget(i));
        QVERIFY(tab);
        QCOMPARE(tab->key(), keys.at(i));
        QVERIFY(!tabs->tabText(i).isEmpty());
    }
    QCOMPARE(tabs->tabText(4), QStringLiteral("Barrier && Lock"));
    QVERIFY(window.selectTab(QStringLiteral("pool")));
    QCOMPARE(window.currentTab()->scenario(), ScenarioId::Pool);
    QVERIFY(!window.selectTab(QStringLiteral("nonsense")));
    auto *next = window.findChild<QAction *>(QStringLiteral("actionNextTab"));
    QVERIFY(next);
    next->trigger();
    QCOMPARE(window.currentTab()->scenario(), ScenarioId::Naming);
    window.findChild<QAction *>(QStringLiteral("actionPreviousTab"))->trigger();
    QCOMPARE(window.currentTab()->scenario(), ScenarioId::Pool);
    // Only the Pool tab has the speedup chart; every tab has a timeline and a table.
    for (int i = 0; i < tabs->count(); ++i) {
        auto *tab = qobject_cast<ScenarioTab *>(tabs->widget(i));
        QVERIFY(tab->timeline());
        QVERIFY(tab->processModel());
        QCOMPARE(tab->speedupChart() != nullptr, tab->scenario() == ScenarioId::Pool);
    }
}

void TestMainWindow::everyControlHasATooltip()
{
    MainWindow window;
    for (int i = 0; i < window.tabs()->count(); ++i) {
        auto *tab = qobject_cast<ScenarioTab *>(window.tabs()->widget(i));
        const auto controls = tab->findChildren<QAbstractSpinBox *>();
        for (const QAbstractSpinBox *control : controls)
            QVERIFY2(!control->toolTip().isEmpty(),
                     qPrintable(tab->key() + QLatin1Char('/') + control->objectName()));
        const auto sliders = tab->findChildren<QSlider *>();
        for (const QSlider *slider : sliders)
            QVERIFY2(!slider->toolTip().isEmpty(), qPrintable(tab->key()));
        const auto buttons = tab->findChildren<QAbstractButton *>();
        for (const QAbstractButton *button : buttons) {
            // The tab widget's own scroll buttons are Qt's, not ours.
            if (button->parent()->inherits("QTabBar") || button->inherits("QTableCornerButton"))
                continue;
            QVERIFY2(!button->toolTip().isEmpty(),
                     qPrintable(tab->key() + QLatin1Char('/') + button->text()));
        }
    }
    const auto actions = window.findChildren<QAction *>();
    for (const QAction *action : actions) {
        if (action->isSeparator() || action->menu() || action->text().isEmpty() ||
            action->actionGroup())
            continue;
        QVERIFY2(!action->toolTip().isEmpty(), qPrintable(action->text()));
    }
}

void TestMainWindow::languageSwitchChangesVisibleLabels()
{
    MainWindow window;
    window.show();
    ScenarioTab *naming = window.tab(ScenarioId::Naming);
    QCOMPARE(naming->runButton()->text(), QStringLiteral("&Run"));
    const QString englishTitle = window.tabs()->tabText(0);

    QVERIFY(window.setLanguage(QStringLiteral("de")));
    QTRY_VERIFY(naming->runButton()->text() != QStringLiteral("&Run"));
    QCOMPARE(naming->runButton()->text(), QCoreApplication::translate("ScenarioTab", "&Run"));
    QTRY_VERIFY(window.tabs()->tabText(0) != englishTitle);
    // The charts' own texts (axis titles, legend) switch too.
    QTRY_COMPARE(
        naming->timeline()->chart()->axes(Qt::Horizontal).value(0)->titleText(),
        QCoreApplication::translate("proclab::TimelineChart", "time since the run started (ms)"));
    QVERIFY(naming->timeline()->chart()->axes(Qt::Horizontal).value(0)->titleText() !=
            QStringLiteral("time since the run started (ms)"));
    QTRY_COMPARE(window.tab(ScenarioId::Pool)->speedupChart()->measuredSeries()->name(),
                 QCoreApplication::translate("proclab::SpeedupChart", "speedup"));
    const QString german = naming->runButton()->text();
    // Messages of the libraries reach the user translated too: lupdate files them under the
    // contexts the libraries translate with.
    QVERIFY(QCoreApplication::translate("proclab::Batch",
                                        "--out: a directory for the results is required") !=
            QStringLiteral("--out: a directory for the results is required"));
    QVERIFY(QCoreApplication::translate("proclab::EventParser", "unknown event type") !=
            QStringLiteral("unknown event type"));
    QVERIFY(QCoreApplication::translate("proclab::RunRecorder", "span ends before it begins") !=
            QStringLiteral("span ends before it begins"));
    QVERIFY(translatedScenarioTitle(ScenarioId::Naming) != QStringLiteral("Naming"));
    QCOMPARE(window.findChild<QGroupBox *>(QStringLiteral("parametersGroup"))->title(),
             QCoreApplication::translate("ScenarioTab", "Parameters"));
    // Qt's own strings (standard buttons, file dialogs) come from Qt's catalogue
    // (qt6-translations-l10n): a question's Cancel button is German too.
    {
        QMessageBox box(QMessageBox::Question, QString(), QString(),
                        QMessageBox::Yes | QMessageBox::Cancel);
        QCOMPARE(box.button(QMessageBox::Cancel)->text(), QStringLiteral("Abbrechen"));
    }

    QVERIFY(window.setLanguage(QStringLiteral("fr")));
    QTRY_VERIFY(naming->runButton()->text() != german);
    QVERIFY(naming->runButton()->text() != QStringLiteral("&Run"));
    QTRY_COMPARE(
        naming->processModel()->headerData(ProcessTableModel::State, Qt::Horizontal).toString(),
        QCoreApplication::translate("proclab::ProcessTableModel", "State"));
    QVERIFY(
        naming->processModel()->headerData(ProcessTableModel::State, Qt::Horizontal).toString() !=
        QStringLiteral("State"));

    QVERIFY(window.setLanguage(QStringLiteral("en")));
    QTRY_COMPARE(naming->runButton()->text(), QStringLiteral("&Run"));
    // English has plural forms too: "1 process", "2 processes", never "process(es)".
    const char *finished = "Finished in %1 ms: %n process(es), %L2 spans.";
    QCOMPARE(QCoreApplication::translate("proclab::ScenarioTab", finished, nullptr, 1),
             QStringLiteral("Finished in %1 ms: 1 process, %L2 spans."));
    QCOMPARE(QCoreApplication::translate("proclab::ScenarioTab", finished, nullptr, 2),
             QStringLiteral("Finished in %1 ms: 2 processes, %L2 spans."));
    QTRY_COMPARE(window.tabs()->tabText(0), englishTitle);
    QTRY_COMPARE(naming->timeline()->chart()->axes(Qt::Horizontal).value(0)->titleText(),
                 QStringLiteral("time since the run started (ms)"));
    QVERIFY(!window.setLanguage(QStringLiteral("xx")));
}

void TestMainWindow::languageSwitchDuringARun()
{
    MainWindow window;
    window.show();
    ScenarioTab *tab = window.tab(ScenarioId::Killing);
    window.selectTab(tab->key());
    tab->parameterPanel()->setValue(Param::Duration, 60'000);
    tab->parameterPanel()->setValue(Param::KillAfter, 60'000);
    tab->start();
    QTRY_VERIFY_WITH_TIMEOUT(
        tab->run()->processes.size() == 2 && tab->run()->processes[0].readyNs >= 0, 60000);
    QVERIFY(window.setLanguage(QStringLiteral("de")));
    QTRY_VERIFY(tab->runButton()->text() != QStringLiteral("&Run"));
    // The rebuilt timeline shows the same live run.
    QTRY_COMPARE(tab->timeline()->laneCount(), 2);
    QVERIFY(tab->isRunning());
    tab->stop();
    QTRY_VERIFY_WITH_TIMEOUT(tab->controller()->isFinished(), 60000);
    QVERIFY(window.setLanguage(QStringLiteral("en")));
    QTRY_COMPARE(tab->runButton()->text(), QStringLiteral("&Run"));
}

void TestMainWindow::settingsSurviveARestart()
{
    {
        MainWindow window;
        window.show();
        QVERIFY(window.selectTab(QStringLiteral("killing")));
        ScenarioTab *killing = window.tab(ScenarioId::Killing);
        killing->parameterPanel()->spinBox(Param::KillAfter)->setValue(1234);
        killing->parameterPanel()->spinBox(Param::Duration)->setValue(777);
        window.tab(ScenarioId::Spawning)->parameterPanel()->slider(Param::Workers)->setValue(11);
        window.tab(ScenarioId::Daemons)->killParentCheck()->setChecked(true);
        window.tab(ScenarioId::Pool)->sweepToSpin()->setValue(3);
        window.setLanguage(QStringLiteral("fr"));
        window.close();
    }
    MainWindow restored;
    QCOMPARE(restored.currentTab()->scenario(), ScenarioId::Killing);
    const qint64 killAfter =
        restored.tab(ScenarioId::Killing)->parameterPanel()->value(Param::KillAfter);
    QCOMPARE(killAfter, 1234);
    QCOMPARE(restored.tab(ScenarioId::Killing)->parameterPanel()->value(Param::Duration), 777);
    QCOMPARE(restored.tab(ScenarioId::Spawning)->parameterPanel()->value(Param::Workers), 11 + 1);
    QVERIFY(restored.tab(ScenarioId::Daemons)->killParentCheck()->isChecked());
    QCOMPARE(restored.tab(ScenarioId::Pool)->sweepToSpin()->value(), 3);
    QCOMPARE(restored.languageSwitcher()->language(), QStringLiteral("fr"));
    QVERIFY(QSettings().contains(QStringLiteral("window/geometry")));
    restored.setLanguage(QStringLiteral("en"));
}

void TestMainWindow::exportWritesValidFiles()
{
    MainWindow window;
    window.show();
    ScenarioTab *tab = window.tab(ScenarioId::Naming);
    QString error;
    QVERIFY(!tab->exportRunData(QStringLiteral("/tmp/never.json"), DataFormat::Json, &error));
    QVERIFY(!error.isEmpty());

    tab->parameterPanel()->setValue(Param::Workload, 100'000);
    tab->start();
    QTRY_VERIFY_WITH_TIMEOUT(tab->controller()->isFinished(), 60000);

    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("timeline.png"));
    const QString svg = dir.filePath(QStringLiteral("timeline.svg"));
    const QString pdf = dir.filePath(QStringLiteral("timeline.pdf"));
    QVERIFY2(tab->exportTimeline(png, QSize(800, 500), 96, &error), qPrintable(error));
    QVERIFY2(tab->exportTimeline(svg, QSize(800, 500), 96, &error), qPrintable(error));
    QVERIFY2(tab->exportTimeline(pdf, QSize(800, 500), 96, &error), qPrintable(error));
    const QImage image(png);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), QSize(800, 500));
    QSvgRenderer renderer(svg);
    QVERIFY(renderer.isValid());
    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    QVERIFY(pdfFile.read(5) == "%PDF-");

    const QString json = dir.filePath(QStringLiteral("run.json"));
    const QString csv = dir.filePath(QStringLiteral("run.csv"));
    const QString trace = dir.filePath(QStringLiteral("run.trace.json"));
    QVERIFY2(tab->exportRunData(json, DataFormat::Json, &error), qPrintable(error));
    QVERIFY2(tab->exportRunData(csv, DataFormat::Csv, &error), qPrintable(error));
    QVERIFY2(tab->exportRunData(trace, DataFormat::Trace, &error), qPrintable(error));
    QFile jsonFile(json);
    QVERIFY(jsonFile.open(QIODevice::ReadOnly));
    const QJsonObject run = QJsonDocument::fromJson(jsonFile.readAll()).object();
    QCOMPARE(run.value(QStringLiteral("format")).toString(), QStringLiteral("proclab-run/2"));
    QCOMPARE(run.value(QStringLiteral("processes")).toArray().size(), 2);
    QFile traceFile(trace);
    QVERIFY(traceFile.open(QIODevice::ReadOnly));
    QVERIFY(QJsonDocument::fromJson(traceFile.readAll()).isObject());
    QFile csvFile(csv);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    QVERIFY(csvFile.readAll().count('\n') >= 3); // header + one row per span

    // The Pool tab's speedup chart exports the same way, even before a sweep.
    QVERIFY2(window.tab(ScenarioId::Pool)
                 ->exportSpeedup(dir.filePath(QStringLiteral("speedup.svg")), QSize(600, 400), 96,
                                 &error),
             qPrintable(error));
    QVERIFY(
        !tab->exportSpeedup(dir.filePath(QStringLiteral("none.svg")), QSize(600, 400), 96, &error));

    // Unwritable and unknown targets are errors with a message, not crashes.
    QVERIFY(!tab->exportTimeline(QStringLiteral("/proc/proclab/nope.png"), QSize(800, 500), 96,
                                 &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(
        !tab->exportRunData(QStringLiteral("/proc/proclab/nope.json"), DataFormat::Json, &error));
    QVERIFY(!error.isEmpty());
}

void TestMainWindow::unwritablePathShowsAMessage()
{
    MainWindow window;
    window.show();
    ScenarioTab *tab = window.tab(ScenarioId::Spawning);
    tab->exportTimelineInteractively();
    ChartExportDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = tab->findChild<ChartExportDialog *>()) != nullptr);
    auto *file = dialog->findChild<QLineEdit *>(QStringLiteral("fileEdit"));
    QVERIFY(file);
    const QString startBefore = ExportLocation::lastDirectory();
    const QString target = QStringLiteral("/proc/proclab-no-such-dir/chart.png");
    file->setText(target);
    dialog->accept();
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = tab->findChild<QMessageBox *>()) != nullptr);
    QVERIFY(box->text().contains(target));
    QCOMPARE(box->icon(), QMessageBox::Critical);
    box->close();
    QCOMPARE(ExportLocation::lastDirectory(), startBefore); // a failed save is no place to start
}

// The quit question on screen, if any.
static QMessageBox *visibleQuestion(const QWidget &window)
{
    for (QMessageBox *box : window.findChildren<QMessageBox *>()) {
        if (box->isVisible())
            return box;
    }
    return nullptr;
}

// Ctrl+Q (or closing the window) while a run goes: the window asks first; "Cancel" keeps the run,
// "Quit" stops it and closes.
void TestMainWindow::quittingDuringARunAsksFirst()
{
    MainWindow window;
    window.show();
    ScenarioTab *tab = window.tab(ScenarioId::Killing);
    window.selectTab(tab->key());
    tab->parameterPanel()->setValue(Param::Duration, 60'000);
    tab->parameterPanel()->setValue(Param::KillAfter, 60'000);
    tab->start();
    QTRY_VERIFY_WITH_TIMEOUT(tab->run() && tab->run()->processes.size() == 2, 60000);
    QVERIFY(!window.close()); // asked, not closed
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = visibleQuestion(window)));
    box->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!visibleQuestion(window));
    QVERIFY(window.isVisible());
    QVERIFY(tab->isRunning());

    QVERIFY(!window.close());
    QTRY_VERIFY((box = visibleQuestion(window)));
    box->button(QMessageBox::Yes)->click();
    QTRY_VERIFY(!window.isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(tab->controller()->isFinished(), 60000);
    for (const ProcessRecord &p : tab->run()->processes)
        QVERIFY(p.exit.finished());
}

// A status of several errors is hundreds of characters: at 1024x700 it stays one line (the whole
// text in its tooltip) and the tutorial panel under it keeps its place.
void TestMainWindow::longStatusDoesNotPushThePanelDown()
{
    MainWindow window;
    window.resize(1024, 700);
    window.show();
    ScenarioTab *tab = window.tab(ScenarioId::Barrier);
    window.selectTab(tab->key());
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *status = tab->findChild<ElidedLabel *>(QStringLiteral("statusLabel"));
    auto *code = tab->findChild<CodePanel *>();
    QVERIFY(status && code);
    const int height = status->height();
    const QPoint codeAt = code->mapTo(&window, QPoint(0, 0));
    QString longText = QStringLiteral("Finished in 36,123 ms with 3 errors:");
    for (int i = 0; i < 3; ++i)
        longText += QStringLiteral(" participant %1 (p%1) was killed by signal 9 (SIGKILL) while "
                                   "holding the lock; the barrier was broken so that the others "
                                   "could end;")
                        .arg(i);
    status->setFullText(longText);
    QTest::qWait(50);
    QCOMPARE(status->height(), height);
    QCOMPARE(code->mapTo(&window, QPoint(0, 0)), codeAt);
    QVERIFY(status->text().endsWith(QChar(0x2026)));
    QCOMPARE(status->toolTip(), longText);
    QVERIFY(window.height() <= 700);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
