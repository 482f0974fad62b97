// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QtGlobal>

namespace proclab::bench {

// The Barrier & Lock scenario's primitives per family (qt, posix, futex; issue 9), as the
// scenario's workers run them: real worker processes launched by ProcessSupervisor.
void benchFamilyLock(const QString &family, qint64 iterations, int reps);
void benchFamilyBarrier(const QString &family, int parties, int rounds);
void benchFamilyLaunch(int reps);
// What recording causes costs (issue 12): lock hand-offs per second and barrier rounds (N = 2)
// with and without the cause board, interleaved.
void benchCausesCost(const QString &family, qint64 iterations, int rounds, int reps);

} // namespace proclab::bench
