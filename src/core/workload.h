// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>
#include <random>
#include <vector>

namespace proclab {

// The tutorial's do_something(count, out_list): append `count` random numbers to a list. CPU- and
// allocation-bound on purpose; the vector grows as Python's list does, without reserve().
std::vector<double> doSomething(qint64 count, std::mt19937_64 &random);

// Pool's task function.
inline qint64 square(qint64 x)
{
    return x * x;
}

} // namespace proclab
