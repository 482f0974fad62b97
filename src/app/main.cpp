// SPDX-License-Identifier: MIT
// proclab: the lab window, or `--batch` to run scenarios headless.
#include "batchoptions.h"
#include "batchrunner.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>
#include <cstdio>

using namespace proclab;

namespace {

bool wantsBatch(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--batch" || arg.startsWith("--batch="))
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char **argv)
{
    // Headless batch runs still draw charts (QGraphicsScene needs a QApplication); without a display
    // the offscreen platform does it.
    if (wantsBatch(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")
        && qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ProcLab"));
    QApplication::setOrganizationName(QStringLiteral("ProcLab"));
    QApplication::setApplicationVersion(QStringLiteral(PROCLAB_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "ProcLab makes operating-system multiprocessing visible: real worker processes, "
                "shared-memory barriers and locks, timelines and speedup charts."));
    parser.addHelpOption();
    parser.addVersionOption();
    addBatchOptions(parser);
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!parser.parse(QApplication::arguments())) {
        err << QApplication::translate("main", "error: %1").arg(parser.errorText()) << Qt::endl;
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
            err << QApplication::translate("main", "error: %1").arg(error) << Qt::endl;
            return 2;
        }
        BatchRunner runner(*options);
        return runner.exec(out, err);
    }
    err << QApplication::translate("main", "The lab window is not built yet; use --batch.") << Qt::endl;
    return 1;
}
