// SPDX-License-Identifier: MIT
// The `proclab --batch` contract: argument validation (exit 2 with a message naming the argument
// and its range) and the files a run writes.
#include "batchoptions.h"
#include "batchrunner.h"
#include "exporters.h"
#include "runcontroller.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <algorithm>

using namespace proclab;

namespace {
std::optional<BatchOptions> parse(const QStringList &args, QString *error)
{
    QCommandLineParser parser;
    addBatchOptions(parser);
    if (!parser.parse(QStringList{QStringLiteral("proclab")} + args)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    return batchOptionsFrom(parser, error);
}
} // namespace

class TestBatch : public QObject
{
    Q_OBJECT
private slots:
    void badArguments_data();
    void badArguments();
    void goodArguments();
    void writesTheRunFiles();
    void bothRuntimesWriteBothRuns();
    void unwritableOutputIsAClearError();
    void failedRunExitsOneAndKeepsData();
    void poolFilesAgree();
    void controllerWithoutLiveUpdates();
};

void TestBatch::badArguments_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    const QString out = QStringLiteral("--out=/tmp/x");
    QTest::newRow("unknown scenario")
        << QStringList{QStringLiteral("--batch=juggling"), out} << QStringLiteral("juggling");
    QTest::newRow("workers 0") << QStringList{QStringLiteral("--batch=spawning"), out,
                                              QStringLiteral("--workers=0")}
                               << QStringLiteral("--workers must be between 1 and 64");
    QTest::newRow("workers 100000")
        << QStringList{QStringLiteral("--batch=pool"), out, QStringLiteral("--workers=100000")}
        << QStringLiteral("--workers must be between 1 and 64");
    QTest::newRow("workers not a number")
        << QStringList{QStringLiteral("--batch=spawning"), out, QStringLiteral("--workers=many")}
        << QStringLiteral("--workers");
    QTest::newRow("unknown signal")
        << QStringList{QStringLiteral("--batch=killing"), out, QStringLiteral("--signal=hup")}
        << QStringLiteral("--signal");
    QTest::newRow("negative delay")
        << QStringList{QStringLiteral("--batch=killing"), out, QStringLiteral("--kill-after=-5")}
        << QStringLiteral("--kill-after");
    QTest::newRow("option that does not apply")
        << QStringList{QStringLiteral("--batch=naming"), out, QStringLiteral("--workers=3")}
        << QStringLiteral("does not apply");
    QTest::newRow("missing out") << QStringList{QStringLiteral("--batch=naming")}
                                 << QStringLiteral("--out");
    QTest::newRow("bad sweep") << QStringList{QStringLiteral("--batch=pool"), out,
                                              QStringLiteral("--sweep=4-2")}
                               << QStringLiteral("--sweep");
    QTest::newRow("sweep off the pool")
        << QStringList{QStringLiteral("--batch=naming"), out, QStringLiteral("--sweep=1-2")}
        << QStringLiteral("--sweep");
    QTest::newRow("bad format") << QStringList{QStringLiteral("--batch=naming"), out,
                                               QStringLiteral("--format=gif")}
                                << QStringLiteral("gif");
    QTest::newRow("unknown runtime")
        << QStringList{QStringLiteral("--batch=naming"), out, QStringLiteral("--runtime=java")}
        << QStringLiteral("cpp, python, both");
    QTest::newRow("primitives with Python")
        << QStringList{QStringLiteral("--batch=barrier"), out, QStringLiteral("--runtime=python"),
                       QStringLiteral("--primitives=posix")}
        << QStringLiteral("C++ runtime only");
    QTest::newRow("start method without Python")
        << QStringList{QStringLiteral("--batch=naming"), out,
                       QStringLiteral("--start-method=spawn")}
        << QStringLiteral("--runtime python");
    QTest::newRow("unknown family")
        << QStringList{QStringLiteral("--batch=barrier"), out, QStringLiteral("--primitives=sysv")}
        << QStringLiteral("qt, posix, futex");
    QTest::newRow("MPI for a scenario without it")
        << QStringList{QStringLiteral("--batch=naming"), out, QStringLiteral("--runtime=mpi")}
        << QStringLiteral("barrier, pool only");
    QTest::newRow("hostfile without MPI") << QStringList{QStringLiteral("--batch=pool"), out,
                                                         QStringLiteral("--hostfile=/etc/hostname")}
                                          << QStringLiteral("--runtime mpi");
    QTest::newRow("hostfile that does not exist")
        << QStringList{QStringLiteral("--batch=pool"), out, QStringLiteral("--runtime=mpi"),
                       QStringLiteral("--hostfile=/nonexistent/hosts")}
        << QStringLiteral("/nonexistent/hosts");
    QTest::newRow("primitives with MPI")
        << QStringList{QStringLiteral("--batch=barrier"), out, QStringLiteral("--runtime=mpi"),
                       QStringLiteral("--primitives=futex")}
        << QStringLiteral("--primitives");
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("--batch=naming"), out, QStringLiteral("--colour=red")}
        << QStringLiteral("colour");
}

void TestBatch::badArguments()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    QString error;
    QVERIFY(!parse(args, &error).has_value());
    QVERIFY2(error.contains(mentions), qPrintable(error));
}

void TestBatch::goodArguments()
{
    QString error;
    const auto all = parse({QStringLiteral("--batch=all"), QStringLiteral("--out=/tmp/x"),
                            QStringLiteral("--workers=3"), QStringLiteral("--signal=kill"),
                            QStringLiteral("--format=png,svg")},
                           &error);
    QVERIFY2(all.has_value(), qPrintable(error));
    QCOMPARE(all->runs.size(), size_t(6));
    for (const auto &run : all->runs) {
        if (run.applies(Param::Workers))
            QCOMPARE(run.value(Param::Workers), 3);
    }
    QCOMPARE(all->chartFormats, (QStringList{QStringLiteral("png"), QStringLiteral("svg")}));
    const auto pool = parse({QStringLiteral("--batch=pool"), QStringLiteral("--out=/tmp/x"),
                             QStringLiteral("--sweep=1-3")},
                            &error);
    QVERIFY2(pool.has_value(), qPrintable(error));
    QCOMPARE(pool->sweepFrom, 1);
    QCOMPARE(pool->sweepTo, 3);
    // both-together: each scenario's C++ run is paired with its Python twin, run at the same time.
    const auto together = parse({QStringLiteral("--batch=all"), QStringLiteral("--out=/tmp/x"),
                                 QStringLiteral("--runtime=both-together")},
                                &error);
    QVERIFY2(together.has_value(), qPrintable(error));
    QCOMPARE(together->runs.size(), size_t(12));
    QCOMPARE(together->together.size(), size_t(12));
    for (size_t i = 0; i < together->runs.size(); ++i) {
        QCOMPARE(RuntimeChoice(together->runs[i].value(Param::Runtime)),
                 i % 2 == 0 ? RuntimeChoice::Cpp : RuntimeChoice::Python);
        QCOMPARE(bool(together->together[i]), i % 2 == 0);
    }
}

void TestBatch::writesTheRunFiles()
{
    QTemporaryDir dir;
    QString error;
    const auto options = parse({QStringLiteral("--batch=spawning"), QStringLiteral("--out"),
                                dir.filePath(QStringLiteral("out")), QStringLiteral("--workers=3")},
                               &error);
    QVERIFY2(options.has_value(), qPrintable(error));
    BatchRunner runner(*options);
    QString outText, errText;
    QTextStream out(&outText), err(&errText);
    QCOMPARE(runner.exec(out, err), 0);
    QVERIFY2(errText.isEmpty(), qPrintable(errText));
    QFile json(dir.filePath(QStringLiteral("out/spawning.json")));
    QVERIFY(json.open(QIODevice::ReadOnly));
    const auto run = runFromJson(QJsonDocument::fromJson(json.readAll()).object(), &error);
    QVERIFY2(run.has_value(), qPrintable(error));
    QCOMPARE(run->processes.size(), size_t(3));
    QCOMPARE(run->processes[2].outputSize, 2000);
    QFile csv(dir.filePath(QStringLiteral("out/spawning.csv")));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QCOMPARE(csv.readAll().count('\n'), 1 + 3); // header + one work span per process
    QFile trace(dir.filePath(QStringLiteral("out/spawning.trace.json")));
    QVERIFY(trace.open(QIODevice::ReadOnly));
    QVERIFY(QJsonDocument::fromJson(trace.readAll())
                .object()
                .value(QStringLiteral("traceEvents"))
                .isArray());
}

// --runtime both: each scenario on the C++ workers, then the tutorial's Python; two sets of files,
// each saying who ran its processes.
void TestBatch::bothRuntimesWriteBothRuns()
{
    QTemporaryDir dir;
    QString error;
    const auto options =
        parse({QStringLiteral("--batch=spawning"), QStringLiteral("--out"), dir.path(),
               QStringLiteral("--workers=3"), QStringLiteral("--runtime=both"),
               QStringLiteral("--start-method=spawn")},
              &error);
    QVERIFY2(options.has_value(), qPrintable(error));
    QCOMPARE(options->runs.size(), size_t(2));
    BatchRunner runner(*options);
    QString outText, errText;
    QTextStream out(&outText), err(&errText);
    QCOMPARE(runner.exec(out, err), 0);
    QVERIFY2(errText.isEmpty(), qPrintable(errText));
    for (const auto &[file, runtime, processes] :
         {std::tuple{QStringLiteral("spawning.json"), QStringLiteral("cpp"), 3},
          std::tuple{QStringLiteral("spawning-python.json"), QStringLiteral("python"), 4}}) {
        QFile json(dir.filePath(file));
        QVERIFY2(json.open(QIODevice::ReadOnly), qPrintable(file));
        const QJsonObject object = QJsonDocument::fromJson(json.readAll()).object();
        const QJsonArray list = object.value(QStringLiteral("processes")).toArray();
        QCOMPARE(list.size(), processes); // Python's main process is a lane of its own
        for (const QJsonValue &p : list) {
            QCOMPARE(p.toObject().value(QStringLiteral("runtime")).toString(), runtime);
            QCOMPARE(p.toObject().contains(QStringLiteral("start_method")),
                     runtime == QLatin1String("python"));
        }
        std::vector<qint64> sizes;
        for (const QJsonValue &p : list) {
            if (!p.toObject().value(QStringLiteral("output_size")).isNull())
                sizes.push_back(p.toObject().value(QStringLiteral("output_size")).toInteger());
        }
        std::sort(sizes.begin(), sizes.end());
        QCOMPARE(sizes, (std::vector<qint64>{0, 1000, 2000}));
    }
}

void TestBatch::unwritableOutputIsAClearError()
{
    QTemporaryDir dir;
    QFile blocker(dir.filePath(QStringLiteral("file")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    QString error;
    const auto options = parse({QStringLiteral("--batch=naming"), QStringLiteral("--out"),
                                blocker.fileName() + QStringLiteral("/sub")},
                               &error);
    QVERIFY(options.has_value());
    BatchRunner runner(*options);
    QString outText, errText;
    QTextStream out(&outText), err(&errText);
    QCOMPARE(runner.exec(out, err), 1);
    QVERIFY2(errText.contains(QLatin1String("output directory")), qPrintable(errText));
}

void TestBatch::failedRunExitsOneAndKeepsData()
{
    QTemporaryDir dir;
    QString error;
    const auto options =
        parse({QStringLiteral("--batch=killing"), QStringLiteral("--out"), dir.path(),
               QStringLiteral("--duration=60000"), QStringLiteral("--kill-after=60000"),
               QStringLiteral("--timeout=1000")},
              &error);
    QVERIFY2(options.has_value(), qPrintable(error));
    BatchRunner runner(*options);
    QString outText, errText;
    QTextStream out(&outText), err(&errText);
    QCOMPARE(runner.exec(out, err), 1);
    QVERIFY2(errText.contains(QLatin1String("time limit")), qPrintable(errText));
    QFile json(dir.filePath(QStringLiteral("killing.json")));
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(json.readAll()).object();
    QVERIFY(!root.value(QStringLiteral("errors")).toArray().isEmpty());
    QCOMPARE(root.value(QStringLiteral("processes")).toArray().size(), 2);
}

// The three files are streamed from the one run the batch keeps: they list the same spans, every
// task once.
void TestBatch::poolFilesAgree()
{
    constexpr int kTasks = 5000;
    QTemporaryDir dir;
    QString error;
    const auto options =
        parse({QStringLiteral("--batch=pool"), QStringLiteral("--out"), dir.path(),
               QStringLiteral("--tasks=%1").arg(kTasks), QStringLiteral("--chunksize=1")},
              &error);
    QVERIFY2(options.has_value(), qPrintable(error));
    BatchRunner runner(*options);
    QString outText, errText;
    QTextStream out(&outText), err(&errText);
    QCOMPARE(runner.exec(out, err), 0);
    QVERIFY2(errText.isEmpty(), qPrintable(errText));

    QFile json(dir.filePath(QStringLiteral("pool.json")));
    QVERIFY(json.open(QIODevice::ReadOnly));
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(json.readAll(), &parseError).object();
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    const auto run = runFromJson(root, &error);
    QVERIFY2(run.has_value(), qPrintable(error));
    QCOMPARE(runToJson(*run), root);
    QCOMPARE(root.value(QStringLiteral("results")).toArray().size(), kTasks);
    QCOMPARE(root.value(QStringLiteral("results")).toArray().at(kTasks - 1).toInteger(),
             qint64(kTasks - 1) * (kTasks - 1));

    std::vector<int> seen(kTasks, 0);
    qint64 spans = 0;
    for (const ProcessRecord &p : run->processes) {
        for (const Span &s : p.spans) {
            ++spans;
            QCOMPARE(s.kind, SpanKind::Task);
            QVERIFY(s.task >= 0 && s.task < kTasks);
            ++seen[size_t(s.task)];
        }
    }
    QCOMPARE(spans, qint64(kTasks));
    QVERIFY(std::all_of(seen.begin(), seen.end(), [](int n) { return n == 1; }));

    QFile csv(dir.filePath(QStringLiteral("pool.csv")));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QCOMPARE(csv.readAll(), runToCsv(*run));

    QFile trace(dir.filePath(QStringLiteral("pool.trace.json")));
    QVERIFY(trace.open(QIODevice::ReadOnly));
    const QJsonObject traceRoot = QJsonDocument::fromJson(trace.readAll(), &parseError).object();
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    int taskEvents = 0;
    for (const auto &v : traceRoot.value(QStringLiteral("traceEvents")).toArray()) {
        const QJsonObject e = v.toObject();
        if (e.value(QStringLiteral("ph")).toString() == QLatin1String("X") &&
            e.value(QStringLiteral("name")).toString() == QLatin1String("task"))
            ++taskEvents;
    }
    QCOMPARE(taskEvents, kTasks);
}

// The batch's controller sends nothing while the run goes and hands the finished run over whole.
void TestBatch::controllerWithoutLiveUpdates()
{
    ScenarioParameters parameters(ScenarioId::Pool);
    QVERIFY(parameters.set(Param::Tasks, 2000));
    QVERIFY(parameters.set(Param::Chunksize, 1));
    RunController controller;
    RunOptions options;
    options.live = false;
    options.refreshMs = 0; // would update at every event if live
    QSignalSpy changed(&controller, &RunController::changed);
    QEventLoop loop;
    QObject::connect(&controller, &RunController::finished, &loop, &QEventLoop::quit);
    QVERIFY(controller.start(parameters, options));
    QTimer::singleShot(60'000, &loop, &QEventLoop::quit);
    loop.exec();
    QVERIFY(controller.isFinished());
    QCOMPARE(changed.count(), 2); // started, finished
    const Run &run = controller.run();
    QVERIFY2(run.errors.isEmpty(), qPrintable(run.errors.join(u'\n')));
    QCOMPARE(run.spanCount(), 2000);
    QCOMPARE(run.processes.size(), size_t(parameters.value(Param::Workers)));
    for (const ProcessRecord &p : run.processes) {
        QVERIFY(p.exitedNs > 0);
        QCOMPARE(p.exit.kind, ExitStatus::Kind::Normal);
    }
    QCOMPARE(run.results.toArray().size(), 2000);
}

QTEST_GUILESS_MAIN(TestBatch)
#include "tst_batch.moc"
