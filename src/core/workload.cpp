// SPDX-License-Identifier: MIT
#include "workload.h"

namespace proclab {

std::vector<double> doSomething(long long count, std::mt19937_64 &random)
{
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    std::vector<double> out;
    for (long long i = 0; i < count; ++i)
        out.push_back(uniform(random));
    return out;
}

} // namespace proclab
