// SPDX-License-Identifier: MIT
// STUB: to be written (qt family, lab side).
#include "familyobjects.h"

namespace proclab {
std::unique_ptr<FamilyObjects> makeQtObjects()
{
    return nullptr;
}
int removeQtSemaphoresOf(const std::function<bool(qint64 pid)> &, QStringList *)
{
    return 0;
}
} // namespace proclab
