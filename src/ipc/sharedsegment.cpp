// SPDX-License-Identifier: MIT
#include "sharedsegment.h"

#include <vector>

#include "segmentattach.h"
#include "segmentheader.h"

#include <QCoreApplication>
#include <QFile>
#include <atomic>
#include <cerrno>
#include <fcntl.h>
#include <sys/ipc.h>
#include <sys/shm.h>
#include <unistd.h>

namespace proclab {

namespace {

// The messages' translation context, declared so that lupdate files them under it too.
class SegmentText
{
    Q_DECLARE_TR_FUNCTIONS(proclab::SharedSegment)
};

// Qt's System V backend names the segment ftok(native key, 'Q').
key_t sysvKeyOf(const QString &keyFile)
{
    return ipc::sysvKeyOf(QFile::encodeName(keyFile).constData());
}

} // namespace

namespace ipc {

quint64 processStartTicks(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (pid <= 0 || !stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray line = stat.readAll();
    const qsizetype close = line.lastIndexOf(')');
    if (close < 0)
        return 0;
    // After "pid (comm) ": field 3 is the state, field 22 the start time.
    const QList<QByteArray> fields = line.mid(close + 2).split(' ');
    if (fields.size() < 20 || fields.at(0) == "Z" || fields.at(0) == "X")
        return 0;
    return fields.at(19).toULongLong();
}

} // namespace ipc

QString SharedSegment::keyFilePath(const QString &key)
{
    // One definition for the engine and for proclab-worker, which attaches without Qt.
    return QFile::decodeName(QByteArray::fromStdString(ipc::keyFilePath(key.toStdString())));
}

std::unique_ptr<SharedSegment> SharedSegment::create(const QString &key, qsizetype payloadSize,
                                                     QString *error)
{
    // ftok() keeps only 16 bits of the key file's inode, so a fresh key file can map to the System
    // V key of another live segment (EEXIST). A few variants of the key get round that rare clash,
    // each with a key file of its own: the clashing ones are kept until a variant succeeds, since
    // the filesystem hands a freed inode straight to the next new file (ext4 does), which would
    // clash again the same way.
    constexpr int kAttempts = 4;
    std::vector<std::unique_ptr<SharedSegment>> clashed;
    for (int attempt = 0; attempt < kAttempts; ++attempt) {
        const QString variant = attempt == 0 ? key : QStringLiteral("%1-%2").arg(key).arg(attempt);
        std::unique_ptr<SharedSegment> clash;
        auto segment = createOnce(variant, payloadSize, &clash, error);
        if (segment || !clash)
            return segment;
        clashed.push_back(std::move(clash));
    }
    return nullptr;
}

std::unique_ptr<SharedSegment> SharedSegment::createOnce(const QString &key, qsizetype payloadSize,
                                                         std::unique_ptr<SharedSegment> *clashed,
                                                         QString *error)
{
    std::unique_ptr<SharedSegment> segment(new SharedSegment);
    segment->m_key = key;
    segment->m_keyFile = keyFilePath(key);
    // Our own key file, created exclusively and private: Qt would create it world-readable, and
    // O_EXCL also refuses a file (or symlink) someone planted under the name.
    const QByteArray path = QFile::encodeName(segment->m_keyFile);
    const int fd = ::open(path.constData(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0600);
    if (fd < 0) {
        *error = SegmentText::tr("cannot create the key file %1: %2")
                     .arg(segment->m_keyFile, QString::fromLocal8Bit(strerror(errno)));
        return nullptr;
    }
    ::close(fd);
    segment->m_owner = true; // from here on the destructor cleans up whatever exists
    segment->m_memory.setNativeKey(segment->m_keyFile);
    const qsizetype total = ipc::kHeaderBytes + payloadSize;
    if (!segment->m_memory.create(total)) {
        *error = SegmentText::tr("cannot create shared memory of %1 bytes: %2")
                     .arg(total)
                     .arg(segment->m_memory.errorString());
        if (segment->m_memory.error() == QSharedMemory::AlreadyExists)
            *clashed = std::move(segment);
        return nullptr;
    }
    if (!segment->locate(error))
        return nullptr;
    // System V segments start zeroed. The magic goes in last: a stale-object cleaner in another
    // process that looks at this segment meanwhile must see either no header or a complete one,
    // never a valid magic with no owner yet (which would read as "owner dead").
    auto *header = static_cast<ipc::SegmentHeader *>(segment->m_memory.data());
    header->version = ipc::SegmentHeader::kVersion;
    header->headerSize = quint32(ipc::kHeaderBytes);
    header->payloadSize = quint64(payloadSize);
    header->ownerPid = ::getpid();
    header->ownerStartTicks = ipc::processStartTicks(::getpid());
    qstrncpy(header->keyFile, path.constData(), sizeof header->keyFile);
    std::atomic_thread_fence(std::memory_order_release);
    std::memcpy(header->magic, ipc::SegmentHeader::kMagic, sizeof header->magic);
    segment->m_payload = static_cast<char *>(segment->m_memory.data()) + ipc::kHeaderBytes;
    segment->m_payloadSize = payloadSize;
    return segment;
}

std::unique_ptr<SharedSegment> SharedSegment::attach(const QString &key, QString *error)
{
    std::unique_ptr<SharedSegment> segment(new SharedSegment);
    segment->m_key = key;
    segment->m_keyFile = keyFilePath(key);
    segment->m_memory.setNativeKey(segment->m_keyFile);
    if (!QFile::exists(segment->m_keyFile) || !segment->m_memory.attach()) {
        *error = SegmentText::tr("cannot attach to the shared memory %1: %2")
                     .arg(key, segment->m_memory.isAttached() ? QString()
                                                              : segment->m_memory.errorString());
        return nullptr;
    }
    const auto *header = static_cast<const ipc::SegmentHeader *>(segment->m_memory.constData());
    if (!ipc::headerFits(*header, segment->m_memory.size())) {
        *error = SegmentText::tr("the shared memory %1 is not a ProcLab segment").arg(key);
        return nullptr;
    }
    segment->m_payload = static_cast<char *>(segment->m_memory.data()) + ipc::kHeaderBytes;
    segment->m_payloadSize = qsizetype(header->payloadSize);
    return segment;
}

bool SharedSegment::locate(QString *error)
{
    const key_t key = sysvKeyOf(m_keyFile);
    m_shmId = key == -1 ? -1 : ::shmget(key, 0, 0);
    if (m_shmId < 0) {
        *error = SegmentText::tr("cannot find the shared memory behind %1").arg(m_keyFile);
        return false;
    }
    return true;
}

void SharedSegment::remove()
{
    if (!m_owner || m_removed)
        return;
    m_removed = true;
    // IPC_RMID first: from now on the segment cannot be attached, and the kernel frees it when the
    // last attached process (us, or a worker that is still dying) has gone. Never blocks.
    if (m_shmId >= 0)
        ::shmctl(m_shmId, IPC_RMID, nullptr);
    ::unlink(QFile::encodeName(m_keyFile).constData());
    m_memory.detach();
}

SharedSegment::~SharedSegment()
{
    remove();
}

} // namespace proclab
