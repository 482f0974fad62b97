// SPDX-License-Identifier: MIT
// Launch probe: a C++ program that links libstdc++ and nothing else, and says "ready". Between the
// libc-only floor and a QtCore program, it shows what each layer of shared libraries adds to a
// launch (context for the launch benchmark, not a target).
#include <string>
#include <unistd.h>

int main(int argc, char **argv)
{
    const std::string last(argv[argc - 1]); // uses libstdc++ so the loader cannot skip it
    return ::write(1, "ready\n", 6) == 6 && !last.empty() ? 0 : 1;
}
