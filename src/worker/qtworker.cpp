// SPDX-License-Identifier: MIT
// proclab-qtworker: the Barrier & Lock roles with the qt family of primitives (QSystemSemaphore,
// used through Qt's API), which needs QtCore. It lives apart from proclab-worker so that the other
// families' workers do not pay for loading QtCore (most of a launch). Same command line and event
// protocol as proclab-worker; it runs every family, so tests can compare them in one program.
#include "eventwriter.h"
#include "participant.h"
#include "roles.h"
#include "workermain.h"

#include <QString>
#include <QSystemSemaphore>

using namespace proclab;

namespace {

// Test probe: releases a QSystemSemaphore `count` times and exits at once, reporting how many
// releases succeeded. Shows SEM_UNDO's effects on a naive protocol: the releases vanish when the
// process exits, and the undo counter stops a release-only process at 32767.
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
    for (const ipc::PrimitiveFamily family : ipc::kFamilies) {
        ipc::registerParticipantFamily(
            family, family == ipc::PrimitiveFamily::Qt      ? ipc::makeQtParticipant
                    : family == ipc::PrimitiveFamily::Posix ? ipc::makePosixParticipant
                                                            : ipc::makeFutexParticipant);
    }
    std::vector<RoleEntry> roles = ipcRoles();
    roles.push_back({"sem-release", roleSemRelease,
                     "test: --key K --count N releases a QSystemSemaphore and exits"});
    return runWorker(argc, argv, "proclab-qtworker", roles);
}
