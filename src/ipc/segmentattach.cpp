// SPDX-License-Identifier: MIT
#include "segmentattach.h"

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <sys/ipc.h>
#include <sys/shm.h>
#include <unistd.h>

namespace proclab::ipc {

namespace {

// QDir::tempPath() on Unix: $TMPDIR if set and not empty, else /tmp, cleaned and made canonical.
std::string tempPath()
{
    const char *env = std::getenv("TMPDIR");
    std::string dir = env && *env ? env : "/tmp";
    // Qt would give an empty path for a temp dir that does not exist (key files in "/"); keeping
    // the name makes creating the key file fail with a clear error instead.
    char resolved[PATH_MAX];
    if (::realpath(dir.c_str(), resolved))
        return resolved;
    while (dir.size() > 1 && dir.back() == '/')
        dir.pop_back();
    return dir;
}

} // namespace

std::string keyFilePath(const std::string &key)
{
    static const std::string temp = tempPath();
    return temp + "/proclab-ipc-" + key;
}

key_t sysvKeyOf(const char *keyFile)
{
    return ::ftok(keyFile, kFtokProjectId);
}

std::unique_ptr<SegmentAttachment> SegmentAttachment::attach(const std::string &key,
                                                             std::string *error)
{
    auto fail = [&](const char *why) {
        *error = "cannot attach to the shared memory " + key + ": " + why;
        return nullptr;
    };
    const std::string keyFile = keyFilePath(key);
    // Like SharedSegment::attach(): a missing key file means no segment, with no further reason.
    if (::access(keyFile.c_str(), F_OK) != 0)
        return fail("");
    const key_t sysvKey = sysvKeyOf(keyFile.c_str());
    if (sysvKey == -1)
        return fail(std::strerror(errno));
    const int id = ::shmget(sysvKey, 0, 0600);
    if (id < 0)
        return fail(std::strerror(errno));
    shmid_ds info{};
    if (::shmctl(id, IPC_STAT, &info) != 0)
        return fail(std::strerror(errno));
    void *base = ::shmat(id, nullptr, 0);
    if (base == reinterpret_cast<void *>(-1))
        return fail(std::strerror(errno));
    std::unique_ptr<SegmentAttachment> segment(new SegmentAttachment(base));
    const long long size = static_cast<long long>(info.shm_segsz);
    const auto *header = static_cast<const SegmentHeader *>(base);
    if (!headerFits(*header, size)) {
        *error = "the shared memory " + key + " is not a ProcLab segment";
        return nullptr;
    }
    segment->m_payloadSize = static_cast<long long>(header->payloadSize);
    return segment;
}

SegmentAttachment::~SegmentAttachment()
{
    ::shmdt(m_base);
}

} // namespace proclab::ipc
