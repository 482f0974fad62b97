// SPDX-License-Identifier: MIT
// proclab: the lab window, `--batch` to run scenarios headless, or `--screenshot` to picture a tab.
#include "batchoptions.h"
#include "batchrunner.h"
#include "chartexport.h"
#include "interrupthandler.h"
#include "languageswitcher.h"
#include "lifeline.h"
#include "mainwindow.h"
#include "parameterpanel.h"
#include "scenariotab.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QPixmap>
#include <QSaveFile>
#include <QSize>
#include <QTextStream>
#include <QTimer>
#include <cstdio>

using namespace proclab;

namespace {

// The longest a screenshot waits for its run; a default run takes a few seconds.
constexpr int kScreenshotTimeoutMs = 120'000;
// Lets the last refresh and the code panel paint before the grab.
constexpr int kSettleMs = 400;

bool hasArgument(int argc, char **argv, const char *name)
{
    const QByteArray option(name);
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == option || arg.startsWith(option + '='))
            return true;
    }
    return false;
}

// Gives the messages here the context "main" that lupdate can see.
struct Main
{
    Q_DECLARE_TR_FUNCTIONS(main)
};

bool saveGrab(QWidget &window, const QString &path, QTextStream &err)
{
    const QPixmap pixmap = window.grab();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !pixmap.save(&file) || !file.commit()) {
        err << Main::tr("error: cannot write the screenshot to %1: %2")
                   .arg(path, file.errorString())
            << Qt::endl;
        return false;
    }
    return true;
}

int runScreenshot(QApplication &app, InterruptHandler &interrupts, const QCommandLineParser &parser,
                  QSize size, QTextStream &out, QTextStream &err)
{
    const QString path = parser.value(QStringLiteral("screenshot"));
    const QString tabKey = parser.value(QStringLiteral("tab"));
    const QString detail = parser.value(QStringLiteral("detail"));
    bool duringOk = false;
    const int duringMs = parser.value(QStringLiteral("during")).toInt(&duringOk);
    MainWindow window;
    if (!tabKey.isEmpty() && !window.selectTab(tabKey)) {
        err << Main::tr("error: --tab must be one of naming, spawning, killing, daemons, barrier, "
                        "pool, not '%1'")
                   .arg(tabKey)
            << Qt::endl;
        return 2;
    }
    window.resize(size);
    window.show();
    ScenarioTab *tab = window.currentTab();
    // Pictures show the tutorial's defaults, not whatever the user left in the settings, changed
    // only by the parameter options given (--primitives posix, --rounds 50, …).
    tab->parameterPanel()->resetToDefaults();
    const ScenarioParameters wanted = parametersFrom(parser, tab->scenario());
    for (const ParamSpec &spec : scenarioInfo(tab->scenario()).params)
        tab->parameterPanel()->setValue(spec.param, wanted.value(spec.param));
    if (!detail.isEmpty() && !tab->showDetail(detail)) {
        err << Main::tr("error: --detail must be processes, waits, ipc or speedup (where the tab "
                        "has it), "
                        "not '%1'")
                   .arg(detail)
            << Qt::endl;
        return 2;
    }
    int code = 1;
    auto grabAndQuit = [&] {
        code = saveGrab(window, path, err) ? 0 : 1;
        if (code == 0)
            out << Main::tr("wrote %1").arg(path) << Qt::endl;
        app.exit(code);
    };
    // SIGTERM, SIGINT, SIGHUP: no picture; the run is ended as the window ends it.
    QObject::connect(&interrupts, &InterruptHandler::interrupted, &window, [&](int signal) {
        window.stopAllRuns();
        code = InterruptHandler::exitCode(signal);
        app.exit(code);
    });
    QTimer timeout;
    timeout.setSingleShot(true);
    if (tab->isAvailable()) {
        if (parser.isSet(QStringLiteral("during")) && duringOk && duringMs >= 0)
            QTimer::singleShot(duringMs, &app, grabAndQuit); // a picture of the run going on
        else
            QObject::connect(tab, &ScenarioTab::runFinished, &app,
                             [&] { QTimer::singleShot(kSettleMs, &app, grabAndQuit); });
        QObject::connect(&timeout, &QTimer::timeout, &app, grabAndQuit);
        timeout.start(kScreenshotTimeoutMs);
        QTimer::singleShot(0, tab, &ScenarioTab::start);
    } else {
        // Nothing to run: the picture shows the tab with its explanation.
        QTimer::singleShot(kSettleMs, &app, grabAndQuit);
    }
    app.exec();
    return code;
}

} // namespace

int main(int argc, char **argv)
{
    // Before anything else, and before any thread exists (it sets an environment variable): the
    // lifeline that every process of every run holds, so that none outlives the lab, however the
    // lab ends (see src/worker/lifeline.h).
    Lifeline::install();

    // Headless batch runs and screenshots still draw (charts, the window), and --help must work on
    // a server too; without a display the offscreen platform does it.
    const bool headless = hasArgument(argc, argv, "--batch") ||
                          hasArgument(argc, argv, "--screenshot") ||
                          hasArgument(argc, argv, "--help") || hasArgument(argc, argv, "-h") ||
                          hasArgument(argc, argv, "--help-all") ||
                          hasArgument(argc, argv, "--version") || hasArgument(argc, argv, "-v");
    const bool noDisplay = qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") &&
                           qEnvironmentVariableIsEmpty("DISPLAY") &&
                           qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
    if (headless && noDisplay)
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (!headless && noDisplay) {
        // Qt would abort with a message about platform plugins; say what to do instead.
        QCoreApplication core(argc, argv);
        QTextStream(stderr) << Main::tr("error: no display to open the lab window on. Use --batch "
                                        "or --screenshot, or run it under xvfb-run.")
                            << Qt::endl;
        return 1;
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ProcLab"));
    QApplication::setOrganizationName(QStringLiteral("ProcLab"));
    QApplication::setApplicationVersion(QStringLiteral(PROCLAB_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/proclab.svg")));
    QApplication::setDesktopFileName(QStringLiteral("proclab"));
    // SIGTERM, SIGINT and SIGHUP end the lab in order: the batch writes what it collected, the
    // window stops its runs (their processes killed, their IPC objects removed) and quits; the exit
    // status is then 128 + signal. A second signal while that happens ends the lab at once, after
    // killing everything (InterruptHandler::killEverythingAndExit).
    InterruptHandler interrupts;
    // The command line speaks the user's language as the window does (the window brings its own
    // switcher, following the language chosen in it).
    LanguageSwitcher commandLineLanguage;
    if (!hasArgument(argc, argv, "--screenshot") && (headless || noDisplay))
        commandLineLanguage.setLanguage(LanguageSwitcher::systemLanguage());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Main::tr("ProcLab makes operating-system multiprocessing visible: real worker processes, "
                 "shared-memory barriers and locks, timelines and speedup charts."));
    parser.addHelpOption();
    parser.addVersionOption();
    addBatchOptions(parser);
    parser.addOption({QStringLiteral("screenshot"),
                      Main::tr("Open the window, run the tab's defaults, save a picture of the "
                               "window to FILE and exit."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("size"),
                      Main::tr("With --screenshot: the window's size, e.g. 1024x700 (default "
                               "1280x860)."),
                      QStringLiteral("WxH"), QStringLiteral("1280x860")});
    parser.addOption(
        {QStringLiteral("tab"),
         Main::tr("The tab to open: naming, spawning, killing, daemons, barrier or pool."),
         QStringLiteral("NAME")});
    parser.addOption(
        {QStringLiteral("detail"),
         Main::tr("With --screenshot: the page below the timeline: processes, waits, ipc "
                  "or speedup."),
         QStringLiteral("PAGE")});
    parser.addOption({QStringLiteral("during"),
                      Main::tr("With --screenshot: take the picture MS milliseconds after the run "
                               "starts, while it goes, instead of after it."),
                      QStringLiteral("MS")});
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!parser.parse(QApplication::arguments())) {
        err << Main::tr("error: %1").arg(parser.errorText()) << Qt::endl;
        return 2;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();

    if (parser.isSet(QStringLiteral("batch"))) {
        QString error;
        const auto options = batchOptionsFrom(parser, &error);
        if (!options) {
            err << Main::tr("error: %1").arg(error) << Qt::endl;
            return 2;
        }
        BatchRunner runner(*options);
        runner.setChartWriter(&writeRunCharts);
        runner.setSweepChartWriter(&writeSweepCharts);
        QObject::connect(&interrupts, &InterruptHandler::interrupted, &app, [&](int signal) {
            err << Main::tr("%1: stopping the run and writing what it collected (again: exit at "
                            "once)")
                       .arg(InterruptHandler::signalName(signal))
                << Qt::endl;
            runner.interrupt(signal);
        });
        return runner.exec(out, err);
    }

    if (parser.isSet(QStringLiteral("screenshot"))) {
        const QStringList wh = parser.value(QStringLiteral("size")).split(QLatin1Char('x'));
        bool okW = false;
        bool okH = false;
        const QSize size(wh.value(0).toInt(&okW), wh.value(1).toInt(&okH));
        if (wh.size() != 2 || !okW || !okH || size.width() < 320 || size.height() < 240 ||
            size.width() > 7680 || size.height() > 4320) {
            err << Main::tr("error: --size must be WIDTHxHEIGHT between 320x240 and 7680x4320, "
                            "not '%1'")
                       .arg(parser.value(QStringLiteral("size")))
                << Qt::endl;
            return 2;
        }
        return runScreenshot(app, interrupts, parser, size, out, err);
    }

    MainWindow window;
    if (parser.isSet(QStringLiteral("tab")) &&
        !window.selectTab(parser.value(QStringLiteral("tab")))) {
        err << Main::tr("error: --tab must be one of naming, spawning, killing, daemons, barrier, "
                        "pool, not '%1'")
                   .arg(parser.value(QStringLiteral("tab")))
            << Qt::endl;
        return 2;
    }
    QObject::connect(&interrupts, &InterruptHandler::interrupted, &window, [&](int signal) {
        // The runs are stopped; leaving the event loop destroys the window, whose tabs' engines
        // then kill what still runs and remove the runs' IPC objects before main() returns.
        window.stopAllRuns();
        window.close();
        app.exit(InterruptHandler::exitCode(signal));
    });
    window.show();
    return app.exec();
}
