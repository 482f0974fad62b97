// SPDX-License-Identifier: MIT
#pragma once

#include <QSharedMemory>
#include <QString>
#include <memory>

namespace proclab {

// One run's shared-memory segment: a QSharedMemory (System V on Linux) with a small header that
// says who owns it, so that left-overs of a crashed run can be recognised and removed later.
//
// The segment is addressed by a *native* key: a key file of our own in the temp directory (created
// 0600, O_EXCL) whose ftok() value names the segment. With a native key QSharedMemory creates no
// QSystemSemaphore for lock(); we never need one (our lock and barrier live inside the segment), so
// there is no second kernel object that could be left behind.
//
// The owner (the engine) creates it before launching workers and removes it in remove() or the
// destructor. remove() marks the segment IPC_RMID: the kernel frees it when the last process
// detaches, so removal is correct even while a dying worker is still attached.
class SharedSegment
{
public:
    ~SharedSegment();
    SharedSegment(const SharedSegment &) = delete;
    SharedSegment &operator=(const SharedSegment &) = delete;

    // Owner side. `key` must be unique per run (newRunKey()).
    static std::unique_ptr<SharedSegment> create(const QString &key, qsizetype payloadSize,
                                                 QString *error);
    // Worker side: attaches to an existing segment and checks its header. Never creates.
    static std::unique_ptr<SharedSegment> attach(const QString &key, QString *error);

    // The key file that names a run's segment (what create/attach use as the native key).
    static QString keyFilePath(const QString &key);

    // The key workers attach with.
    QString key() const { return m_key; }
    void *payload() const { return m_payload; }
    qsizetype payloadSize() const { return m_payloadSize; }
    bool isOwner() const { return m_owner; }
    int shmId() const { return m_shmId; }

    // Owner: destroys the segment now (pending the last detach) and deletes the key file.
    // Idempotent; also done by the destructor.
    void remove();

private:
    SharedSegment() = default;
    // One try; on an ftok clash (EEXIST), *clashed keeps the attempt (its key file still there)
    // so that the next key file cannot take the same inode.
    static std::unique_ptr<SharedSegment> createOnce(const QString &key, qsizetype payloadSize,
                                                     std::unique_ptr<SharedSegment> *clashed,
                                                     QString *error);
    bool locate(QString *error);

    QSharedMemory m_memory;
    QString m_key;
    QString m_keyFile;
    void *m_payload = nullptr;
    qsizetype m_payloadSize = 0;
    int m_shmId = -1;
    bool m_owner = false;
    bool m_removed = false;
};

} // namespace proclab
