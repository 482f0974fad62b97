// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>

namespace proclab::bench {

void benchExitStamp(int workers, int reps, const QByteArray &op = "exit_stamp");

} // namespace proclab::bench
