// SPDX-License-Identifier: MIT
// STUB: to be written (posix family, lab side).
#include "familyobjects.h"

namespace proclab {
std::unique_ptr<FamilyObjects> makePosixObjects()
{
    return nullptr;
}
int removePosixSemaphoresOf(const std::function<bool(qint64 pid)> &, QStringList *)
{
    return 0;
}
} // namespace proclab
