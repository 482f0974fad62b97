// SPDX-License-Identifier: MIT
// STUB: to be written (posix family, worker side).
#include "participant.h"

namespace proclab::ipc {
std::unique_ptr<Participant> makePosixParticipant(CoordinationBlock &, std::string *error)
{
    *error = "the posix family is not built yet";
    return nullptr;
}
} // namespace proclab::ipc
