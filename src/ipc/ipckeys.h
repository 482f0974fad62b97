// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace proclab {

// A fresh, unguessable key prefix for one run's IPC objects.
QString newRunKey();

} // namespace proclab
