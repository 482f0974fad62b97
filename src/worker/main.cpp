// SPDX-License-Identifier: MIT
// proclab-worker: one process of a ProcLab run. Runs one role and reports timestamped events on
// stdout, one line each (see eventformat.h). No event loop: roles are straight-line code. It links
// no Qt library: most of a worker's launch time was the dynamic loading of QtCore and ICU. The qt
// family of primitives runs in proclab-qtworker instead.
#include "participant.h"
#include "roles.h"
#include "workermain.h"

using namespace proclab;

int main(int argc, char **argv)
{
    ipc::registerParticipantFamily(ipc::PrimitiveFamily::Futex, ipc::makeFutexParticipant);
    ipc::registerParticipantFamily(ipc::PrimitiveFamily::Posix, ipc::makePosixParticipant);
    std::vector<RoleEntry> roles = lifecycleRoles();
    const std::vector<RoleEntry> ipc = ipcRoles();
    roles.insert(roles.end(), ipc.begin(), ipc.end());
    return runWorker(argc, argv, "proclab-worker", roles);
}
