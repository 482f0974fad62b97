// SPDX-License-Identifier: MIT
#pragma once

// Every parser of bytes from outside the lab, as one fuzz entry each: the bytes a worker writes
// into its pipe (the event lines, their framing) and a run file read back. The same functions run
// under libFuzzer (fuzz/libfuzzermain.cpp, clang only) and in the corpus replay that ctest runs
// in every build (fuzz/replay.cpp). Each entry returns 0 and aborts (fuzzCheck) when an invariant
// of its parser does not hold, so the fuzzer finds wrong answers as well as crashes.

#include <cstddef>
#include <cstdint>

namespace proclab::fuzz {

using Entry = int (*)(const std::uint8_t *data, std::size_t size);

struct Target
{
    const char *name; // also the corpus directory: fuzz/corpus/<name>/
    Entry entry;
};

// One event line (parseEventLine): never crashes, and what it accepts formats back into a line
// that parses to the same event.
int eventLine(const std::uint8_t *data, std::size_t size);
// A worker's byte stream (EventStream): events and errors are the same however the bytes are cut
// into reads, the unframed rest stays within one line's limit, messages stay short.
int eventStream(const std::uint8_t *data, std::size_t size);
// A run file (QJsonDocument + runFromJson): what loads writes back (runToJson, writeRunJson) to
// the same run, and every exporter takes it.
int runJson(const std::uint8_t *data, std::size_t size);

inline constexpr Target kTargets[] = {
    {"eventline", &eventLine},
    {"eventstream", &eventStream},
    {"runjson", &runJson},
};

// Aborts with `what` when `condition` is false: an invariant broken is a finding, like a crash.
void fuzzCheck(bool condition, const char *what);

} // namespace proclab::fuzz
