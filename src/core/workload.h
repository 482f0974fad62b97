// SPDX-License-Identifier: MIT
#pragma once

// Qt-free (proclab-worker does not link QtCore); `long long` is qint64, so Qt callers see no
// change.

#include <random>
#include <vector>

namespace proclab {

// The tutorial's do_something(count, out_list): append `count` random numbers to a list. CPU- and
// allocation-bound on purpose; the vector grows as Python's list does, without reserve().
std::vector<double> doSomething(long long count, std::mt19937_64 &random);

// The tutorial's "uneven work": each round every participant draws its own amount, reproducibly
// from the seed, between half and one and a half times the workload (the C++ and MPI workers
// alike).
long long unevenItems(unsigned long long seed, int id, int round, long long workload);

// Pool's task function.
inline long long square(long long x)
{
    return x * x;
}

} // namespace proclab
