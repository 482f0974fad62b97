// SPDX-License-Identifier: MIT
#pragma once

#include "segmentheader.h"

#include <memory>
#include <string>
#include <sys/types.h>

namespace proclab::ipc {

// The worker's side of a run's shared-memory segment, without Qt: proclab-worker must not load
// QtCore (its launch cost is mostly the dynamic loading of QtCore and ICU). The engine creates the
// segment with QSharedMemory (SharedSegment), which on Linux is a System V segment named
// ftok(native key, 'Q'); the native key is our own key file, so attaching needs only
// ftok() + shmget() + shmat() on the same file.

// Qt's System V backend names a segment ftok(native key, kFtokProjectId).
inline constexpr int kFtokProjectId = 'Q';

// The System V key of the object a key file names, as Qt 6.4's System V backend derives it
// (ftok(file, 'Q')), or -1. The one place this is derived: the worker attaching, the lab's
// families and its stale-object clean-up all call it (Qt 6.6 moves to QNativeIpcKey; then only
// this changes).
key_t sysvKeyOf(const char *keyFile);

// The key file that names a run's segment: <temp dir>/proclab-ipc-<key>, the temp dir found as
// QDir::tempPath() finds it ($TMPDIR or /tmp, canonical). SharedSegment::keyFilePath() is this
// function, so the engine and the worker cannot disagree on it.
std::string keyFilePath(const std::string &key);

// Whether a segment of segmentSize bytes starting with `header` is a complete ProcLab segment.
inline bool headerFits(const SegmentHeader &header, long long segmentSize)
{
    return segmentSize >= kHeaderBytes && header.valid() &&
           header.payloadSize <= static_cast<unsigned long long>(segmentSize - kHeaderBytes);
}

// An attachment to an existing segment (never creates one); detached when destroyed. The segment
// itself belongs to its creator, who removes it.
class SegmentAttachment
{
public:
    // Returns null with *error if there is no such segment or it is not a ProcLab segment.
    static std::unique_ptr<SegmentAttachment> attach(const std::string &key, std::string *error);
    ~SegmentAttachment();
    SegmentAttachment(const SegmentAttachment &) = delete;
    SegmentAttachment &operator=(const SegmentAttachment &) = delete;

    void *payload() const { return static_cast<char *>(m_base) + kHeaderBytes; }
    long long payloadSize() const { return m_payloadSize; }

private:
    explicit SegmentAttachment(void *base)
        : m_base(base)
    {
    }
    void *m_base;
    long long m_payloadSize = 0;
};

} // namespace proclab::ipc
