// SPDX-License-Identifier: MIT
#pragma once

namespace proclab {

// The lab's end of the lifeline that every process of every run holds (the worker's end and the
// whole design: src/worker/lifeline.h). The lab creates a pipe and keeps its write end, close-on-
// exec, for its whole life, never writing to it; the read end is inherited by every process it
// starts (QProcess does not close inherited descriptors) and by their children, and named in the
// environment (PROCLAB_LIFELINE=LABPID:FD:INODE). When the lab ends, however it ends, the kernel
// closes the write end and SIGKILLs every process that holds the read end: direct workers, a
// daemon parent's children, orphans that outlived their parent.
//
// The proclab executable installs it first thing in main(), before any thread exists (it sets an
// environment variable). Programs that drive the engine without it (tests, benchmarks) still have
// PR_SET_PDEATHSIG and the supervisor's clean-up.
class Lifeline
{
public:
    // Creates the pipe and publishes it; idempotent. False (and PROCLAB_LIFELINE unset, so that
    // an inherited value cannot mislead the workers) if the pipe cannot be made.
    static bool install();
    static bool isInstalled();
    // Closes the write end now: the kernel SIGKILLs every process holding the lifeline. For a lab
    // that is about to exit at once; async-signal-safe. Processes started afterwards find the
    // lifeline cut and kill themselves.
    static void cut();
};

} // namespace proclab
