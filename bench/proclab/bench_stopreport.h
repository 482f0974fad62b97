// SPDX-License-Identifier: MIT
#pragma once

namespace proclab::bench {

void benchStopReport(int reps);

} // namespace proclab::bench
