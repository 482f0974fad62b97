// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace proclab::ipc {

// Where Qt 6.4 keeps the key file of a QSystemSemaphore (QSharedMemoryPrivate::makePlatformSafeKey
// with the "qipc_systemsem_" prefix): the temp dir, the prefix, the key's ASCII letters, the SHA-1
// of the whole key; Qt's System V key is ftok(file, 'Q'). The lab (qtobjects.cpp) and the worker
// (qtparticipant.cpp) both use this one; tst_qtfamily computes it on its own and proves it matches
// what Qt creates.
QString qtKeyFilePath(const QString &key);

} // namespace proclab::ipc
