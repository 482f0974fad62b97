// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <cstring>

namespace proclab::ipc {

// The first bytes of every ProcLab segment. Plain data, read also by the stale-object cleaner of
// a later run, so its layout only ever grows at the end (bump kVersion on incompatible changes).
struct SegmentHeader
{
    static constexpr char kMagic[8] = {'P', 'R', 'O', 'C', 'L', 'A', 'B', '1'};
    static constexpr std::uint32_t kVersion = 1;

    char magic[8];
    std::uint32_t version;
    std::uint32_t headerSize;
    unsigned long long payloadSize;
    long long ownerPid;
    unsigned long long
        ownerStartTicks; // /proc/PID/stat start time: tells a live owner from a reused pid
    char keyFile[512];   // the native key file, deleted with the segment

    bool valid() const
    {
        return std::memcmp(magic, kMagic, sizeof kMagic) == 0 && version == kVersion;
    }
};

// The payload starts here: a cache-line multiple, so the atomics in it do not share a line
// with the header.
inline constexpr long long kHeaderBytes = 1024;
static_assert(sizeof(SegmentHeader) <= kHeaderBytes);

// Start time of a process in clock ticks since boot, 0 if it does not exist (or is a zombie).
unsigned long long processStartTicks(long long pid);

} // namespace proclab::ipc
