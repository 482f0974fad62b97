// SPDX-License-Identifier: MIT
#pragma once

namespace proclab::bench {

void benchExitStamp(int workers, int reps);

} // namespace proclab::bench
