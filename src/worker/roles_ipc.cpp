// SPDX-License-Identifier: MIT
#include "roles.h"

namespace proclab {

// Filled by the IPC work (barrier, lock, pool roles).
std::vector<RoleEntry> ipcRoles()
{
    return {};
}

} // namespace proclab
