// SPDX-License-Identifier: MIT
// STUB: to be written (qt family, worker side).
#include "participant.h"

namespace proclab::ipc {
std::unique_ptr<Participant> makeQtParticipant(CoordinationBlock &, std::string *error)
{
    *error = "the qt family is not built yet";
    return nullptr;
}
} // namespace proclab::ipc
