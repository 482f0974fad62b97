/* SPDX-License-Identifier: MIT */
/* The launch floor: the least a program can do to say "I am up" over a pipe. libc only, so its
 * start-up is the cost of fork/exec and the dynamic loader, nothing else. */
#include <unistd.h>

int main(void)
{
    static const char line[] = "ready\n";
    return write(1, line, sizeof line - 1) == (ssize_t)(sizeof line - 1) ? 0 : 1;
}
