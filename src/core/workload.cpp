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

long long unevenItems(unsigned long long seed, int id, int round, long long workload)
{
    std::mt19937_64 draw(seed * 1'000'003u + static_cast<unsigned long long>(id) * 7919u +
                         static_cast<unsigned long long>(round));
    return std::uniform_int_distribution<long long>(workload / 2, workload + workload / 2)(draw);
}

} // namespace proclab
