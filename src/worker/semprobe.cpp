// SPDX-License-Identifier: MIT
// proclab-semprobe: the one worker role that needs Qt. tst_sharedbarrier uses it to show why the
// barrier is not built on QSystemSemaphore (SEM_UNDO); it lives apart from proclab-worker so that
// the worker itself does not link QtCore (most of a worker's launch time was loading QtCore).
// Same command line and event protocol as proclab-worker.
#include "eventwriter.h"
#include "roles.h"
#include "workermain.h"

#include <QString>
#include <QSystemSemaphore>

using namespace proclab;

namespace {

// Releases a QSystemSemaphore `count` times and exits at once, reporting how many releases
// succeeded. Shows SEM_UNDO's effects: the releases vanish when the process exits, and the undo
// counter stops a release-only process at 32767.
int roleSemRelease(const WorkerOptions &options)
{
    const int id = int(options.integer("id", 0, 1'000'000));
    const std::string key = options.text("key");
    if (key.empty())
        usageError("--key is required");
    const qint64 count = options.integer("count", 1, 1'000'000'000);
    rejectUnreadOptions(options);
    EventWriter events(id);
    QSystemSemaphore semaphore(QString::fromStdString(key), 0, QSystemSemaphore::Open);
    events.ready();
    qint64 released = 0;
    QString failure;
    for (; released < count; ++released) {
        if (!semaphore.release()) {
            failure = semaphore.errorString();
            break;
        }
    }
    events.output(released);
    events.note(
        QStringLiteral("released %1 of %2 %3").arg(released).arg(count).arg(failure).toStdString());
    events.exit(0);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    return runWorker(argc, argv, "proclab-semprobe",
                     {{"sem-release", roleSemRelease,
                       "test: --key K --count N releases a QSystemSemaphore and exits"}});
}
